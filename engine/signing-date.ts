/**
 * "the deal signed between the two towns in May", "the phase agreed a year earlier": the date of
 * a signing, told by its participle, is the deal's. Read by recognize.ts (a claim's date is not
 * the deal's) and topic-gate.ts (a year outside the story dating a named deal's signing puts the
 * sentence outside it no more than a year inside the name does).
 */
import type { DateMention } from './resolve-dates';
import type { Token } from './tokenize';
import { gapHas } from './word-gaps';

/** Verbs of a deal's making: the date after one is the deal's. */
export const SIGNING = new Set([
  'signed',
  'sealed',
  'inked',
  'struck',
  'reached',
  'concluded',
  'agreed',
  // "the deal to close the depot had been settled in May": settled, finalised, as signed.
  'settled',
  'finalised',
  'finalized',
]);

/** How many words after its verb a signing's date may stand ("signed by both sides in May"). */
const SIGNING_REACH = 7;

/**
 * The signing verb whose date `d` is ("the deal signed between the two towns in May", "the
 * phase agreed a year earlier": the date right after the verb), or -1.
 */
export function signingOf(
  d: DateMention,
  facts: { readonly tokens: readonly Token[]; readonly text: string },
): number {
  const { tokens, text } = facts;
  const before = tokens[d.from - 1]?.norm;
  if (before !== undefined && SIGNING.has(before)) return d.from - 1;
  if (before !== 'in' && before !== 'on') return -1;
  for (let k = d.from - 2; k >= 0 && k >= d.from - 1 - SIGNING_REACH; k--) {
    if (gapHas(tokens, text, k + 1, ',;:.')) return -1;
    if (SIGNING.has((tokens[k] as Token).norm)) return k;
  }
  return -1;
}

/** Nouns of a deal whose infinitive names what it sets ("the deal to close the depot"). */
const DEAL_NOUNS = new Set(['deal', 'agreement', 'accord', 'pact', 'decision', 'plan']);
/** Auxiliaries of a passive signing verb ("had been settled", "was agreed"). */
const PASSIVE = new Set(['been', 'was', 'were', 'is', 'are', 'be', 'being', 'had', 'has', 'have']);
/** How many words a deal's infinitive phrase may run before its verb. */
const DEAL_REACH = 12;

/**
 * "The deal to close the depot had been settled in May", "the agreement to end the survey was
 * signed in 2021": the subject of a passive signing verb is a deal, whose infinitive says what
 * it sets; the date is the deal's, not that of what it sets. Given the signing verb at `k`, the
 * span [first word after "to", k) of the infinitive phrase, or null.
 */
export function passiveDealPhrase(
  tokens: readonly Token[],
  text: string,
  k: number,
): [number, number] | null {
  let aux = k - 1;
  if (!PASSIVE.has(tokens[aux]?.norm ?? '')) return null;
  while (aux > 0 && PASSIVE.has(tokens[aux - 1]?.norm ?? '')) aux--;
  for (let j = aux - 1; j >= 1 && j >= aux - DEAL_REACH; j--) {
    if (gapHas(tokens, text, j + 1, ',;:.')) return null;
    if (tokens[j]?.norm === 'to' && DEAL_NOUNS.has(tokens[j - 1]?.norm ?? '')) return [j + 1, aux];
  }
  return null;
}
