import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bodyParagraphs, formatProblem, readContent } from '../../src/lib/content-check.ts';
import { checkPlan, planFromSources } from '../../src/lib/fidelity.ts';
import { checkContentDir, loadExpected } from '../../src/lib/load.ts';
import type { UnitSource } from '../../src/lib/model.ts';
import { badContentCases, contentWithFixture } from '../support/fixtures.ts';

describe('the real content', () => {
  it('has no problems and agrees with the capture', () => {
    expect(readContent('content').problems).toEqual([]);
    expect(() => checkContentDir('content')).not.toThrow();
  });
});

describe.each(badContentCases())('bad content: $name', (c) => {
  const dir = join('tests/.tmp/bad-content', c.name);
  const content = contentWithFixture(c, dir);
  const { problems } = readContent(content, dir);

  it.each(c.expect)('reports $file $field: $includes', (e) => {
    const match = problems.find(
      (p) =>
        p.file === e.file &&
        (e.line === undefined || p.line === e.line) &&
        (e.field === undefined || p.field === e.field) &&
        p.message.includes(e.includes),
    );
    expect(match, `problems were:\n${problems.map(formatProblem).join('\n')}`).toBeDefined();
  });

  it('names a file in every message, and stops the build check', () => {
    expect(problems.length).toBeGreaterThan(0);
    for (const p of problems) expect(formatProblem(p)).toMatch(/^content\/\S+\.mdx/);
    expect(() => checkContentDir(content, dir)).toThrow(/The content has \d+ problems?/);
  });
});

describe('a one-character change to official text in any content file', () => {
  const { sources } = readContent('content');
  const expected = loadExpected('content');
  const mutate = (s: string) => (s[0] === '一' ? '二' : '一') + s.slice(1);

  const cases = sources.flatMap((s) => {
    const out: Array<{ file: string; what: string; mutant: UnitSource }> = [];
    if (s.paragraphs.length) {
      out.push({
        file: s.file!,
        what: 'paragraph',
        mutant: { ...s, paragraphs: [mutate(s.paragraphs[0]!), ...s.paragraphs.slice(1)] },
      });
    }
    const field = ['title', 'heading', 'addressee', 'signatory', 'date'].find((k) => typeof s.data[k] === 'string');
    if (field)
      out.push({
        file: s.file!,
        what: field,
        mutant: { ...s, data: { ...s.data, [field]: mutate(s.data[field] as string) } },
      });
    if (Array.isArray(s.data.titleLines)) {
      const lines = s.data.titleLines as string[];
      out.push({
        file: s.file!,
        what: 'titleLines',
        mutant: { ...s, data: { ...s.data, titleLines: [mutate(lines[0]!), ...lines.slice(1)] } },
      });
    }
    return out;
  });

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
