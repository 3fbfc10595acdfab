/**
 * Prints deploy/nginx.conf filled in for a server:
 *   npm run nginx-conf -- --root /srv/qijiang/dist --base /qijiang/ --listen 80 > /etc/nginx/conf.d/qijiang.conf
 * The build must have been made for the same base (BASE_PATH or SITE_URL); it writes the pages' policies
 * (nginx-csp.conf) that the configuration includes.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { CSP_MAP_FILE, renderSiteConf } from '../src/lib/nginx.ts';

const { values } = parseArgs({
  options: {
    root: { type: 'string', default: 'dist' },
    base: { type: 'string', default: '/' },
    listen: { type: 'string', default: '80' },
  },
});
const root = resolve(values.root);
if (!existsSync(`${root}/${CSP_MAP_FILE}`)) {
  console.error(`nginx-conf: ${root} has no ${CSP_MAP_FILE}: run "npm run build" first (a relative build has none).`);
  process.exit(1);
}
process.stdout.write(
  renderSiteConf(readFileSync(new URL('../deploy/nginx.conf', import.meta.url), 'utf8'), {
    root,
    base: values.base,
    listen: values.listen,
  }),
);
