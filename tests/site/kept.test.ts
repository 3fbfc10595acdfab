/**
 * Every page keeps 十四五, short quoted terms and figures on one line in all
 * its prose, ours as well as the official text: no such group stands in a
 * text a reader sees wrap outside a `<span class="keep">`.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Element, Root, RootContent } from 'hast';
import { beforeAll, describe, expect, it } from 'vitest';
import { KEEP, KEEP_CLASS } from '../../src/lib/keep-together.ts';
import { DIST, htmlFiles, parse, requireDist } from '../support/dist.ts';

beforeAll(requireDist);

/** Text that is not prose a reader sees wrap: raw text, code, form values, metadata, drawings. */
const NOT_PROSE = ['head', 'script', 'style', 'textarea', 'option', 'pre', 'code', 'svg', 'template'];

const isKept = (e: Element) =>
  NOT_PROSE.includes(e.tagName) ||
  // A term's tooltip, read by screen readers as one description (src/lib/keep-together.ts).
  e.properties.role === 'tooltip' ||
  (e.tagName === 'span' && ([] as unknown[]).concat(e.properties.className).includes(KEEP_CLASS));

describe('kept groups', () => {
  it.each(htmlFiles())('%s keeps every group whole', (file) => {
    const loose: string[] = [];
    const walk = (node: Root | RootContent) => {
      if (node.type === 'text')
        for (const m of node.value.matchAll(KEEP)) loose.push(node.value.slice(Math.max(0, m.index - 6), m.index + 12));
      else if ((node.type === 'root' || node.type === 'element') && !(node.type === 'element' && isKept(node)))
        node.children.forEach(walk);
    };
    walk(parse(readFileSync(join(DIST, file), 'utf8')));
    expect(loose).toEqual([]);
  });
});
