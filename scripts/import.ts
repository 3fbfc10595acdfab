/**
 * Turns the captured source into content files, or checks the content
 * against it.
 *
 *   npm run import            write content/ from the source and corrections
 *   npm run import -- --check check content/ against them; exit 1 on any difference
 *
 * Writing replaces the official fields and paragraphs of every unit file.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { stringify } from 'yaml';
import { DOCUMENT_FILE } from '../src/lib/collections.ts';
import { checkContentDir, loadExpected, readRaw } from '../src/lib/load.ts';
import type { UnitSource } from '../src/lib/model.ts';
import { parseMetadata, splitSource } from '../src/lib/source.ts';
import { parseStructure } from '../src/lib/structure.ts';

const contentDir = resolve(process.argv.find((a) => a.startsWith('--content='))?.slice(10) ?? 'content');

function fileFor(u: UnitSource): string {
  const n = u.data.number as number;
  const pad = (x: number) => String(x).padStart(2, '0');
  switch (u.kind) {
    case 'notice':
      return 'notice.mdx';
    case 'front':
      return 'plan/front.mdx';
    case 'part':
      return `plan/parts/${n}.mdx`;
    case 'section':
      return `plan/sections/${n}.mdx`;
    case 'group':
      return `plan/groups/${pad(n)}.mdx`;
    case 'task':
      return `plan/tasks/${pad(n)}.mdx`;
    case 'measure':
      return `plan/measures/${n}.mdx`;
  }
}

export function renderUnitFile(u: UnitSource): string {
  const fm = stringify(u.data, { lineWidth: 0 }).trimEnd();
  return `---\n${fm}\n---\n${u.paragraphs.map((p) => `\n${p}\n`).join('')}`;
}

function write(): void {
  const raw = readRaw(contentDir);
  const expected = loadExpected(contentDir);
  const units = parseStructure(expected.applied.lines);
  for (const u of units) {
    const path = join(contentDir, fileFor(u));
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, renderUnitFile(u));
  }
  const m = parseMetadata(splitSource(raw).header);
  const crumb = splitSource(raw).header.find((l) => l.text.startsWith('您当前的位置'));
  const document = {
    indexNumber: m['索引号'],
    documentNumber: m['发文字号'],
    subject: m['主题分类'],
    genre: m['体裁分类'],
    publisher: m['发布机构'],
    validity: m['有效性'],
    written: m['成文日期'],
    published: m['发布日期'],
    sourceLocation: (crumb?.text ?? '').replace(/^您当前的位置:\s*/, ''),
  };
  writeFileSync(
    join(contentDir, DOCUMENT_FILE),
    `# Written by "npm run import" from the metadata table of the captured page.\n${stringify({ document }, { lineWidth: 0, defaultStringType: 'QUOTE_DOUBLE', defaultKeyType: 'PLAIN' })}`,
  );
  console.log(`import: wrote ${units.length} unit files and ${DOCUMENT_FILE} under ${contentDir}`);
}

if (process.argv.includes('--check')) {
  try {
    checkContentDir(contentDir);
    console.log('import --check: content agrees with the source and the corrections list');
  } catch (e) {
    console.error((e as Error).message);
    process.exit(1);
  }
} else {
  write();
}
