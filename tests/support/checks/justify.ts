/**
 * Justified official text with wide gaps: a line whose spare room justification gives to a few characters
 * (职 普 比 由 3.2:6.8 提 升 为), because a figure or a word that is not broken moved to the next line. For the
 * per-viewport walk; the in-page part is a plain function.
 */
import type { Page } from 'playwright-core';

/**
 * Where justification opens a gap wider than `limit` em in a justified official paragraph, and how many
 * justified lines were measured. Each character's width is compared with its width in the same line set flush
 * left, so the spacing a browser adds around Latin letters and figures anyway is not counted. A character widens
 * by the gap after it; after a figure kept whole (3.2:6.8, which is not spaced out) it widens by the gap before
 * it too, and that half is counted with the gap it belongs to.
 */
export async function wideJustifiedLines(page: Page, limit: number): Promise<{ lines: number; problems: string[] }> {
  return page.evaluate((limit) => {
    const out = { lines: 0, problems: [] as string[] };
    for (const p of document.querySelectorAll<HTMLElement>('p[data-official]')) {
      const style = getComputedStyle(p);
      if (style.textAlign !== 'justify' || !p.checkVisibility()) continue;
      const em = parseFloat(style.fontSize);
      const chars: Array<{ ch: string; range: Range }> = [];
      const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        if (!(n instanceof Text)) continue;
        for (let i = 0; i < n.data.length; i++) {
          const range = document.createRange();
          range.setStart(n, i);
          range.setEnd(n, i + 1);
          chars.push({ ch: n.data[i]!, range });
        }
      }
      const justified = chars.map((c) => c.range.getClientRects()[0]);
      // Justifying does not move line breaks, so the flush-left lines hold the same characters. (A style set
      // from script is allowed under the page's CSP, which forbids style attributes in the markup only.)
      p.style.textAlign = 'start';
      const flush = chars.map((c) => c.range.getClientRects()[0]);
      p.style.textAlign = '';
      const rows: Array<Array<{ ch: string; gain: number; top: number }>> = [];
      chars.forEach(({ ch }, i) => {
        const r = justified[i];
        const f = flush[i];
        if (!r || !f) return;
        const c = { ch, gain: (r.width - f.width) / em, top: r.top };
        const row = rows.at(-1);
        if (row && Math.abs(row.at(-1)!.top - c.top) < em / 2) row.push(c);
        else rows.push([c]);
      });
      // The last line is not justified.
      for (const row of rows.slice(0, -1)) {
        out.lines++;
        const gaps = row.map((c, i) => (i > 0 && row[i - 1]!.gain < 0.02 ? c.gain / 2 : c.gain));
        const most = Math.max(0, ...gaps);
        if (most > limit)
          out.problems.push(
            `${location.pathname} ${innerWidth}px: +${most.toFixed(2)} em in “${row.map((c) => c.ch).join('')}”`,
          );
      }
    }
    return out;
  }, limit);
}
