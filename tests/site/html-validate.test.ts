/** Every built page passes html-validate's recommended rules with zero errors. */
import { join } from 'node:path';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { beforeAll, describe, expect, it } from 'vitest';
import { DIST, htmlFiles, requireDist } from '../support/dist.ts';

beforeAll(requireDist);
const validator = new HtmlValidate(new FileSystemConfigLoader());

describe('html-validate', () => {
  it('finds errors in broken HTML (the validator is really running)', async () => {
    const report = await validator.validateString(
      '<!DOCTYPE html><html lang="zh-CN"><head><title>x</title></head><body><p><div>x</div></p></body></html>',
      join(DIST, 'sanity-check.html'),
    );
    expect(report.errorCount).toBeGreaterThan(0);
  });

  it.each(htmlFiles())('%s has no errors', async (page) => {
    const report = await validator.validateFile(join(DIST, page));
    const messages = report.results.flatMap((r) =>
      r.messages.map((m) => `${m.line}:${m.column} ${m.ruleId} ${m.message}`),
    );
    expect(messages).toEqual([]);
  });
});
