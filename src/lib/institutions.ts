/**
 * 院校与项目: every school, college, place and project the plan names, each
 * with the plan's own words wherever it names it (content/institutions.yaml).
 * Pure checks: every quote is in its block and names the institution, and no
 * place where the plan uses an entry's words is left out, so the page says
 * all the plan says of each and nothing more. Two names the plan does not
 * merge stay two entries.
 */
import { uniqueKeys, type ContentProblem } from './content-problem.ts';
import { occurrences } from './terms.ts';
import type { Institution } from '../schemas/institution.ts';

export function checkInstitutions(
  path: string,
  items: ReadonlyArray<{ item: Institution; line: number }>,
  blocks: ReadonlyArray<{ id: string; text: string }>,
): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const text = new Map(blocks.map((b) => [b.id, b.text]));
  const taken = uniqueKeys('slug', 'needs its own');
  for (const { item, line } of items) {
    const at = (message: string) => problems.push({ file: path, line, message });
    const twice = taken(item.slug, `the entry on line ${line}`);
    if (twice) at(twice);
    for (const m of item.mentions) {
      const t = text.get(m.block);
      if (t === undefined) at(`${item.slug}: the plan has no block "${m.block}"; ids look like task-06.p1`);
      else if (!t.includes(m.quote))
        at(`${item.slug}: ${m.block} does not hold “${m.quote}”; quote it exactly as the plan prints it`);
      if (!m.quote.includes(item.words)) at(`${item.slug}: the quote “${m.quote}” does not name “${item.words}”`);
    }
    // Where another entry's longer words hold these (渝南职教城 holds 职教城), that entry speaks for it.
    const longer = items.map((i) => i.item.words).filter((w) => w !== item.words && w.includes(item.words));
    for (const b of blocks) {
      const own = occurrences(b.text, item.words).filter(
        (i) =>
          !longer.some((w) =>
            occurrences(b.text, w).some((j) => {
              const k = w.indexOf(item.words);
              return j + k === i;
            }),
          ),
      );
      if (own.length && !item.mentions.some((m) => m.block === b.id))
        at(`${item.slug}: ${b.id} names “${item.words}” too; add it to mentions, so the page says all the plan says`);
    }
  }
  return problems;
}
