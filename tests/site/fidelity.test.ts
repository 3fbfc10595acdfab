/**
 * The published text equals the capture minus the website chrome, after
 * exactly the corrections list: on the full-text page, on the plan's pages
 * read in order, in plan.txt and plan.json, in every copy of official text a
 * page makes outside `data-official` (its title and description), and with
 * every restored character marked where it is shown. The expected text is
 * rebuilt here from the capture and the corrections list, not read from the
 * content the site was built from.
 */
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { beforeAll, describe, expect, it } from 'vitest';
import type { PlanJsonUnit } from '../../src/lib/exports.ts';
import { marksOf } from '../../src/lib/fidelity.ts';
import { describeDifferences, diffBlocks, markerOf, type Unit } from '../../src/lib/model.ts';
import { unitPath } from '../../src/lib/url.ts';
import { ui } from '../../src/ui/strings.ts';
import { extractOfficial, extractRestorations, fileForUrl, parse, readDist, requireDist } from '../support/dist.ts';
import { differencesFromSource, expected, want } from '../support/fidelity.ts';

const units = expected.plan.units;
const check = differencesFromSource;
const FULL_TEXT = 'dist/full-text/index.html';
const pageOf = (u: Unit) => fileForUrl(unitPath(u));

/** The plan's pages in reading order, each page's blocks named with its file. */
const unitPages = (read: (file: string) => string = readDist) =>
  units.flatMap((u) => extractOfficial(read(pageOf(u)), pageOf(u)));

beforeAll(requireDist);

describe('fidelity', () => {
  it('the full-text page holds exactly the corrected source', () => {
    expect(check(extractOfficial(readDist(FULL_TEXT), FULL_TEXT))).toBe('');
  });

  it('the plan pages, read in document order, hold exactly the corrected source', () => {
    expect(check(unitPages())).toBe('');
  });

  it('plan.txt is the corrected source, one block a line', () => {
    expect(readDist('dist/plan.txt')).toBe(want.map((b) => b.text).join('\n') + '\n');
  });

  it('plan.json holds exactly the corrected source: every unit, heading, title, paragraph and block', () => {
    expect(planJsonProblems(readDist('dist/plan.json'))).toEqual([]);
  });

  it('no page other than the plan pages and the full text carries official text', () => {
    for (const page of [
      'dist/index.html',
      'dist/document/index.html',
      'dist/corrections/index.html',
      'dist/404.html',
      'dist/glossary/index.html',
      'dist/glossary/sanjiao-gaige/index.html',
    ]) {
      expect(extractOfficial(readDist(page)), page).toEqual([]);
    }
  });
});

/** What plan.json says that differs from the expected text, in words. */
function planJsonProblems(text: string): string[] {
  const json: { units: PlanJsonUnit[] } = JSON.parse(text);
  const file = 'dist/plan.json';
  const problems: string[] = [];
  if (json.units.length !== units.length)
    problems.push(`${file}: ${json.units.length} units, the plan has ${units.length}`);
  units.forEach((u, i) => {
    const j = json.units[i];
    if (!j) return;
    const where = `${file}: unit ${i} (${u.key})`;
    const same = <T>(what: string, actual: T, wanted: T) => {
      if (actual !== wanted)
        problems.push(`${where}: ${what} is ${JSON.stringify(actual)}, expected ${JSON.stringify(wanted)}`);
    };
    same('id', j.id, u.key);
    same('kind', j.kind, u.kind);
    same('number', j.number, u.number ?? null);
    same('url', j.url, unitPath(u));
    const official = (id: string, actual: string, wanted: string) =>
      describeDifferences(diffBlocks([{ id, text: wanted }], [{ id, text: actual, file }]));
    for (const d of [
      official(`${u.key} title`, j.title, u.title),
      official(`${u.key} heading`, j.heading, u.heading),
      describeDifferences(
        diffBlocks(
          u.blocks.filter((b) => b.role === 'paragraph').map((b) => ({ id: b.id, text: b.text })),
          j.paragraphs.map((p, k) => ({ id: `${u.key}.p${k + 1}`, text: p, file: `${file} paragraphs` })),
        ),
      ),
      describeDifferences(
        diffBlocks(
          u.blocks,
          j.blocks.map((b) => ({ ...b, file })),
        ),
      ),
    ])
      if (d) problems.push(d);
  });
  return problems;
}

