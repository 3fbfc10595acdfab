/** axe on every page, second half (tests/support/axe.ts; the first half and the soundness checks are in a11y-1). */
import { axeOnShard } from '../support/axe.ts';
import { siteInBrowser } from '../support/site-browser.ts';

axeOnShard(siteInBrowser(), 2, 2);
