/**
 * Where the site is published, from the build's settings: SITE_URL (its full
 * public address, https://example.gov.cn/qijiang/) and BASE_PATH (the path it
 * is served under). Without SITE_URL the build names no host at all. Pure;
 * astro.config.mjs and the pages read the same answer.
 */

export interface Deploy {
  /** The path the site is served under, `/` or `/qijiang/`. */
  base: string;
  /** The site's public address, ending in `/`; absent when SITE_URL is not set. */
  site?: string;
}

const withSlashes = (p: string) => `/${p.replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');

/** Reads SITE_URL and BASE_PATH; throws, in the words of the settings, when they are malformed or disagree. */
export function deployFrom(env: { SITE_URL?: string | undefined; BASE_PATH?: string | undefined }): Deploy {
  const raw = env.SITE_URL?.trim();
  if (!raw) return { base: withSlashes(env.BASE_PATH ?? '/') };
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(
      `SITE_URL="${raw}" is not an address; give the site's full address, such as https://example.gov.cn/qijiang/`,
    );
  }
  if (!/^https?:$/.test(url.protocol) || url.search || url.hash)
    throw new Error(
      `SITE_URL="${raw}" must be an http(s) address without ?query or #fragment, such as https://example.gov.cn/qijiang/`,
    );
  const path = withSlashes(url.pathname);
  if (env.BASE_PATH !== undefined && withSlashes(env.BASE_PATH) !== path)
    throw new Error(
      `SITE_URL="${raw}" is served under ${path} but BASE_PATH="${env.BASE_PATH}"; make them agree, or leave BASE_PATH out and it follows SITE_URL`,
    );
  return { base: path, site: `${url.origin}${path}` };
}

/** The public address of a site-relative path (`/plan/tasks/09/`), or undefined when the site has none. */
export function addressOf(site: string | undefined, path: string): string | undefined {
  if (!site) return undefined;
  if (!path.startsWith('/')) throw new Error(`a page's address needs a site-relative path, starting with "/": ${path}`);
  return new URL(path.slice(1), site).href;
}

/**
 * The print rule that gives a link within the site its public address on
 * paper, where a path alone leads nowhere: the site's origin, then the
 * link's own root-relative href (which already holds the base path). Links
 * inside the official text and glossary terms (in it or in our sentences) print none, so the
 * sentences read unbroken. Without a site address there is no address to
 * give, and links within the site print as words, as before.
 */
export function printAddressRule(site: string | undefined): string | undefined {
  if (!site) return undefined;
  const { origin, pathname } = new URL(site);
  // JSON string syntax is valid CSS string syntax for a URL's origin and path (no raw quotes or newlines in them).
  return `@media print{:is(main,footer) a[href^=${JSON.stringify(pathname)}]:not([data-official] a,.term,.term-ref)::after{content:"（" ${JSON.stringify(origin)} attr(href) "）";overflow-wrap:anywhere}}`;
}

/** Addresses a deploy may give readers; each is shown only when known. */
export interface ReaderLinks {
  /** The official page of the document on the district's website: OFFICIAL_URL, else the page content/sources.yaml lists. */
  official?: string;
  /** Where a reader reports a transcription error: a web page or a mailto: address (REPORT_URL). */
  report?: string;
}

/**
 * Reads OFFICIAL_URL and REPORT_URL. Unset or blank, OFFICIAL_URL falls back
 * to `defaults.official` (the official text's page of content/sources.yaml,
 * which an editor read) and REPORT_URL to nothing: the site never makes an
 * address up. A malformed one stops the build.
 */
export function readerLinksFrom(
  env: {
    OFFICIAL_URL?: string | undefined;
    REPORT_URL?: string | undefined;
  },
  defaults: { official?: string } = {},
): ReaderLinks {
  const read = (name: string, raw: string | undefined, protocols: RegExp): string | undefined => {
    const value = raw?.trim();
    if (!value) return undefined;
    let url: URL | undefined;
    try {
      url = new URL(value);
    } catch {
      url = undefined;
    }
    if (!url || !protocols.test(url.protocol))
      throw new Error(`${name}="${value}" is not a full address; give one such as https://www.cqqj.gov.cn/…`);
    return url.href;
  };
  const official = read('OFFICIAL_URL', env.OFFICIAL_URL, /^https?:$/) ?? defaults.official;
  const report = read('REPORT_URL', env.REPORT_URL, /^(https?|mailto):$/);
  return { ...(official ? { official } : {}), ...(report ? { report } : {}) };
}
