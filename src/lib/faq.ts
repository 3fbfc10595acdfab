/**
 * 常见问题: one question per file, content/faq/NN-<slug>.mdx, in the order
 * of NN, each answered in our words that cite the plan. Pure: reads a file
 * and checks the whole set (unique anchors, every answer cites a paragraph,
 * every citation and quote holds).
 */
import { frontmatterProblems, readFrontmatter, type ContentFile, type ContentProblem } from './content-check.ts';
import { componentUses, proseProblems, proseText, type ProseContext } from './prose.ts';
import { faqEntrySchema, type PublishedFaq } from '../schemas/faq.ts';

export interface FaqContext extends ProseContext {
  /** The glossary entry's name by slug, for what <Term> renders. */
  termName: (slug: string) => string | undefined;
}

/** The questions, checked, in the order of their files' names. */
export function checkFaq(
  files: readonly ContentFile[],
  ctx: FaqContext,
): { faq: PublishedFaq[]; problems: ContentProblem[] } {
  const problems: ContentProblem[] = [];
  const faq: PublishedFaq[] = [];
  const bySlug = new Map<string, string>();
  for (const file of files) {
    const { frontmatter: fm, problems: read } = readFrontmatter(file);
    problems.push(...read);
    if (!fm) continue;
    const parsed = faqEntrySchema.safeParse(fm.data);
    if (!parsed.success) {
      problems.push(...frontmatterProblems(file, fm, parsed.error.issues));
      continue;
    }
    const entry = parsed.data;
    const named = /(?:^|\/)\d{2}-([^/]+)\.mdx$/.exec(file.path)?.[1];
    if (named !== entry.slug)
      problems.push({
        file: file.path,
        line: fm.lineOf('slug'),
        field: 'slug',
        message: `name the file NN-${entry.slug}.mdx: two digits for its place on the page, then its slug`,
      });
    const other = bySlug.get(entry.slug);
    if (other)
      problems.push({
        file: file.path,
        line: fm.lineOf('slug'),
        field: 'slug',
        message: `slug "${entry.slug}" is taken by ${other}; each question needs its own anchor`,
      });
    bySlug.set(entry.slug, file.path);
    problems.push(...proseProblems(file.path, fm.body, fm.bodyLine, ctx));
    const cites = [
      ...new Set(
        componentUses(fm.body, fm.bodyLine)
          .filter((u) => u.component !== 'Term')
          .map((u) => u.value),
      ),
    ];
    if (!cites.length)
      problems.push({
        file: file.path,
        // The answer's first line, past the blank line after the frontmatter.
        line: fm.bodyLine + (/^(?:[ \t]*\n)*/.exec(fm.body)?.[0].split('\n').length ?? 1) - 1,
        message: 'the answer cites no paragraph: say where the plan says it, with <Ref to="task-04.p1"> or <Quote>',
      });
    faq.push({ ...entry, file: file.path, answer: proseText(fm.body, ctx.termName), cites });
  }
  return { faq, problems };
}
