import { createLinker, type Link, type LinkMode } from '../lib/url.ts';

/** The linker for the page being rendered; pass it `Astro.url`. */
export function linkerFor(url: URL): Link {
  const base = import.meta.env.BASE_URL;
  const from = '/' + url.pathname.slice(base.replace(/\/?$/, '/').length).replace(/index\.html$/, '');
  const mode = (import.meta.env.PUBLIC_LINK_MODE as LinkMode | undefined) ?? 'absolute';
  return createLinker({ base, mode, from });
}
