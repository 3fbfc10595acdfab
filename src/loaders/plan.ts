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
 * everything else by the plan loader.
 */
import type { Loader } from 'astro/loaders';
import { globSync, readFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { UNIT_KINDS } from '../schemas/unit-source.ts';
import { PLAN_ENTRY, planDataSchema } from '../schemas/plan-data.ts';
import { parseGlossaryFile } from '../lib/glossary.ts';
import { glossaryEntrySchema } from '../schemas/glossary.ts';
import { summaryEntrySchema } from '../schemas/summary.ts';
import { faqEntrySchema } from '../schemas/faq.ts';
import { guideSectionSchema } from '../schemas/guide.ts';
import { readFrontmatter } from '../lib/frontmatter.ts';
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
import { buildPlanData, type BuiltPlan } from '../lib/plan-data.ts';
import { summaryKeyOf } from '../lib/summaries.ts';
import { whenSettled } from '../lib/settle.ts';

/** Reads files under `contentDir`, named in messages by their path from `projectDir`. */
function fileReader(contentDir: string, projectDir: string) {
  return (name: string): ContentFile => {
    const path = join(contentDir, name);
    return { path: relative(projectDir, path).split(sep).join('/'), text: readFileSync(path, 'utf8') };
  };
}

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

/** The Astro content loader: one entry, the whole published plan. */
export function planLoader(options: { contentDir?: string } = {}): Loader {
  return {
    name: 'qijiang:plan',
    schema: planDataSchema,
    load: async ({ config, store, parseData, logger, watcher }) => {
      const root = fileURLToPath(config.root);
      const contentDir = resolve(root, options.contentDir ?? 'content');
      const sync = async () => {
        const { data } = loadPlan(contentDir, root);
        const parsed = await parseData({ id: PLAN_ENTRY, data });
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
        changed = path;
        reload();
      });
    },
  };
}

/** One MDX body for the collection, or nothing for a file the plan loader refuses (its error says why). */
type BodyOf<T> = (file: ContentFile) => { id: string; data: T; body: string } | undefined;

/**
 * A content loader of MDX bodies (our prose), one entry per file matching
 * `pattern`, rendered by MDX on demand. The plan loader checks the same
 * files; this one only publishes them.
 */
function bodiesLoader<T extends Record<string, unknown>>(
  name: string,
  pattern: string,
  schema: z.ZodType<T>,
  bodyOf: BodyOf<T>,
  options: { contentDir?: string },
): Loader {
  return {
    name,
    schema,
    load: async ({ config, store, parseData, generateDigest, logger, watcher }) => {
      const root = fileURLToPath(config.root);
      const contentDir = resolve(root, options.contentDir ?? 'content');
      const folder = join(contentDir, pattern.split('/')[0]!) + sep;
      const sync = async () => {
        store.clear();
        for (const file of readMatching(pattern, contentDir, root)) {
          const entry = bodyOf(file);
          if (!entry) continue;
          store.set({
            id: entry.id,
            data: await parseData({ id: entry.id, data: entry.data }),
            body: entry.body,
            filePath: file.path,
            digest: generateDigest(file.text),
            deferredRender: true,
          });
        }
      };
      await sync();
      // A body the plan loader refuses is left out; its error comes from the plan loader.
      const reload = whenSettled(() => {
        sync().catch((e: unknown) => logger.error(e instanceof Error ? e.message : String(e)));
      });
      watcher?.on('all', (_event, path) => {
        if (resolve(path).startsWith(folder)) reload();
      });
    },
  };
}

/** The glossary's bodies, id the slug; the same parse the plan loader checks with. */
export const glossaryLoader = (options: { contentDir?: string } = {}): Loader =>
  bodiesLoader(
    'qijiang:glossary',
    GLOSSARY_PATTERN,
    glossaryEntrySchema,
    (file) => {
      const { source } = parseGlossaryFile(file);
      return source && { id: source.entry.slug, data: source.entry, body: source.body };
    },
    options,
  );

/** The summaries of tasks and measures, id the unit key their file is named by. */
export const summaryLoader = (options: { contentDir?: string } = {}): Loader =>
  bodiesLoader(
    'qijiang:summaries',
    SUMMARY_PATTERN,
    summaryEntrySchema,
    (file) => {
      const unit = summaryKeyOf(file.path);
      const parsed = summaryEntrySchema.safeParse({ unit });
      return parsed.success ? { id: unit, data: parsed.data, body: file.text } : undefined;
    },
    options,
  );

/** MDX files of our prose whose frontmatter names their slug (常见问题, the guide), id the slug. */
const bySlugLoader =
  <T extends { slug: string }>(name: string, pattern: string, schema: z.ZodType<T>) =>
  (options: { contentDir?: string } = {}): Loader =>
    bodiesLoader(
      name,
      pattern,
      schema,
      (file) => {
        const fm = readFrontmatter(file).frontmatter;
        const parsed = schema.safeParse(fm?.data);
        return fm && parsed.success ? { id: parsed.data.slug, data: parsed.data, body: fm.body } : undefined;
      },
      options,
    );

/** 常见问题's answers; the plan loader checks the same files. */
export const faqLoader = bySlugLoader('qijiang:faq', FAQ_PATTERN, faqEntrySchema);

/** The parents' guide, section by section; the plan loader checks the same files. */
export const guideLoader = bySlugLoader('qijiang:guide', GUIDE_PATTERN, guideSectionSchema);
