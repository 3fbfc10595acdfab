/**
 * Copies of the project for tests that build or serve a changed site: the
 * sources and content are copied, node_modules is linked.
 */
import { cpSync, mkdirSync, rmSync, symlinkSync } from 'node:fs';
import { join, resolve } from 'node:path';

const SOURCES = ['src', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json'];

/** A fresh copy under tests/.tmp/<group>/<name>; with `content: false` the caller lays out content/ itself. */
export function projectCopy(group: string, name: string, { content = true } = {}): string {
  const dir = resolve('tests/.tmp', group, name);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const f of [...SOURCES, ...(content ? ['content'] : [])]) cpSync(f, join(dir, f), { recursive: true });
  symlinkSync(resolve('node_modules'), join(dir, 'node_modules'), 'dir');
  return dir;
}
