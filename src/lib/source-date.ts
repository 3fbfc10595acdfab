/**
 * The one moment a build stands for: SOURCE_DATE_EPOCH when set
 * (reproducible-builds.org), else the commit's time. Never the clock, so two
 * builds of one commit say the same; the footer's date and the archive's zip
 * times both come from here.
 */

/** Seconds since 1970: SOURCE_DATE_EPOCH if it is a number, else what `commitEpoch` says (`git log -1 --format=%ct`). */
export function sourceEpoch(
  env: Record<string, string | undefined>,
  commitEpoch: () => string | undefined,
): number | undefined {
  const given = env.SOURCE_DATE_EPOCH;
  const raw = given && /^\d+$/.test(given) ? given : commitEpoch()?.trim();
  return raw && /^\d+$/.test(raw) ? Number(raw) : undefined;
}

/** The UTC calendar date of a moment, YYYY-MM-DD: the same on every machine, whatever its time zone. */
export const utcDate = (epochSeconds: number): string => new Date(epochSeconds * 1000).toISOString().slice(0, 10);
