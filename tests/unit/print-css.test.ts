/**
 * Print rules apart (src/lib/print-css.ts): the blocks a web build sends in /print.css are exactly the ones its
 * PostCSS step takes out of the inline stylesheet.
 */
import { describe, expect, it } from 'vitest';
import { isPrintQuery, printApart, printBlocks } from '../../src/lib/print-css.ts';

const SHEET = `/* a { } in a comment */
a { color: red; }
@media print { a { color: black; } .x::after { content: '（' attr(href) '）'; } }
@media (max-width: 40rem) { .nav { display: block; } }
@media print {
  @supports (display: grid) { .g { display: block; } }
}
@media screen, print { .both { color: blue; } }
`;

describe('print rules apart', () => {
  it.each<[string, boolean]>([
    ['print', true],
    [' print ', true],
    ['screen, print', false],
    ['(max-width: 40rem)', false],
  ])('@media %j is a print block: %s', (query, yes) => {
    expect(isPrintQuery(query)).toBe(yes);
  });

  it('collects each @media print block, nested rules whole, comments and other blocks left out', () => {
    expect(printBlocks(SHEET)).toBe(
      [
        "@media print{a { color: black; } .x::after { content: '（' attr(href) '）'; }}",
        '@media print{@supports (display: grid) { .g { display: block; } }}',
      ].join('\n'),
    );
  });

  it('refuses a block that is not closed', () => {
    expect(() => printBlocks('@media print { a { color: black; }')).toThrow(/not closed/);
  });

  it.each<[string, string, boolean]>([
    ['print', 'root', true],
    ['screen, print', 'root', false],
    // Only top-level blocks, as printBlocks collects them.
    ['print', 'rule', false],
  ])('the build’s PostCSS step takes out @media %j at %s: %s', (params, parent, removed) => {
    let gone = false;
    printApart().AtRule.media({ params, parent: { type: parent }, remove: () => (gone = true) });
    expect(gone).toBe(removed);
  });
});
