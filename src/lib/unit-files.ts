/**
 * The official text is stored one unit per MDX file (the notice, the front
 * matter, parts, sections, groups, tasks, measures), so an author's mistake
 * can hide in a file's frontmatter, its body, or in how the files fit
 * together: a gap in the numbering, a file named for another number, a task
 * in a group that does not exist. Each is named here before the plan is
 * assembled from the files, which would otherwise fail far from the cause.
 */
import { UNIT_KINDS, unitSourceSchema } from '../schemas/unit-source.ts';
import { bodyParagraphs } from './body-paragraphs.ts';
import { UNIT_FILES, type UnitFile } from './content-files.ts';
import type { ContentProblem } from './content-problem.ts';
import { frontmatterProblems, readFrontmatter } from './frontmatter.ts';
import { numberOf, type UnitSource } from './model.ts';

/** Parses one unit file and validates its frontmatter against its kind's schema. */
export function parseUnitFile(file: UnitFile): { source?: UnitSource; problems: ContentProblem[] } {
  const { frontmatter: fm, problems } = readFrontmatter(file);
  if (!fm) return { problems };
  const result = unitSourceSchema.safeParse({ kind: file.kind, data: fm.data });
  // Paths start with "data", the frontmatter; authors know only the field.
  if (!result.success) problems.push(...frontmatterProblems(file, fm, result.error.issues, 1));
  const body = bodyParagraphs(fm.body, file.path, fm.bodyLine);
  problems.push(...body.problems);
  if (!result.success || problems.length) return { problems };
  return { source: { ...result.data, paragraphs: body.paragraphs, file: file.path }, problems };
}

/** Checks that numbered files count 1…N with no gap and no duplicate. */
export function checkNumbering(sources: UnitSource[], label: string): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const seen = new Map<number, UnitSource>();
  for (const s of sources) {
    const n = numberOf(s);
    if (n === undefined) continue;
    const other = seen.get(n);
    if (other) {
      problems.push({
        file: s.file ?? '',
        field: 'number',
        message: `duplicate ${label} number ${n}: ${other.file} has it too; each ${label} needs its own number`,
      });
    } else seen.set(n, s);
  }
  const max = Math.max(0, ...seen.keys());
  for (let n = 1; n <= max; n++) {
    if (!seen.has(n)) {
      const next = [...seen.entries()].filter(([k]) => k > n).sort((a, b) => a[0] - b[0])[0];
      problems.push({
        file: next?.[1].file ?? '',
        field: 'number',
        message: `${label} numbers jump to ${next?.[0]}: there is no ${label} ${n}; number the ${label}s 1 to ${max} without gaps`,
      });
    }
  }
  return problems;
}

export interface ContentRead {
  sources: UnitSource[];
  problems: ContentProblem[];
}

/** Parses every unit file and checks that the files fit together: counts, numbering, groups. */
export function checkUnitFiles(dir: string, files: readonly UnitFile[]): ContentRead {
  const sources: UnitSource[] = [];
  const problems: ContentProblem[] = [];
  for (const kind of UNIT_KINDS) {
    const { pattern, count } = UNIT_FILES[kind];
    const ofKind = files.filter((f) => f.kind === kind);
    const read: UnitSource[] = [];
    for (const f of ofKind) {
      const r = parseUnitFile(f);
      problems.push(...r.problems);
      if (!r.source) continue;
      read.push(r.source);
      const named = /\/(\d+)\.mdx$/.exec(f.path);
      const n = numberOf(r.source);
      if (named && n !== undefined && Number(named[1]) !== n) {
        problems.push({
          file: f.path,
          field: 'number',
          message: `the file is named ${named[1]} but its number is ${n}; rename the file or fix the number`,
        });
      }
    }
    if (count === 'one' && ofKind.length !== 1) {
      problems.push({ file: `${dir}/${pattern}`, message: `must exist exactly once (found ${ofKind.length})` });
    }
    if (count === 'numbered') {
      if (!ofKind.length) problems.push({ file: `${dir}/${pattern}`, message: `no ${kind} files found` });
      problems.push(...checkNumbering(read, kind));
    }
    sources.push(...read);
  }
  const groups = new Set(sources.flatMap((s) => (s.kind === 'group' ? [s.data.number] : [])));
  for (const t of sources) {
    if (t.kind === 'task' && !groups.has(t.data.group)) {
      problems.push({
        file: t.file ?? '',
        field: 'group',
        message: `names group ${t.data.group}, but there is no such group in ${dir}/${UNIT_FILES.group.pattern.replace(/[^/]*$/, '')}`,
      });
    }
  }
  return { sources, problems };
}
