/**
 * Build time: the tables the matcher reads about claims without reading the claims themselves.
 * The candidate filter (claim-index.ts) needs every claim's required concept groups and the
 * claims keyed under each concept; the card (build-verdict.ts) needs the claims on a question.
 * Concepts are numbered and the groups laid out as flat integer arrays, so a 10,000-claim pack
 * parses as a few long arrays instead of tens of thousands of small ones, and the content
 * script builds nothing from them before its first match.
 */

import { toldDoneUntil } from './done-after-due';
import { plansAnswered } from './plans-answered';
import { highestScore } from './recognize';
import type { Claim, ClaimId, ConceptId, KnowledgeBase, QuestionId } from './types';

export type ClaimTables = {
  /**
   * Concept numbers: a concept's position here. Every concept a claim requires or is keyed
   * under, and both concepts of every inference; a concept named nowhere here indexes nothing.
   */
  concepts: ConceptId[];
  /**
   * Claim i's required groups are groups groupFrom[i] .. groupFrom[i + 1]; group g's concepts
   * are members[(g === 0 ? 0 : groupEnd[g - 1]) .. groupEnd[g]], as concept numbers.
   */
  groupFrom: number[];
  groupEnd: number[];
  members: number[];
  /**
   * The claims keyed under concept n, ascending: keyed[keyedFrom[n] .. keyedFrom[n + 1]]. Each
   * claim is keyed under every concept of one of its groups (the one the fewest claims use), and
   * a claim keyed under an inferred concept also under the concept it is inferred from.
   */
  keyedFrom: number[];
  keyed: number[];
  /** 1 for a claim that needs the sentence to state a figure (recognize.numbers), else 0. */
  needsFigure: number[];
  /**
   * 1 for a claim that needs the sentence to state a date (recognize.date with dateRequired),
   * else 0: a sentence with no date at all cannot assert it, and need not be checked against it.
   */
  needsDate: number[];
  /**
   * For each plan a dateless sentence may tell as done on a later page: the last month of a page
   * that may (done-after-due.ts toldDoneUntil: before the next plan fell due, or an event carrying
   * it out happened). "" for every other claim.
   */
  toldDoneUntil: string[];
  /** The most recognize() can score each claim (highestScore()). */
  highestScore: number[];
  /** The claims on each question, in knowledge-base order: a card's rival and sibling claims. */
  byQuestion: Record<QuestionId, number[]>;
  /** The events naming each plan in `fulfils` (plan id → claim numbers; an event answering several plans is under each): a plan card's "Since then". */
  fulfilledBy: Record<ClaimId, number[]>;
  /** Claim number of each plan that events name, so an event's card finds its plan without a search. */
  planAt: Record<ClaimId, number>;
};

type Inference = { negated: ConceptId; implies: ConceptId };

export function compileClaims(kb: KnowledgeBase, inferences: Inference[]): ClaimTables {
  const { claims } = kb;
  const keyedUnder = new Map<ConceptId, number[]>();
  const key = (concept: ConceptId, claim: number) => {
    const list = keyedUnder.get(concept) ?? [];
    if (!list.includes(claim)) list.push(claim);
    keyedUnder.set(concept, list);
  };
  // Every group must be met, so any one of them can be the index key: the group whose concepts
  // the fewest claims use, so a sentence naming a common concept ("city") wakes few claims.
  const uses = new Map<ConceptId, number>();
  for (const claim of claims)
    for (const group of claim.recognize.require)
      for (const concept of group) uses.set(concept, (uses.get(concept) ?? 0) + 1);
  const weight = (group: ConceptId[]) => group.reduce((n, c) => n + (uses.get(c) ?? 0), 0);
  claims.forEach((claim, i) => {
    const groups = claim.recognize.require;
    const best = groups.reduce((b, g) => (weight(g) < weight(b) ? g : b), groups[0] ?? []);
    for (const concept of best) key(concept, i);
  });
  // An inferred concept (a stay, read off a negated departure) can only appear where its source does.
  for (const { negated, implies } of inferences)
    for (const i of keyedUnder.get(implies) ?? []) key(negated, i);

  const concepts: ConceptId[] = [];
  const numbers = new Map<ConceptId, number>();
  const numberOf = (concept: ConceptId): number => {
    let n = numbers.get(concept);
    if (n === undefined) {
      n = concepts.push(concept) - 1;
      numbers.set(concept, n);
    }
    return n;
  };
  const groupFrom = [0];
  const groupEnd: number[] = [];
  const members: number[] = [];
  for (const claim of claims) {
    for (const group of claim.recognize.require) {
      for (const concept of group) members.push(numberOf(concept));
      groupEnd.push(members.length);
    }
    groupFrom.push(groupEnd.length);
  }
  for (const concept of keyedUnder.keys()) numberOf(concept);
  for (const { negated, implies } of inferences) {
    numberOf(negated);
    numberOf(implies);
  }
  const keyedFrom = [0];
  const keyed: number[] = [];
  for (const concept of concepts) {
    keyed.push(...[...(keyedUnder.get(concept) ?? [])].sort((a, b) => a - b));
    keyedFrom.push(keyed.length);
  }

  const byQuestion = new Map<QuestionId, number[]>();
  claims.forEach((claim, i) => {
    const question = claim.position?.question;
    if (question !== undefined) byQuestion.set(question, [...(byQuestion.get(question) ?? []), i]);
  });
  const fulfilledBy = new Map<ClaimId, number[]>();
  claims.forEach((claim, i) => {
    for (const { plan } of plansAnswered(claim))
      fulfilledBy.set(plan, [...(fulfilledBy.get(plan) ?? []), i]);
  });
  const planAt: Record<ClaimId, number> = {};
  claims.forEach((claim, i) => {
    if (fulfilledBy.has(claim.id)) planAt[claim.id] = i;
  });
  const doneUntil = claims.map((c) =>
    toldDoneUntil(
      c,
      claims,
      (fulfilledBy.get(c.id) ?? [])
        .map((i) => claims[i] as Claim)
        .filter((e) => plansAnswered(e).some((f) => f.plan === c.id && f.outcome !== 'not-done')),
    ),
  );
  return {
    concepts,
    groupFrom,
    groupEnd,
    members,
    keyedFrom,
    keyed,
    needsFigure: claims.map((c) => ((c.recognize.numbers?.length ?? 0) > 0 ? 1 : 0)),
    // A plan its own words may name without its date (retoldBy) is read on an undated sentence,
    // and so is one a page after its date may tell as done (done-after-due.ts).
    needsDate: claims.map((c, i) =>
      c.recognize.date && c.recognize.dateRequired && !c.recognize.retoldBy && !doneUntil[i]
        ? 1
        : 0,
    ),
    toldDoneUntil: doneUntil,
    highestScore: claims.map(highestScore),
    byQuestion: Object.fromEntries(byQuestion),
    fulfilledBy: Object.fromEntries(fulfilledBy),
    planAt,
  };
}

/** The keyed claims as a record, concept → claims, leaving out concepts with none: for reading the index. */
export function keyedClaims(tables: ClaimTables): Record<ConceptId, number[]> {
  const out: Record<ConceptId, number[]> = {};
  tables.concepts.forEach((concept, n) => {
    const list = tables.keyed.slice(tables.keyedFrom[n], tables.keyedFrom[n + 1]);
    if (list.length) out[concept] = list;
  });
  return out;
}
