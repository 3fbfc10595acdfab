/**
 * Saying no more than the plan, as readers see it: the official original
 * linked with what was read there and when, a timeline that keeps what the
 * plan planned apart from what happened, and the one official follow-up
 * shown with its source wherever a target is (/targets/, the FAQ, 主要目标),
 * never as the target met. plan.json carries the sources and follow-ups.
 * Every quotation a built page shows is the plan's words (or its source's),
 * compared in the HTML as written (tests/support/quotes.ts).
 */
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import type { Text } from 'hast';
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadPlan } from '../../src/loaders/plan.ts';
import { assemblePlan } from '../../src/lib/model.ts';
import { officialTextSource } from '../../src/lib/sources.ts';
import { blockPath, createLinker } from '../../src/lib/url.ts';
import { ui } from '../../src/ui/strings.ts';
import { DIST, htmlFiles, parse, readDist, requireDist } from '../support/dist.ts';
import { want } from '../support/fidelity.ts';
import { quoteProblems, type QuoteContext } from '../support/quotes.ts';

beforeAll(requireDist);
const { data } = loadPlan('content');
const page = (path: string) => parse(readDist(`${DIST}/${path}index.html`));
const official = officialTextSource(data.sources);
const followUp = data.followUps[0]!;
const replyPage = data.sources.find((s) => s.id === followUp.source)!;

describe('the official original', () => {
  it('文件信息 shows the fields as read from the official page, and when that page was read', () => {
    const tree = page('document/');
    const meta = Object.fromEntries(
      selectAll('.meta-list div', tree).map((d) => [toString(select('dt', d)!), toString(select('dd', d)!)]),
    );
    for (const [field, value] of Object.entries(official.fields!))
      if (field in ui.meta) expect(meta[ui.meta[field as keyof typeof ui.meta]], field).toBe(value);
    const read = ui.sourceRead(official.read.date, official.read.way);
    expect(toString(tree)).toContain(read);
    expect(toString(tree)).toContain(official.url);
  });
});

describe('the timeline', () => {
  const tree = page('targets/');
  const steps = selectAll('.timeline li li', tree);

  it('has a legend for the two kinds of step', () => {
    const legend = toString(select('.timeline-legend', tree)!);
    for (const kind of ['planned', 'happened'] as const) expect(legend).toContain(ui.timelineKinds[kind].legend);
  });

  it.each(data.milestones.map((m) => [m.id, m] as const))('step %s is marked as what it is', (id, m) => {
    const li = select(`li[id="m-${id}"]`, tree)!;
    expect(String(li.properties.className)).toBe(`step-${m.kind}`);
    expect(toString(select('.relation-kind', li)!)).toBe(ui.timelineKinds[m.kind].mark);
    // What happened names the official page that says so, and a planned step is worded as an aim.
    if (m.kind === 'happened')
      expect(select('a.source-link', li)?.properties.href).toBe(data.sources.find((s) => s.id === m.source)?.url);
    else expect(m.label).toMatch(/^(计划|目标是)/);
  });

  it('shows the follow-up as happened, on its page’s date, with its source', () => {
    const item = steps.find((li) => toString(li).includes(followUp.quote))!;
    expect(String(item.properties.className)).toBe('step-happened');
    expect(select('a.source-link', item)?.properties.href).toBe(replyPage.url);
    expect(steps.length).toBe(data.milestones.length + data.followUps.length);
  });
});

describe('the follow-up, wherever a target is', () => {
  it.each([
    ['/targets/', 'targets/', `.targets-said #f-${followUp.id}`],
    ['常见问题 这些目标实现了吗', 'faq/', 'section.faq-item:has(#mubiao) .follow-up'],
    ['主要目标, beside the target', 'plan/general/goals/', '.targets-served .follow-up'],
  ])('%s: who said it, when, its words, its page, and how it differs from the target', (_, path, selector) => {
    const note = select(selector, page(path));
    expect(note, selector).toBeDefined();
    const text = toString(note!);
    expect(text).toContain(ui.followUpSaid(followUp.who, ui.sourceDate(replyPage.date), followUp.occasion));
    expect(toString(select('q[data-source]', note!)!)).toBe(followUp.quote);
    expect(select('a.source-link', note!)?.properties.href).toBe(replyPage.url);
    expect(text).toContain('只说公办中职学校');
    expect(text).toContain('答复没有说两者是一回事');
  });

  it('every other target says the site does not know; the target’s row leads to what was said', () => {
    const tree = page('targets/');
    const others = data.targets.filter((t) => !data.followUps.some((f) => f.target === t.id)).map((t) => t.label);
    expect(others.length).toBe(data.targets.length - 1);
    expect(toString(select('.targets-others', tree)!)).toBe(ui.targetsOthersUnknown(others));
    expect(select(`#t-${followUp.target} a[href="#f-${followUp.id}"]`, tree)).toBeDefined();
  });
});

