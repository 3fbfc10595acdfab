import type { Root } from 'hast';
import { keepProse } from './keep-together.ts';

/**
 * The rehype plugin for our MDX prose (astro.config.mjs): 十四五, short quoted
 * terms and figures kept on one line as the prose becomes HTML, by keepProse.
 */
export default function rehypeKeep() {
  return (tree: Root): Root => keepProse(tree);
}
