/**
 * No two neighbouring characters overlap as DRAWN where Chinese meets digits
 * or Latin letters. Layout boxes (Range rects) can be right while the engine
 * draws the glyphs elsewhere (WebKit with `text-autospace`), so this looks at
 * ink: the characters around each such place are painted in three colours in
 * turn (red, green, blue: neighbours always differ), without changing layout
 * (the CSS Custom Highlight API), the screen is captured, and in the page each character's ink is found by
 * its colour. A character with no ink of its own colour is hidden behind
 * another; a character whose ink runs past its right-hand neighbour's first
 * column overlaps it. SVG text (the chart) is measured against its layout
 * cells instead (Glyph.ink). Text directly in a flex or grid box, beside
 * blocks, or in a button is left out: WebKit paints no highlight there (the
 * contents' and menu's links, 背景知识, 复制引用).
 *
 * Cost: a few screens a page (the densest first, `maxScreens`), one capture
 * each; the places checked are counted, so a page that checks none fails.
 */
import { settled, type InPage } from '../engines/tab.ts';

declare global {
  interface Window {
    /** What prepareScreen changed on the page, to put back. */
    __glyphUndo?: Array<() => void>;
  }
}

/** A page that can also be captured: a Playwright Page, or a Tab of any engine. */
export interface Drawn extends InPage {
  screenshot(): Promise<Uint8Array>;
}

