import { describe, expect, it } from 'vitest';
import { decide, type Facts } from '../support/browser-deps.ts';

const ready: Facts = {
  chromium: '/usr/bin/chromium',
  cjkFont: true,
  webkitDriver: true,
  xvfb: true,
  firefox: true,
  nginx: true,
  qpdf: true,
  poppler: true,
  epubcheck: true,
  root: false,
  sudo: false,
  aptGet: true,
};

describe('what npm test does about the browser', () => {
  it.each<[string, Partial<Facts>, RegExp | string]>([
    ['everything is there', {}, 'ready'],
    ['a browser named by CHROMIUM_PATH is there', { chromiumFromEnv: '/usr/bin/chromium' }, 'ready'],
    [
      'root, no Chromium',
      { chromium: undefined, root: true },
      /^install chromium: env DEBIAN_FRONTEND=noninteractive apt-get update -qq \| env /,
    ],
    ['root, no fonts', { cjkFont: false, root: true }, /^install fonts-noto-cjk: /],
    ['root, neither', { chromium: undefined, cjkFont: false, root: true }, /^install chromium,fonts-noto-cjk: /],
    ['root, no WebKit driver', { webkitDriver: false, root: true }, /^install webkit2gtk-driver: /],
    ['root, no X server for WebKit', { xvfb: false, root: true }, /^install xvfb: /],
    ['root, no Firefox', { firefox: false, root: true }, /^install firefox-esr: /],
    ['root, no nginx', { nginx: false, root: true }, /^install nginx: /],
    [
      'root, no qpdf and no epubcheck',
      { qpdf: false, epubcheck: false, root: true },
      /^install qpdf,epubcheck: .*apt-get install -y -qq qpdf epubcheck$/,
    ],
    [
      'no root, no poppler',
      { chromium: undefined, poppler: false },
      /stop: .*sudo apt-get install -y chromium poppler-utils/s,
    ],
    [
      'root, a fresh machine',
      {
        chromium: undefined,
        cjkFont: false,
        webkitDriver: false,
        xvfb: false,
        firefox: false,
        nginx: false,
        qpdf: false,
        poppler: false,
        epubcheck: false,
        root: true,
      },
      /^install chromium,fonts-noto-cjk,webkit2gtk-driver,xvfb,firefox-esr,nginx,qpdf,poppler-utils,epubcheck: /,
    ],
    ['sudo without a password', { chromium: undefined, sudo: true }, /^install chromium: sudo -n env /],
    [
      'no root and no sudo',
      { chromium: undefined, cjkFont: false, firefox: false },
      /stop: .*sudo apt-get update && sudo apt-get install -y chromium fonts-noto-cjk firefox-esr\n/s,
    ],
    ['not Debian', { chromium: undefined, root: true, aptGet: false }, /stop: .*no apt-get/],
    [
      'CHROMIUM_PATH names nothing',
      { chromium: undefined, chromiumFromEnv: '/opt/none', root: true },
      /stop: CHROMIUM_PATH is "\/opt\/none"/,
    ],
  ])('%s', (_, facts, want) => {
    const d = decide({ ...ready, ...facts });
    const summary =
      d.kind === 'install'
        ? `install ${d.packages.join(',')}: ${d.steps.map((s) => s.join(' ')).join(' | ')}`
        : d.kind === 'stop'
          ? `stop: ${d.message}`
          : d.kind;
    if (typeof want === 'string') expect(summary).toBe(want);
    else expect(summary).toMatch(want);
  });

  it('installs only what is missing, in two steps (update, then install)', () => {
    const d = decide({ ...ready, cjkFont: false, root: true });
    expect(d).toMatchObject({ kind: 'install', packages: ['fonts-noto-cjk'] });
    if (d.kind !== 'install') return;
    expect(d.steps.map((s) => s.slice(s.indexOf('apt-get')))).toEqual([
      ['apt-get', 'update', '-qq'],
      ['apt-get', 'install', '-y', '-qq', 'fonts-noto-cjk'],
    ]);
    expect(d.say).toContain('Installing them');
  });
});
