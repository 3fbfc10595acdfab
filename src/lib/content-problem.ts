/**
 * What is wrong with a content file, in the author's words. Every check
 * returns its problems rather than stopping at the first, so an author sees
 * every mistake of a build at once and a test can check a bad fixture by its
 * messages; only the loader's boundary turns them into one ContentError,
 * which stops the build.
 */

export interface ContentProblem {
  /** Path relative to the project, as the author sees it. */
  file: string;
  line?: number;
  /** The frontmatter field concerned, if any. */
  field?: string;
  message: string;
}

export const formatProblem = (p: ContentProblem) =>
  `${p.file}${p.line ? `:${p.line}` : ''}${p.field ? ` [${p.field}]` : ''} ${p.message}`;

export class ContentError extends Error {
  readonly problems: ContentProblem[];
  constructor(problems: ContentProblem[]) {
    super(
      `The content has ${problems.length} problem${problems.length > 1 ? 's' : ''}:\n` +
        problems.map((p) => `  - ${formatProblem(p)}`).join('\n'),
    );
    this.name = 'ContentError';
    this.problems = problems;
  }
}

/** What a check read from a file, if it could, and what is wrong with it. */
export interface Checked<T> {
  /** Absent when there are problems. */
  data?: T;
  problems: ContentProblem[];
}

/**
 * The data a check read, or a ContentError listing its problems: for the
 * loader and the tools, which cannot go on without the file.
 */
export function dataOrThrow<T>({ data, problems }: Checked<T>): T {
  if (problems.length || data === undefined) throw new ContentError(problems);
  return data;
}

/**
 * A register of keys that must be unique (ids, slugs): the function it returns
 * records where a key is first given and, when it was given before, returns
 * the one message every content file uses for it, naming the first place.
 */
export function uniqueKeys(field: 'id' | 'slug', each: string) {
  const first = new Map<string, string>();
  return (key: string, where: string): string | undefined => {
    const before = first.get(key);
    if (before === undefined) {
      first.set(key, where);
      return undefined;
    }
    return `${field} "${key}" is taken by ${before}; each ${each}`;
  };
}
