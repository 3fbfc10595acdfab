/** The build's optional addresses for readers (OFFICIAL_URL, REPORT_URL): see readerLinksFrom in src/lib/deploy.ts. */
import { readerLinksFrom } from '../lib/deploy.ts';

export const readerLinks = readerLinksFrom(process.env);
