/**
 * The published text equals the capture minus the website chrome, after
 * exactly the corrections list: on the full-text page, on the plan's pages
 * read in order, and in plan.txt and plan.json.
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadExpected } from '../../src/lib/load.ts';
import { allBlocks, describeDifferences, diffBlocks } from '../../src/lib/model.ts';
import { extractOfficial, fileForUrl, readDist, requireDist } from '../support/dist.ts';

const expected = loadExpected('content');
const want = allBlocks(expected.plan).map((b) => ({ id: b.id, text: b.text }));
const check = (actual: Array<{ id: string; text: string }>) => describeDifferences(diffBlocks(want, actual));

beforeAll(requireDist);

describe('fidelity', () => {
  it('the full-text page holds exactly the corrected source', () => {
    expect(check(extractOfficial(readDist('dist/full-text/index.html')))).toBe('');
  });

  it('the plan pages, read in document order, hold exactly the corrected source', () => {
    const json = JSON.parse(readDist('dist/plan.json'));
    const blocks = json.units.flatMap((u: { url: string }) => extractOfficial(readDist(fileForUrl(u.url))));
    expect(json.units).toHaveLength(expected.plan.units.length);
    expect(check(blocks)).toBe('');
  });

  it('plan.txt is the corrected source, one block a line', () => {
    expect(readDist('dist/plan.txt')).toBe(want.map((b) => b.text).join('\n') + '\n');
  });

  it('plan.json lists 26 tasks whose titles are the headings in the capture', () => {
    const json = JSON.parse(readDist('dist/plan.json'));
    const tasks = json.units.filter((u: { kind: string }) => u.kind === 'task');
    expect(tasks).toHaveLength(26);
    const raw = readFileSync('content/source/qijiao-2023-17.raw.txt', 'utf8').split('\n');
    for (const t of tasks) {
      // The capture's task line starts with the number, then the heading, then the body.
      const line = raw.find((l) => l.startsWith(String(t.number)) && !/^\d/.test(l.slice(String(t.number).length)))!;
      expect(line.startsWith(`${t.number}${t.title}`), `task ${t.number}`).toBe(true);
      expect(t.url).toMatch(/^\/plan\/tasks\/\d\d\/$/);
      expect(t.paragraphs.length).toBeGreaterThan(0);
    }
  });

  it('no page other than the plan pages and the full text carries official text', () => {
    for (const page of [
      'dist/index.html',
      'dist/document/index.html',
      'dist/corrections/index.html',
      'dist/404.html',
    ]) {
      expect(extractOfficial(readDist(page)), page).toEqual([]);
    }
  });
});

describe('the fidelity check catches a changed character', () => {
  it('in a page', () => {
    const html = readDist('dist/plan/tasks/01/index.html');
    const mutated = html.replaceAll('铸魂育人', '铸魂育入');
    expect(mutated).not.toBe(html);
    const json = JSON.parse(readDist('dist/plan.json'));
    const blocks = json.units.flatMap((u: { url: string }) =>
      extractOfficial(u.url === '/plan/tasks/01/' ? mutated : readDist(fileForUrl(u.url))),
    );
    expect(check(blocks)).toMatch(
      /block task-01\.p1: differs from the source at character \d+: expected ".*育人.*", found ".*育入.*"/,
    );
  });

  it('in the full text: a dropped mark and a restored mark removed', () => {
    const html = readDist('dist/full-text/index.html');
    expect(check(extractOfficial(html.replace('请遵照执行。', '请遵照执行')))).toMatch(/block notice\.p1/);
    const noRestoration = html.replace(/<ins [^>]*data-correction="C01"[^>]*>《<\/ins>/, '');
    expect(noRestoration).not.toBe(html);
    expect(check(extractOfficial(noRestoration))).toMatch(/block notice\.p1: differs from the source at character 1/);
  });
});

describe('extraction', () => {
  it('leaves out what the site marks as its own inside official text', () => {
    const html = '<p data-official="x.p1">双师型<span data-ours>（本站注释）</span>教师</p>';
    expect(extractOfficial(html)).toEqual([{ id: 'x.p1', text: '双师型教师' }]);
  });
});
