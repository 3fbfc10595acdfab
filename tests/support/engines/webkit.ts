/**
 * WebKitGTK (Debian's `webkit2gtk-driver`): WebKitWebDriver, a W3C WebDriver
 * server, under `xvfb-run`, driving MiniBrowser; selenium-webdriver is the
 * client. The window cannot be made narrower than about 450 px, so a phone's
 * width is a frame of that width in a wider window. WebKit gives a frame the
 * browser's colour scheme whatever its element asks, so dark is a second
 * session of the same driver, started with MiniBrowser's --dark-mode.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { Builder, By, Key, type WebDriver } from 'selenium-webdriver';
import { freePort } from '../port.ts';
import { frameIn, settled, type Engine, type Tab, type View } from './tab.ts';

export const MINIBROWSER = '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';
/** WebKitGTK's window stops shrinking about here; narrower views are frames. */
export const NARROWEST_WINDOW = 460;

async function waitForDriver(url: string, driver: ChildProcess): Promise<void> {
  // Xvfb, then the driver: a few seconds on a busy machine.
  for (let i = 0; i < 300; i++) {
    if (driver.exitCode !== null) throw new Error(`WebKitWebDriver stopped (exit ${driver.exitCode})`);
    const ok = await fetch(`${url}/status`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('WebKitWebDriver did not answer within 30 s');
}

/** Runs `fn(arg)` in the current browsing context and hands back its result or its error. */
const script = (source: string) => `var arg = arguments[0], done = arguments[arguments.length - 1];
Promise.resolve().then(function () { return (${source})(arg); }).then(
  function (value) { done({ value: value === undefined ? null : value }); },
  function (e) { done({ error: e && e.message ? e.message + ' ' + e.stack : String(e) }); });`;

/** `harness`: a small page of the site, which a narrow view replaces with its frame. */
export async function startWebKit(harness: string): Promise<Engine> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  // Its own process group, so stopping it stops Xvfb and the browser with it.
  const server = spawn('xvfb-run', ['-a', '-s', '-screen 0 1600x1200x24', 'WebKitWebDriver', `--port=${port}`], {
    stdio: 'ignore',
    detached: true,
  });
  const stop = () => {
    if (server.pid && server.exitCode === null) process.kill(-server.pid, 'SIGTERM');
  };
  await waitForDriver(url, server).catch((e: unknown) => {
    stop();
    throw e;
  });
  let session: { driver: WebDriver; scheme: View['scheme'] } | undefined;
  /** The width of the frame the window now shows (the harness), or undefined when it shows a page itself. */
  let framedAt: number | undefined;

  async function driverFor(scheme: View['scheme']): Promise<WebDriver> {
    if (session?.scheme === scheme) return session.driver;
    await session?.driver.quit();
    framedAt = undefined;
    const driver = await new Builder()
      .usingServer(url)
      .withCapabilities({
        browserName: 'MiniBrowser',
        'webkitgtk:browserOptions': {
          binary: MINIBROWSER,
          args: ['--automation', ...(scheme === 'dark' ? ['--dark-mode'] : [])],
        },
      })
      .build();
    await driver.manage().setTimeouts({ script: 60_000, pageLoad: 60_000 });
    session = { driver, scheme };
    return driver;
  }

  return {
    name: 'webkit',
    async tab(view: View): Promise<Tab> {
      const framed = view.width < NARROWEST_WINDOW;
      const run = async <A, R>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R> => {
        const driver = await driverFor(view.scheme);
        const out = await driver.executeAsyncScript<{ value: R } | { error: string }>(script(fn.toString()), arg);
        if ('error' in out) throw new Error(`in WebKit: ${out.error}`);
        return out.value;
      };
      return {
        engine: 'webkit',
        view,
        evaluate: run,
        async open(target) {
          const driver = await driverFor(view.scheme);
          // Tabs of one session share its window: each opening sets it up for its own view.
          await driver.switchTo().defaultContent();
          await driver
            .manage()
            .window()
            .setRect({ width: framed ? NARROWEST_WINDOW + 200 : view.width, height: view.height });
          if (framed) {
            if (framedAt !== view.width) await driver.get(harness);
            framedAt = view.width;
            await run(frameIn, { src: target, width: view.width, scheme: view.scheme });
            await driver.switchTo().frame(driver.findElement(By.css('body > iframe')));
          } else {
            framedAt = undefined;
            await driver.get(target);
          }
          await run(settled, undefined);
        },
        async screenshot() {
          const driver = await driverFor(view.scheme);
          if (!framed) return Buffer.from(await driver.takeScreenshot(), 'base64');
          // The frame alone, which is the phone's screen: its pixels line up with the page's own coordinates.
          await driver.switchTo().defaultContent();
          const frame = await driver.findElement(By.css('body > iframe'));
          const png = Buffer.from(await frame.takeScreenshot(), 'base64');
          await driver.switchTo().frame(frame);
          return png;
        },
        async press(key) {
          const code = { Escape: Key.ESCAPE, Tab: Key.TAB }[key];
          await (await driverFor(view.scheme)).actions().keyDown(code).keyUp(code).perform();
        },
        click: async (selector) => (await driverFor(view.scheme)).findElement(By.css(selector)).click(),
      };
    },
    async close() {
      await session?.driver.quit().catch(() => undefined);
      stop();
    },
  };
}
