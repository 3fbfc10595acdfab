/**
 * The components our MDX prose (glossary entries, summaries, the parents'
 * pages) uses to point into the plan and the glossary, found in the source
 * and checked before anything renders, so a broken citation or a misquote
 * names its file and line. Pure.
 */
import type { ContentProblem } from './content-problem.ts';

/** A component as written in an MDX body. */
export type ComponentUse =
  | { component: 'Ref'; /** The block id of <Ref to>. */ value: string; line: number }
  | { component: 'Term'; /** The slug of <Term slug>. */ value: string; line: number }
  | {
      component: 'FollowUps';
      /** The target of <FollowUps target>, whose official follow-ups it shows. */ value: string;
      line: number;
    }
  | {
      component: 'Background';
      /** The slug of <Background term>, the entry it rests on. */ value: string;
      line: number;
    }
  | {
      component: 'Quote';
      /** The block id of <Quote from>. */
      value: string;
      /** The words between the tags, which that block must hold exactly. */
      words: string;
      line: number;
    };

const lineAt = (body: string, index: number, bodyLine: number) =>
  bodyLine + body.slice(0, index).split('\n').length - 1;

/** Every <Ref to>, <Term slug> and <Quote from>…</Quote> in an MDX body, in order, with its line in the file. */
export function componentUses(body: string, bodyLine = 1): ComponentUse[] {
  const uses: Array<ComponentUse & { at: number }> = [];
  for (const m of body.matchAll(/<(Ref|Term)\b[^>]*?\b(to|slug)\s*=\s*["']([^"']*)["']/g)) {
    const component = m[1] === 'Ref' ? 'Ref' : 'Term';
    if ((component === 'Ref') !== (m[2] === 'to')) continue;
    uses.push({ component, value: m[3]!, line: lineAt(body, m.index, bodyLine), at: m.index });
  }
  for (const m of body.matchAll(/<Background\b[^>]*?\bterm\s*=\s*["']([^"']*)["']/g))
    uses.push({ component: 'Background', value: m[1]!, line: lineAt(body, m.index, bodyLine), at: m.index });
  for (const m of body.matchAll(/<FollowUps\b[^>]*?\btarget\s*=\s*["']([^"']*)["']/g))
    uses.push({ component: 'FollowUps', value: m[1]!, line: lineAt(body, m.index, bodyLine), at: m.index });
  for (const m of body.matchAll(/<Quote\b[^>]*?\bfrom\s*=\s*["']([^"']*)["'][^>]*>([\s\S]*?)<\/Quote>/g))
    uses.push({ component: 'Quote', value: m[1]!, words: m[2]!, line: lineAt(body, m.index, bodyLine), at: m.index });
  return uses.sort((a, b) => a.at - b.at).map(({ at: _, ...use }) => use);
}

/**
 * Prose as a reader sees it, as plain text: `<Term slug="x" />` becomes the
 * term's name (what the component renders), other tags are dropped and
 * their words kept, Markdown's marks (list bullets, `**bold**`, `_em_`,
 * headings' `#`, a link's address) are dropped, and lines are joined.
 */
export function proseText(body: string, termName: (slug: string) => string | undefined): string {
  return body
    .replace(/<Term\b[^>]*?\bslug\s*=\s*["']([^"']*)["'][^>]*?\/>/g, (_, slug: string) => termName(slug) ?? '')
    .replace(/<\/?[A-Za-z][^>]*>/g, '')
    .replace(/^[ \t]*(?:[-*+]|\d+\.|#{1,6}|>)[ \t]+/gm, '')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/(\*\*|__|\*)(?=\S)([^\n]*?\S)\1/g, '$2')
    .replace(/\s+/g, ' ')
    .trim();
}

/** What prose is checked against. */
export interface ProseContext {
  /** Whether the glossary has an entry with this slug. */
  hasTerm: (slug: string) => boolean;
  /** The official text of a block by id, or undefined if the plan has none. */
  blockText: (id: string) => string | undefined;
  /** Whether the entry rests on a confirmed document (basis `source`); absent where <Background> is not allowed. */
  sourced?: (slug: string) => boolean;
  /** Whether content/follow-ups.yaml has a follow-up of this target; absent where <FollowUps> is not allowed. */
  hasFollowUps?: (target: string) => boolean;
}

/** The problems of the components in one body: unknown blocks and slugs, and quotes the block does not hold. */
export function proseProblems(file: string, body: string, bodyLine: number, ctx: ProseContext): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const use of componentUses(body, bodyLine)) {
    const at = (message: string) => problems.push({ file, line: use.line, message });
    if (use.component === 'Term') {
      if (!ctx.hasTerm(use.value))
        at(
          `<Term slug="${use.value}">: there is no glossary entry "${use.value}"; use the slug of a file in content/glossary/`,
        );
      continue;
    }
    if (use.component === 'FollowUps') {
      if (!ctx.hasFollowUps)
        at(
          `<FollowUps>: what official pages said afterwards belongs in 常见问题 or the guide, beside a question about the targets`,
        );
      else if (!ctx.hasFollowUps(use.value))
        at(
          `<FollowUps target="${use.value}">: content/follow-ups.yaml has nothing on "${use.value}"; for it the site does not know, so say so`,
        );
      continue;
    }
    if (use.component === 'Background') {
      if (!ctx.sourced)
        at(
          `<Background>: background belongs in the parents' guide (content/guide/); here, say only what the plan says`,
        );
      else if (!ctx.hasTerm(use.value))
        at(`<Background term="${use.value}">: there is no glossary entry "${use.value}"`);
      else if (!ctx.sourced(use.value))
        at(
          `<Background term="${use.value}">: that entry rests on the plan alone; background must rest on an entry whose basis is a confirmed document (kind: source)`,
        );
      continue;
    }
    const tag = use.component === 'Ref' ? `<Ref to="${use.value}">` : `<Quote from="${use.value}">`;
    const text = ctx.blockText(use.value);
    if (text === undefined) {
      at(
        `${tag}: the plan has no block "${use.value}"; ids look like task-16.p1 or section-3.h (plan.json lists them)`,
      );
      continue;
    }
    if (use.component === 'Quote' && !text.includes(use.words))
      at(
        `${tag}: ${use.value} does not hold the words “${use.words}”; quote them exactly as the plan prints them (punctuation included), or cite with <Ref> and say it in your own words`,
      );
  }
  return problems;
}
