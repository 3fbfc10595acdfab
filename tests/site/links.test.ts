/**
 * Every internal link and resource in the build resolves, #fragments
 * included, and nothing points off the site.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { DIST, htmlFiles, requireDist } from '../support/dist.ts';
import { createLinkChecker } from '../support/links.ts';

beforeAll(requireDist);

describe('links', () => {
  const pages = htmlFiles();
  const brokenLinks = createLinkChecker({ dist: DIST });

  it('the build has the pages the plan needs', () => {
    expect(pages.length).toBeGreaterThanOrEqual(54);
  });

  it.each(pages)('%s: every link resolves', (page) => {
    expect(brokenLinks(page)).toEqual([]);
  });
});
