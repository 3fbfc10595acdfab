/**
 * The text every copy of the whole document must hold: rebuilt from the
 * capture and the corrections list, not read from the content the site was
 * built from. The fidelity tests and the archive's single file check against it.
 */
import { dataOrThrow } from '../../src/lib/content-problem.ts';
import { parseCorrections } from '../../src/lib/yaml-files.ts';
import { expectedFromSource } from '../../src/lib/fidelity.ts';
import { allBlocks, describeDifferences, diffBlocks } from '../../src/lib/model.ts';
import { readContentFiles } from '../../src/loaders/plan.ts';
import type { ExtractedBlock } from './dist.ts';

const files = readContentFiles('content');
export const expected = expectedFromSource(files.source.text, dataOrThrow(parseCorrections(files.corrections)));
export const want = allBlocks(expected.plan).map((b) => ({ id: b.id, text: b.text }));

/** How blocks read from a page differ from the corrected source, in words; '' when they are the same. */
export const differencesFromSource = (actual: ExtractedBlock[]): string =>
  describeDifferences(diffBlocks(want, actual));
