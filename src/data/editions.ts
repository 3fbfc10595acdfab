/**
 * The PDF and EPUB editions a build links (文件信息, 关于本离线版), and the
 * one setting that publishes them online:
 *
 * - The offline archive (PUBLIC_ARCHIVE=1) always has them: npm run archive
 *   prints them from the built 全文.html and puts them beside it.
 * - A deploy sets EDITIONS_DIR to the folder npm run archive wrote (its
 *   editions.json names the files); the build checks them, copies them to
 *   /editions/ (src/integrations/editions.ts) and links them.
 * - Otherwise a build has none and links none.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { z } from 'astro/zod';
import { deployFrom } from '../lib/deploy.ts';
import { archiveEditions, publishedEditions, type EditionLink } from '../lib/editions.ts';
import { editionsManifestSchema, type EditionsManifest } from '../schemas/editions.ts';

export interface EditionsDir {
  /** The folder EDITIONS_DIR names, resolved. */
  dir: string;
  manifest: EditionsManifest;
}

/**
 * Reads EDITIONS_DIR: its editions.json must be for this version and this SITE_URL (the PDF's cover names
 * the address), and each file it names must be there with its size and SHA-256. Throws, in the words of the
 * setting, when not; undefined when the setting is not set.
 */
export function editionsDir(env: Record<string, string | undefined> = process.env): EditionsDir | undefined {
  const raw = env.EDITIONS_DIR?.trim();
  if (!raw) return undefined;
  const dir = resolve(raw);
  const again = `run "npm run archive" with the same SITE_URL, then build with EDITIONS_DIR=${raw}`;
  const manifestFile = join(dir, 'editions.json');
  if (!existsSync(manifestFile)) throw new Error(`EDITIONS_DIR=${raw} holds no editions.json: ${again}`);
  const parsed = editionsManifestSchema.safeParse(JSON.parse(readFileSync(manifestFile, 'utf8')));
  if (!parsed.success) throw new Error(`${manifestFile}: ${z.prettifyError(parsed.error)}`);
  const manifest = parsed.data;
  const { version } = z.object({ version: z.string() }).parse(JSON.parse(readFileSync('package.json', 'utf8')));
  if (manifest.version !== version)
    throw new Error(`EDITIONS_DIR=${raw} holds the editions of version ${manifest.version}, not ${version}: ${again}`);
  const site = deployFrom(env).site ?? null;
  if (manifest.site !== site)
    throw new Error(
      `EDITIONS_DIR=${raw} was made with SITE_URL=${manifest.site ?? '(unset)'}, not ${site ?? '(unset)'}: ${again}`,
    );
  for (const e of manifest.editions) {
    const file = join(dir, e.file);
    if (!existsSync(file))
      throw new Error(`EDITIONS_DIR=${raw} lacks ${e.file}, which its editions.json names: ${again}`);
    const bytes = readFileSync(file);
    if (bytes.length !== e.bytes || createHash('sha256').update(bytes).digest('hex') !== e.sha256)
      throw new Error(`${file} is not the file editions.json describes (size or SHA-256 differ): ${again}`);
  }
  return { dir, manifest };
}

/** The editions this build links, for a document number. */
export function buildEditions(documentNumber: string): EditionLink[] {
  if (import.meta.env.PUBLIC_ARCHIVE === '1' && import.meta.env.PUBLIC_LINK_MODE === 'relative')
    return archiveEditions(documentNumber);
  const published = editionsDir();
  return published ? publishedEditions(documentNumber, published.manifest.editions) : [];
}
