/**
 * The build's addresses for readers (OFFICIAL_URL, REPORT_URL; see readerLinksFrom in src/lib/deploy.ts).
 * Without OFFICIAL_URL the official address is the page content/sources.yaml marks as the official text's.
 */
import { readerLinksFrom } from '../lib/deploy.ts';
import { getPublished } from './published.ts';

export const readerLinks = readerLinksFrom(process.env, { official: (await getPublished()).officialText.url });
