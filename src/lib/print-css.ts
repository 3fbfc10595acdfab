/**
 * Print rules apart from the screen's. They are written beside the rules of their component (src/styles/), but a
 * web build sends them in a print-only stylesheet (/print.css, src/pages/print.css.ts) rather than inline in every
 * page, where they weighed about 400 bytes gzip of each page's 14 KB first round trip (tests/site/budget.test.ts)
 * and do nothing for the first paint. The offline archive keeps them inline: its single file loads nothing.
 * A print rule is an `@media print { … }` block at the top level or directly inside a top-level `@layer` block;
 * both halves below use that one definition, and /print.css declares the layers' order as the pages do. Pure.
 */

/** Whether an `@media` rule's query is exactly `print`. */
export const isPrintQuery = (params: string): boolean => params.trim() === 'print';

/** The index just past the `}` that closes the block opened at `open`, or -1 if it is not closed. */
function closeOf(text: string, open: number): number {
  let depth = 1;
  let end = open + 1;
  for (; end < text.length && depth > 0; end++) {
    if (text[end] === '{') depth++;
    else if (text[end] === '}') depth--;
  }
  return depth > 0 ? -1 : end;
}

/**
 * The print rules of a stylesheet, in order, as written (comments dropped): each top-level `@media print { … }`
 * block, each one directly inside a top-level `@layer name { … }` block (kept in its layer, so it wins or loses
 * on paper as it does inline), and the `@layer a, b;` statements that fix the layers' order. Throws on a brace
 * that is not closed, naming where the block began, rather than send half a rule to the printer.
 */
export const printBlocks = (css: string): string => printBlockList(css).join('\n');

function printBlockList(css: string): string[] {
  const text = css.replace(/\/\*[\s\S]*?\*\//g, '');
  const blocks: string[] = [];
  const scan = (from: number, to: number, layer?: string) => {
    let depth = 0;
    for (let i = from; i < to; i++) {
      const c = text[i];
      if (c === '{') depth++;
      else if (c === '}') depth--;
      else if (depth === 0 && c === '@' && text.startsWith('@media', i)) {
        const open = text.indexOf('{', i);
        if (open < 0 || !isPrintQuery(text.slice(i + '@media'.length, open))) continue;
        const end = closeOf(text, open);
        if (end < 0) throw new Error(`an @media print block opened at character ${i} is not closed`);
        const block = `@media print{${text.slice(open + 1, end - 1).trim()}}`;
        blocks.push(layer === undefined ? block : `@layer ${layer}{${block}}`);
        i = end - 1;
      } else if (depth === 0 && layer === undefined && c === '@' && text.startsWith('@layer', i)) {
        const open = text.indexOf('{', i);
        const semi = text.indexOf(';', i);
        if (semi >= 0 && (open < 0 || semi < open)) {
          blocks.push(
            `@layer ${text
              .slice(i + '@layer'.length, semi)
              .trim()
              .replace(/\s+/g, ' ')};`,
          );
          i = semi;
          continue;
        }
        const end = closeOf(text, open);
        if (end < 0) throw new Error(`an @layer block opened at character ${i} is not closed`);
        scan(open + 1, end - 1, text.slice(i + '@layer'.length, open).trim());
        i = end - 1;
      }
    }
  };
  scan(0, text.length);
  return blocks;
}

/**
 * The print-only stylesheet made from several (site.css first): their print rules in order, and the layers'
 * order once, first, as every stylesheet declares it. Throws if two stylesheets declare different orders.
 */
export function printSheet(sheets: readonly string[]): string {
  const lines = sheets.flatMap(printBlockList);
  const orders = new Set(lines.filter((l) => /^@layer [^{]*;$/.test(l)));
  if (orders.size > 1) throw new Error(`the stylesheets declare different layer orders: ${[...orders].join(' ')}`);
  return [...orders, ...lines.filter((l) => !orders.has(l))].join('\n');
}

/**
 * The PostCSS step of a web build (astro.config.mjs) that takes the print rules out of the inline stylesheet;
 * printBlocks collects the same rules for /print.css.
 */
export const printApart = () => ({
  postcssPlugin: 'qijiang-print-apart',
  AtRule: {
    media(rule: {
      params: string;
      parent?: { type: string; name?: string; parent?: { type: string } | undefined } | undefined;
      remove(): void;
    }) {
      const parent = rule.parent;
      const topLevel =
        parent?.type === 'root' ||
        (parent?.type === 'atrule' && parent.name === 'layer' && parent.parent?.type === 'root');
      if (topLevel && isPrintQuery(rule.params)) rule.remove();
    },
  },
});