/** One character to measure: its rect in the viewport and the colour it is painted in. */
interface Glyph {
  ch: string;
  /** 0–2: red, green or blue, painted by a highlight (HTML text). */
  colour: number;
  /**
   * SVG text, where no engine paints highlights alike (WebKit paints none): the text's own fill, as RGB. Its ink
   * is any pixel nearer that fill than the background, and a glyph overlaps its neighbour when no column within
   * a pixel of the boundary between their layout cells is free of ink.
   */
  ink: number[] | null;
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/** Two neighbours on one line, `a` before `b`; `where` names them for a message. */
interface Pair {
  a: Glyph;
  b: Glyph;
  where: string;
}

interface ScreenArgs {
  /** Only the text inside these elements, every neighbour in it (the chart); all the page's places when empty. */
  scope: string[];
  /** Which of the page's screens to prepare: 0 the first chosen, and so on. */
  screen: number;
  maxScreens: number;
}

/**
 * In the page: finds the places, picks the screens that hold the most of them
 * (or those of `scope`), scrolls to screen `screen`, colours its characters
 * and returns the pairs to measure in viewport pixels. `null` when there is no
 * such screen. Self-contained: it is sent to the page as text.
 */
export const prepareScreen = (args: ScreenArgs) => {
  const HAN = /\p{Script=Han}/u;
  const ALNUM = /[0-9A-Za-z]/;
  const SPACE = /\s/;
  const COLOURS = ['#ff0000', '#00c800', '#0000ff'];
  // Undo what an earlier screen changed.
  for (const undo of window.__glyphUndo ?? []) undo();
  const undo: Array<() => void> = [];
  window.__glyphUndo = undo;

  interface Char {
    node: Text;
    offset: number;
    ch: string;
    svg: boolean;
    /** Index among the page's visible, non-space characters: its colour is this modulo 3. */
    n: number;
  }
  const shown = (el: Element) => {
    if (!el.checkVisibility({ opacityProperty: true, visibilityProperty: true })) return false;
    return !el.closest('.visually-hidden, .term-tip');
  };
  // Text beside blocks in one element sits in an anonymous box, where WebKit paints no highlight either.
  const besideBlocks = new Map<Element, boolean>();
  const beside = (el: Element) => {
    let found = besideBlocks.get(el);
    if (found === undefined) {
      found = [...el.children].some((c) => !/^(inline|none|contents)/.test(getComputedStyle(c).display));
      besideBlocks.set(el, found);
    }
    return found;
  };
  const chars: Char[] = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let text = walker.nextNode(); text; text = walker.nextNode()) {
    if (!(text instanceof Text)) continue;
    const parent = text.parentElement;
    if (!parent || /^(SCRIPT|STYLE|TITLE|DESC|TEXTAREA)$/i.test(parent.tagName) || !shown(parent)) continue;
    if (/flex|grid/.test(getComputedStyle(parent).display) || parent.closest('button') || beside(parent)) continue;
    const svg = parent instanceof SVGElement;
    const value = text.data;
    for (let i = 0; i < value.length; i++) {
      const ch = value[i]!;
      if (SPACE.test(ch)) continue;
      chars.push({ node: text, offset: i, ch, svg, n: chars.length });
    }
  }
  // The places: Han next to a Latin letter or digit (a space between them allowed), two characters each side.
  const wanted = new Set<number>();
  const scope = args.scope.flatMap((s) => [...document.querySelectorAll(s)]);
  const inScope = (c: Char) => scope.some((m) => m.contains(c.node));
  for (let i = 0; i + 1 < chars.length; i++) {
    const a = chars[i]!.ch;
    const b = chars[i + 1]!.ch;
    if (scope.length) {
      if (inScope(chars[i]!) && inScope(chars[i + 1]!)) wanted.add(i).add(i + 1);
      continue;
    }
    const meet = (HAN.test(a) && ALNUM.test(b)) || (ALNUM.test(a) && HAN.test(b));
    if (meet) for (let k = Math.max(0, i - 1); k <= Math.min(chars.length - 1, i + 2); k++) wanted.add(k);
  }
  // SVG text: the cell its layout gives each character (getExtentOfChar), in viewport pixels.
  const svgCell = (c: Char): DOMRect | null => {
    const text = c.node.parentElement;
    if (!(text instanceof SVGTextContentElement)) return null;
    let index = 0;
    const walk = document.createTreeWalker(text, NodeFilter.SHOW_TEXT);
    for (let t = walk.nextNode(); t && t !== c.node; t = walk.nextNode()) index += (t.textContent ?? '').length;
    const e = text.getExtentOfChar(index + c.offset);
    const m = text.getScreenCTM();
    if (!m) return null;
    return new DOMRect(m.a * e.x + m.e, m.d * e.y + m.f, m.a * e.width, m.d * e.height);
  };
  const rectOf = (c: Char) => {
    // SVG text: WebKit's ranges there do not follow the drawing; every engine's SVG layout gives each character a cell.
    if (c.svg) return svgCell(c);
    const r = new Range();
    r.setStart(c.node, c.offset);
    r.setEnd(c.node, c.offset + 1);
    const rects = [...r.getClientRects()].filter((x) => x.width > 0 && x.height > 0);
    return rects.length === 1 ? rects[0]! : null;
  };
  // Inside a box that scrolls or clips (the phone's navigation row, a cut-off breadcrumb), only wholly shown characters.
  const unclipped = (c: Char, rect: DOMRect) => {
    for (let el: Element | null = c.node.parentElement; el && el !== document.body; el = el.parentElement) {
      const style = getComputedStyle(el);
      if (style.overflowX === 'visible' && style.overflowY === 'visible') continue;
      const box = el.getBoundingClientRect();
      if (rect.left < box.left || rect.right > box.right || rect.top < box.top || rect.bottom > box.bottom)
        return false;
    }
    return true;
  };
  const pairsAt = () => {
    const pairs: Array<{ a: Char; b: Char; ra: DOMRect; rb: DOMRect }> = [];
    const list = [...wanted].sort((x, y) => x - y);
    for (let j = 0; j + 1 < list.length; j++) {
      const a = chars[list[j]!]!;
      const b = chars[list[j + 1]!]!;
      // Neighbours; in SVG, within one text element (each label has its own colours).
      if (b.n !== a.n + 1 || ((a.svg || b.svg) && a.node.parentElement !== b.node.parentElement)) continue;
      const ra = rectOf(a);
      const rb = rectOf(b);
      if (!ra || !rb || !unclipped(a, ra) || !unclipped(b, rb)) continue;
      // Same line, in reading order.
      const shared = Math.min(ra.bottom, rb.bottom) - Math.max(ra.top, rb.top);
      if (shared < 0.5 * Math.min(ra.height, rb.height) || rb.left < ra.left) continue;
      pairs.push({ a, b, ra, rb });
    }
    return pairs;
  };
  // Screens: page offsets chosen greedily, the one holding the most unchecked pairs first.
  const all = pairsAt().map((p) => ({ ...p, y: p.ra.top + scrollY }));
  const tops: number[] = [];
  const margin = 40;
  const usable = innerHeight - 2 * margin;
  let left = all;
  while (tops.length < args.maxScreens && left.length) {
    let best = { top: 0, score: -1 };
    for (const p of left) {
      const top = Math.max(0, p.y - margin);
      const score = left.filter((q) => q.y >= top + margin && q.y + (q.ra.height + 4) <= top + margin + usable).length;
      if (score > best.score) best = { top, score };
    }
    tops.push(best.top);
    left = left.filter((q) => !(q.y >= best.top + margin && q.y + q.ra.height + 4 <= best.top + margin + usable));
  }
  const top = tops[args.screen];
  if (top === undefined) return null;
  scrollTo(0, top);

