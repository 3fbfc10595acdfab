import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { globSync, readFileSync } from 'node:fs';
import { bodyParagraphs } from '../../src/lib/body-paragraphs.ts';
import { checkUnitFiles } from '../../src/lib/unit-files.ts';
import { formatProblem, uniqueKeys } from '../../src/lib/content-problem.ts';
import { handWrittenLinks } from '../../src/lib/hand-written-links.ts';
import { checkPlan, planFromSources } from '../../src/lib/fidelity.ts';
import type { UnitSource } from '../../src/lib/model.ts';
import { loadPlan, readContentFiles } from '../../src/loaders/plan.ts';
import { badContentCases, contentWithFixture, findProblem } from '../support/fixtures.ts';

const readContent = (contentDir: string, projectDir?: string) => {
  const files = readContentFiles(contentDir, projectDir);
  return checkUnitFiles(files.dir, files.units);
};

describe('the real content', () => {
  it('has no problems and agrees with the capture', () => {
    expect(readContent('content').problems).toEqual([]);
    expect(() => loadPlan('content')).not.toThrow();
  });
});

describe.each(badContentCases())('bad content: $name', (c) => {
  const dir = join('tests/.tmp/bad-content', c.name);
  const content = contentWithFixture(c, dir);
  const { problems } = readContent(content, dir);

  it.each(c.expect)('reports $file $field: $includes', (e) => {
    const match = findProblem(problems, e);
    expect(match, `problems were:\n${problems.map(formatProblem).join('\n')}`).toBeDefined();
  });

  it('names a file in every message, and stops the build check', () => {
    expect(problems.length).toBeGreaterThan(0);
    for (const p of problems) expect(formatProblem(p)).toMatch(/^content\/\S+\.mdx/);
    expect(() => loadPlan(content, dir)).toThrow(/The content has \d+ problems?/);
  });
});

describe('a one-character change to official text in any content file', () => {
  const { sources } = readContent('content');
  const { expected } = loadPlan('content');
  const mutate = (s: string) => (s[0] === '一' ? '二' : '一') + s.slice(1);

  /** Every official string a content file holds, each changed by one character. */
  function mutants(s: UnitSource): Array<{ what: string; mutant: UnitSource }> {
    const out: Array<{ what: string; mutant: UnitSource }> = [];
    if (s.paragraphs.length) {
      out.push({
        what: 'paragraph',
        mutant: { ...s, paragraphs: [mutate(s.paragraphs[0]!), ...s.paragraphs.slice(1)] },
      });
    }
    switch (s.kind) {
      case 'notice':
        for (const field of ['title', 'addressee', 'signatory', 'date'] as const)
          out.push({ what: field, mutant: { ...s, data: { ...s.data, [field]: mutate(s.data[field]) } } });
        break;
      case 'front':
        out.push({
          what: 'titleLines',
          mutant: { ...s, data: { titleLines: s.data.titleLines.map((l, i) => (i ? l : mutate(l))) } },
        });
        break;
      case 'task':
        out.push({ what: 'heading', mutant: { ...s, data: { ...s.data, heading: mutate(s.data.heading) } } });
        break;
      default:
        out.push({ what: 'title', mutant: { ...s, data: { ...s.data, title: mutate(s.data.title) } } });
    }
    return out;
  }
  const cases = sources.flatMap((s) => mutants(s).map((m) => ({ file: s.file ?? '', ...m })));

  it('covers every content file', () => {
    expect(new Set(cases.map((c) => c.file)).size).toBe(sources.length);
  });

  it.each(cases)('$file ($what) fails the check, naming the file', ({ file, mutant }) => {
    const plan = planFromSources(sources.map((s) => (s.file === file ? mutant : s)));
    const message = checkPlan(plan, expected);
    expect(message).toContain(file);
    expect(message).toMatch(/differs from the source at character \d+: expected/);
  });
});

describe('bodyParagraphs', () => {
  it.each([
    ['——党建引领，统筹规划。', undefined],
    ['推进1+X证书制度。', undefined],
    ['2025年，全区中等职业学校……', undefined],
    ['# 标题', '"#" is Markdown/MDX syntax'],
    ['- 列表', '"- " is Markdown/MDX syntax'],
    ['1. 列表', '"1. " is Markdown/MDX syntax'],
    ['文字<br>文字', '"<" is Markdown/MDX syntax'],
    ['加粗**文字**', '"*" is Markdown/MDX syntax'],
  ])('%s', (text, problem) => {
    const r = bodyParagraphs(`\n${text}\n`, 'x.mdx', 5);
    if (problem)
      expect(r.problems[0]).toMatchObject({ file: 'x.mdx', line: 6, message: expect.stringContaining(problem) });
    else expect(r).toEqual({ paragraphs: [text], problems: [] });
  });
});

describe('handWrittenLinks', () => {
  it.each<[string, Array<{ line: number; link: string }>]>([
    ['见<Ref to="task-16.p1" />。', []],
    ['见[任务16](/plan/tasks/16/#p1)。', [{ line: 1, link: '/plan/tasks/16/#p1' }]],
    ['第一行\n见[任务16](../tasks/16/)。', [{ line: 2, link: '../tasks/16/' }]],
    ['见<a href="/plan/">方案</a>', [{ line: 1, link: '/plan/' }]],
    ["见<a href='#p1'>本段</a>", [{ line: 1, link: '#p1' }]],
    ['[任务]: /plan/tasks/16/', [{ line: 1, link: '/plan/tasks/16/' }]],
    ['见[教育部](https://www.moe.gov.cn/)', []],
    ['<img src="/favicon.svg" alt="">', [{ line: 1, link: '/favicon.svg' }]],
  ])('%s', (text, links) => {
    expect(handWrittenLinks(text)).toEqual(links);
  });
});

describe('our prose in content/', () => {
  it('links to the plan only through <Ref>, never by a hand-written URL', () => {
    const found = globSync('**/*.{md,mdx,yaml}', { cwd: 'content' }).flatMap((f) =>
      handWrittenLinks(readFileSync(join('content', f), 'utf8')).map((l) => `content/${f}:${l.line} ${l.link}`),
    );
    expect(found).toEqual([]);
  });
});

describe('uniqueKeys: one message for an id or slug given twice, naming where it was first', () => {
  it.each([
    { keys: ['a', 'b'], said: [undefined, undefined] },
    { keys: ['a', 'a'], said: [undefined, 'id "a" is taken by line 1; each needs its own'] },
    {
      keys: ['a', 'b', 'a', 'a'],
      said: [
        undefined,
        undefined,
        'id "a" is taken by line 1; each needs its own',
        'id "a" is taken by line 1; each needs its own',
      ],
    },
  ])('$keys', ({ keys, said }) => {
    const taken = uniqueKeys('id', 'needs its own');
    expect(keys.map((k, i) => taken(k, `line ${i + 1}`))).toEqual(said);
  });
});
