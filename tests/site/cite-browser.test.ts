/**
 * 复制引用 in Chromium: the button copies the printed citation the site
 * gives (《…》二（四）9) and says 已复制; a paragraph of a unit with several
 * copies its own (…第4段); with JavaScript off the citation is text to select
 * and no button shows. Expected citations are written by hand.
 */
import { describe, expect, it } from 'vitest';
import { siteInBrowser } from '../support/site-browser.ts';

const site = siteInBrowser();
const TITLE = '《綦江区关于“十四五”职业教育发展提升行动计划实施方案》';

describe('复制引用', () => {
  it.each<[string, string, string]>([
    ['plan/tasks/09/', '.cite-this button.copy-cite', `${TITLE}二（四）9`],
    ['plan/measures/3/', '.cite-this button.copy-cite', `${TITLE}三（三）`],
    ['plan/general/goals/', '#p4 ~ button.copy-cite-para', `${TITLE}一（三）第4段`],
  ])('/%s: %s copies %s', async (path, button, citation) => {
    const context = await site.browser.newContext();
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.server.url });
    const page = await context.newPage();
    await page.goto(`${site.server.url}${path}`);
    const b = page.locator(button);
    await expect(b.isVisible()).resolves.toBe(true);
    await b.click();
    await expect(page.evaluate(() => navigator.clipboard.readText())).resolves.toBe(citation);
    await expect(b.innerText()).resolves.toBe('已复制');
    await context.close();
  });

  it('names every copy button after what it copies, so no two sound alike', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.server.url}plan/general/goals/`);
    const names = await page
      .locator('button.copy-cite')
      .evaluateAll((buttons) => buttons.map((b) => b.getAttribute('aria-label') ?? b.textContent?.trim() ?? ''));
    const paragraphs = await page.locator('a.para-link[data-cite]').count();
    expect(paragraphs).toBeGreaterThan(1);
    expect(names).toHaveLength(paragraphs + 1);
    expect(new Set(names).size).toBe(names.length);
    // Each name holds the visible label (WCAG 2.5.3) and, for a paragraph, which one.
    for (const name of names) expect(name).toContain('复制引用');
    expect(names).toContain('复制引用（第4段）');
    await page.close();
  });

  it('with JavaScript off, shows the citation as text and no button', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site.server.url}plan/tasks/09/`);
    await expect(page.locator('.cite-text').innerText()).resolves.toBe(`${TITLE}二（四）9`);
    await expect(page.locator('button.copy-cite').isVisible()).resolves.toBe(false);
    await context.close();
  });
});
