/**
 * Run by `npm test` before it builds: makes sure Chromium, a CJK font,
 * WebKitGTK's WebDriver with Xvfb, Firefox ESR, nginx, and the PDF and EPUB
 * editions' tools (qpdf, poppler-utils, epubcheck) are installed, installing Debian's packages when it may, and otherwise stops
 * with the one command to run. See tests/support/browser-deps.ts.
 */
import { spawnSync } from 'node:child_process';
import { decide, probe } from '../tests/support/browser-deps.ts';

const decision = decide(probe());
if (decision.kind === 'stop') {
  console.error(`npm test: ${decision.message}`);
  process.exit(1);
}
if (decision.kind === 'install') {
  console.log(`npm test: ${decision.say}`);
  for (const [cmd, ...args] of decision.steps) {
    console.log(`npm test: $ ${[cmd, ...args].join(' ')}`);
    const r = spawnSync(cmd!, args, { stdio: 'inherit' });
    if (r.status !== 0) {
      console.error(`npm test: "${[cmd, ...args].join(' ')}" failed (exit ${r.status ?? r.signal}).`);
      process.exit(1);
    }
  }
  const after = decide(probe());
  if (after.kind !== 'ready') {
    console.error(`npm test: after installing, the browser tests still lack what they need: ${JSON.stringify(after)}`);
    process.exit(1);
  }
  console.log(`npm test: ${decision.packages.join(', ')} installed.`);
}