  // Colour the HTML characters of this screen's pairs; SVG text keeps its own colour (see Glyph.ink).
  const onScreen = pairsAt().filter(
    (p) => p.ra.top >= 0 && p.rb.bottom <= innerHeight && p.ra.left >= 0 && p.rb.right <= innerWidth,
  );
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(COLOURS.map((c, i) => `::highlight(glyph-${i}){color:${c};}`).join(''));
  const before = document.adoptedStyleSheets;
  document.adoptedStyleSheets = [...before, sheet];
  undo.push(() => {
    document.adoptedStyleSheets = before;
  });
  const highlights = COLOURS.map((_, i) => {
    const h = new Highlight();
    CSS.highlights.set(`glyph-${i}`, h);
    return h;
  });
  undo.push(() => COLOURS.forEach((_, i) => CSS.highlights.delete(`glyph-${i}`)));
  for (const p of onScreen)
    for (const c of [p.a, p.b])
      if (!c.svg) {
        const r = new Range();
        r.setStart(c.node, c.offset);
        r.setEnd(c.node, c.offset + 1);
        highlights[c.n % 3]!.add(r);
      }
  const rgb = (css: string) => (css.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number);
  const glyph = (c: Char, r: DOMRect): Glyph => ({
    ch: c.ch,
    colour: c.n % 3,
    ink: c.svg ? rgb(getComputedStyle(c.node.parentElement!).fill) : null,
    left: r.left,
    right: r.right,
    top: r.top,
    bottom: r.bottom,
  });
  const context = (c: Char) => {
    const i = c.n;
    return chars
      .slice(Math.max(0, i - 4), i + 5)
      .map((x) => x.ch)
      .join('');
  };
  const pairs: Pair[] = onScreen.map((p) => ({
    a: glyph(p.a, p.ra),
    b: glyph(p.b, p.rb),
    where: `${p.a.ch}${p.b.ch} in “${context(p.a)}”${p.a.svg ? ' (SVG)' : ''}`,
  }));
  return { pairs, dpr: devicePixelRatio, screens: tops.length };
};

/**
 * In the page: reads the capture (a PNG, base64) and measures each pair's ink.
 * Returns the problems found. Self-contained: it is sent to the page as text.
 */
export const measureInk = async (args: { png: string; pairs: Pair[]; dpr: number }) => {
  const bytes = Uint8Array.from(atob(args.png), (c) => c.charCodeAt(0));
  const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
  const canvas = document.createElement('canvas');
  canvas.width = bitmap.width;
  canvas.height = bitmap.height;
  const g = canvas.getContext('2d', { willReadFrequently: true })!;
  g.drawImage(bitmap, 0, 0);
  const { data, width } = g.getImageData(0, 0, bitmap.width, bitmap.height);
  /** The colour (0 red, 1 green, 2 blue) a pixel was painted in, or -1 for anything else (page colours, edges). */
  const colourAt = (x: number, y: number) => {
    const i = (y * width + x) * 4;
    const r = data[i]!;
    const gr = data[i + 1]!;
    const b = data[i + 2]!;
    if (r - Math.max(gr, b) >= 150) return 0;
    if (gr - Math.max(r, b) >= 110) return 1;
    if (b - Math.max(r, gr) >= 150) return 2;
    return -1;
  };
  const d = args.dpr;
  const problems: string[] = [];
  for (const { a, b, where } of args.pairs) {
    // Between the glyphs' tops and just above an underline; from half a box before `a` to half a box after `b` (SVG).
    const h = Math.min(a.bottom - a.top, b.bottom - b.top);
    const y0 = Math.ceil((Math.max(a.top, b.top) + 0.1 * h) * d);
    const y1 = Math.floor((Math.min(a.bottom, b.bottom) - 0.14 * h) * d);
    const x0 = Math.max(0, Math.floor((a.left - 0.5 * (a.right - a.left)) * d));
    const x1 = Math.min(width - 1, Math.ceil((b.right + 0.5 * (b.right - b.left)) * d));
    if (a.ink) {
      // SVG: ink is nearer the text's fill than the background (the commonest colour around the pair).
      const counts = new Map<number, number>();
      for (let y = y0; y <= y1; y++)
        for (let x = x0; x <= x1; x++) {
          const i = (y * width + x) * 4;
          const key = (data[i]! << 16) | (data[i + 1]! << 8) | data[i + 2]!;
          counts.set(key, (counts.get(key) ?? 0) + 1);
        }
      const bgKey = [...counts].sort((p, q) => q[1] - p[1])[0]?.[0] ?? 0;
      const bg = [(bgKey >> 16) & 255, (bgKey >> 8) & 255, bgKey & 255];
      const fill = a.ink;
      const dist = (i: number, c: number[]) =>
        Math.abs(data[i]! - c[0]!) + Math.abs(data[i + 1]! - c[1]!) + Math.abs(data[i + 2]! - c[2]!);
      const inkAt = (x: number, y: number) => {
        const i = (y * width + x) * 4;
        return dist(i, fill) < dist(i, bg);
      };
      const columnInked = (x: number) => {
        for (let y = y0; y <= y1; y++) if (inkAt(x, y)) return true;
        return false;
      };
      const cellInked = (g: Glyph) => {
        for (let x = Math.ceil(g.left * d); x < Math.floor(g.right * d); x++) if (columnInked(x)) return true;
        return false;
      };
      const edge = Math.round(((a.right + b.left) / 2) * d);
      if (a.right - b.left > 1)
        problems.push(`${where}: “${a.ch}” is laid out ${(a.right - b.left).toFixed(1)} px over “${b.ch}”`);
      else if (!cellInked(a)) problems.push(`${where}: “${a.ch}” is not drawn where it is laid out (hidden?)`);
      else if (!cellInked(b)) problems.push(`${where}: “${b.ch}” is not drawn where it is laid out (hidden?)`);
      else if ([edge - 1, edge, edge + 1].every(columnInked))
        problems.push(`${where}: “${a.ch}” and “${b.ch}” are drawn across the edge between them`);
      continue;
    }
    // Each glyph's ink is looked for from a quarter box beyond its own side to the far side of the other's box, so
    // that the next character of the same colour (three on, maybe past two narrow digits) stays out of reach.
    const ink = (colour: number, from: number, to: number) => {
      let min = Infinity;
      let max = -Infinity;
      for (let y = y0; y <= y1; y++)
        for (let x = from; x <= to; x++)
          if (colourAt(x, y) === colour) {
            if (x < min) min = x;
            if (x > max) max = x;
          }
      return { min, max };
    };
    // Drawn at all: any pixel of its colour in its own box, from top to bottom (a full stop sits low).
    const drawn = (g: Glyph) => {
      for (let y = Math.floor(g.top * d); y <= Math.ceil(g.bottom * d) - 1; y++)
        for (let x = Math.floor(g.left * d); x <= Math.ceil(g.right * d) - 1; x++)
          if (colourAt(x, y) === g.colour) return true;
      return false;
    };
    const inkA = ink(
      a.colour,
      Math.max(0, Math.floor((a.left - 0.25 * (a.right - a.left)) * d)),
      Math.floor(b.right * d),
    );
    const inkB = ink(
      b.colour,
      Math.ceil(a.left * d),
      Math.min(width - 1, Math.ceil((b.right + 0.25 * (b.right - b.left)) * d)),
    );
    if (!drawn(a)) problems.push(`${where}: “${a.ch}” is not drawn where it is laid out (hidden?)`);
    else if (!drawn(b)) problems.push(`${where}: “${b.ch}” is not drawn where it is laid out (hidden?)`);
    // Antialiased edges of neighbours may share a pixel column; two or more is overlap. (A full stop has no ink in
    // the band, above the underline: it is only checked for being drawn.)
    else if (inkA.min !== Infinity && inkB.min !== Infinity && inkA.max - inkB.min >= 2 * d)
      problems.push(`${where}: “${a.ch}” runs ${((inkA.max - inkB.min + 1) / d).toFixed(1)} px into “${b.ch}”`);
  }
  return problems;
};

