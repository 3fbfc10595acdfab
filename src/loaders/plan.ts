/**
 * The one loader of the plan. It reads every file the plan is built from
 * (the capture, the corrections list, the metadata, the MDX files that store
 * the official text) and hands them to the pure builder in src/lib, once per
 * build. In `astro dev` it watches content/ and loads again on any change, so
 * the next page reload shows the edit. Node tools (the importer, tests) use
 * the same reading through `readContentFiles`.
 *
 * The glossary's MDX bodies are our prose and render through MDX (with
 * <Ref> and <Term>), so a second loader publishes them as entries of the
 * `glossary` collection for `render()`; their frontmatter is checked with
 * everything else by the plan loader.
 */
import type { Loader } from 'astro/loaders';
import { globSync, readFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { UNIT_KINDS } from '../schemas/unit-source.ts';
import { PLAN_ENTRY, planDataSchema } from '../schemas/plan-data.ts';
import type { ContentFile, ContentFiles, UnitFile } from '../lib/content-check.ts';
import { parseGlossaryFile } from '../lib/glossary.ts';
import { glossaryEntrySchema } from '../schemas/glossary.ts';
import {
  CORRECTIONS_FILE,
  DOCUMENT_FILE,
  GLOSSARY_PATTERN,
  RELATIONS_FILE,
  SOURCE_FILE,
  TARGETS_FILE,
  UNIT_FILES,
} from '../lib/content-files.ts';
import { buildPlanData, type BuiltPlan } from '../lib/plan-data.ts';

/** Reads files under `contentDir`, named in messages by their path from `projectDir`. */
function fileReader(contentDir: string, projectDir: string) {
  return (name: string): ContentFile => {
    const path = join(contentDir, name);
    return { path: relative(projectDir, path).split(sep).join('/'), text: readFileSync(path, 'utf8') };
  };
}

/** Reads the glossary's files under `contentDir`, sorted by name. */
const readGlossaryFiles = (contentDir: string, projectDir: string): ContentFile[] =>
  globSync(GLOSSARY_PATTERN, { cwd: contentDir }).sort().map(fileReader(contentDir, projectDir));

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
    glossary: readGlossaryFiles(contentDir, projectDir),
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
      watcher?.on('all', async (_event, path) => {
        if (!resolve(path).startsWith(contentDir + sep)) return;
        try {
          await sync();
          logger.info(`reloaded the plan after a change to ${relative(root, path)}`);
        } catch (e) {
          // The dev server keeps serving the last good plan; the message says what to fix.
          logger.error(e instanceof Error ? e.message : String(e));
        }
      });
    },
  };
}

/**
 * The Astro content loader of the glossary's bodies, one entry per file, id
 * the slug, rendered by MDX on demand. A file the plan loader would refuse
 * is skipped here: the plan loader's error stops the build and says why.
 */
export function glossaryLoader(options: { contentDir?: string } = {}): Loader {
  return {
    name: 'qijiang:glossary',
    schema: glossaryEntrySchema,
    load: async ({ config, store, parseData, generateDigest, watcher }) => {
      const root = fileURLToPath(config.root);
      const contentDir = resolve(root, options.contentDir ?? 'content');
      const sync = async () => {
        store.clear();
        for (const file of readGlossaryFiles(contentDir, root)) {
          // The same parse the plan loader checks with; its problems are reported there.
          const { source } = parseGlossaryFile(file);
          if (!source) continue;
          const data = await parseData({ id: source.entry.slug, data: source.entry });
          store.set({
            id: source.entry.slug,
            data,
            body: source.body,
            filePath: file.path,
            digest: generateDigest(file.text),
            deferredRender: true,
          });
        }
      };
      await sync();
      watcher?.on('all', async (_event, path) => {
        if (resolve(path).startsWith(join(contentDir, 'glossary') + sep)) await sync();
      });
    },
  };
}
