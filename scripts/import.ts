/**
 * Turns the captured source into content files, or checks the content
 * against it.
 *
 *   npm run import            rewrite content/ from the source and the corrections list
 *   npm run import -- --check check content/ against them; exit 1 on any difference
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { dataOrThrow } from '../src/lib/content-problem.ts';
import { parseCorrections } from '../src/lib/yaml-files.ts';
import { importedFiles } from '../src/lib/import.ts';
import { loadPlan, readContentFiles } from '../src/loaders/plan.ts';

const contentDir = resolve(process.argv.find((a) => a.startsWith('--content='))?.slice(10) ?? 'content');

if (process.argv.includes('--check')) {
  try {
    loadPlan(contentDir);
    console.log('import --check: content agrees with the source and the corrections list');
  } catch (e) {
    console.error(e instanceof Error ? e.message : String(e));
    process.exit(1);
  }
} else {
  const { source, corrections } = readContentFiles(contentDir);
  const files = importedFiles(source.text, dataOrThrow(parseCorrections(corrections)));
  for (const [file, text] of files) {
    const path = join(contentDir, file);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, text);
  }
  console.log(`import: wrote ${files.size} files under ${contentDir}`);
}
