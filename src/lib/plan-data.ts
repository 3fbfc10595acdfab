/**
 * The plan, from the content files to what the site publishes, in one pure
 * step: parse and check every file, rebuild the expected text from the
 * capture and the corrections list, refuse any difference, and attach to
 * each block where it came from and how it is marked. The loader
 * (src/loaders/plan.ts) runs this once per build; tools and tests run it too.
 */
import type { Mark } from '../schemas/block.ts';
import { documentSchema, type DocumentMeta } from '../schemas/document.ts';
import type { PublishedRelation, PublishedTerm } from '../schemas/editorial.ts';
import type { PlanData } from '../schemas/plan-data.ts';
import { relationSchema } from '../schemas/relation.ts';
import { targetSchema } from '../schemas/target.ts';
import type { PublishedUnit } from '../schemas/unit.ts';
import { checkUnitFiles } from './unit-files.ts';
import { ContentError, dataOrThrow, type ContentProblem } from './content-problem.ts';
import { parseCorrections, parseDocumentFile, parseYamlFile, parseYamlList } from './yaml-files.ts';
import type { ContentFiles } from './content-files.ts';
import { collator } from './collation.ts';
import { checkGlossary, parseGlossaryFile, type GlossarySource } from './glossary.ts';
import { checkFaq, checkGuide, type Entry } from './faq.ts';
import { checkInstitutions } from './institutions.ts';
import { institutionSchema } from '../schemas/institution.ts';
import { milestoneSchema } from '../schemas/milestone.ts';
import { checkMilestones } from './targets.ts';
import { checkPathways } from './pathways.ts';
import { pathwayStepSchema } from '../schemas/pathway.ts';
import { changelogEntrySchema } from '../schemas/changelog.ts';
import { checkChangelog } from './changelog.ts';
import { sourceSchema, type Source } from '../schemas/source.ts';
import { checkSources, sourceUseProblems } from './sources.ts';
import { followUpSchema } from '../schemas/follow-up.ts';
import { checkFollowUps } from './follow-ups.ts';
import { hedgesFileSchema } from '../schemas/hedge.ts';
import { checkOurWords } from './our-words.ts';
import { checkSummaries, summaryKeyOf } from './summaries.ts';
import type { FaqEntry } from '../schemas/faq.ts';
import type { GlossaryEntry } from '../schemas/glossary.ts';
import type { GuideSection } from '../schemas/guide.ts';
import { summaryEntrySchema, type SummaryEntry } from '../schemas/summary.ts';
import { assemblePlan, isHeadingBlock } from './model.ts';
import { checkRelations, checkTargets, type Endpoint } from './relations.ts';
import { createMatcher, termUses } from './terms.ts';
import { checkPlan, expectedFromSource, planFromSources, publishUnits, unmarkedIn, type Expected } from './fidelity.ts';
import { documentFromSource } from './import.ts';

/** One file of our prose as its collection publishes it for rendering, id and all: what the checks read of it. */
export type ProseEntry<T> = Entry<T> & { id: string };

/** Our prose MDX by collection, for the loaders that publish it to render, so none reads a file again. */
export interface ProseEntries {
  glossary: Array<ProseEntry<GlossaryEntry>>;
  summaries: Array<ProseEntry<SummaryEntry>>;
  faq: Array<ProseEntry<FaqEntry>>;
  guide: Array<ProseEntry<GuideSection>>;
}

export interface BuiltPlan {
  data: PlanData;
  /** The text the capture and the corrections list give, for tests and the importer. */
  expected: Expected;
  prose: ProseEntries;
}

/** Everything the build relies on, checked: throws one error that lists every problem it found. */
export function buildPlanData(files: ContentFiles): BuiltPlan {
  const corrections = dataOrThrow(parseCorrections(files.corrections));
  const document = dataOrThrow(parseDocumentFile(files.document));
  const { sources, problems } = checkUnitFiles(files.dir, files.units);
  if (problems.length) throw new ContentError(problems);
  const expected = expectedFromSource(files.source.text, corrections);
  const plan = planFromSources(sources);
  const message = checkPlan(plan, expected);
  if (message) {
    throw new Error(
      `The official text in ${files.dir}/ differs from the capture after corrections:\n${message}\n` +
        `Official text may differ from the capture only through ${files.corrections.path}: undo the edit, or, if it restores something the capture lost, list it there as a restoration. "npm run import -- --check" shows every difference.`,
    );
  }
  checkDocument(document, documentFromSource(files.source.text), files.document.path);
  const official = publishUnits(plan, expected);
  const unmarked = unmarkedIn(official, corrections);
  if (unmarked.length) throw new Error(`restorations that cannot be shown in the text: ${unmarked.join(', ')}`);
  const editorial = buildEditorial(files, official, document);
  return {
    data: {
      document,
      units: editorial.units,
      corrections,
      uses: Object.fromEntries(expected.applied.uses),
      glossary: editorial.glossary,
      targets: editorial.targets,
      relations: editorial.relations,
      termsByUnit: editorial.termsByUnit,
      summaries: editorial.summaries,
      faq: editorial.faq,
      institutions: editorial.institutions,
      milestones: editorial.milestones,
      guide: editorial.guide,
      pathways: editorial.pathways,
      changelog: editorial.changelog,
      sources: editorial.sources,
      followUps: editorial.followUps,
    },
    expected,
    prose: editorial.prose,
  };
}

