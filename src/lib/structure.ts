/**
 * Reads the plan's structure from the corrected lines of the capture. The
 * importer writes content files from it, and the fidelity check rebuilds the
 * expected text from it.
 */
import type { CorrectedLine } from './corrections.ts';
import { parseBracketHeading, parsePartHeading, parseTaskHeading } from './headings.ts';
import { PART_HOLDS, type UnitSource } from './model.ts';
import { DOCUMENT_START } from './source.ts';

class StructureError extends Error {
  constructor(line: CorrectedLine | undefined, message: string) {
    super(`source${line ? ` line ${line.line}` : ''}: ${message}${line ? ` ("${line.text.slice(0, 30)}…")` : ''}`);
    this.name = 'StructureError';
  }
}

export function parseStructure(lines: readonly CorrectedLine[]): UnitSource[] {
  let i = 0;
  const peek = () => lines[i];
  const take = (what: string) => {
    const l = lines[i++];
    if (!l) throw new StructureError(undefined, `the text ended where ${what} was expected`);
    return l;
  };
  const units: UnitSource[] = [];

  const title = take('the notice title');
  if (!title.text.startsWith(DOCUMENT_START)) throw new StructureError(title, 'expected the notice title');
  const addressee = take('the addressee line');
  const body: string[] = [];
  while (peek() && !/^\d{4}年\d{1,2}月\d{1,2}日$/.test(lines[i + 1]?.text ?? '')) body.push(take('notice text').text);
  const signatory = take('the signatory');
  const date = take('the date');
  units.push({
    kind: 'notice',
    data: { title: title.text, addressee: addressee.text, signatory: signatory.text, date: date.text },
    paragraphs: body,
  });

  const titleLines: string[] = [];
  while (peek() && !peek()!.text.endsWith('。')) titleLines.push(take('the plan title').text);
  const preamble: string[] = [];
  while (peek() && !parsePartHeading(peek()!.text)) preamble.push(take('the preamble').text);
  units.push({ kind: 'front', data: { titleLines }, paragraphs: preamble });

  let taskNumber = 0;
  let groupNumber = 0;
  while (peek()) {
    const line = take('a part heading');
    const part = parsePartHeading(line.text);
    if (!part) throw new StructureError(line, 'expected a part heading such as 一、总体要求');
    const kind = PART_HOLDS[part.number - 1];
    if (!kind) throw new StructureError(line, `the plan has ${PART_HOLDS.length} parts, not ${part.number}`);
    units.push({ kind: 'part', data: { number: part.number, title: part.title }, paragraphs: [] });
    while (peek() && !parsePartHeading(peek()!.text)) {
      const hl = take('a numbered heading');
      const h = parseBracketHeading(hl.text);
      if (!h) throw new StructureError(hl, 'expected a heading such as （一）指导思想');
      if (kind === 'group') {
        groupNumber = h.number;
        units.push({ kind, data: { number: h.number, title: h.title }, paragraphs: [] });
        while (peek() && !parseBracketHeading(peek()!.text) && !parsePartHeading(peek()!.text)) {
          const tl = take('a task heading');
          const t = parseTaskHeading(tl.text, taskNumber + 1);
          if (!t) throw new StructureError(tl, `expected the heading of task ${taskNumber + 1}`);
          taskNumber = t.number;
          const paras: string[] = [];
          while (
            peek() &&
            !parseTaskHeading(peek()!.text, taskNumber + 1) &&
            !parseBracketHeading(peek()!.text) &&
            !parsePartHeading(peek()!.text)
          ) {
            paras.push(take('task text').text);
          }
          if (!paras.length) throw new StructureError(tl, `task ${taskNumber} has no text after its heading`);
          units.push({
            kind: 'task',
            data: { number: t.number, group: groupNumber, heading: t.heading },
            paragraphs: paras,
          });
        }
        continue;
      }
      const paras: string[] = [];
      while (peek() && !parseBracketHeading(peek()!.text) && !parsePartHeading(peek()!.text))
        paras.push(take('text').text);
      units.push({ kind, data: { number: h.number, title: h.title }, paragraphs: paras });
    }
  }
  return units;
}
