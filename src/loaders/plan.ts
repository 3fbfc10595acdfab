/**
 * The one loader of the plan. It reads every file the plan is built from
 * (the capture, the corrections list, the metadata, the MDX files that store
 * the official text) and hands them to the pure builder in src/lib, once per
 * build. In `astro dev` it watches content/ and loads again on any change, so
 * the next page reload shows the edit. Node tools (the importer, tests) use
 * the same reading through `readContentFiles`.
 *
 * The MDX bodies of our prose (the glossary, the summaries, 常见问题 and
 * the guide) render through MDX (with <Ref>, <Term> and <Quote>), so four
 * more loaders publish them as entries of the `glossary`, `summaries`,
 * `faq` and `guide` collections for `render()`; they are checked with
 * everything else by the plan loader, whose reading they share.
 */
import type { Loader } from 'astro/loaders';
import { globSync, readFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { UNIT_KINDS } from '../schemas/unit-source.ts';
import { PLAN_ENTRY, planDataSchema } from '../schemas/plan-data.ts';
import { glossaryEntrySchema } from '../schemas/glossary.ts';
import { summaryEntrySchema } from '../schemas/summary.ts';
import { faqEntrySchema } from '../schemas/faq.ts';
import { guideSectionSchema } from '../schemas/guide.ts';
import type { z } from 'astro/zod';
import {
  CORRECTIONS_FILE,
  DOCUMENT_FILE,
  GLOSSARY_PATTERN,
  RELATIONS_FILE,
  INSTITUTIONS_FILE,
  MILESTONES_FILE,
  PATHWAYS_FILE,
  CHANGELOG_FILE,
  SOURCES_FILE,
  FOLLOW_UPS_FILE,
  HEDGES_FILE,
  SOURCE_FILE,
  SUMMARY_PATTERN,
  FAQ_PATTERN,
  GUIDE_PATTERN,
  TARGETS_FILE,
  UNIT_FILES,
  type ContentFile,
  type ContentFiles,
  type UnitFile,
} from '../lib/content-files.ts';
import { buildPlanData, type BuiltPlan, type ProseEntries, type ProseEntry } from '../lib/plan-data.ts';
import { whenSettled } from '../lib/settle.ts';

/** Reads files under `contentDir`, named in messages by their path from `projectDir`. */
function fileReader(contentDir: string, projectDir: string) {
  return (name: string): ContentFile => {
    const path = join(contentDir, name);
    return { path: relative(projectDir, path).split(sep).join('/'), text: readFileSync(path, 'utf8') };
  };
}

/** The folder a pattern's files are in: `glossary` for glossary/*.mdx. */
const folderOf = (pattern: string) => pattern.split('/')[0]!;

/** Reads the files a pattern matches under `contentDir`, sorted by name. */
const readMatching = (pattern: string, contentDir: string, projectDir: string): ContentFile[] =>
  globSync(pattern, { cwd: contentDir }).sort().map(fileReader(contentDir, projectDir));

/** Reads every file of the plan under `contentDir`; paths in messages are relative to `projectDir`. */
export function readContentFiles(contentDir: string, projectDir = process.cwd()): ContentFiles {
  const read = fileReader(contentDir, projectDir);
  const units: UnitFile[] = UNIT_KINDS.flatMap((kind) =>
    globSync(UNIT_FILES[kind].pattern, { cwd: contentDir })
      .sort()
      .map((name) => ({ kind, ...read(name) })),
  );
  return {
    dir: relative(projectDir, contentDir).split(sep).join('/') || '.',
    source: read(SOURCE_FILE),
    corrections: read(CORRECTIONS_FILE),
    document: read(DOCUMENT_FILE),
    units,
    targets: read(TARGETS_FILE),
    relations: read(RELATIONS_FILE),
    institutions: read(INSTITUTIONS_FILE),
    milestones: read(MILESTONES_FILE),
    pathways: read(PATHWAYS_FILE),
    changelog: read(CHANGELOG_FILE),
    sources: read(SOURCES_FILE),
    followUps: read(FOLLOW_UPS_FILE),
    hedges: read(HEDGES_FILE),
    glossary: readMatching(GLOSSARY_PATTERN, contentDir, projectDir),
    summaries: readMatching(SUMMARY_PATTERN, contentDir, projectDir),
    faq: readMatching(FAQ_PATTERN, contentDir, projectDir),
    guide: readMatching(GUIDE_PATTERN, contentDir, projectDir),
  };
}

/** The plan built from a content directory, for Node tools and tests. */
export const loadPlan = (contentDir: string, projectDir = process.cwd()): BuiltPlan =>
  buildPlanData(readContentFiles(contentDir, projectDir));

/** One reading of a content directory: the plan built from it and the files' texts, or why it could not be built. */
type Reading = { plan: BuiltPlan; texts: ReadonlyMap<string, string> } | { plan?: undefined; error: unknown };

/**
 * The plan loader and the four body loaders, which Astro runs side by side,
 * share one reading of the content directory, so each file is read, and its
 * frontmatter and body parsed, once. A change under the directory forgets
 * it before any loader reloads; the first to reload reads again.
 */
const readings = new Map<string, Reading>();

function reading(contentDir: string, root: string): Reading {
  const known = readings.get(contentDir);
  if (known) return known;
  let read: Reading;
  try {
    const files = readContentFiles(contentDir, root);
    const texts = new Map(
      [...files.glossary, ...files.summaries, ...files.faq, ...files.guide].map((f) => [f.path, f.text]),
    );
    read = { plan: buildPlanData(files), texts };
  } catch (error: unknown) {
    read = { error };
  }
  readings.set(contentDir, read);
  return read;
}

/** Forgets the reading of `contentDir` when `path`, just changed, is under it. */
const forget = (contentDir: string, path: string) => {
  if (resolve(path).startsWith(contentDir + sep)) readings.delete(contentDir);
};

/** The Astro content loader: one entry, the whole published plan. */
export function planLoader(options: { contentDir?: string } = {}): Loader {
  return {
    name: 'qijiang:plan',
    schema: planDataSchema,
    load: async ({ config, store, parseData, logger, watcher }) => {
      const root = fileURLToPath(config.root);
      const contentDir = resolve(root, options.contentDir ?? 'content');
      const sync = async () => {
        const read = reading(contentDir, root);
        if (!read.plan) throw read.error;
        const parsed = await parseData({ id: PLAN_ENTRY, data: read.plan.data });
        store.clear();
        store.set({ id: PLAN_ENTRY, data: parsed });
      };
      await sync();
      logger.info('content agrees with the capture and the corrections list');
      watcher?.add(contentDir);
      let changed = '';
      const reload = whenSettled(() => {
        sync().then(
          () => logger.info(`reloaded the plan after a change to ${relative(root, changed)}`),
          // The dev server keeps serving the last good plan; the message says what to fix.
          (e: unknown) => logger.error(e instanceof Error ? e.message : String(e)),
        );
      });
      watcher?.on('all', (_event, path) => {
        if (!resolve(path).startsWith(contentDir + sep)) return;
        forget(contentDir, path);
        changed = path;
        reload();
      });
    },
  };
}

/**
 * A content loader of MDX bodies (our prose), one entry per file of the
 * collection, rendered by MDX on demand: the entries the plan loader's
 * reading checked, published as it read them.
 */
function bodiesLoader<T extends Record<string, unknown>>(
  name: string,
  folder: string,
  schema: z.ZodType<T>,
  entriesOf: (prose: ProseEntries) => ReadonlyArray<ProseEntry<T>>,
  options: { contentDir?: string },
): Loader {
  return {
    name,
    schema,
    load: async ({ config, store, parseData, generateDigest, logger, watcher }) => {
      const root = fileURLToPath(config.root);
      const contentDir = resolve(root, options.contentDir ?? 'content');
      const under = join(contentDir, folder) + sep;
      const sync = async () => {
        const read = reading(contentDir, root);
        // Content the plan loader refuses leaves the last good bodies; its error says what to fix.
        if (!read.plan) return;
        store.clear();
        for (const entry of entriesOf(read.plan.prose))
          store.set({
            id: entry.id,
            data: await parseData({ id: entry.id, data: entry.data }),
            body: entry.body,
            filePath: entry.file,
            digest: generateDigest(read.texts.get(entry.file) ?? entry.body),
            deferredRender: true,
          });
      };
      await sync();
      const reload = whenSettled(() => {
        sync().catch((e: unknown) => logger.error(e instanceof Error ? e.message : String(e)));
      });
      watcher?.on('all', (_event, path) => {
        forget(contentDir, path);
        if (resolve(path).startsWith(under)) reload();
      });
    },
  };
}

/** The glossary's bodies, id the slug. */
export const glossaryLoader = (options: { contentDir?: string } = {}): Loader =>
  bodiesLoader('qijiang:glossary', folderOf(GLOSSARY_PATTERN), glossaryEntrySchema, (p) => p.glossary, options);

/** The summaries of tasks and measures, id the unit key their file is named by. */
export const summaryLoader = (options: { contentDir?: string } = {}): Loader =>
  bodiesLoader('qijiang:summaries', folderOf(SUMMARY_PATTERN), summaryEntrySchema, (p) => p.summaries, options);

/** 常见问题's answers, id the slug. */
export const faqLoader = (options: { contentDir?: string } = {}): Loader =>
  bodiesLoader('qijiang:faq', folderOf(FAQ_PATTERN), faqEntrySchema, (p) => p.faq, options);

/** The parents' guide, section by section, id the slug. */
export const guideLoader = (options: { contentDir?: string } = {}): Loader =>
  bodiesLoader('qijiang:guide', folderOf(GUIDE_PATTERN), guideSectionSchema, (p) => p.guide, options);
