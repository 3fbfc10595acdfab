/**
 * The offline archive's fixed parts, kept pure so they can be tested: its
 * name, the order and times of its zip entries, and its SHA256SUMS. Two
 * archives of one commit must be byte-identical, so nothing here reads the
 * clock, the time zone or the order a file system lists files in.
 */
import { ROUTES } from './url.ts';

/**
 * An ASCII name for a document number and the site's version:
 * `綦教〔2023〕17号` with `qijiao` for its issuer's prefix → `qijiao-2023-17-v0.2.0`.
 * `romanize` spells the issuer's characters (pinyin), the rest comes from the number itself.
 */
export function archiveName(documentNumber: string, version: string, romanize: (han: string) => string): string {
  const m = /^(\p{Script=Han}+)〔(\d{4})〕(\d+)号$/u.exec(documentNumber);
  if (!m)
    throw new Error(`cannot name an archive after the document number "${documentNumber}": expected 某某〔YYYY〕N号`);
  const issuer = romanize(m[1]!)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '');
  if (!issuer) throw new Error(`"${m[1]}" has no ASCII spelling`);
  if (!/^\d+\.\d+\.\d+$/.test(version)) throw new Error(`version "${version}" is not x.y.z`);
  return `${issuer}-${m[2]}-${m[3]}-v${version}`;
}

/** Paths in byte order of their UTF-8 form, the same on every machine and locale. */
export const byteOrder = (paths: readonly string[]): string[] =>
  [...paths].sort((a, b) => Buffer.compare(Buffer.from(a, 'utf8'), Buffer.from(b, 'utf8')));

/**
 * The time a zip entry records, for a moment given in seconds since 1970.
 * Zip stores a wall-clock time without a zone and the zip library reads the
 * local fields of a Date; this Date's local fields are the UTC time, so every
 * machine writes the same bytes.
 */
export function zipTime(epochSeconds: number): Date {
  const utc = new Date(epochSeconds * 1000);
  return new Date(
    utc.getUTCFullYear(),
    utc.getUTCMonth(),
    utc.getUTCDate(),
    utc.getUTCHours(),
    utc.getUTCMinutes(),
    utc.getUTCSeconds(),
  );
}

/** The zip's one timestamp, from the build's moment (src/lib/source-date.ts); zip cannot record a time before 1980. */
export function archiveEpoch(epoch: number | undefined): number {
  if (epoch === undefined)
    throw new Error('no commit time to date the archive by: build from a git checkout or set SOURCE_DATE_EPOCH');
  return Math.max(epoch, 315532800);
}

/** `sha256sum`'s own format, which `sha256sum -c` reads: hash, two spaces, path; one line each, in byte order. */
export function sha256sums(hashes: ReadonlyMap<string, string>): string {
  return byteOrder([...hashes.keys()])
    .map((p) => {
      if (/[\\\n]/.test(p)) throw new Error(`${p}: sha256sum would escape this name`);
      return `${hashes.get(p)}  ${p}\n`;
    })
    .join('');
}

/**
 * The files a reader opens without a link: the home page, the page a host shows for a missing one, and
 * the single file sent to phones on its own.
 */
export const ENTRY_FILES: readonly string[] = ['index.html', '404.html', ROUTES.fullTextFile.slice(1)];

/**
 * The files of a build that no page links and no reader opens directly: what the online site needs and a
 * copy on disk does not (the web-app manifest and its icons, robots.txt, a bundle another script replaces).
 */
export const unreached = (files: readonly string[], reached: ReadonlySet<string>): string[] =>
  files.filter((f) => !reached.has(f) && !ENTRY_FILES.includes(f));
