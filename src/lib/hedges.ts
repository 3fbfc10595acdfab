/**
 * Keeping the plan's hedges (content/hedges.yaml). A clause of the plan is
 * the run between two of its marks ，；。！？：. A sentence of ours cites a
 * clause when it quotes words of it with <Quote>, or, for a <Ref> (and a
 * summary, which cites its own unit, and a glossary definition, which cites
 * where the plan uses the term), when it shares at least MIN_SHARED
 * characters in a row with it (a definition's own term left out): for each
 * clause of ours, the clause sharing the longest run. When a cited clause
 * carries a hedge (推动建立, 逐步, 力争 …), our sentence keeps it. A verb of
 * encouragement is a hedge where it heads its clause (支持职业院校…, 配合和
 * 支持…), not where it is a noun (资源支持, 关心、支持、认同). Words of degree
 * (大力, 全面 …) in our own words must stand in a block we cite. An editor
 * may excuse a sentence, with a reason, in content/hedges.yaml.
 * Pure.
 */
import type { Claim } from './claims.ts';
import type { ContentProblem } from './content-problem.ts';
import { longestSharedRun } from './summaries.ts';
import type { Hedge, HedgeAllow } from '../schemas/hedge.ts';

/** Characters in a row a sentence of ours shares with a clause it paraphrases. */
export const MIN_SHARED = 5;

/** The marks that end a clause of the plan (and of ours). */
const CLAUSE_END = /[，；。！？：,;:]/;

/** A clause of a block: where it starts and ends in the block's text. */
export interface Clause {
  start: number;
  end: number;
  text: string;
}

/** The clauses of a text, cut at ，；。！？：. */
export function clausesOf(text: string): Clause[] {
  const clauses: Clause[] = [];
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i < text.length && !CLAUSE_END.test(text[i]!)) continue;
    if (i > start) clauses.push({ start, end: i, text: text.slice(start, i) });
    start = i + 1;
  }
  return clauses;
}

/** The clauses that hold the first occurrence of `words` in `text` (one, or several a long quote spans). */
export function quotedClauses(text: string, words: string): Clause[] {
  const at = text.indexOf(words);
  if (at < 0) return [];
  return clausesOf(text).filter((c) => c.start < at + words.length && at < c.end);
}

/** Every run of MIN_SHARED characters in `text` (its characters are one UTF-16 unit each, as the plan's are). */
function gramsOf(text: string): Set<string> {
  const grams = new Set<string>();
  for (let i = 0; i + MIN_SHARED <= text.length; i++) grams.add(text.slice(i, i + MIN_SHARED));
  return grams;
}

/** A block's clauses as matching needs them, kept across the claims that cite it. */
const clauseCache = new Map<string, Array<{ clause: Clause; text: string; grams: Set<string> }>>();
function matchable(text: string, masked: readonly string[]) {
  const key = `${masked.join('|')}\u0000${text}`;
  let found = clauseCache.get(key);
  if (!found) {
    found = clausesOf(text).map((c) => {
      const t = mask(c.text, masked, '\uE001');
      return { clause: c, text: t, grams: gramsOf(t) };
    });
    if (clauseCache.size > 5000) clauseCache.clear();
    clauseCache.set(key, found);
  }
  return found;
}

/** `text` with every occurrence of the masked words replaced by `fill`, so runs never match across them. */
function mask(text: string, words: readonly string[], fill: string): string {
  let out = text;
  for (const w of [...words].sort((a, b) => b.length - a.length)) if (w) out = out.split(w).join(fill.repeat(w.length));
  return out;
}

/**
 * The clauses of `text` a sentence of ours paraphrases: for each clause of
 * ours, the clause of the plan sharing the longest run with it, if that run
 * is at least MIN_SHARED characters once `masked` words (glossary terms,
 * which any sentence on a term shares) are left out.
 */
export function paraphrasedClauses(text: string, ours: string, masked: readonly string[] = []): Clause[] {
  // Masked words never match: ours and theirs are filled with two different characters.
  const theirs = matchable(text, masked);
  const found = new Set<Clause>();
  for (const mine of clausesOf(mask(ours, masked, '\uE000'))) {
    let best: Clause | undefined;
    let longest = MIN_SHARED - 1;
    // Only a clause sharing a run of MIN_SHARED can be the one: most share none, and are not measured.
    const ngrams = gramsOf(mine.text);
    for (const { clause: c, text: t, grams } of theirs) {
      let shares = false;
      for (const g of grams) if (ngrams.has(g)) shares = true;
      if (!shares) continue;
      const run = [...longestSharedRun(mine.text, t)].length;
      if (run > longest) {
        longest = run;
        best = c;
      }
    }
    if (best) found.add(best);
  }
  return [...found];
}

/** What may stand before a verb of encouragement in its clause: nothing, or the words that join it to another. */
const HEADS_CLAUSE = /(?:^|配合和|鼓励)$/;

