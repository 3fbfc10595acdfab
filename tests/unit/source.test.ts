import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseMetadata, splitSource } from '../../src/lib/source.ts';

const raw = readFileSync('content/source/qijiao-2023-17.raw.txt', 'utf8');

describe('splitSource', () => {
  const s = splitSource(raw);
  it('starts the document at the notice title and ends it before the footer', () => {
    expect(s.lines[0]!.text).toMatch(/^重庆市綦江区教育委员会关于印发/);
    expect(s.lines.at(-1)!.text).toMatch(/^落实推动职业教育高质量发展/);
    expect(s.footer[0]!.text).toBe('扫一扫在手机打开当前页');
  });
  it('keeps website chrome out of the document', () => {
    const text = s.lines.map((l) => l.text).join('\n');
    for (const chrome of ['中国政府网', '您当前的位置', '[ 索引号 ]', '智能问答', '扫一扫'])
      expect(text).not.toContain(chrome);
  });
  it('keeps raw line numbers', () => {
    expect(s.lines.find((l) => l.text === '2023324')!.line).toBe(19);
  });
  it('fails on a capture without the document title', () => {
    expect(() => splitSource('首页\n扫一扫在手机打开当前页')).toThrow(/no line starts with/);
  });
});

describe('parseMetadata', () => {
  it('reads every label of the website table', () => {
    expect(Object.fromEntries(parseMetadata(splitSource(raw).header))).toEqual({
      索引号: '11500222750076936P/2023-00404',
      发文字号: '綦教〔2023〕17号',
      主题分类: '教育',
      体裁分类: '公告公示',
      发布机构: '綦江区教委',
      有效性: '有效',
      成文日期: '2023-03-24',
      发布日期: '2023-04-14',
    });
  });
  it('names a missing label', () => {
    expect(() => parseMetadata([{ line: 1, text: '[ 索引号 ] x' }])).toThrow(/"发文字号" is missing/);
  });
});
