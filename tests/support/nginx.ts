/**
 * Debian's nginx serving a build with the site's own configuration
 * (deploy/nginx.conf, filled in by src/lib/nginx.ts) on a loopback port, in a
 * temporary prefix under tests/.tmp; stopped after. For the header tests and
 * the walk in other engines: what a reader's browser gets from a real server.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { userInfo } from 'node:os';
import { resolve } from 'node:path';
import { freePort } from './port.ts';
import { renderSiteConf } from '../../src/lib/nginx.ts';

export function nginxPath(): string {
  for (const p of ['/usr/sbin/nginx', '/usr/bin/nginx']) if (existsSync(p)) return p;
  throw new Error(
    'nginx is not installed: run "apt-get install -y nginx" (npm test does, see scripts/browser-deps.ts)',
  );
}

export interface Nginx {
  /** The site's address: `http://127.0.0.1:PORT/base/`. */
  url: string;
  /** The paths requested so far, from nginx's access log. */
  requests(): string[];
  close(): Promise<void>;
}

export interface NginxOptions {
  /** The built folder. */
  root: string;
  /** The path it was built for and is served under. */
  base?: string;
  /** More for nginx's http block (a test's own server for a fixture). */
  extra?: string;
  /** The prefix's name under tests/.tmp/nginx/. */
  name: string;
}

export async function startNginx(o: NginxOptions): Promise<Nginx> {
  const prefix = resolve('tests/.tmp/nginx', o.name);
  rmSync(prefix, { recursive: true, force: true });
  mkdirSync(`${prefix}/tmp`, { recursive: true });
  const port = await freePort();
  const base = o.base ?? '/';
  const site = renderSiteConf(readFileSync('deploy/nginx.conf', 'utf8'), {
    root: resolve(o.root),
    base,
    listen: `127.0.0.1:${port}`,
  });
  writeFileSync(`${prefix}/site.conf`, site);
  const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((t) => `  ${t}_temp_path ${prefix}/tmp/${t};`);
  writeFileSync(
    `${prefix}/nginx.conf`,
    [
      'daemon off;',
      'worker_processes 1;',
      // As root nginx would hand its workers to "nobody", who may not read a checkout: keep this user.
      ...(process.getuid?.() === 0 ? [`user ${userInfo().username};`] : []),
      `pid ${prefix}/nginx.pid;`,
      `error_log ${prefix}/error.log warn;`,
      'events { worker_connections 64; }',
      'http {',
      '  include /etc/nginx/mime.types;',
      '  default_type application/octet-stream;',
      `  access_log ${prefix}/access.log;`,
      ...temp,
      `  include ${prefix}/site.conf;`,
      o.extra ?? '',
      '}',
      '',
    ].join('\n'),
  );
  const nginx = spawn(nginxPath(), ['-p', prefix, '-c', `${prefix}/nginx.conf`, '-e', `${prefix}/error.log`], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let said = '';
  nginx.stderr.on('data', (b: Buffer) => (said += b.toString()));
  const stop = () => {
    if (nginx.exitCode === null) nginx.kill('SIGTERM');
  };
  process.once('exit', stop);
  const url = `http://127.0.0.1:${port}${base}`;
  for (let i = 0; ; i++) {
    if (nginx.exitCode !== null || i > 200) {
      stop();
      const log = existsSync(`${prefix}/error.log`) ? readFileSync(`${prefix}/error.log`, 'utf8') : '';
      throw new Error(`nginx did not start (exit ${nginx.exitCode}): ${said}${log}`);
    }
    if (
      await fetch(url).then(
        () => true,
        () => false,
      )
    )
      break;
    await new Promise((r) => setTimeout(r, 50));
  }
  return {
    url,
    requests: () =>
      readFileSync(`${prefix}/access.log`, 'utf8')
        .split('\n')
        .flatMap((l) => /"[A-Z]+ (\S+) HTTP/.exec(l)?.[1] ?? []),
    close: () =>
      new Promise<void>((done) => {
        process.off('exit', stop);
        if (nginx.exitCode !== null) return done();
        nginx.once('exit', () => done());
        nginx.kill('SIGQUIT');
      }),
  };
}
