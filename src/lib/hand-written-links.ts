/**
 * Our prose cites the plan with <Ref to="task-16.p1" />, which checks the
 * block exists and makes the URL from src/lib/url.ts; a link written by hand
 * to a page of this site breaks silently when a route or an id changes, so
 * the tests find every one.
 */

/** Links an author wrote by hand to a page of this site, in Markdown, MDX or HTML. */
export function handWrittenLinks(text: string): Array<{ line: number; link: string }> {
  const found: Array<{ line: number; link: string }> = [];
  const patterns = [
    /\]\(\s*<?([^)\s>]*)/g,
    /\b(?:href|src)\s*=\s*["'{`]*([^"'}`\s>]*)/g,
    /^\s*\[[^\]]+\]:\s*<?(\S+?)>?\s*$/gm,
  ];
  for (const re of patterns) {
    for (const m of text.matchAll(re)) {
      const target = m[1] ?? '';
      if (/^[a-z][a-z0-9+.-]*:/i.test(target)) continue;
      found.push({ line: text.slice(0, m.index).split('\n').length, link: target });
    }
  }
  return found.sort((a, b) => a.line - b.line);
}
