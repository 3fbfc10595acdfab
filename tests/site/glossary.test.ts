/**
 * The glossary and the cross-links in the built site: the index in pinyin
 * order, each entry with every paragraph that uses it, term links in the
 * official text (first use per unit, never in a heading, each with its
 * definition for screen readers and kept out of the search index), 本页术语,
 * the targets' anchors, and every relation shown at both of its ends.
 */
import type { Element } from 'hast';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { collator } from '../../src/lib/collation.ts';
import { assemblePlan, isHeadingBlock } from '../../src/lib/model.ts';
import { endpointPlace, relationsOf } from '../../src/lib/relations.ts';
import { blockPath, fullTextHeadingId, termPath, unitPath } from '../../src/lib/url.ts';
import { loadPlan } from '../../src/loaders/plan.ts';
import { fileForUrl, officialTextOf, parse, readDist, requireDist } from '../support/dist.ts';

beforeAll(requireDist);
const { data } = loadPlan('content');
const plan = assemblePlan(data.units);
const page = (url: string) => parse(readDist(fileForUrl(url)));
const hrefs = (el: Element | undefined) => (el ? selectAll('a[href]', el).map((a) => String(a.properties.href)) : []);

describe('the glossary index', () => {
  const tree = page('/glossary/');
  const terms = selectAll('.glossary-list dt a', tree);
  it('lists every entry once, in pinyin order', () => {
    expect(terms.map((a) => toString(a))).toEqual(data.glossary.map((t) => t.term));
    const sorted = [...data.glossary.map((t) => t.term)].sort(collator.compare);
    expect(terms.map((a) => toString(a))).toEqual(sorted);
  });
  it('links each entry and gives its one-sentence definition', () => {
    expect(terms.map((a) => a.properties.href)).toEqual(data.glossary.map((t) => termPath(t.slug)));
    expect(selectAll('.glossary-list dd', tree).map((d) => toString(d))).toEqual(
      data.glossary.map((t) => t.definition),
    );
  });
  it('has a letter index whose letters head the groups', () => {
    const letters = selectAll('.letter-index a', tree).map((a) => toString(a));
    expect(letters).toEqual(selectAll('h2.letter', tree).map((h) => toString(h).trim()));
    expect(letters).toContain('S');
  });
});

describe.each(data.glossary.map((t) => [t.slug, t] as const))('/glossary/%s/', (slug, term) => {
  const tree = page(termPath(slug));
  it('explains the term under the 本站编辑 label, with a definition and a basis', () => {
    expect(toString(select('h1', tree)!)).toBe(term.term);
    expect(toString(select('.glossary-entry .ours-label', tree)!)).toBe('本站编辑说明');
    expect(toString(select('.definition', tree)!)).toBe(term.definition);
    expect(toString(select('.prose', tree)!).trim().length).toBeGreaterThan(20);
    expect(select('.term-basis', tree)).toBeDefined();
  });
  it('lists every paragraph that uses it, linked, the term highlighted in the excerpt', () => {
    const items = selectAll('.term-uses li', tree);
    expect(items).toHaveLength(term.uses.length);
    const forms = [term.term, ...term.aliases, ...term.kinds].map((f) => f.normalize('NFKC').toUpperCase());
    items.forEach((li, i) => {
      const { unit, block } = (() => {
        const id = term.uses[i]!;
        const u = plan.byKey.get(id.split('.')[0]!)!;
        return { unit: u, block: u.blocks.find((b) => b.id === id)! };
      })();
      expect(select('a', li)!.properties.href).toBe(blockPath(unit, block));
      const marks = selectAll('mark', li).map((m) => toString(m).normalize('NFKC').toUpperCase());
      expect(marks.length).toBeGreaterThan(0);
      for (const m of marks) expect(forms).toContain(m);
    });
  });
  it('shows as 又称 only the other names the plan itself prints, never a related search word or a kind', () => {
    const names = selectAll('.term-forms dd', tree).flatMap((d) => toString(d).split('、'));
    const related = new Set(data.glossary.flatMap((t) => [...t.searchWords.map((w) => w.word), ...t.kinds]));
    expect(names.filter((n) => related.has(n))).toEqual([]);
    expect(names.filter((n) => !term.aliases.includes(n))).toEqual([]);
    const plain = new Set(term.aliases.map((a) => a.normalize('NFKC')));
    expect(names).toHaveLength(plain.size);
    if (names.length) expect(toString(select('.term-forms dt', tree)!)).toBe('又称');
  });
  it('never links the term on its own page, and carries no official text', () => {
    expect(selectAll('a.term, [data-official]', tree)).toEqual([]);
  });
});

/** The term links of one unit's official text on a page. */
function termLinks(scope: Element) {
  return selectAll('[data-official] a.term', scope).map((a) => ({
    slug: String(a.properties.href).replace(/^\/glossary\/|\/$/g, ''),
    a,
  }));
}