describe('plan.json', () => {
  const json = JSON.parse(readFileSync(`${DIST}/plan.json`, 'utf8'));
  it('carries the sources and follow-ups under editorial, and ties each follow-up to its target', () => {
    expect(json.editorial.sources).toEqual(data.sources);
    expect(json.editorial.followUps).toEqual(data.followUps);
    const targets = json.units.flatMap(
      (u: { editorial: { targets: Array<{ id: string; followUps: string[] }> } }) => u.editorial.targets,
    );
    expect(targets.find((t: { id: string }) => t.id === followUp.target).followUps).toEqual([followUp.id]);
  });
});

describe('the plan’s words where readers see them, in the built HTML', () => {
  const link = createLinker({ base: '/', mode: 'absolute', from: '/' });
  const plan = assemblePlan(data.units);
  const hrefs = new Map(plan.units.flatMap((u) => u.blocks.map((b) => [link(blockPath(u, b)), b.id] as const)));
  const ctx: QuoteContext = {
    blocks: new Map(want.map((b) => [b.id, b.text])),
    sources: new Map(data.sources.map((s) => [s.id, s.words])),
    blockOfHref: (href) => hrefs.get(href),
  };

  it.each(htmlFiles())('%s: every quotation is the plan’s words (or its source’s), exactly', (file) => {
    expect(quoteProblems(parse(readDist(`${DIST}/${file}`)), ctx)).toEqual([]);
  });

  it('marks every kind of quotation on its page', () => {
    const count = (path: string, selector: string) => selectAll(selector, page(path)).length;
    expect(count('faq/', 'a.quote q')).toBeGreaterThan(30);
    expect(count('guide/', 'a.quote q')).toBeGreaterThan(10);
    expect(count('institutions/', 'q[data-from]')).toBeGreaterThan(10);
    expect(count('targets/', 'q[data-from]')).toBeGreaterThan(data.targets.length);
    expect(count('', '.target-quote[data-from]')).toBe(data.targets.length);
    expect(count('glossary/shuangshixing-jiaoshi/', '.excerpt[data-from]')).toBeGreaterThan(0);
    expect(count('targets/', 'q[data-source]')).toBeGreaterThan(0);
  });

  // One character of a quotation changed in the built HTML, where a rendering step could change it.
  it.each([
    ['an answer', 'faq/', 'a.quote q'],
    ['a guide section', 'guide/', 'section a.quote q'],
    ['an institution', 'institutions/', 'q[data-from]'],
    ['a target', 'targets/', 'q[data-from]'],
    ['a glossary excerpt', 'glossary/shuangshixing-jiaoshi/', '.excerpt[data-from]'],
    ['a follow-up', 'targets/', 'q[data-source]'],
  ])('fails on one character changed in %s', (_, path, selector) => {
    // A copy: this test changes a character, and parse gives every test the same frozen tree (tests/support/dist.ts).
    const tree = structuredClone(parse(readDist(`${DIST}/${path}index.html`)));
    const el = select(selector, tree)!;
    const text = selectAll('*', el)
      .flatMap((e) => e.children)
      .concat(el.children)
      .find((n): n is Text => n.type === 'text' && /[\u4e00-\u9fff]{2}/.test(n.value))!;
    const at = text.value.search(/[\u4e00-\u9fff]/) + 1;
    text.value = text.value.slice(0, at) + (text.value[at] === '的' ? '地' : '的') + text.value.slice(at + 1);
    expect(quoteProblems(tree, ctx).join('\n')).toMatch(/is not (in|among)/);
  });
});
