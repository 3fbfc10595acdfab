/** A source as content/sources.yaml would list it, for unit tests: an id, its kind, and anything else changed. */
import type { Source } from '../../src/schemas/source.ts';

export const sourceFixture = (id: string, kind: Source['kind'], more: Partial<Source> = {}): Source => ({
  id,
  publisher: '綦江区教委',
  title: `${id}的标题`,
  date: '2024-12-06',
  url: `http://www.cqqj.gov.cn/${id}.html`,
  site: '綦江区人民政府网站',
  kind,
  read: { date: '2026-12-03', way: 'stored-copy' },
  words: ['2024年我区公办中职学校全部通过达标验收'],
  ...more,
});
