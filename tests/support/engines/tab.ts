/**
 * One way to drive a page in any of the three engines the site is tested in:
 * Chromium (playwright-core), WebKit (WebKitWebDriver, W3C WebDriver, through
 * selenium-webdriver) and Firefox (WebDriver BiDi, through puppeteer-core).
 * Page checks are plain functions run in the page with `evaluate`, so one set
 * of checks (tests/support/checks/) runs in all three.
 */

export type EngineName = 'chromium' | 'webkit' | 'firefox';

/** What the reader's screen is: its width and height in CSS pixels, and light or dark. */
export interface View {
  width: number;
  height: number;
  scheme: 'light' | 'dark';
}

/**
 * Runs a plain function in the page and returns what it returns (JSON-like
 * values only). The function is sent as source text: it may use its argument
 * and the page's globals, nothing from the module that wrote it.
 */
export interface InPage {
  evaluate<A, R>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
}

/** A page open in one engine, in one view. */
export interface Tab extends InPage {
  readonly engine: EngineName;
  readonly view: View;
  /** Loads a URL and waits for its load event and fonts. */
  open(url: string): Promise<void>;
  /** A PNG of the view as drawn, one image pixel per CSS pixel times `devicePixelRatio`. */
  screenshot(): Promise<Uint8Array>;
  /** A real key press, sent to whatever has focus. */
  press(key: 'Escape' | 'Tab'): Promise<void>;
  /** A real click on the first element the selector matches. */
  click(selector: string): Promise<void>;
}

/** One browser of an engine, started once for a whole walk. */
export interface Engine {
  readonly name: EngineName;
  /** The tab for a view: the engine reuses one page where it can. */
  tab(view: View): Promise<Tab>;
  close(): Promise<void>;
}

/**
 * In the page: replaces the body with a frame of `width` × the window's
 * height at the top left, showing `src`, in the colour scheme `scheme`
 * (Chromium and Firefox give a frame the scheme of its element's
 * `color-scheme`). Used where the window cannot be made as narrow as a phone
 * (WebKitGTK's stops near 450 px), or cannot change its scheme once started.
 * Resolves when the frame has loaded; the frame gets the same origin's
 * policy, which allows a frame of the site itself (frame-ancestors 'self').
 */
export const frameIn = (a: { src: string; width: number; scheme: string }) =>
  new Promise<string>((resolve, reject) => {
    const found = document.querySelector('body > iframe');
    const frame = found instanceof HTMLIFrameElement ? found : document.createElement('iframe');
    if (frame !== found) {
      document.body.replaceChildren();
      document.documentElement.style.overflow = 'hidden';
      frame.style.position = 'fixed';
      frame.style.left = '0';
      frame.style.top = '0';
      frame.style.border = '0';
      frame.style.width = `${a.width}px`;
      frame.style.height = `${innerHeight}px`;
      frame.style.colorScheme = a.scheme;
      document.body.append(frame);
    }
    // A frame the server forbids (frame-ancestors) shows an error page of the browser's, or nothing at all.
    const refused = setTimeout(() => reject(new Error(`the frame of ${a.src} did not load: refused?`)), 15_000);
    frame.addEventListener(
      'load',
      () => {
        clearTimeout(refused);
        const href = frame.contentDocument?.location.href;
        if (href === new URL(a.src).href) resolve(href);
        else reject(new Error(`the frame of ${a.src} shows ${href ?? 'a page of another origin'}: refused?`));
      },
      { once: true },
    );
    frame.src = a.src;
  });

/**
 * `fn(arg)` as an expression for an engine to evaluate: the function's source
 * and its argument as JSON, the way every engine's protocol sends a function.
 */
export const callOf = <A, R>(fn: (arg: A) => R | Promise<R>, arg: A): string =>
  `(${fn.toString()})(${JSON.stringify(arg) ?? 'undefined'})`;

/**
 * In the page: waits until the document and its fonts are ready, and the search page has shown its results, so
 * what is measured is what is drawn.
 */
export const settled = async (): Promise<boolean> => {
  if (document.readyState !== 'complete') await new Promise((r) => addEventListener('load', r, { once: true }));
  await document.fonts.ready;
  const results = document.querySelector<HTMLElement>('#search-results');
  for (let i = 0; results && results.dataset.done === undefined && i < 400; i++)
    await new Promise((r) => setTimeout(r, 25));
  await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  return true;
};
