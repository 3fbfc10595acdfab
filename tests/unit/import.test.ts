import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isRestoration, isRule } from '../../src/lib/corrections.ts';
import { dataOrThrow } from '../../src/lib/content-problem.ts';
import { parseCorrections } from '../../src/lib/yaml-files.ts';
import { importedFiles } from '../../src/lib/import.ts';
import { readContentFiles } from '../../src/loaders/plan.ts';

const files = readContentFiles('content');
const corrections = dataOrThrow(parseCorrections(files.corrections));

describe('npm run import', () => {
  it('would write exactly the content that is in the repository', () => {
    const written = importedFiles(files.source.text, corrections);
    expect(written.size).toBe(50);
    for (const [file, text] of written) expect(readFileSync(join('content', file), 'utf8'), file).toBe(text);
  });
});

describe('the corrections list loses nothing', () => {
  const isSubsequence = (short: string, long: string) => {
    let i = 0;
    for (const c of long) if (c === short[i]) i++;
    return i === short.length;
  };
  it.each(corrections.filter(isRestoration))('$id keeps every captured character ($where)', (r) => {
    expect(isSubsequence(r.old, r.new)).toBe(true);
  });
  it.each(corrections.filter(isRule))('$id replaces one ASCII mark with one full-width mark', (r) => {
    expect([...r.old]).toHaveLength(1);
    expect([...r.new]).toHaveLength(1);
    expect(r.old.codePointAt(0)! + 0xfee0).toBe(r.new.codePointAt(0));
  });
});