/** Every restored character, by block and correction id, as the expected text marks it. */
function wantedRestorations(): Map<string, string> {
  const out = new Map<string, string>();
  for (const u of units) {
    for (const b of u.blocks) {
      for (const m of marksOf(expected, u, b)) {
        if (m.kind !== 'restoration') continue;
        const key = `${b.id} ${m.id}`;
        out.set(key, (out.get(key) ?? '') + b.text.slice(m.start, m.end));
      }
    }
  }
  return out;
}

/** Restorations a page should mark but does not (or marks differently), in words naming the file. */
function markProblems(file: string, html: string, wanted: Map<string, string>): string[] {
  const found = extractRestorations(html);
  const problems: string[] = [];
  for (const [key, text] of wanted) {
    const [block, id] = key.split(' ');
    if (found.get(key) !== text)
      problems.push(
        `${file}: block ${block}: restoration ${id} should mark ${JSON.stringify(text)}, found ${JSON.stringify(found.get(key) ?? null)}`,
      );
  }
  for (const key of found.keys())
    if (!wanted.has(key)) problems.push(`${file}: ${key} is marked but restores nothing there`);
  return problems;
}

describe('every restoration that adds characters is shown, marked', () => {
  const all = wantedRestorations();
  it('the expected text has restorations to show (this test is not vacuous)', () => {
    expect(new Set([...all.keys()].map((k) => k.split(' ')[1])).size).toBeGreaterThanOrEqual(12);
  });

  it('on 全文', () => {
    expect(markProblems(FULL_TEXT, readDist(FULL_TEXT), all)).toEqual([]);
  });

  it.each(units.map((u) => [u.key, u] as const))('on the page of %s', (_, u) => {
    const wanted = new Map([...all].filter(([k]) => k.startsWith(`${u.key}.`)));
    expect(markProblems(pageOf(u), readDist(pageOf(u)), wanted)).toEqual([]);
  });
});

/** Official text a page copies outside `data-official`: its title, description and share texts. */
function headProblems(html: string, u: Unit, file: string): string[] {
  const tree = parse(html);
  const problems: string[] = [];
  const marker = markerOf(u);
  const titles = [
    toString(select('title', tree)!).replace(new RegExp(` · ${ui.siteShort}$`), ''),
    ...selectAll('meta[property="og:title"]', tree).map((m) => String(m.properties.content)),
  ];
  // The page's title: the heading as printed (a gap may set a bare digit apart), or our name for it.
  const ours = u.kind === 'notice' ? ui.notice : u.kind === 'front' ? ui.frontLabel : undefined;
  const allowed = ours ? [ours] : [u.heading, `${marker} ${u.title}`];
  for (const t of titles)
    if (!allowed.includes(t)) problems.push(`${file}: title "${t}" is not ${allowed.join(' or ')}`);
  const first = u.blocks.find((b) => b.role === 'paragraph')?.text ?? '';
  for (const m of selectAll('meta[name="description"], meta[property="og:description"]', tree)) {
    const d = String(m.properties.content);
    if (!first) {
      // A part or group has no paragraph: its description names what it holds, each name exactly as printed.
      const kids = units.filter((c) => c.parent === u.key).map((c) => c.title);
      const [own, list = ''] = d.split('，包括：');
      const names = list.replace(/[。…]$/, '').split('、');
      const last = names.length - 1;
      const bad = names.filter(
        (n, i) => !kids.includes(n) && !(i === last && d.endsWith('…') && kids.some((k) => k.startsWith(n))),
      );
      if (own !== u.title || !list || bad.length)
        problems.push(
          `${file}: description "${d}" does not name ${u.title} and what it holds as printed: ${bad.join('、')}`,
        );
      continue;
    }
    const cut = d.endsWith('…');
    const quoted = cut ? d.slice(0, -1) : d;
    if (cut ? !first.startsWith(quoted) : quoted !== first)
      problems.push(
        `${file}: description "${d}" is not ${cut ? 'the start of' : ''} its first paragraph: ${describeDifferences(diffBlocks([{ id: u.key, text: first.slice(0, quoted.length) }], [{ id: u.key, text: quoted }]))}`,
      );
  }
  return problems;
}