/**
 * Our layer over the checked official text: the targets and the terms marked
 * in it (without changing a character), the glossary with where each term is
 * used, and the relations. Throws one error listing every problem.
 */
function buildEditorial(files: ContentFiles, official: PublishedUnit[], document: DocumentMeta) {
  const plan = assemblePlan(official);
  const problems: ContentProblem[] = [];

  const sourceList = parseYamlList(files.sources, sourceSchema);
  problems.push(...sourceList.problems);
  problems.push(...checkSources(files.sources.path, sourceList.items, { meta: document, file: files.document.path }));
  const sourcesById = new Map<string, Source>(sourceList.items.map((s) => [s.item.id, s.item]));

  const targetList = parseYamlList(files.targets, targetSchema);
  problems.push(...targetList.problems);
  const targets = checkTargets(files.targets.path, targetList.items, plan);
  problems.push(...targets.problems);

  const sources: GlossarySource[] = [];
  for (const f of files.glossary) {
    const r = parseGlossaryFile(f);
    problems.push(...r.problems);
    if (r.source) sources.push(r.source);
  }
  const matcher = createMatcher(sources.map((s) => s.entry));
  const blocks = official.flatMap((u) => u.blocks);
  const terms = termUses(
    blocks.map((b) => ({ id: b.id, unit: b.unit, text: b.text, heading: isHeadingBlock(b) })),
    matcher,
  );
  const blockText = new Map(blocks.map((b) => [b.id, b.text]));
  problems.push(
    ...checkGlossary(sources, {
      blockText: (id) => blockText.get(id),
      uses: terms.blocksByTerm,
      planText: blocks.map((b) => b.text).join('\n'),
    }),
  );
  for (const s of sources)
    if (s.entry.basis !== 'plan')
      for (const message of sourceUseProblems(
        { source: s.entry.basis.source, fact: false },
        sourcesById,
        files.sources.path,
      ))
        problems.push({ file: s.file, line: s.lineOf('basis'), field: 'basis.source', message });

  const termNames = new Map(sources.map((s) => [s.entry.slug, s.entry.term]));
  const summaries = checkSummaries(files.dir, files.summaries, plan, {
    termName: (slug) => termNames.get(slug),
    blockText: (id) => blockText.get(id),
  });
  problems.push(...summaries.problems);
  const followUpList = parseYamlList(files.followUps, followUpSchema);
  const followUpTargets = new Set(followUpList.items.map((f) => f.item.target));
  const faq = checkFaq(files.faq, {
    termName: (slug) => termNames.get(slug),
    hasTerm: (slug) => termNames.has(slug),
    blockText: (id) => blockText.get(id),
    hasFollowUps: (target) => followUpTargets.has(target),
  });
  problems.push(...faq.problems);
  const sourced = new Set(sources.filter((s) => s.entry.basis !== 'plan').map((s) => s.entry.slug));
  const guide = checkGuide(files.guide, {
    termName: (slug) => termNames.get(slug),
    hasTerm: (slug) => termNames.has(slug),
    blockText: (id) => blockText.get(id),
    sourced: (slug) => sourced.has(slug),
    hasFollowUps: (target) => followUpTargets.has(target),
  });
  problems.push(...guide.problems);

  const institutionList = parseYamlList(files.institutions, institutionSchema);
  problems.push(...institutionList.problems);
  problems.push(...checkInstitutions(files.institutions.path, institutionList.items, blocks));

  const milestoneList = parseYamlList(files.milestones, milestoneSchema);
  problems.push(...milestoneList.problems);
  problems.push(
    ...checkMilestones(files.milestones.path, milestoneList.items, {
      blockText: (id) => blockText.get(id),
      sources: sourcesById,
      sourcesFile: files.sources.path,
    }),
  );

  problems.push(...followUpList.problems);
  problems.push(
    ...checkFollowUps(files.followUps.path, followUpList.items, {
      hasTarget: (id) => targetList.items.some((t) => t.item.id === id),
      sources: sourcesById,
      sourcesFile: files.sources.path,
      blockText: (id) => blockText.get(id),
    }),
  );

  const pathwayList = parseYamlList(files.pathways, pathwayStepSchema);
  problems.push(...pathwayList.problems);
  problems.push(...checkPathways(files.pathways.path, pathwayList.items, (id) => blockText.get(id)));

  const changelogList = parseYamlList(files.changelog, changelogEntrySchema);
  problems.push(...changelogList.problems, ...checkChangelog(files.changelog.path, changelogList.items));

  problems.push(
    ...checkOurWords(
      {
        summaries: files.summaries,
        faq: faq.bodies,
        guide: guide.bodies,
        glossary: sources,
        pathways: { file: files.pathways.path, items: pathwayList.items },
        targets: { file: files.targets.path, items: targetList.items },
        milestones: { file: files.milestones.path, items: milestoneList.items },
        followUps: { file: files.followUps.path, items: followUpList.items },
      },
      {
        blockText: (id) => blockText.get(id),
        unitBlocks: (key) =>
          plan.byKey
            .get(key)
            ?.blocks.filter((b) => !isHeadingBlock(b))
            .map((b) => b.id) ?? [],
        uses: (slug) => terms.blocksByTerm.get(slug) ?? [],
        termName: (slug) => termNames.get(slug),
        hedges: dataOrThrow(parseYamlFile(files.hedges, hedgesFileSchema)),
        hedgesFile: files.hedges.path,
        planText: blocks.map((b) => b.text).join('\n'),
      },
    ),
  );

  const relationList = parseYamlList(files.relations, relationSchema);
  problems.push(...relationList.problems);
  const relations = checkRelations(
    files.relations.path,
    relationList.items,
    plan,
    targetList.items.map((t) => t.item),
  );
  problems.push(...relations.problems);

  const units = official.map((u) => ({
    ...u,
    blocks: u.blocks.map((b) => {
      const added: Mark[] = [
        ...(targets.marks.get(b.id) ?? []),
        ...(terms.links.get(b.id) ?? []).map((m): Mark => ({ kind: 'term', start: m.start, end: m.end, id: m.slug })),
      ];
      for (const t of added.filter((m) => m.kind === 'term'))
        for (const g of added.filter((m) => m.kind === 'target'))
          if (t.start < g.end && g.start < t.end && (t.start < g.start || t.end > g.end))
            problems.push({
              file: files.targets.path,
              field: 'quote',
              message: `the quote of target "${g.id}" cuts the term "${b.text.slice(t.start, t.end)}" in ${b.id}; quote whole words`,
            });
      return { ...b, marks: [...b.marks, ...added] };
    }),
  }));
  if (problems.length) throw new ContentError(problems);
  // Every citation was checked above, so each id names a source.
  const sourceOf = (id: string): Source => sourcesById.get(id)!;

  const glossary: PublishedTerm[] = sources
    .map((s) => ({
      ...s.entry,
      basis:
        s.entry.basis === 'plan'
          ? ('plan' as const)
          : { kind: 'source' as const, source: sourceOf(s.entry.basis.source) },
      file: s.file,
      uses: terms.blocksByTerm.get(s.entry.slug) ?? [],
      spans: Object.fromEntries(
        (terms.blocksByTerm.get(s.entry.slug) ?? []).map((id) => [
          id,
          (terms.matches.get(id) ?? [])
            .filter((m) => m.slug === s.entry.slug)
            .map(({ start, end }) => ({ start, end })),
        ]),
      ),
    }))
    .sort((a, b) => collator.compare(a.term, b.term));
  const data = ({ id, unit, target, block }: Endpoint) => ({
    id,
    unit,
    ...(block ? { block } : {}),
    ...(target ? { target } : {}),
  });
  const publishedRelations: PublishedRelation[] = relations.relations.map((r) => ({
    kind: r.kind,
    via: r.via,
    reason: r.reason,
    from: data(r.from),
    to: data(r.to),
  }));
  return {
    units,
    glossary,
    targets: targetList.items.map((t) => t.item),
    relations: publishedRelations,
    termsByUnit: Object.fromEntries(terms.termsByUnit),
    summaries: Object.fromEntries(summaries.summaries),
    faq: faq.faq,
    prose: {
      glossary: sources.map((s) => ({ file: s.file, id: s.entry.slug, data: s.entry, body: s.body })),
      // Every summary is named after a task or measure by now (checked above); the schema gives its data.
      summaries: files.summaries.flatMap((f) => {
        const parsed = summaryEntrySchema.safeParse({ unit: summaryKeyOf(f.path) });
        return parsed.success ? [{ file: f.path, id: parsed.data.unit, data: parsed.data, body: f.text }] : [];
      }),
      faq: faq.entries.map((e) => ({ ...e, id: e.data.slug })),
      guide: guide.entries.map((e) => ({ ...e, id: e.data.slug })),
    },
    institutions: institutionList.items.map((i) => i.item),
    milestones: milestoneList.items.map((m) => m.item),
    guide: guide.guide,
    pathways: pathwayList.items.map((p) => p.item),
    changelog: changelogList.items.map((c) => c.item),
    sources: sourceList.items.map((s) => s.item),
    followUps: followUpList.items.map((f) => f.item),
  };
}

/** document.yaml must say what the captured page's metadata table says. */
function checkDocument(document: DocumentMeta, captured: DocumentMeta, path: string): void {
  const problems = documentSchema
    .keyof()
    .options.filter((field) => document[field] !== captured[field])
    .map((field) => ({
      file: path,
      field: `document.${field}`,
      message: `is "${document[field]}" but the captured page says "${captured[field]}"`,
    }));
  if (problems.length) throw new ContentError(problems);
}
