/**
 * "the deal signed between the two towns in May", "the phase agreed a year earlier": the date of
 * a signing, told by its participle, is the deal's. Read by recognize.ts (a claim's date is not
 * the deal's) and topic-gate.ts (a year outside the story dating a named deal's signing puts the
 * sentence outside it no more than a year inside the name does).
 */
import type { DateMention } from './resolve-dates';
import type { Token } from './tokenize';

/** Verbs of a deal's making: the date after one is the deal's. */
export const SIGNING = new Set([
  'signed',
  'sealed',
  'inked',
  'struck',
  'reached',
  'concluded',
  'agreed',
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
    const t = tokens[k] as Token;
    const next = tokens[k + 1] as Token;
    if (/[,;:.]/.test(text.slice(t.end, next.start))) return -1;
    if (SIGNING.has(t.norm)) return k;
  }
  return -1;
}
