/**
 * The chart on /targets/ shows the plan's figures (3.2:6.8, 4:6, 60%) in its
 * labels, and draws them so they read that way: every character of every
 * label drawn, none over its neighbour (glyph-overlap.ts, on the chart alone).
 */
import { glyphOverlap, type Drawn } from './glyph-overlap.ts';

/** In the page: the chart's labels, each as one string. */
export const chartLabels = () =>
  [...document.querySelectorAll('svg.chart text')].map((t) => (t.textContent ?? '').replace(/\s+/g, ''));

export async function chartFigures(page: Drawn, figures: readonly string[]): Promise<string[]> {
  const labels = await page.evaluate(chartLabels, undefined);
  const problems = figures
    .filter((f) => !labels.some((l) => l.includes(f)))
    .map((f) => `no chart label holds ${f} (labels: ${labels.join(' | ')})`);
  const drawn = await glyphOverlap(page, ['svg.chart'], 1);
  // Every neighbour within each label: its length less one, summed.
  const expected = labels.reduce((n, l) => n + Math.max(0, l.length - 1), 0);
  if (drawn.pairs < expected) problems.push(`only ${drawn.pairs} of the chart's ${expected} neighbours were measured`);
  return [...problems, ...drawn.problems];
}
