import { describe, expect, it } from 'vitest';
import { ContentError, dataOrThrow, formatProblem } from '../../src/lib/content-problem.ts';
import { parseCorrections, parseDocumentFile } from '../../src/lib/yaml-files.ts';

const rule = (id: string) => `- id: ${id}\n  kind: rule\n  old: ","\n  new: "，"\n  why: 全角逗号。\n`;
const messages = (problems: Parameters<typeof formatProblem>[0][]) => problems.map(formatProblem);

describe('YAML data files return their problems; the loader throws them', () => {
  it('reads a good corrections list', () => {
    const r = parseCorrections({ path: 'c.yaml', text: rule('R1') + rule('R2') });
    expect(r.problems).toEqual([]);
    expect(dataOrThrow(r).map((c) => c.id)).toEqual(['R1', 'R2']);
  });

  it('names every id used twice', () => {
    const r = parseCorrections({ path: 'c.yaml', text: rule('R1') + rule('R1') });
    expect(r.data).toBeUndefined();
    expect(messages(r.problems)).toEqual(['c.yaml [id] R1 is used twice']);
    expect(() => dataOrThrow(r)).toThrow(ContentError);
    expect(() => dataOrThrow(r)).toThrow('The content has 1 problem:\n  - c.yaml [id] R1 is used twice');
  });

  it('names invalid YAML and a field against the schema, with its line', () => {
    expect(messages(parseCorrections({ path: 'c.yaml', text: '- id: [\n' }).problems)[0]).toMatch(
      /^c\.yaml is not valid YAML/,
    );
    const r = parseCorrections({ path: 'c.yaml', text: rule('R1') + rule('X2') });
    expect(messages(r.problems)).toEqual(['c.yaml:6 [1.id] rule ids look like R1']);
  });

  it('says what is wrong with document.yaml instead of throwing', () => {
    const r = parseDocumentFile({ path: 'd.yaml', text: 'document: {}\n' });
    expect(r.data).toBeUndefined();
    expect(r.problems.length).toBeGreaterThan(0);
    expect(r.problems.every((p) => p.file === 'd.yaml' && p.field?.startsWith('document.'))).toBe(true);
  });
});
