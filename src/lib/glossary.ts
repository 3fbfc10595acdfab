/**
 * The glossary as the build checks it: each entry's frontmatter against its
 * schema, then the entries against each other and against the plan. Every
 * problem names the file, the line and the fix: a duplicate slug, a form two
 * entries claim, a related term or <Term> that does not exist, a <Ref> to a
 * block the plan does not have, an entry based on the plan that the plan
 * never uses, an alias or kind the plan never prints, and a related search
 * word that is also a name of an entry.
 */
import { glossaryEntrySchema, type GlossaryEntry } from '../schemas/glossary.ts';
import { frontmatterProblems, readFrontmatter } from './frontmatter.ts';
import type { ContentFile } from './content-files.ts';
import { uniqueKeys, type ContentProblem } from './content-problem.ts';
import { fold } from './terms.ts';
import { proseProblems } from './prose.ts';

/** An entry as read from its file. */
export interface GlossarySource {
  entry: GlossaryEntry;
  /** The file, as the author sees its path. */
  file: string;
  /** The MDX body: our explanation. */
  body: string;
  /** The line the body starts on. */
  bodyLine: number;
  /** The line a frontmatter field stands on. */
  lineOf: (field: string) => number;
}

/** Parses one glossary file; its name must be its slug. */
export function parseGlossaryFile(file: ContentFile): { source?: GlossarySource; problems: ContentProblem[] } {
  const { frontmatter: fm, problems } = readFrontmatter(file);
  if (!fm) return { problems };
  const result = glossaryEntrySchema.safeParse(fm.data);
  if (!result.success) return { problems: frontmatterProblems(file, fm, result.error.issues) };
  const entry = result.data;
  const named = /([^/]+)\.mdx$/.exec(file.path)?.[1];
  if (named !== entry.slug) {
    problems.push({
      file: file.path,
      line: fm.lineOf('slug'),
      field: 'slug',
      message: `the slug is "${entry.slug}" but the file is named ${named}.mdx; a slug never changes, so rename the file to ${entry.slug}.mdx`,
    });
  }
  return { source: { entry, file: file.path, body: fm.body, bodyLine: fm.bodyLine, lineOf: fm.lineOf }, problems };
}

export interface GlossaryContext {
  /** The official text of a block by id, or undefined if the plan has none. */
  blockText: (id: string) => string | undefined;
  /** Block ids where an entry's forms are used, by slug. */
  uses: ReadonlyMap<string, readonly string[]>;
  /** The plan's whole official text, where every alias and kind must occur. */
  planText?: string;
}

/** Checks the entries against each other and against the plan. */
export function checkGlossary(sources: readonly GlossarySource[], ctx: GlossaryContext): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const bySlug = new Map<string, GlossarySource>();
  const taken = uniqueKeys('slug', 'entry needs its own slug');
  for (const s of sources) {
    const twice = taken(s.entry.slug, s.file);
    if (twice) problems.push({ file: s.file, line: s.lineOf('slug'), field: 'slug', message: twice });
    else bySlug.set(s.entry.slug, s);
  }
  const claimed = new Map<string, GlossarySource>();
  for (const s of sources) {
    for (const [field, form] of [
      ['term', s.entry.term] as const,
      ...s.entry.aliases.map((a) => ['aliases', a] as const),
      ...s.entry.kinds.map((k) => ['kinds', k] as const),
    ]) {
      const key = fold(form);
      const other = claimed.get(key);
      if (other && other !== s)
        problems.push({
          file: s.file,
          line: s.lineOf(field),
          field,
          message: `"${form}" is claimed by ${other.file} too; a form may belong to one entry only, so remove it from one of them`,
        });
      else claimed.set(key, s);
    }
    for (const slug of s.entry.related) {
      if (!bySlug.has(slug))
        problems.push({
          file: s.file,
          line: s.lineOf('related'),
          field: 'related',
          message: `there is no glossary entry "${slug}"; related terms are slugs of files in content/glossary/`,
        });
      if (slug === s.entry.slug)
        problems.push({
          file: s.file,
          line: s.lineOf('related'),
          field: 'related',
          message: 'an entry is not related to itself',
        });
    }
    problems.push(
      ...proseProblems(s.file, s.body, s.bodyLine, { hasTerm: (slug) => bySlug.has(slug), blockText: ctx.blockText }),
    );
    // An other name rests on the plan's own use: each alias and kind is a word the plan prints.
    if (ctx.planText !== undefined)
      for (const [field, form] of [
        ...s.entry.aliases.map((a) => ['aliases', a] as const),
        ...s.entry.kinds.map((k) => ['kinds', k] as const),
      ])
        if (!fold(ctx.planText).includes(fold(form)))
          problems.push({
            file: s.file,
            line: s.lineOf(field),
            field,
            message: `"${form}" does not occur in the plan, so it cannot be shown as another name; make it a searchWords entry with why a reader types it`,
          });
    const seen = new Set<string>();
    for (const w of s.entry.searchWords) {
      const key = fold(w.word);
      const named = sources.find((o) =>
        [o.entry.term, ...o.entry.aliases, ...o.entry.kinds].some((f) => fold(f) === key),
      );
      if (named)
        problems.push({
          file: s.file,
          line: s.lineOf('searchWords'),
          field: 'searchWords',
          message: `"${w.word}" is a name of ${named === s ? 'this entry' : named.file}, so it cannot also be a related word; remove it from searchWords`,
        });
      if (seen.has(key))
        problems.push({
          file: s.file,
          line: s.lineOf('searchWords'),
          field: 'searchWords',
          message: `"${w.word}" is listed twice in searchWords; keep one`,
        });
      seen.add(key);
    }
    if (s.entry.basis === 'plan' && !ctx.uses.get(s.entry.slug)?.length)
      problems.push({
        file: s.file,
        line: s.lineOf('term'),
        field: 'term',
        message: `neither "${s.entry.term}" nor an alias occurs in the plan, so an entry based on the plan has nothing to explain; write the term as the plan prints it`,
      });
  }
  return problems;
}
