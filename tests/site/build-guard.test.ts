/**
 * The build refuses content that differs from the capture or breaks the
 * schema, a citation of a block the plan does not have, a glossary or
 * relation naming what does not exist, each time naming the file. Each case
 * builds a copy of the project.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { astroBuild } from '../support/astro.ts';
import { badContentCases, contentWithFixture, EDITORIAL_FIXTURES } from '../support/fixtures.ts';
import { projectCopy } from '../support/project.ts';

// Each case is a whole build: on a loaded 2-core machine one took 63 s, past the suite's 60 s default.
describe('the build guards the official text', { timeout: 180_000 }, () => {
  it('fails when one character of a content file changes, naming the file and the block', () => {
    const dir = projectCopy('build-guard', 'mutation');
    const file = join(dir, 'content/plan/tasks/13.mdx');
    writeFileSync(file, readFileSync(file, 'utf8').replace('实训基地', '实训基址'));
    const r = astroBuild(dir);
    expect(r.status).not.toBe(0);
    expect(r.output).toContain('content/plan/tasks/13.mdx: block task-13.p1: differs from the source');
  });

  // The official text and the schema are checked first, each stopping the loader; our editorial layer's mistakes
  // are then reported together, so one build holds two of them.
  it('fails on a glossary citation and a relation that name nothing in the plan, naming each file and line', () => {
    const dir = projectCopy('build-guard', 'editorial', { content: false });
    for (const c of badContentCases(EDITORIAL_FIXTURES).filter((x) =>
      ['glossary-unknown-ref', 'relation-unknown-end'].includes(x.name),
    ))
      contentWithFixture(c, dir, { over: true });
    const r = astroBuild(dir);
    expect(r.status).not.toBe(0);
    expect(r.output).toContain(
      'content/glossary/zz-test.mdx:10 <Ref to="task-99.p1">: the plan has no block "task-99.p1"',
    );
    expect(r.output).toContain('content/relations.yaml:7 [from] the plan has no "task-27"');
  });

  it('fails on a bad frontmatter field, naming the file, the line and the field', () => {
    const c = badContentCases().find((x) => x.name === 'wrong-type')!;
    const dir = projectCopy('build-guard', 'wrong-type', { content: false });
    contentWithFixture(c, dir);
    const r = astroBuild(dir);
    expect(r.status).not.toBe(0);
    expect(r.output).toContain('content/plan/tasks/09.mdx:2 [number]');
  });

  it('fails on a <Ref> to a block the plan does not have, saying which ids exist', () => {
    const dir = projectCopy('build-guard', 'unknown-ref');
    writeFileSync(
      join(dir, 'src/pages/cites.mdx'),
      'import Ref from \'../components/Ref.astro\';\n\n见<Ref to="task-16.p1" />和<Ref to="task-16.p9" />。\n',
    );
    const r = astroBuild(dir);
    expect(r.status).not.toBe(0);
    expect(r.output).toContain(
      '<Ref to="task-16.p9">: the plan has no block "task-16.p9"; task-16 has task-16.h, task-16.p1',
    );
  });

  it('fails on a <Term> in our prose naming no entry', () => {
    const dir = projectCopy('build-guard', 'unknown-term');
    writeFileSync(
      join(dir, 'src/pages/terms.mdx'),
      'import Term from \'../components/Term.astro\';\n\n见<Term slug="sanjiao-gaige" />和<Term slug="no-such-term" />。\n',
    );
    const r = astroBuild(dir);
    expect(r.status).not.toBe(0);
    expect(r.output).toContain('<Term slug="no-such-term">: there is no glossary entry "no-such-term"');
  });

  it('resolves <Ref> in MDX prose to the paragraph and names it as the plan does', () => {
    const dir = projectCopy('build-guard', 'ref');
    writeFileSync(
      join(dir, 'src/pages/cites.mdx'),
      'import Ref from \'../components/Ref.astro\';\n\n见<Ref to="task-16.p1" />，或<Ref to="section-3.p1">主要目标</Ref>。\n',
    );
    const r = astroBuild(dir, ['--outDir', join(dir, 'dist')], { PUBLIC_LINK_MODE: 'relative' });
    expect(r.status, r.output).toBe(0);
    const html = readFileSync(join(dir, 'dist/cites/index.html'), 'utf8');
    expect(html).toContain('<a class="ref" href="../plan/tasks/16/index.html#p1">重点任务第16项</a>');
    expect(html).toContain('<a class="ref" href="../plan/general/goals/index.html#p1">主要目标</a>');
  });
});