/** In the page: puts back what prepareScreen changed. */
export const undoScreen = () => {
  for (const undo of window.__glyphUndo ?? []) undo();
  window.__glyphUndo = [];
  scrollTo(0, 0);
  return true;
};

export interface OverlapResult {
  problems: string[];
  /** Pairs of neighbours measured. */
  pairs: number;
  screens: number;
}

/**
 * The check: the page's screens that hold the most places (`maxScreens` of them), each captured and measured;
 * with `scope`, every neighbour inside those elements instead.
 */
export async function glyphOverlap(page: Drawn, scope: string[] = [], maxScreens = 2): Promise<OverlapResult> {
  const result: OverlapResult = { problems: [], pairs: 0, screens: 0 };
  for (let screen = 0; screen < maxScreens; screen++) {
    const prepared = await page.evaluate(prepareScreen, { scope, screen, maxScreens });
    if (!prepared) break;
    const measured = async () => {
      // The page is loaded already; settled's last step waits for a frame drawn with the colours just set.
      await page.evaluate(settled, undefined);
      const png = Buffer.from(await page.screenshot()).toString('base64');
      return page.evaluate(measureInk, { png, pairs: prepared.pairs, dpr: prepared.dpr });
    };
    // A busy machine's WebKit can hand over the frame from before the colours were set (CI saw a paragraph of
    // glyphs "not drawn" that a second capture drew): what is wrong on the page stays wrong in a second capture.
    const first = await measured();
    result.problems.push(...(first.length ? await measured() : first));
    result.pairs += prepared.pairs.length;
    result.screens++;
  }
  await page.evaluate(undoScreen, undefined);
  return result;
}

/** As the walk wants it: the page's densest screen measured, its problems, or one saying that nothing was. */
export async function glyphOverlapProblems(page: Drawn): Promise<string[]> {
  const r = await glyphOverlap(page, [], 1);
  return r.pairs ? r.problems : ['no place where Chinese meets digits or Latin letters was measured'];
}
