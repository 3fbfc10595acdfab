/**
 * Starts a glossary entry: makes its slug from the term's pinyin (pinyin-pro
 * for readings in context, so 重庆 is chongqing; Intl.Segmenter for words),
 * refuses a slug or term that exists, and writes content/glossary/<slug>.mdx
 * for the author to fill in.
 *
 *   npm run term -- 三教改革
 *   npm run term -- '虚拟|仿真|实训|基地'   mark the words where the segmenter cuts wrongly
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pinyin } from 'pinyin-pro';
import { slugFromPinyin } from '../src/lib/term-slug.ts';

const arg = process.argv[2]?.trim();
const term = arg?.replaceAll('|', '');
if (!term) {
  console.error('usage: npm run term -- <term as the plan writes it>');
  process.exit(2);
}
const dir = resolve('content/glossary');
const words = arg!.includes('|')
  ? arg!.split('|').map((text) => ({ text }))
  : [...new Intl.Segmenter('zh-CN', { granularity: 'word' }).segment(term)].map((s) => ({ text: s.segment }));
const syllables = pinyin(term, { toneType: 'none', type: 'array', nonZh: 'removed', v: true });
const slug = slugFromPinyin(words, syllables);
const file = join(dir, `${slug}.mdx`);
if (existsSync(file)) {
  console.error(`${file} exists: a slug never changes, so choose another form, or edit that entry`);
  process.exit(1);
}
for (const name of readdirSync(dir)) {
  if (
    new RegExp(`^term:\\s*${term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*$`, 'm').test(
      readFileSync(join(dir, name), 'utf8'),
    )
  ) {
    console.error(`content/glossary/${name} already explains ${term}`);
    process.exit(1);
  }
}
writeFileSync(
  file,
  `---\nterm: ${term}\nslug: ${slug}\naliases: []\nsearchWords: []\ndefinition: （一句话，以“。”结尾）\nrelated: []\nbasis: plan\n---\n\n（用家长读得懂的话解释，引用方案时用 <Ref to="task-16.p1">…</Ref>。）\n`,
);
console.log(`wrote content/glossary/${slug}.mdx`);
