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
 *
 * 复制引用: reveals the page's copy button (the citation is already shown as
 * text) and adds one after each paragraph permalink that carries a citation
 * (data-cite); a click copies it and says 已复制. Where the clipboard API is
 * refused (a page opened from disk), the citation text is selected instead.
 *
 * The contents: the current page's entry is scrolled into view inside the
 * list beside the text, and inside the phone's 目录 panel when it opens.
 *
 * 大字版: reveals the reading-size button and keeps the reader's choice in
 * localStorage. The inline script at the top of <body> (src/lib/text-size.ts,
 * same key) applies it before the first paint on every other page.
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

  // The contents, beside the text or in the phone's 目录 panel: on a long list, scroll the current page's entry into
  // view inside the list, not the page. The panel has no size until it opens, so it is scrolled on each opening.
  function showCurrent(list) {
    var here = list && list.querySelector('a[aria-current="page"]');
    if (here && list.scrollHeight > list.clientHeight) list.scrollTop = here.offsetTop - list.clientHeight / 3;
  }
  showCurrent(document.querySelector('.toc-side'));
  var panel = document.querySelector('details.toc-inline');
  if (panel)
    panel.addEventListener('toggle', function () {
      var list = panel.querySelector('nav');
      // "toggle" comes a moment after the opening: a link a fast Tab has already focused keeps its place.
      if (panel.open && list && !list.contains(document.activeElement)) showCurrent(list);
    });

  var main = document.querySelector('.copy-cite');
  if (main) {
    var links = document.querySelectorAll('a.para-link[data-cite]');
    for (var i = 0; i < links.length; i++) {
      var b = main.cloneNode(true);
      b.setAttribute('data-cite', links[i].getAttribute('data-cite'));
      b.classList.add('copy-cite-para');
      // Every paragraph's button says which paragraph it copies: 复制引用（第4段）.
      var name = links[i].getAttribute('data-copy-label');
      if (name) b.setAttribute('aria-label', name);
      links[i].insertAdjacentElement('afterend', b);
    }
    var buttons = document.querySelectorAll('.copy-cite');
    for (var j = 0; j < buttons.length; j++) buttons[j].hidden = false;
  }
  function copied(button) {
    var label = button.textContent;
    button.textContent = button.getAttribute('data-copied');
    setTimeout(function () {
      button.textContent = label;
    }, 2000);
  }
  function selectCitation(button) {
    var text = document.querySelector('.cite-text');
    if (!text || button.classList.contains('copy-cite-para')) return;
    var range = document.createRange();
    range.selectNodeContents(text);
    getSelection().removeAllRanges();
    getSelection().addRange(range);
  }
  document.addEventListener('click', function (e) {
    var button = e.target && e.target.closest ? e.target.closest('button.copy-cite') : null;
    if (!button) return;
    var cite = button.getAttribute('data-cite');
    if (navigator.clipboard && navigator.clipboard.writeText)
      navigator.clipboard.writeText(cite).then(
        function () {
          copied(button);
        },
        function () {
          selectCitation(button);
        },
      );
    else selectCitation(button);
  });

  var sizeKey = 'qijiang-text-size';
  var sizeButton = document.querySelector('button.text-size-toggle');
  if (sizeButton) {
    var root = document.documentElement;
    sizeButton.setAttribute('aria-pressed', String(root.dataset.textSize === 'large'));
    sizeButton.hidden = false;
    sizeButton.addEventListener('click', function () {
      var large = root.dataset.textSize !== 'large';
      if (large) root.dataset.textSize = 'large';
      else delete root.dataset.textSize;
      sizeButton.setAttribute('aria-pressed', String(large));
      try {
        if (large) localStorage.setItem(sizeKey, 'large');
        else localStorage.removeItem(sizeKey);
      } catch (err) {
        // Storage refused: the choice holds on this page only.
      }
    });
  }
})();
