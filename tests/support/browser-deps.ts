/**
 * What the browser tests need from the machine (Debian's Chromium and a CJK
 * font; WebKitGTK's WebDriver under Xvfb, Firefox ESR and nginx for the walk
 * in other engines, tests/site/engines-browser.test.ts; qpdf, poppler-utils and
 * epubcheck for the PDF and EPUB editions), and what `npm test`
 * does when they are missing: install them with
 * apt-get when it may (as root, or through sudo without a password), or stop
 * before building and print the one command to run. The decision is a pure
 * function of what was found, so it is unit-tested; `probe` finds it.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { accessSync, constants } from 'node:fs';

/**
 * Debian's packages: the browser, fonts without which Chinese renders as boxes, WebKitGTK's WebDriver (which
 * brings MiniBrowser) and the X server it draws on, Firefox ESR, and the web server the walk runs against;
 * then what npm run archive makes the PDF edition with (qpdf), and the independent readers the editions' tests
 * use (poppler-utils for the PDF, epubcheck for the EPUB).
 */
export const PACKAGES = {
  chromium: 'chromium',
  cjkFont: 'fonts-noto-cjk',
  webkitDriver: 'webkit2gtk-driver',
  xvfb: 'xvfb',
  firefox: 'firefox-esr',
  nginx: 'nginx',
  qpdf: 'qpdf',
  poppler: 'poppler-utils',
  epubcheck: 'epubcheck',
} as const;

export interface Facts {
  /** The Chromium binary found: CHROMIUM_PATH, else `chromium` on PATH. */
  chromium?: string;
  /** CHROMIUM_PATH as set, even if it names no program. */
  chromiumFromEnv?: string;
  /** Whether fontconfig knows a font that covers Chinese. */
  cjkFont: boolean;
  /** Whether WebKitWebDriver is on PATH. */
  webkitDriver: boolean;
  /** Whether xvfb-run is on PATH. */
  xvfb: boolean;
  /** Whether Firefox (firefox-esr, or FIREFOX_PATH) is there. */
  firefox: boolean;
  /** Whether nginx is installed (Debian puts it in /usr/sbin). */
  nginx: boolean;
  /** Whether qpdf is on PATH. */
  qpdf: boolean;
  /** Whether poppler's pdftotext is on PATH. */
  poppler: boolean;
  /** Whether epubcheck is on PATH, with the java it runs on. */
  epubcheck: boolean;
  /** Whether this process runs as root. */
  root: boolean;
  /** Whether `sudo -n` works (installed, and no password asked). */
  sudo: boolean;
  /** Whether apt-get is on PATH (a Debian-like machine). */
  aptGet: boolean;
}

export type Decision =
  | { kind: 'ready' }
  | { kind: 'install'; packages: string[]; steps: string[][]; say: string }
  | { kind: 'stop'; message: string };

const aptCommand = (packages: string[]) => `sudo apt-get update && sudo apt-get install -y ${packages.join(' ')}`;

export function decide(f: Facts): Decision {
  if (f.chromiumFromEnv && f.chromium !== f.chromiumFromEnv) {
    return {
      kind: 'stop',
      message: `CHROMIUM_PATH is "${f.chromiumFromEnv}", which is not a program here. Point it at Chromium, or unset it to use the "chromium" on PATH.`,
    };
  }
  const found: Array<[boolean, string]> = [
    [f.chromium !== undefined, PACKAGES.chromium],
    [f.cjkFont, PACKAGES.cjkFont],
    [f.webkitDriver, PACKAGES.webkitDriver],
    [f.xvfb, PACKAGES.xvfb],
    [f.firefox, PACKAGES.firefox],
    [f.nginx, PACKAGES.nginx],
    [f.qpdf, PACKAGES.qpdf],
    [f.poppler, PACKAGES.poppler],
    [f.epubcheck, PACKAGES.epubcheck],
  ];
  const packages = found.filter(([there]) => !there).map(([, name]) => name);
  if (!packages.length) return { kind: 'ready' };
  const missing = `The browser tests need ${packages.join(' and ')}, which ${packages.length > 1 ? 'are' : 'is'} not installed.`;
  if (!f.aptGet) {
    return {
      kind: 'stop',
      message: `${missing} This machine has no apt-get: install Chromium, a CJK font (such as Noto Sans CJK), WebKitGTK's WebKitWebDriver with Xvfb, Firefox and nginx with its own package manager, and set CHROMIUM_PATH if the browser is not "chromium" on PATH.`,
    };
  }
  if (!f.root && !f.sudo) {
    return { kind: 'stop', message: `${missing} Install them with:\n\n  ${aptCommand(packages)}\n` };
  }
  const prefix = f.root ? [] : ['sudo', '-n'];
  const env = 'DEBIAN_FRONTEND=noninteractive';
  return {
    kind: 'install',
    packages,
    steps: [
      [...prefix, 'env', env, 'apt-get', 'update', '-qq'],
      [...prefix, 'env', env, 'apt-get', 'install', '-y', '-qq', ...packages],
    ],
    say: `${missing} Installing them from Debian's packages${f.root ? '' : ' through sudo'} (apt-get install ${packages.join(' ')}).`,
  };
}

const succeeds = (cmd: string, args: string[]) => spawnSync(cmd, args, { stdio: 'ignore' }).status === 0;

function onPath(name: string): string | undefined {
  try {
    return execFileSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' }).trim() || undefined;
  } catch {
    return undefined;
  }
}

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** Looks at this machine. */
export function probe(env: NodeJS.ProcessEnv = process.env): Facts {
  const fromEnv = env.CHROMIUM_PATH || undefined;
  const chromium = fromEnv
    ? isExecutable(fromEnv)
      ? fromEnv
      : undefined
    : (onPath('chromium') ?? onPath('chromium-browser'));
  const fonts = spawnSync('fc-list', [':lang=zh', 'family'], { encoding: 'utf8' });
  return {
    chromium,
    chromiumFromEnv: fromEnv,
    cjkFont: fonts.status === 0 && fonts.stdout.trim() !== '',
    webkitDriver: onPath('WebKitWebDriver') !== undefined,
    xvfb: onPath('xvfb-run') !== undefined,
    firefox: env.FIREFOX_PATH ? isExecutable(env.FIREFOX_PATH) : onPath('firefox-esr') !== undefined,
    nginx: ['/usr/sbin/nginx', '/usr/bin/nginx'].some(isExecutable),
    qpdf: onPath('qpdf') !== undefined,
    poppler: onPath('pdftotext') !== undefined,
    // Debian's epubcheck is a jar on PATH, run with java (tests/support/editions.ts).
    epubcheck: onPath('epubcheck') !== undefined && onPath('java') !== undefined,
    root: process.getuid?.() === 0,
    sudo: onPath('sudo') !== undefined && succeeds('sudo', ['-n', 'true']),
    aptGet: onPath('apt-get') !== undefined,
  };
}
