/**
 * Rehype plugin for the plan's MDX bodies: each paragraph becomes an official
 * paragraph (id, `data-official`, restored characters marked, permalink).
 * The logic lives in src/lib; this only finds the paragraphs.
 */
import type { Element, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { relative } from 'node:path';
import type { VFile } from 'vfile';
import { unitCollectionOf } from '../lib/collections.ts';
import { segmentsOf, type Expected } from '../lib/fidelity.ts';
import { loadExpected } from '../lib/load.ts';
import { block, unitKey } from '../lib/model.ts';
import { paragraphHast } from '../lib/official-markup.ts';

export interface RehypeOfficialOptions {
  /** Absolute path of the content directory. */
  contentDir: string;
}

export function rehypeOfficial({ contentDir }: RehypeOfficialOptions) {
  let expected: Expected | undefined;
  return (tree: Root, file: VFile) => {
    const rel = relative(contentDir, file.path);
    const collection = rel.startsWith('..') ? undefined : unitCollectionOf(rel);
    if (!collection) return;
    expected ??= loadExpected(contentDir);
    const frontmatter = (file.data as { astro?: { frontmatter?: Record<string, unknown> } }).astro?.frontmatter ?? {};
    const key = unitKey(collection.kind, frontmatter);
    let n = 0;
    tree.children = tree.children.map((node) => {
      if (node.type !== 'element') return node;
      if (node.tagName !== 'p' || node.children.some((c) => c.type !== 'text')) {
        throw new Error(
          `${rel}: the body of a plan file may hold only plain paragraphs of official text, found <${node.tagName}>`,
        );
      }
      n++;
      const b = block(key, `p${n}`, 'paragraph', toString(node));
      return paragraphHast(b, segmentsOf(expected!, b.id, b.text), b.anchor) satisfies Element;
    });
  };
}