describe('official text copied outside data-official', () => {
  it.each(units.map((u) => [u.key, u] as const))('%s: the page title and description', (_, u) => {
    expect(headProblems(readDist(pageOf(u)), u, pageOf(u))).toEqual([]);
  });

  it('the full text and the home page name the plan by its title', () => {
    const title = units.find((u) => u.kind === 'front')!.title;
    const description = (file: string) =>
      String(select('meta[name="description"]', parse(readDist(file)))?.properties.content);
    expect(description(FULL_TEXT)).toBe(title);
    expect(description('dist/index.html').startsWith(`${title}（`)).toBe(true);
  });
});

describe('each check catches one changed character or mark', () => {
  const task = units.find((u) => u.key === 'task-01')!;
  const taskHtml = readDist(pageOf(task));

  it('in a page', () => {
    const mutated = taskHtml.replaceAll('铸魂育人', '铸魂育入');
    expect(mutated).not.toBe(taskHtml);
    expect(check(unitPages((f) => (f === pageOf(task) ? mutated : readDist(f))))).toMatch(
      /dist\/plan\/tasks\/01\/index\.html: block task-01\.p1: differs from the source at character \d+: expected ".*育人.*", found ".*育入.*"/,
    );
  });

  it('in the full text: a dropped mark and a restored mark removed', () => {
    const html = readDist(FULL_TEXT);
    expect(check(extractOfficial(html.replace('请遵照执行。', '请遵照执行'), FULL_TEXT))).toMatch(
      /full-text\/index\.html: block notice\.p1/,
    );
    const noRestoration = html.replace(/<ins [^>]*data-correction="C01"[^>]*>《<\/ins>/, '');
    expect(noRestoration).not.toBe(html);
    expect(check(extractOfficial(noRestoration))).toMatch(/block notice\.p1: differs from the source at character 1/);
  });

  it('every <ins> removed from a task page, the characters kept', () => {
    const unmarked = taskHtml.replace(/<ins [^>]*>([^<]*)<\/ins>/g, '$1');
    expect(unmarked).not.toBe(taskHtml);
    // The text is unchanged, so only the marks check can see it.
    expect(check(unitPages((f) => (f === pageOf(task) ? unmarked : readDist(f))))).toBe('');
    const wanted = new Map([...wantedRestorations()].filter(([k]) => k.startsWith('task-01.')));
    expect(markProblems(pageOf(task), unmarked, wanted).join('\n')).toMatch(
      /tasks\/01\/index\.html: block task-01\.p1: restoration C07 should mark "，", found null/,
    );
  });

  it('one character of a paragraph in plan.json', () => {
    const json = readDist('dist/plan.json');
    const mutated = json.replace('铸魂育人', '铸魂育入');
    expect(mutated).not.toBe(json);
    expect(planJsonProblems(mutated).join('\n')).toMatch(
      /dist\/plan\.json.*block task-01\.p1: differs from the source/,
    );
  });

  it('one character of a page description', () => {
    const mutated = taskHtml.replace(/(<meta name="description" content=")坚持/, '$1竖持');
    expect(mutated).not.toBe(taskHtml);
    expect(headProblems(mutated, task, pageOf(task)).join('\n')).toMatch(/description ".*" is not the start of/);
  });
});

describe('extraction', () => {
  it('leaves out what the site marks as its own inside official text', () => {
    const html = '<p data-official="x.p1">双师型<span data-ours>（本站注释）</span>教师</p>';
    expect(extractOfficial(html)).toEqual([{ id: 'x.p1', text: '双师型教师' }]);
  });
});
