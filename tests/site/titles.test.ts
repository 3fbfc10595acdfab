/**
 * Every page is named apart: a <title> and a description of its own, the
 * description never cut inside a word; and its headings go down one level
 * at a time, so a screen reader's outline has no holes.
 */
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadPlan } from '../../src/loaders/plan.ts';
import { DIST, htmlFiles, parse, readDist, requireDist } from '../support/dist.ts';

beforeAll(requireDist);
const { data } = loadPlan('content');

const pages = () =>
  htmlFiles().map((file) => {
    const tree = parse(readDist(`${DIST}/${file}`));
    return {
      file,
      tree,
      title: toString(select('title', tree)!),
      description: String(select('meta[name=description]', tree)?.properties.content ?? ''),
    };
  });
const repeated = (values: string[]) => [...new Set(values.filter((v, i) => values.indexOf(v) !== i))];

describe('page names', () => {
  it('gives every page a title of its own', () => {
    expect(repeated(pages().map((p) => p.title))).toEqual([]);
  });
  it('gives every page a description of its own, cut after a punctuation mark when cut', () => {
    const all = pages();
    expect(all.filter((p) => !p.description).map((p) => p.file)).toEqual([]);
    expect(repeated(all.map((p) => p.description))).toEqual([]);
    // A cut quotation of the plan ends where the plan has a clause mark, never inside a word.
    const texts = data.units.flatMap((u) => u.blocks.map((b) => b.text));
    for (const { file, tree, description } of all.filter((p) => p.description.endsWith('…'))) {
      const prefix = description.slice(0, -1);
      const source = texts.find((t) => t.startsWith(prefix));
      // A part or group has no paragraph: its description is ours, naming what it holds (tests/unit/describe.test.ts).
      if (!source) {
        expect(toString(select('h1', tree)!), file).toContain(prefix.split('，')[0]);
        continue;
      }
      expect('。；，、：', `${file}: cut before “${source!.slice(prefix.length, prefix.length + 3)}”`).toContain(
        source!.charAt(prefix.length),
      );
    }
  });
  it.each(htmlFiles())('%s skips no heading level', (file) => {
    const levels = selectAll('h1, h2, h3, h4, h5, h6', parse(readDist(`${DIST}/${file}`))).map((h) =>
      Number(h.tagName.slice(1)),
    );
    const skips = levels.flatMap((l, i) => (i > 0 && l > levels[i - 1]! + 1 ? [`h${levels[i - 1]} → h${l}`] : []));
    expect(skips).toEqual([]);
  });
});
