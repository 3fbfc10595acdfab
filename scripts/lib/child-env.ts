/**
 * The environment for a child `astro build`, without what Vitest puts into
 * process.env: BASE_URL would override the site's base, MODE and the rest
 * Astro's own. npm run archive and the tests' builds both start from it.
 */
const VITEST_ENV = /^(VITEST.*|NODE_ENV|BASE_URL|MODE|DEV|PROD|SSR)$/;

export const childEnv = (): Record<string, string> =>
  Object.fromEntries(
    Object.entries(process.env).filter((e): e is [string, string] => e[1] !== undefined && !VITEST_ENV.test(e[0])),
  );
