/**
 * 大字版: the reader's choice of a larger reading size, kept in
 * localStorage so it holds on every page. The choice must be applied
 * before the first paint, so a tiny script at the top of <body> (after the
 * CSP <meta>, which binds only what follows it; before any text) reads it
 * and marks the root element; CSS scales the root font from that mark. The script is
 * inline (no request to wait for), so its hash goes into the page's CSP.
 * The button that changes it lives in public/site.js; without JavaScript
 * the button stays hidden and the browser's own zoom still works.
 */
import { createHash } from 'node:crypto';

/** The localStorage key; public/site.js writes the same key. */
export const TEXT_SIZE_KEY = 'qijiang-text-size';
/** The stored value and root `data-text-size` value for the larger size. */
export const LARGE = 'large';

/**
 * The inline script. It never throws: storage can be refused (private
 * windows, some file:// copies), and then the page is simply the usual size.
 */
export const textSizeScript = `try{if(localStorage.getItem(${JSON.stringify(TEXT_SIZE_KEY)})===${JSON.stringify(
  LARGE,
)})document.documentElement.dataset.textSize=${JSON.stringify(LARGE)}}catch(e){}`;

/** The CSP source for an inline script: `sha256-` and the base64 digest of its exact text. */
export const cspHashOf = (script: string): `sha256-${string}` =>
  `sha256-${createHash('sha256').update(script, 'utf8').digest('base64')}`;
