import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cspHashOf, LARGE, TEXT_SIZE_KEY, textSizeScript } from '../../src/lib/text-size.ts';

describe('cspHashOf', () => {
  it.each([
    // Known digests: the empty script, and the example in the CSP Level 3 specification.
    ['', 'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='],
    ["alert('Hello, world.');", 'sha256-qznLcsROx4GACP2dm0UCKCzCG+HiZ1guq6ZZDob/Tng='],
  ])('%j → %s', (script, hash) => {
    expect(cspHashOf(script)).toBe(hash);
  });
});

describe('the head script', () => {
  it('reads the key the button writes and sets the mark the CSS reads', () => {
    expect(textSizeScript).toContain(JSON.stringify(TEXT_SIZE_KEY));
    expect(textSizeScript).toContain(`dataset.textSize=${JSON.stringify(LARGE)}`);
  });

  it('is one line a hash can be taken of: no template left open, no newline', () => {
    expect(textSizeScript).not.toMatch(/\n|\$\{/);
  });
});

describe('the server header in the README', () => {
  it('allows the head script by its hash (the header binds it too, so the two must not part ways)', () => {
    const header = readFileSync('README.md', 'utf8')
      .split('\n')
      .find((line) => line.startsWith('Content-Security-Policy:'));
    expect(header).toContain(`'${cspHashOf(textSizeScript)}'`);
  });
});