/** The hedges a clause carries, longest first where they overlap (推动建立, not 推动 in it). */
export function hedgesIn(clause: string, hedges: readonly Hedge[]): Hedge[] {
  const found: Hedge[] = [];
  const taken: boolean[] = [];
  for (const h of [...hedges].sort((a, b) => b.words.length - a.words.length))
    for (let at = clause.indexOf(h.words); at >= 0; at = clause.indexOf(h.words, at + 1)) {
      if (taken.slice(at, at + h.words.length).some(Boolean)) continue;
      if (h.encourages && !HEADS_CLAUSE.test(clause.slice(0, at))) continue;
      for (let i = at; i < at + h.words.length; i++) taken[i] = true;
      if (!found.includes(h)) found.push(h);
    }
  return found;
}

/** A clause a sentence cites, with its block. */
export interface Cited extends Clause {
  block: string;
}

export interface HedgeContext {
  /** The official text of a block by id, or undefined if the plan has none. */
  blockText: (id: string) => string | undefined;
  /** The plan's hedges (content/hedges.yaml). */
  hedges: readonly Hedge[];
  /** Words of degree our own words may use only where a cited clause does. */
  degree: readonly string[];
  /** Sentences excused, with their reasons. */
  allow: readonly HedgeAllow[];
  /** Every glossary term and alias: a sentence that points back is not tied to a clause by these alone. */
  termForms: readonly string[];
}

/** The clauses a claim cites: those it quotes, and those its <Ref> blocks hold that it paraphrases. */
export function citedClauses(claim: Claim, ctx: Pick<HedgeContext, 'blockText' | 'termForms'>): Cited[] {
  const masked = [...(claim.masked ?? []), ...(claim.inherited ? ctx.termForms : [])];
  const cited: Cited[] = [];
  const quotedBlocks = new Set(claim.quotes.map((q) => q.block));
  for (const q of claim.quotes) {
    const text = ctx.blockText(q.block);
    if (text !== undefined) cited.push(...quotedClauses(text, q.words).map((c) => ({ ...c, block: q.block })));
  }
  for (const block of claim.refs) {
    // A block the sentence quotes is cited where it quotes it.
    if (quotedBlocks.has(block)) continue;
    const text = ctx.blockText(block);
    // What the sentence quotes from other blocks is not its paraphrase of this one.
    const ours = claim.quotes.length ? claim.own : claim.text;
    if (text !== undefined) cited.push(...paraphrasedClauses(text, ours, masked).map((c) => ({ ...c, block })));
  }
  return cited;
}

/** Whether an editor excused this sentence from this word, with a reason (content/hedges.yaml). */
export const excused = (claim: Pick<Claim, 'file' | 'text'>, word: string, allow: readonly HedgeAllow[]) =>
  allow.some((a) => a.file === claim.file && a.word === word && claim.text.includes(a.sentence));

/**
 * The problems of one claim: a hedge of a cited clause our sentence drops,
 * or a word of degree in our own words that no cited clause uses. `kept`
 * adds words that keep a hedge beside the sentence (a label's `hedge`).
 */
export function hedgeProblems(claim: Claim, ctx: HedgeContext, kept: readonly string[] = []): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const cited = citedClauses(claim, ctx);
  const keeps = (h: Hedge) => [...h.keeps, h.words].some((k) => claim.text.includes(k) || kept.includes(k));
  const reported = new Set<string>();
  for (const c of cited)
    for (const h of hedgesIn(c.text, ctx.hedges)) {
      if (keeps(h) || reported.has(h.words) || excused(claim, h.words, ctx.allow)) continue;
      reported.add(h.words);
      problems.push({
        file: claim.file,
        line: claim.line,
        message:
          `drops the plan's hedge “${h.words}”: ${c.block} says “${c.text}”, and “${claim.text}” cites it. ` +
          (h.encourages
            ? `The plan only says ${h.words} there; keep “${h.words}” rather than make it 要求 or a fact`
            : `Keep “${h.keeps[0]}” in your sentence`) +
          `, or, if it does not apply, list the sentence with your reason under allow: in content/hedges.yaml`,
      });
    }
  for (const word of ctx.degree) {
    if (!claim.own.includes(word) || excused(claim, word, ctx.allow)) continue;
    const blocks = [...new Set([...claim.quotes.map((q) => q.block), ...claim.refs])];
    if (!blocks.length || blocks.some((b) => ctx.blockText(b)?.includes(word))) continue;
    problems.push({
      file: claim.file,
      line: claim.line,
      message: `says “${word}” in its own words, but the plan does not say it where “${claim.text}” cites (${blocks.join(', ')}); say only what the plan says there, or quote the words that say it`,
    });
  }
  return problems;
}

/** The hedges of the list that the plan never uses: a hedge must be the plan's own word. */
export const hedgesNotInPlan = (hedges: readonly Hedge[], planText: string): Hedge[] =>
  hedges.filter((h) => !planText.includes(h.words));
