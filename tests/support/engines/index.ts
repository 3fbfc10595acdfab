/** Starts one browser of an engine for a walk; see tab.ts. */
import { startChromium } from './chromium.ts';
import { startFirefox } from './firefox.ts';
import type { Engine, EngineName } from './tab.ts';
import { startWebKit } from './webkit.ts';

export const ENGINES: readonly EngineName[] = ['chromium', 'webkit', 'firefox'];

/** `harness`: a small page of the site under test, which an engine may replace with a frame (tab.ts). */
export function startEngine(name: EngineName, harness: string): Promise<Engine> {
  if (name === 'webkit') return startWebKit(harness);
  if (name === 'firefox') return startFirefox(harness);
  return startChromium();
}
