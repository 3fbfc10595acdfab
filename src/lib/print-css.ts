/**
 * Print rules apart from the screen's. They are written beside the rules of their component (src/styles/), but a
 * web build sends them in a print-only stylesheet (/print.css, src/pages/print.css.ts) rather than inline in every
 * page, where they weighed about 400 bytes gzip of each page's 14 KB first round trip (tests/site/budget.test.ts)
 * and do nothing for the first paint. The offline archive keeps them inline: its single file loads nothing.
 * A print rule is a top-level `@media print { … }` block; both halves below use that one definition. Pure.
 */

/** Whether an `@media` rule's query is exactly `print`. */
export const isPrintQuery = (params: string): boolean => params.trim() === 'print';

/**
 * The `@media print` blocks of a stylesheet, in order, as written (comments dropped). Throws on a brace that is
 * not closed, naming where the block began, rather than send half a rule to the printer.
 */
export function printBlocks(css: string): string {
  const text = css.replace(/\/\*[\s\S]*?\*\//g, '');
  const blocks: string[] = [];
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '{') depth++;
    else if (c === '}') depth--;
    else if (depth === 0 && c === '@' && text.startsWith('@media', i)) {
      const open = text.indexOf('{', i);
      if (open < 0 || !isPrintQuery(text.slice(i + '@media'.length, open))) continue;
      let inner = 1;
      let end = open + 1;
      for (; end < text.length && inner > 0; end++) {
        if (text[end] === '{') inner++;
        else if (text[end] === '}') inner--;
      }
      if (inner > 0) throw new Error(`an @media print block opened at character ${i} is not closed`);
      blocks.push(`@media print{${text.slice(open + 1, end - 1).trim()}}`);
      i = end - 1;
    }
  }
  return blocks.join('\n');
}

/**
 * The PostCSS step of a web build (astro.config.mjs) that takes the print rules out of the inline stylesheet;
 * printBlocks collects the same rules for /print.css.
 */
export const printApart = () => ({
  postcssPlugin: 'qijiang-print-apart',
  AtRule: {
    media(rule: { params: string; parent?: { type: string } | undefined; remove(): void }) {
      if (rule.parent?.type === 'root' && isPrintQuery(rule.params)) rule.remove();
    },
  },
});
