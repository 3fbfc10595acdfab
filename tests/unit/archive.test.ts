import { describe, expect, it } from 'vitest';
import { archiveEpoch, archiveName, byteOrder, sha256sums, unreached, zipTime } from '../../src/lib/archive.ts';

describe('archiveName', () => {
  it.each([
    ['綦教〔2023〕17号', '0.2.0', 'qijiao-2023-17-v0.2.0'],
    ['渝府发〔2021〕5号', '1.10.3', 'yufufa-2021-5-v1.10.3'],
  ])('%s, v%s → %s', (number, version, name) => {
    const spell: Record<string, string> = { 綦教: 'qi jiao', 渝府发: 'Yu Fu Fa' };
    expect(archiveName(number, version, (han) => spell[han] ?? '')).toBe(name);
  });
  it.each([
    ['綦教2023-17', '0.2.0', 'qi jiao', /expected/],
    ['綦教〔2023〕17号', 'next', 'qi jiao', /x\.y\.z/],
    ['綦教〔2023〕17号', '0.2.0', '綦教', /no ASCII spelling/],
  ])('refuses %s, %s', (number, version, spelt, error) => {
    expect(() => archiveName(number, version, () => spelt)).toThrow(error);
  });
});

describe('the zip entries', () => {
  it('orders paths by their bytes, whatever the locale', () => {
    expect(byteOrder(['b', 'a/z', 'A', '全文.html', 'a.html', 'a/b'])).toEqual([
      'A',
      'a.html',
      'a/b',
      'a/z',
      'b',
      '全文.html',
    ]);
  });
  it.each([
    [1700000000, [2023, 10, 14, 22, 13, 20]],
    [0, [1970, 0, 1, 0, 0, 0]],
  ])('records %i as its UTC wall-clock time', (epoch, fields) => {
    const d = zipTime(epoch);
    expect([d.getFullYear(), d.getMonth(), d.getDate(), d.getHours(), d.getMinutes(), d.getSeconds()]).toEqual(fields);
  });
  it.each([
    [1700000000, 1700000000],
    [5, 315532800],
  ])('dates its entries %i as %i, since zip has no time before 1980', (epoch, entries) => {
    expect(archiveEpoch(epoch)).toBe(entries);
  });
  it('refuses to guess a time without a commit', () => {
    expect(() => archiveEpoch(undefined)).toThrow(/SOURCE_DATE_EPOCH/);
  });
});

describe('sha256sums', () => {
  it('writes what sha256sum -c reads, in byte order', () => {
    expect(
      sha256sums(
        new Map([
          ['b.html', 'bb'],
          ['a/index.html', 'aa'],
        ]),
      ),
    ).toBe('aa  a/index.html\nbb  b.html\n');
  });
  it('refuses a name sha256sum would escape', () => {
    expect(() => sha256sums(new Map([['a\\b', 'x']]))).toThrow(/escape/);
  });
});

describe('unreached', () => {
  const reached = new Set(['a/index.html', 'site.js']);
  it.each([
    { files: ['a/index.html', 'site.js'], left: [] },
    { files: ['a/index.html', 'robots.txt', 'site.js'], left: ['robots.txt'] },
    { files: ['index.html', '404.html', '全文.html'], left: [] },
    { files: ['b/index.html', 'manifest.webmanifest'], left: ['b/index.html', 'manifest.webmanifest'] },
  ])('$files → $left', ({ files, left }) => {
    expect(unreached(files, reached)).toEqual(left);
  });
});
