/**
 * Draws the images kept in public/ from the favicon and the plan's title, in
 * Chromium: the home-screen icons (180, 192 and 512 px) and the share image
 * chat apps show beside a link (1200×630). Run it after changing either;
 * the build only copies the files.
 *   node scripts/make-images.ts
 */
import { readFileSync } from 'node:fs';
import { launch } from '../tests/support/browser.ts';
import { loadPlan } from '../src/loaders/plan.ts';
import { ui } from '../src/ui/strings.ts';

const favicon = readFileSync('public/favicon.svg', 'utf8');
const { data } = loadPlan('content');
const title = data.units.find((u) => u.key === 'front')?.title ?? '';
const browser = await launch();

for (const size of [180, 192, 512]) {
  const page = await browser.newPage({ viewport: { width: size, height: size } });
  // A maskable icon keeps its mark inside the middle 80%: the red fills the square edge to edge.
  await page.setContent(
    `<body style="margin:0;background:#9b1c1c">${favicon.replace('<svg ', `<svg width="${size}" height="${size}" `).replace('rx="6"', 'rx="0"')}</body>`,
  );
  await page.screenshot({ path: `public/icon-${size}.png` });
  await page.close();
}

const page = await browser.newPage({ viewport: { width: 1200, height: 630 } });
await page.setContent(`<!doctype html><html lang="zh-CN"><body style="margin:0;width:1200px;height:630px;display:flex;flex-direction:column;justify-content:center;padding:0 80px;box-sizing:border-box;background:#fff;border-top:24px solid #9b1c1c;font-family:'Noto Sans CJK SC',sans-serif;color:#1f1f1f">
  <p style="font-size:34px;color:#9b1c1c;margin:0 0 24px;font-weight:700">${ui.siteShort} · ${data.document.documentNumber}</p>
  <h1 style="font-family:'Noto Serif CJK SC',serif;font-size:56px;line-height:1.35;margin:0">《${title}》</h1>
  <p style="font-size:30px;color:#595959;margin:32px 0 0">${data.document.publisher} · 非官方阅读版</p>
</body></html>`);
await page.screenshot({ path: 'public/share.png' });
await browser.close();
console.log('wrote public/icon-180.png, icon-192.png, icon-512.png, share.png');
