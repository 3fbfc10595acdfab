/**
 * An editor's save can reach a file watcher as two events, the file emptied and then written. astro dev once
 * read a task file in between, reported that it had no frontmatter, and never read it again (the suite's
 * dev-reload test, in CI). A handler made here runs once the events have stopped for `ms`, so the content is
 * read after the save, once.
 */
export function whenSettled(run: () => void, ms = 100): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  return () => {
    clearTimeout(timer);
    timer = setTimeout(run, ms);
  };
}
