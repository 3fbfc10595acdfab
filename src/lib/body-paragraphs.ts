/**
 * The official text is stored as plain paragraphs, one line each, so that
 * what the author wrote is exactly what the capture says and what the page
 * prints: a line break or a Markdown/MDX character would silently change the
 * official text, so each is named as a problem instead.
 */
import type { ContentProblem } from './content-problem.ts';

/** Markdown and MDX syntax that would change official text if it appeared in it. */
const SYNTAX = /[{}<>*_`[\]\\~|]|^(?:#|[-+]\s|\d+[.)]\s)/;

/**
 * Splits an MDX body into its official paragraphs: one line each, separated
 * by blank lines, plain text only.
 */
export function bodyParagraphs(
  body: string,
  file = '',
  firstLine = 1,
): { paragraphs: string[]; problems: ContentProblem[] } {
  const paragraphs: string[] = [];
  const problems: ContentProblem[] = [];
  const lines = body.split(/\r?\n/);
  let run: number[] = [];
  const flush = () => {
    if (!run.length) return;
    const line = firstLine + run[0]!;
    if (run.length > 1) {
      problems.push({
        file,
        line,
        message: `this paragraph spans ${run.length} lines; write each official paragraph on one line (a line break would become part of the text)`,
      });
    }
    const text = run.map((i) => lines[i]).join('');
    if (text !== text.trim()) {
      problems.push({ file, line, message: 'remove the space at the start or end of this paragraph' });
    }
    const bad = SYNTAX.exec(text);
    if (bad) {
      problems.push({
        file,
        line,
        message: `"${bad[0]}" is Markdown/MDX syntax and would not print as written; official paragraphs are plain text`,
      });
    }
    paragraphs.push(text.trim());
    run = [];
  };
  lines.forEach((l, i) => (l.trim() === '' ? flush() : run.push(i)));
  flush();
  return { paragraphs, problems };
}
