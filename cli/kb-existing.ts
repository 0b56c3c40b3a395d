/**
 * Proposals for the claims the knowledge base already has: each sentence the engine matches to
 * a claim becomes a candidate source statement for it, with the side it takes, the value it
 * states, an anchor phrase and how sure the match is. The claim and the value are the engine's
 * (the same pass `claimlight annotate` runs); the side follows the card's logic
 * (engine/build-verdict.ts): a passage stating a claim corroborates it and every claim that
 * shares its position, and contradicts the claims holding the question's other positions.
 */
import type { Claim, KnowledgeBase, Match } from '../engine/types';
import { proposeAnchor } from './kb-anchor';
import type { KbArticle } from './kb-inputs';
import type { ReadArticle, ReadSentence } from './kb-read-article';

/** How sure a proposal is, with the reasons, so an editor knows which to read first. */
export type Confidence = {
  level: 'high' | 'medium' | 'low';
  /** 0–1, from the reasons below. */
  score: number;
  reasons: string[];
};

/** What the tool reads of the story's vocabulary to judge a match. */
export type StoryWords = {
  /** Actors, places and names: in nearly every sentence, they say nothing about the event. */
  background: ReadonlySet<string>;
  /**
   * Opposite concepts, from the pack's inferences ("not … withdraw" implies "remain": withdraw
   * and remain are opposites), each mapped to its opposites.
   */
  opposites: ReadonlyMap<string, readonly string[]>;
};

/** Reads the opposites off the pack's inferences; `background` as given. */
export function storyWords(
  background: Iterable<string>,
  inferences: readonly { negated: string; implies: string }[],
): StoryWords {
  const opposites = new Map<string, string[]>();
  const add = (a: string, b: string) => opposites.set(a, [...(opposites.get(a) ?? []), b]);
  for (const { negated, implies } of inferences) {
    add(negated, implies);
    add(implies, negated);
  }
  return { background: new Set(background), opposites };
}

/** Where a passage comes from: enough to cite it as a source. */
export type Passage = {
  /** "lib-07:3": the article's id and the sentence's position in it. */
  id: string;
  article: string;
  outlet: string;
  published: string | null;
  url: string;
  sentence: string;
  /** A phrase of at most 8 words from the sentence, unique in the article where possible. */
  anchor: string;
};

/** A passage proposed as a source statement of an existing claim. */
export type ExistingProposal = Passage & {
  claim: string;
  statement: string;
  question: string | null;
  position: string | null;
  /** The passage states the claim: it corroborates it (and the claims sharing its position). */
  side: 'corroborates';
  /** The claims it contradicts: the other positions on the claim's question. */
  contradicts: string[];
  /** The date or figure the sentence states for the claim ("September 2025"). */
  value?: string;
  /** The claim's own value, when the sentence's differs from it in wording or precision. */
  claimValue?: string;
  confidence: Confidence;
  /**
   * Why the passage only hints at the claim, when it does: the sentence refers back to the event
   * an earlier one told, or names the claim's actor only in a name. Such a passage is listed apart
   * ("hinted, not stated") with a low confidence: an editor should not cite it for the claim.
   */
  hinted?: string;
  /**
   * Concepts the sentence names that the claim's rule does not use (actors and places aside):
   * a sentence doing more than the claim says may be about another event.
   */
  otherConcepts: string[];
  /** The knowledge base already cites this article (by URL) for this claim. */
  alreadyCited: boolean;
  /**
   * The first passage for the same claim, from another article, that this one is one report
   * with (a copy of one wire story, one origin in the knowledge base, one quote): give both
   * statements one `origin`. Absent when the passage is a report of its own.
   */
  sameReportAs?: string;
};

/** A sentence hedged as a forecast or a report of a report: worth a second look. */
const HEDGE =
  /\b(may|might|could|would|expected|reportedly|reports? (?:said|say|suggest)|sources said|according to (?:reports|sources)|plans? to|likely|possibly|rumou?rs?)\b/i;
/** Past this many words a sentence usually carries more than one statement. */
const LONG_SENTENCE_WORDS = 45;

/** The proposals of one read article, in reading order. */
export function existingProposals(
  article: KbArticle,
  read: ReadArticle,
  kb: KnowledgeBase,
  words: StoryWords,
): ExistingProposal[] {
  const claims = new Map(kb.claims.map((c) => [c.id, c]));
  const sourceUrls = new Map(kb.sources.map((s) => [s.id, s.url]));
  const out: ExistingProposal[] = [];
  for (const s of read.sentences) {
    const m = s.match;
    const claim = m && claims.get(m.claim);
    if (!m || !claim) continue;
    out.push({
      ...passageOf(article, read, s, cuesOf(m)),
      claim: claim.id,
      statement: claim.statement,
      question: m.question,
      position: m.position,
      side: 'corroborates',
      contradicts: rivalsOf(claim, kb),
      ...(m.value && { value: m.value }),
      ...(m.value && claim.value && m.value !== claim.value && { claimValue: claim.value }),
      ...judged(m, claim, s, words),
      alreadyCited: claim.sources.some((st) => sourceUrls.get(st.source) === article.url),
    });
  }
  return out;
}

