/**
 * The build refuses content that differs from the capture or breaks the
 * schema, naming the file. Each case builds a copy of the project.
 */
import { cpSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { astroBuild } from '../support/astro.ts';
import { badContentCases, contentWithFixture } from '../support/fixtures.ts';

function projectCopy(name: string): string {
  const dir = resolve('tests/.tmp/build-guard', name);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const f of ['src', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json'])
    cpSync(f, join(dir, f), { recursive: true });
  symlinkSync(resolve('node_modules'), join(dir, 'node_modules'), 'dir');
  return dir;
}

const build = (dir: string) => astroBuild(dir);

describe('the build guards the official text', () => {
  it('fails when one character of a content file changes, naming the file and the block', () => {
    const dir = projectCopy('mutation');
    cpSync('content', join(dir, 'content'), { recursive: true });
    const file = join(dir, 'content/plan/tasks/13.mdx');
    const text = readFileSync(file, 'utf8');
    writeFileSync(file, text.replace('实训基地', '实训基址'));
    const r = build(dir);
    expect(r.status).not.toBe(0);
    expect(r.output).toContain('content/plan/tasks/13.mdx: block task-13.p1: differs from the source');
  });

  it('fails on a bad frontmatter field, naming the file, the line and the field', () => {
    const c = badContentCases().find((x) => x.name === 'wrong-type')!;
    const dir = projectCopy('wrong-type');
    contentWithFixture(c, dir);
    const r = build(dir);
    expect(r.status).not.toBe(0);
    expect(r.output).toContain('content/plan/tasks/09.mdx:2 [number]');
  });
});
