/*
 * The site's one script; every page works without it.
 *
 * `/` focuses the search box (the page's own, or the one in the header),
 * unless the reader is typing somewhere.
 *
 * Glossary tooltips, for touch screens and the keyboard. CSS already shows a
 * term's definition on hover and focus; this adds what CSS cannot: on a
 * touch screen the first tap on a term shows its definition and a second tap
 * follows the link, and Esc hides a shown definition (WCAG 1.4.13). Without
 * this script every term is a plain link to its entry.
 */
(function () {
  var open = null;
  function close() {
    if (open) open.classList.remove('term-open');
    open = null;
  }
  function termOf(target) {
    return target && target.closest ? target.closest('a.term') : null;
  }
  document.addEventListener('click', function (e) {
    var a = termOf(e.target);
    if (!a) return close();
    if (open === a || !window.matchMedia('(hover: none)').matches) return;
    e.preventDefault();
    close();
    a.classList.add('term-open');
    open = a;
  });
  document.addEventListener('keydown', function (e) {
    var typing = /^(INPUT|TEXTAREA|SELECT)$/.test(document.activeElement && document.activeElement.tagName);
    if (e.key === '/' && !typing && !e.ctrlKey && !e.metaKey && !e.altKey) {
      var box = document.getElementById('search-q') || document.getElementById('site-q');
      if (box) {
        e.preventDefault();
        box.focus();
      }
      return;
    }
    if (e.key !== 'Escape') return;
    var a = termOf(document.activeElement) || open;
    close();
    if (a) a.classList.add('term-dismissed');
  });
  function undismiss(e) {
    var a = termOf(e.target);
    if (a) a.classList.remove('term-dismissed');
  }
  document.addEventListener('focusout', undismiss);
  document.addEventListener('mouseout', undismiss);
})();