describe.each(plan.units.map((u) => [u.key, u] as const))('term links on the page of %s', (key, unit) => {
  const tree = page(unitPath(unit));
  const links = termLinks(select('article.unit', tree)!);
  it('links the first use of each term in the paragraphs, once, and never in a heading', () => {
    const slugs = links.map((l) => l.slug);
    expect(new Set(slugs).size).toBe(slugs.length);
    expect(selectAll('h1 a.term', tree)).toEqual([]);
    const expected = unit.blocks
      .filter((b) => !isHeadingBlock(b))
      .flatMap((b) => b.marks.flatMap((m) => (m.kind === 'term' ? [m.id] : [])));
    expect(slugs).toEqual(expected);
  });
  it('describes each link with its definition, in a tooltip of ours kept out of the index', () => {
    for (const { slug, a } of links) {
      const tipId = String((a.properties.ariaDescribedBy as string[])[0]);
      const tip = select(`#${tipId}`, tree)!;
      expect(toString(tip)).toBe(data.glossary.find((t) => t.slug === slug)!.definition);
      expect(tip.properties).toMatchObject({ role: 'tooltip', dataOurs: '', dataPagefindIgnore: '' });
    }
  });
  it('lists under 本页术语 every term the unit uses, heading included', () => {
    const listed = hrefs(select('.page-terms', tree) ?? undefined);
    expect(listed).toEqual((data.termsByUnit[key] ?? []).map(termPath));
  });
  it('shows each relation that touches it, with a link to the other end', () => {
    const shown = [
      ...hrefs(select('.related', tree) ?? undefined),
      ...hrefs(select('.targets-served', tree) ?? undefined),
    ];
    for (const v of relationsOf(key, data.relations))
      expect(shown, `${v.relation.from.id} → ${v.relation.to.id}`).toContain(
        endpointPlace(plan, data.targets, v.there).path,
      );
  });
});

describe('the full text', () => {
  const tree = page('/full-text/');
  it.each(plan.units.map((u) => [u.key] as const))('links terms in %s as its page does', (key) => {
    const section = select(`section:has(> #${fullTextHeadingId(key)})`, tree)!;
    const onPage = termLinks(select('article.unit', page(unitPath(plan.byKey.get(key)!)))!).map((l) => l.slug);
    expect(termLinks(section).map((l) => l.slug)).toEqual(onPage);
  });
});

describe('the terms a reader is most likely to look up', () => {
  it('task 16 lists 三教改革 under 本页术语, though only its heading uses it', () => {
    const tree = page('/plan/tasks/16/');
    expect(hrefs(select('.page-terms', tree)!)).toContain('/glossary/sanjiao-gaige/');
    expect(selectAll('[data-official="task-16.p1"] a[href="/glossary/sanjiao-gaige/"]', tree)).toEqual([]);
  });
  it('the 双师型 target and task 9 link to each other', () => {
    const goals = page('/plan/general/goals/');
    expect(officialTextOf(select('#target-shuangshi', goals)!)).toBe('双师型教师不低于专业教师总数的60%');
    expect(hrefs(select('.targets-served', goals)!)).toContain('/plan/tasks/09/');
    expect(hrefs(select('.related', page('/plan/tasks/09/'))!)).toContain('/plan/general/goals/#target-shuangshi');
  });
  it('a target no task names says so, and infers nothing', () => {
    const goals = page('/plan/general/goals/');
    const item = selectAll('.targets-served li', goals).find((li) => toString(li).startsWith('5万大学生'))!;
    expect(toString(item)).toContain('方案未指明');
    expect(hrefs(item)).toEqual(['#target-daxuesheng']);
  });
  it('keeps the plan’s own hedge beside its target', () => {
    const goals = page('/plan/general/goals/');
    const item = selectAll('.targets-served li', goals).find((li) => toString(li).startsWith('8所高校'))!;
    expect(toString(item)).toContain('尽最大可能');
    expect(toString(item)).toContain('力争');
  });
});

describe('exports', () => {
  const glossary = JSON.parse(readFileSync('dist/glossary.json', 'utf8'));
  const planJson = JSON.parse(readFileSync('dist/plan.json', 'utf8'));
  it('glossary.json lists every entry with its forms, definition, basis, URL and uses', () => {
    expect(glossary.entries.map((e: { slug: string }) => e.slug)).toEqual(data.glossary.map((t) => t.slug));
    const t = data.glossary[0]!;
    expect(glossary.entries[0]).toEqual({
      slug: t.slug,
      term: t.term,
      aliases: t.aliases,
      kinds: t.kinds,
      searchWords: t.searchWords,
      definition: t.definition,
      basis: t.basis,
      related: t.related,
      url: termPath(t.slug),
      uses: t.uses,
    });
  });
  it('plan.json gives each unit its terms and relations apart from the official text', () => {
    const t9 = planJson.units.find((u: { id: string }) => u.id === 'task-09');
    expect(t9.editorial.terms).toEqual(data.termsByUnit['task-09']);
    expect(t9.editorial.relations).toContainEqual(
      expect.objectContaining({ kind: 'serves', direction: 'out', there: 'target:shuangshi', via: '双师型教师' }),
    );
    const goals = planJson.units.find((u: { id: string }) => u.id === 'section-3');
    expect(goals.editorial.targets.map((t: { id: string }) => t.id)).toEqual(data.targets.map((t) => t.id));
  });
  it('文件信息 links both', () => {
    expect(hrefs(select('main', page('/document/'))!)).toEqual(
      expect.arrayContaining(['/plan.json', '/glossary.json']),
    );
  });
});
