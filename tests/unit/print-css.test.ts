/**
 * Print rules apart (src/lib/print-css.ts): the blocks a web build sends in /print.css are exactly the ones its
 * PostCSS step takes out of the inline stylesheet.
 */
import { describe, expect, it } from 'vitest';
import { isPrintQuery, printApart, printBlocks, printSheet } from '../../src/lib/print-css.ts';

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

  const LAYERED = `@layer base, components;
@layer base { a { color: blue; } @media print { a { color: black; } } }
@layer components {
  .x { color: red; }
  @media (max-width: 40rem) { @media print { .never { color: red; } } }
  @media print { .x { display: none; } }
}
@media print { .top { color: black; } }
`;

  it('keeps a print block inside a layer in its layer, and the layers’ order', () => {
    expect(printBlocks(LAYERED)).toBe(
      [
        '@layer base, components;',
        '@layer base{@media print{a { color: black; }}}',
        '@layer components{@media print{.x { display: none; }}}',
        '@media print{.top { color: black; }}',
      ].join('\n'),
    );
  });

  it('declares the layers’ order once, first, for several stylesheets, and refuses two orders', () => {
    const page = '@layer base, components;\n@layer components { @media print { .p { color: black; } } }';
    expect(printSheet([LAYERED, page]).split('\n')).toEqual([
      '@layer base, components;',
      '@layer base{@media print{a { color: black; }}}',
      '@layer components{@media print{.x { display: none; }}}',
      '@media print{.top { color: black; }}',
      '@layer components{@media print{.p { color: black; }}}',
    ]);
    expect(() => printSheet([LAYERED, '@layer components, base;'])).toThrow(/different layer orders/);
  });

  it('refuses a block that is not closed', () => {
    expect(() => printBlocks('@media print { a { color: black; }')).toThrow(/not closed/);
    expect(() => printBlocks('@layer base { @media print { a { color: black; } }')).toThrow(/not closed/);
  });

  it.each<[string, string, boolean]>([
    ['print', 'root', true],
    ['screen, print', 'root', false],
    // Only top-level blocks, as printBlocks collects them.
    ['print', 'rule', false],
    ['print', 'layer', true],
    ['print', 'layer in a rule', false],
    ['screen, print', 'layer', false],
  ])('the build’s PostCSS step takes out @media %j at %s: %s', (params, where, removed) => {
    let gone = false;
    const root = { type: 'root' };
    const parent =
      where === 'layer'
        ? { type: 'atrule', name: 'layer', parent: root }
        : where === 'layer in a rule'
          ? { type: 'atrule', name: 'layer', parent: { type: 'rule' } }
          : { type: where };
    printApart().AtRule.media({ params, parent, remove: () => (gone = true) });
    expect(gone).toBe(removed);
  });
});
