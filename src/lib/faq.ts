/**
 * Our prose kept one piece per file, content/<folder>/NN-<slug>.mdx, in the
 * order of NN: the questions of 常见问题 and the sections of the parents'
 * guide, each in our words that cite the plan. Pure: reads the files and
 * checks the whole set (unique anchors, every piece cites a paragraph,
 * every citation and quote holds).
 */
import type { z } from 'astro/zod';
import { frontmatterProblems, readFrontmatter } from './frontmatter.ts';
import type { ContentFile } from './content-files.ts';
import { uniqueKeys, type ContentProblem } from './content-problem.ts';
import { mdxTree, type ProseBody } from './mdx-tree.ts';
import { componentUses, proseProblems, proseText, type ProseContext } from './prose.ts';
import { faqEntrySchema, type FaqEntry, type PublishedFaq } from '../schemas/faq.ts';
import { guideSectionSchema, type GuideSection, type PublishedGuideSection } from '../schemas/guide.ts';

export interface FaqContext extends ProseContext {
  /** The glossary entry's name by slug, for what <Term> renders. */
  termName: (slug: string) => string | undefined;
}

/** A piece as its collection publishes it for rendering: its frontmatter and its MDX body. */
export interface Entry<T> {
  file: string;
  data: T;
  body: string;
}

/** A piece as checked: its frontmatter, its file, its text as a reader sees it, and the blocks it cites. */
type Checked<T> = T & { file: string; text: string; cites: string[] };

/** The slug a file's name gives it, `zhongzhi-shang-daxue` for 06-zhongzhi-shang-daxue.mdx; the loaders use it too. */
export const slugOfFile = (path: string): string | undefined => /(?:^|\/)\d{2}-([^/]+)\.mdx$/.exec(path)?.[1];

function checkNumbered<T extends { slug: string }>(
  files: readonly ContentFile[],
  ctx: FaqContext,
  schema: z.ZodType<T>,
  what: string,
): { items: Array<Checked<T>>; bodies: ProseBody[]; entries: Array<Entry<T>>; problems: ContentProblem[] } {
  const problems: ContentProblem[] = [];
  const items: Array<Checked<T>> = [];
  const taken = uniqueKeys('slug', `${what} needs its own anchor`);
  const bodies: ProseBody[] = [];
  const entries: Array<Entry<T>> = [];
  for (const file of files) {
    const { frontmatter: fm, problems: read } = readFrontmatter(file);
    problems.push(...read);
    if (!fm) continue;
    bodies.push({ file: file.path, body: fm.body, bodyLine: fm.bodyLine });
    const parsed = schema.safeParse(fm.data);
    if (!parsed.success) {
      problems.push(...frontmatterProblems(file, fm, parsed.error.issues));
      continue;
    }
    const entry = parsed.data;
    entries.push({ file: file.path, data: entry, body: fm.body });
    if (slugOfFile(file.path) !== entry.slug)
      problems.push({
        file: file.path,
        line: fm.lineOf('slug'),
        field: 'slug',
        message: `name the file NN-${entry.slug}.mdx: two digits for its place on the page, then its slug`,
      });
    const twice = taken(entry.slug, file.path);
    if (twice) problems.push({ file: file.path, line: fm.lineOf('slug'), field: 'slug', message: twice });
    problems.push(...proseProblems(file.path, fm.body, fm.bodyLine, ctx));
    // What MDX cannot read is said once, above; what it cites and shows would only echo it.
    if (!mdxTree(file.path, fm.body, fm.bodyLine).tree) continue;
    const cites = [
      ...new Set(
        componentUses(fm.body, fm.bodyLine)
          .filter((u) => u.component === 'Ref' || u.component === 'Quote')
          .map((u) => u.value),
      ),
    ];
    if (!cites.length)
      problems.push({
        file: file.path,
        // The body's first line, past the blank line after the frontmatter.
        line: fm.bodyLine + (/^(?:[ \t]*\n)*/.exec(fm.body)?.[0].split('\n').length ?? 1) - 1,
        message: `the ${what} cites no paragraph: say where the plan says it, with <Ref to="task-04.p1"> or <Quote>`,
      });
    items.push({ ...entry, file: file.path, text: proseText(fm.body, ctx.termName), cites });
  }
  return { items, bodies, entries, problems };
}

/** The questions of 常见问题, checked, in the order of their files' names. */
export function checkFaq(
  files: readonly ContentFile[],
  ctx: FaqContext,
): { faq: PublishedFaq[]; bodies: ProseBody[]; entries: Array<Entry<FaqEntry>>; problems: ContentProblem[] } {
  // Background is for the guide alone: an answer says what the plan says.
  const { sourced: _, ...faqCtx } = ctx;
  const { items, bodies, entries, problems } = checkNumbered(files, faqCtx, faqEntrySchema, 'answer');
  return { faq: items.map(({ text, ...q }) => ({ ...q, answer: text })), bodies, entries, problems };
}

/** The line of a file that names `words` (the frontmatter's line for them), or 1. */
function lineOfWord(files: readonly ContentFile[], path: string, words: string): number {
  const lines = files.find((f) => f.path === path)?.text.split('\n') ?? [];
  return lines.findIndex((l) => l.includes(words)) + 1 || 1;
}

/** The sections of the parents' guide, checked, in the order of their files' names. */
export function checkGuide(
  files: readonly ContentFile[],
  ctx: FaqContext,
): {
  guide: PublishedGuideSection[];
  bodies: ProseBody[];
  entries: Array<Entry<GuideSection>>;
  problems: ContentProblem[];
} {
  const { items, bodies, entries, problems } = checkNumbered(files, ctx, guideSectionSchema, 'section');
  // A search word's answer is highlighted in the section, so it must be there, as the reader sees it.
  for (const section of items)
    for (const w of section.searchWords)
      if (!section.text.includes(w.see))
        problems.push({
          file: section.file,
          line: lineOfWord(files, section.file, w.see),
          field: 'searchWords',
          message: `search word "${w.word}": see "${w.see}" is not in the section's text; quote words the section shows`,
        });
  return { guide: items, bodies, entries, problems };
}
