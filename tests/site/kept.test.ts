/**
 * Every page keeps 十四五, short quoted terms and figures on one line in all
 * its prose, ours as well as the official text: no such group stands in a
 * text a reader sees wrap outside a `<span class="keep">` (tests/support/kept.ts).
 * Each is kept where its text becomes HTML (src/lib/keep-together.ts), so a
 * template that writes a text without Kept shows here.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { DIST, htmlFiles, requireDist } from '../support/dist.ts';
import { looseGroups } from '../support/kept.ts';

beforeAll(requireDist);

describe('kept groups', () => {
  it.each(htmlFiles())('%s keeps every group whole', (file) => {
    expect(looseGroups(readFileSync(join(DIST, file), 'utf8'))).toEqual([]);
  });
});