/** The passage fields of one sentence of an article. */
export function passageOf(
  article: KbArticle,
  read: ReadArticle,
  s: ReadSentence,
  cues: string[],
): Passage {
  return {
    id: `${article.id}:${s.index}`,
    article: article.id,
    outlet: article.outlet,
    published: read.published ?? article.published,
    url: article.url,
    sentence: s.text,
    anchor: proposeAnchor(s.text, read.text, cues),
  };
}

/** The words the engine matched on, read off its evidence lines (`concept ← "words"`). */
function cuesOf(m: Match): string[] {
  return m.evidence.flatMap((e) => [...e.detail.matchAll(/← "([^"]+)"/g)].map((x) => x[1] ?? ''));
}

/** Claims on the same question with another position: the card's contradicting side. */
function rivalsOf(claim: Claim, kb: KnowledgeBase): string[] {
  const p = claim.position;
  if (!p) return [];
  return kb.claims
    .filter((c) => c.position?.question === p.question && c.position.position !== p.position)
    .map((c) => c.id);
}

/** The sentence's concepts outside the claim's rule, and the confidence they weigh in. */
function judged(
  m: Match,
  claim: Claim,
  s: ReadSentence,
  words: StoryWords,
): { confidence: Confidence; otherConcepts: string[]; hinted?: string } {
  const used = new Set([...claim.recognize.require.flat(), ...(claim.recognize.exclude ?? [])]);
  const otherConcepts = [
    ...new Set(
      s.hits.map((h) => h.concept).filter((c) => !used.has(c) && !words.background.has(c)),
    ),
  ].sort();
  // The sentence also says the opposite of what the claim's rule asks for, plainly (a claim that
  // troops stay, on "troops withdrew from the base"): it may take the other side of the claim.
  const hinted = hintOf(m, claim, s.text);
  const opposite = s.hits.find(
    (h) =>
      !h.negated &&
      !used.has(h.concept) &&
      (words.opposites.get(h.concept) ?? []).some((o) => used.has(o)),
  );
  const confidence = confidenceOf(m, claim, s, otherConcepts, opposite?.text);
  if (hinted === undefined) return { confidence, otherConcepts };
  return {
    confidence: {
      level: 'low',
      score: Math.min(confidence.score, HINT_SCORE),
      reasons: [`hinted, not stated: ${hinted}`, ...confidence.reasons],
    },
    hinted,
    otherConcepts,
  };
}

/** The most a hint is scored, whatever else speaks for it: low, read after the passages that state a claim. */
const HINT_SCORE = 0.2;

/** A concept the engine read on words pointing back at an earlier sentence: `c ← "The move (→ "x")"`. */
const CARRIED_CONCEPT = /^(\S+) ← "(.*?)\(→ "(.+?)"\)"$/;

/**
 * Why the sentence only hints at the claim, if it does. It does when
 * - most of the claim's concepts are read only on words pointing back at an earlier sentence
 *   ("The move was no surprise", "This will happen soon"): the sentence takes the event as told
 *   there, and tells something about it;
 * - the engine read it as restating the sentence before, and it opens on a noun pointing back at
 *   that one ("This move, which ended on Friday, is part of a wider plan");
 * - the claim is about a date, and the sentence states none: the date is carried from an earlier
 *   sentence with no word of this one pointing at it;
 * - every word the claim was read on lies in one capitalised name ("a statement by the Harbour
 *   Works Board"): the sentence names a body, not what the claim says it does.
 */
export function hintOf(m: Match, claim: Claim, text: string): string | undefined {
  const concepts = m.evidence.filter((e) => e.kind === 'concept').map((e) => e.detail);
  const carried = concepts.filter((d) => CARRIED_CONCEPT.test(d));
  if (carried.length > 0 && carried.length * 2 > concepts.length) {
    const shown = carried.map((d) => {
      const x = d.match(CARRIED_CONCEPT) ?? [];
      return `"${x[1]}" on "${(x[2] ?? '').trim()}" (→ "${x[3]}")`;
    });
    return `most of the claim is read on words pointing back at an earlier sentence: ${shown.join(', ')}`;
  }
  // "This move, which ended on Friday, is part of a wider plan": the engine read the sentence as
  // restating the one before, and it opens on a noun pointing back at it.
  const pointer = text.match(POINTER_SUBJECT);
  if (pointer && m.evidence.some((e) => e.kind === 'clause' && e.detail === RESTATES))
    return `it restates the sentence before, naming what that one told as "${pointer[0]}"`;
  if (claim.recognize.dateRequired) {
    const carried = m.evidence
      .filter((e) => e.kind === 'date')
      .map((e) => e.detail.match(CARRIED)?.[1])
      .find((t) => t !== undefined);
    if (carried !== undefined)
      return `the claim is about a date the sentence does not state ("${carried}" is in an earlier one)`;
  }
  const cues = concepts
    .filter((d) => !CARRIED_CONCEPT.test(d))
    .flatMap((d) => [...d.matchAll(/← "([^"]+)"/g)].map((x) => x[1] ?? ''));
  const name = cues.find((c) => cues.every((o) => c.includes(o)));
  if (name && isName(name, text))
    return `the claim is read only on the name "${name}", not on what the sentence says of it`;
  return undefined;
}

/** The engine's evidence for a sentence read as restating the one before. */
const RESTATES = 'restates the sentence before';
/** A sentence opening on a determiner pointing back and a common noun: "This move", "The transfer". */
const POINTER_SUBJECT = /^(?:The|This|That|These|Those)\s+[a-z]+(?=[\s,])/;

/** Two words or more, each capitalised, not opening the sentence: a proper name. */
function isName(phrase: string, text: string): boolean {
  const ws = phrase.split(/\s+/);
  const at = text.indexOf(phrase);
  return ws.length >= 2 && at > 0 && ws.every((w) => /^[A-Z]/.test(w));
}

/** The engine's evidence for a date carried from another sentence: `← "(→ "Sept 2025")"`. */
const CARRIED = /← "\(→ "(.+?)"\)"/;

/** From this many concepts outside the claim's rule, the reasons mention them. */
const MANY_OTHER_CONCEPTS = 2;

/**
 * A heuristic, stated in its reasons: the match is surer when the sentence states the value the
 * claim is about, plainly, in a sentence of its own, and less sure when a relative date had to be
 * resolved, the sentence hedges, or it is long enough to hold several statements.
 */
function confidenceOf(
  m: Match,
  claim: Claim,
  s: ReadSentence,
  other: string[],
  opposite: string | undefined,
): Confidence {
  const reasons: string[] = [];
  let score = 0.6;
  if (opposite !== undefined) {
    score -= 0.35;
    reasons.push(
      `also says "${opposite}", the opposite of what the claim asks: it may take the other side`,
    );
  }
  // Listed, not scored: measured on the library, sentences the editor kept name as many
  // concepts outside the claim's rule as the ones turned down (the story's words are broad).
  if (other.length >= MANY_OTHER_CONCEPTS)
    reasons.push(`also names ${other.join(', ')}, which the claim does not`);
  const concepts = m.evidence.filter((e) => e.kind === 'concept').length;
  const values = m.evidence.filter((e) => e.kind === 'date' || e.kind === 'number');
  // A date the engine carried from an earlier sentence (`← "(→ "…")"`): the sentence itself
  // states none, and an editor citing it for the value would cite the wrong passage.
  const carried = values.map((e) => e.detail.match(CARRIED)?.[1]).find((t) => t !== undefined);
  const dated = values.length > 0 && carried === undefined;
  if (carried !== undefined) {
    score -= 0.15;
    reasons.push(
      `the value${m.value ? ` (${m.value})` : ''} is carried from an earlier sentence ("${carried}"), not stated in this one`,
    );
  } else if (dated) {
    score += 0.2;
    reasons.push('states the value the claim is about');
  } else if (claim.recognize.date || claim.recognize.numbers) {
    score -= 0.15;
    reasons.push('the claim is about a date or figure the sentence does not state');
  }
  if (concepts >= 3) {
    score += 0.1;
    reasons.push(`${concepts} of the claim's concepts found`);
  }
  if (
    carried === undefined &&
    m.evidence.some((e) => e.detail.includes('resolved against publication date'))
  ) {
    score -= 0.15;
    reasons.push('a relative date resolved against the publication date');
  }
  const hedge = s.text.match(HEDGE);
  if (hedge) {
    score -= 0.15;
    reasons.push(`hedged or relayed ("${hedge[0]}")`);
  }
  const words = s.text.split(/\s+/).length;
  if (words > LONG_SENTENCE_WORDS) {
    score -= 0.1;
    reasons.push(`a long sentence (${words} words) may hold several statements`);
  }
  score = Math.max(0, Math.min(1, Math.round(score * 100) / 100));
  const level = score >= 0.7 ? 'high' : score >= 0.5 ? 'medium' : 'low';
  return { level, score, reasons };
}
