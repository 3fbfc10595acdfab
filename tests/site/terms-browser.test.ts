/**
 * Glossary terms in the official text, in Chromium: the definition shows on
 * hover, on keyboard focus and on tap, Esc hides it, a screen reader gets it
 * as the link's description, and with JavaScript off a term is a plain link.
 */
import type { BrowserContextOptions, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { loadPlan } from '../../src/loaders/plan.ts';
import { siteInBrowser } from '../support/site-browser.ts';

const site = siteInBrowser();
const definitionOf = (slug: string) => loadPlan('content').data.glossary.find((t) => t.slug === slug)!.definition;
const PATH = '/plan/tasks/16/';
const SLUG = 'wuwei';

async function open(options: BrowserContextOptions = {}) {
  const context = await site.browser.newContext({ viewport: { width: 1280, height: 800 }, ...options });
  const page = await context.newPage();
  await page.goto(site.server.url + PATH.slice(1));
  const term = page.locator(`[data-official] a.term[href$="/${SLUG}/"]`);
  const tip = page.locator(`#${await term.getAttribute('aria-describedby')}`);
  return { context, page, term, tip };
}

/** What Chromium's accessibility tree gives a screen reader as the element's description. */
async function accessibleDescription(page: Page, selector: string): Promise<string | undefined> {
  const cdp = await page.context().newCDPSession(page);
  const { result } = await cdp.send('Runtime.evaluate', {
    expression: `document.querySelector(${JSON.stringify(selector)})`,
  });
  const { nodes } = await cdp.send('Accessibility.getPartialAXTree', {
    objectId: result.objectId,
    fetchRelatives: false,
  });
  const node = nodes.find((n) => n.role?.value === 'link');
  return node?.description?.value === undefined ? undefined : String(node.description.value);
}

describe('a glossary term in the official text', () => {
  it('shows its definition on hover, and hides it again', async () => {
    const { context, page, term, tip } = await open();
    expect(await tip.isVisible()).toBe(false);
    await term.hover();
    expect(await tip.isVisible()).toBe(true);
    expect(await tip.innerText()).toBe(definitionOf(SLUG));
    await page.mouse.move(5, 5);
    expect(await tip.isVisible()).toBe(false);
    await context.close();
  });

  it('shows it on keyboard focus; Esc hides it without moving focus', async () => {
    const { context, page, term, tip } = await open();
    await term.focus();
    expect(await tip.isVisible()).toBe(true);
    await page.keyboard.press('Escape');
    expect(await tip.isVisible()).toBe(false);
    expect(await term.evaluate((el) => el === document.activeElement)).toBe(true);
    await context.close();
  });

  it('gives screen readers the definition as the link’s description', async () => {
    const { context, page } = await open();
    expect(await accessibleDescription(page, `[data-official] a.term[href$="/${SLUG}/"]`)).toBe(definitionOf(SLUG));
    await context.close();
  });

  it('on a touch screen, shows it on the first tap, inside the screen, and follows the link on the second', async () => {
    const { context, page, term, tip } = await open({
      viewport: { width: 360, height: 740 },
      hasTouch: true,
      isMobile: true,
    });
    await term.tap();
    expect(await tip.isVisible()).toBe(true);
    expect(page.url()).toContain(PATH);
    const box = (await tip.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(360);
    await term.tap();
    await page.waitForURL(`**/glossary/${SLUG}/`);
    await context.close();
  });

  it('with JavaScript off is a plain link', async () => {
    const { context, page, term } = await open({
      javaScriptEnabled: false,
      viewport: { width: 360, height: 740 },
      hasTouch: true,
      isMobile: true,
    });
    await term.tap();
    await page.waitForURL(`**/glossary/${SLUG}/`);
    await context.close();
  });
});
