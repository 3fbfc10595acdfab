import { createLinker, ROUTES, type Link, type LinkMode } from '../lib/url.ts';

/** The linker for the page being rendered; pass it `Astro.url`. */
export function linkerFor(url: URL): Link {
  const base = import.meta.env.BASE_URL;
  const path = '/' + url.pathname.slice(base.replace(/\/?$/, '/').length).replace(/index\.html$/, '');
  // Astro.url says /404/ for the 404 page, but Astro writes it to /404.html at the root: link from there.
  const from = path === ROUTES.notFound.replace(/\.html$/, '/') ? ROUTES.notFound : path;
  const mode: LinkMode = import.meta.env.PUBLIC_LINK_MODE === 'relative' ? 'relative' : 'absolute';
  return createLinker({ base, mode, from });
}

/** Whether this build is the offline archive (npm run archive): relative links, search from classic scripts. */
export const isArchiveBuild = (): boolean =>
  import.meta.env.PUBLIC_ARCHIVE === '1' && import.meta.env.PUBLIC_LINK_MODE === 'relative';
