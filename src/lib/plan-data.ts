/**
 * The plan, from the content files to what the site publishes, in one pure
 * step: parse and check every file, rebuild the expected text from the
 * capture and the corrections list, refuse any difference, and attach to
 * each block where it came from and how it is marked. The loader
 * (src/loaders/plan.ts) runs this once per build; tools and tests run it too.
 */
import { documentSchema, type DocumentMeta } from '../schemas/document.ts';
import type { PlanData } from '../schemas/plan-data.ts';
import {
  checkUnitFiles,
  ContentError,
  parseCorrections,
  parseDocumentFile,
  type ContentFiles,
} from './content-check.ts';
import { checkPlan, expectedFromSource, planFromSources, publishUnits, unmarkedIn, type Expected } from './fidelity.ts';
import { documentFromSource } from './import.ts';

export interface BuiltPlan {
  data: PlanData;
  /** The text the capture and the corrections list give, for tests and the importer. */
  expected: Expected;
}

/** Everything the build relies on, checked: throws one error that lists every problem it found. */
export function buildPlanData(files: ContentFiles): BuiltPlan {
  const corrections = parseCorrections(files.corrections);
  const document = parseDocumentFile(files.document);
  const { sources, problems } = checkUnitFiles(files.dir, files.units);
  if (problems.length) throw new ContentError(problems);
  const expected = expectedFromSource(files.source.text, corrections);
  const plan = planFromSources(sources);
  const message = checkPlan(plan, expected);
  if (message) {
    throw new Error(
      `The official text in ${files.dir}/ differs from the capture after corrections:\n${message}\n` +
        `Official text may differ from the capture only through ${files.corrections.path}: undo the edit, or, if it restores something the capture lost, list it there as a restoration. "npm run import -- --check" shows every difference.`,
    );
  }
  checkDocument(document, documentFromSource(files.source.text), files.document.path);
  const units = publishUnits(plan, expected);
  const unmarked = unmarkedIn(units, corrections);
  if (unmarked.length) throw new Error(`restorations that cannot be shown in the text: ${unmarked.join(', ')}`);
  return {
    data: {
      document,
      units,
      corrections,
      uses: Object.fromEntries(expected.applied.uses),
    },
    expected,
  };
}

/** document.yaml must say what the captured page's metadata table says. */
function checkDocument(document: DocumentMeta, captured: DocumentMeta, path: string): void {
  const problems = documentSchema
    .keyof()
    .options.filter((field) => document[field] !== captured[field])
    .map((field) => ({
      file: path,
      field: `document.${field}`,
      message: `is "${document[field]}" but the captured page says "${captured[field]}"`,
    }));
  if (problems.length) throw new ContentError(problems);
}
