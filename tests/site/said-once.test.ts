/**
 * Nothing said twice: 文件信息 shows each metadata field once, and the home
 * page links each top section from at most two lists (the header's
 * navigation and one of its own), not the three it once had.
 */
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { beforeAll, describe, expect, it } from 'vitest';
import { MAIN_NAV } from '../../src/lib/nav.ts';
import { ROUTES } from '../../src/lib/url.ts';
import { DIST, parse, readDist, requireDist } from '../support/dist.ts';

beforeAll(requireDist);

describe('文件信息', () => {
  it('shows each metadata field, and the document number, once', () => {
    const main = select('main', parse(readDist(`${DIST}/document/index.html`)))!;
    const labels = selectAll('th, dt', main).map((c) => toString(c).trim());
    expect(labels).toContain('发文字号');
    expect(labels.filter((l, i) => labels.indexOf(l) !== i)).toEqual([]);
    // The number is a value in the list once; prose may name it, but no second table or list repeats it.
    const label = selectAll('th, dt', main).find((c) => toString(c).trim() === '发文字号')!;
    const row = selectAll('tr, dl > div', main).find((r) => select('th, dt', r) === label)!;
    const number = toString(select('td, dd', row)!).trim();
    expect(number).toMatch(/〔\d{4}〕\d+号/);
    const cells = selectAll('td, dd, li', main).filter((c) => toString(c).includes(number));
    expect(cells).toHaveLength(1);
  });
});

describe('the home page', () => {
  it('links each top section from at most two lists, the header’s navigation among them', () => {
    const page = parse(readDist(`${DIST}/index.html`));
    // 目录 lists the plan's own pages on every page, the notice and 方案 among them: it is the contents, not a menu.
    const contents = new Set(selectAll('.toc ul, .toc ol', page));
    const lists = selectAll('ul, ol', page).filter((l) => !contents.has(l));
    const repeated = MAIN_NAV.map(({ route }) => ({
      route,
      lists: lists.filter((l) => selectAll('a', l).some((a) => a.properties.href === ROUTES[route])).length,
    })).filter((r) => r.lists > 2);
    expect(selectAll('.main-nav a', page)).toHaveLength(MAIN_NAV.length);
    expect(repeated).toEqual([]);
  });
});
