/**
 * One page of each kind the site builds, by site-relative URL: home, notice, each level of the plan, the full
 * text, 文件信息, 校勘说明, the glossary and an entry, each parents' page and the 404 (the search page apart: it
 * shows nothing without its script). Printed by print-browser; axe reads the frame on these (checks/axe.ts).
 */
export const PAGE_KINDS = [
  '/',
  '/notice/',
  '/plan/',
  '/plan/general/',
  '/plan/general/goals/',
  '/plan/groups/04/',
  '/plan/tasks/01/',
  '/plan/measures/2/',
  '/full-text/',
  '/document/',
  '/corrections/',
  '/glossary/',
  '/glossary/sanjiao-gaige/',
  '/faq/',
  '/guide/',
  '/targets/',
  '/institutions/',
  '/404.html',
] as const;
