/**
 * What the sentence right under a headline (the lead) takes from it: a headline tells the news
 * ("Crews Finish Leaving The Old Pier"), and the lead tells it again at more length, leaving to
 * the headline what it already said ("It took them three weeks, the harbour office said.").
 * index.ts reads a lead that made no card of its own, one group short of the headline's card,
 * with the headline's concepts of that group, and keeps the reading only when it makes that card.
 */

import { inferred, NO_NAME, withHits } from './carry-context';
import type { ConceptHit } from './find-concepts';
import { endsOnMark, type SentenceWords } from './sentence-facts';
import { clockStamp } from './speaker-turn';
import { isUpper, type Token } from './tokenize';

/**
 * Words that turn a sentence away from what it grants first ("The plan is settled, but no one
 * has signed it."): what follows them is the lead's own news, not the headline's.
 */
const TURNS = new Set(['but', 'yet', 'although', 'though', 'however']);

/**
 * Words of a question put to someone ("The mayor was asked about the pier."): a lead reporting
 * one says nothing itself; its answer comes after.
 */
const ASKED = new Set(['asked', 'ask', 'asks', 'asking', 'question', 'questions']);

/**
 * Verbs a page opens a line with to address its reader ("Follow along for the latest from the
 * harbour.", "Read more on the ferries.", "Stay with us for updates."): the line points to the
 * coverage and reports nothing, so it tells none of the headline's news.
 */
const TO_READER = new Set([
  'follow',
  'read',
  'watch',
  'listen',
  'stay',
  'scroll',
  'subscribe',
  'sign',
  'refresh',
  'click',
  'tap',
  'join',
]);

/**
 * Words that tell how things stood for a long time ("The pier was for years the busiest on the
 * coast.", "Its timbers have long been weak."): background to the news, not the news itself.
 */
function background(tokens: readonly Token[]): boolean {
  for (let k = 0; k + 1 < tokens.length; k++) {
    const a = (tokens[k] as Token).norm;
    const b = (tokens[k + 1] as Token).norm;
    if (a === 'for' && (b === 'years' || b === 'decades' || b === 'generations')) return true;
    if (a === 'long' && (b === 'been' || b === 'had')) return true;
  }
  return false;
}

/**
 * Whether the lead names someone or somewhere the story's concepts do not cover, a capitalised
 * word past its first ("Boats in the Gulf stayed in port."): a place of its own, no room for the
 * headline's.
 */
function namesOther(lead: SentenceWords, from: number): boolean {
  const { tokens, hits } = lead;
  for (let k = from + 1; k < tokens.length; k++) {
    const t = tokens[k] as Token;
    if (!isUpper(t.raw.charCodeAt(0)) || NO_NAME.has(t.norm)) continue;
    if (!hits.some((h) => !h.inferred && h.from <= k && k < h.to)) return true;
  }
  return false;
}

/**
 * The lead's words with the headline's concepts of the one group of the claim (`groups`, the
 * headline card's `require`) its own words leave out, carried to its last word. Undefined when they
 * leave out none or more than one, or the claim's event (its first group); under no headline (a
 * first line ending on a full stop is a sentence); for a lead that is no whole sentence,
 * addresses the reader (`TO_READER`), sets two statements side by side, turns (`TURNS`), reports
 * a question (`ASKED`), tells background (`background`), or lacks a place and names one of its
 * own (`namesOther`); or when the headline names nothing of that group.
 */
export function headlineLead(
  lead: SentenceWords,
  headline: SentenceWords | undefined,
  groups: readonly (readonly string[])[],
  places: ReadonlySet<string>,
): SentenceWords | undefined {
  if (!headline || headline.hits.length === 0) return undefined;
  // One group short: the lead's own words tell all but one of the claim's groups.
  let short: readonly string[] | undefined;
  for (let g = 0; g < groups.length; g++) {
    const group = groups[g] as readonly string[];
    if (lead.hits.some((h) => !h.inferred && group.includes(h.concept))) continue;
    // The claim's first group is its event: a lead that does not tell it itself is left alone
    // (a scene set under the headline, "Big news tonight.", tells none of it).
    if (short || g === 0) return undefined;
    short = group;
  }
  if (!short) return undefined;
  if (!endsOnMark(lead.text, '.!?…') || endsOnMark(headline.text, '.!?…')) return undefined;
  const tokens = lead.tokens;
  // "The plan said May; the crews said June.": two statements set side by side, either of
  // which the headline's news may be.
  if (lead.text.includes(';')) return undefined;
  const first = clockStamp(lead);
  if (TO_READER.has((tokens[first] as Token | undefined)?.norm ?? '')) return undefined;
  for (let k = first; k < tokens.length; k++) {
    const norm = (tokens[k] as Token).norm;
    if (TURNS.has(norm) || ASKED.has(norm)) return undefined;
  }
  if (background(tokens)) return undefined;
  if (short.some((c) => places.has(c)) && namesOther(lead, first)) return undefined;
  const at = tokens.length - 1;
  const by = tokens[at] as Token;
  const carried: ConceptHit[] = [];
  for (let k = 0; k < headline.hits.length; k++) {
    const h = headline.hits[k] as ConceptHit;
    if (h.inferred || !short.includes(h.concept)) continue;
    if (carried.some((c) => c.concept === h.concept)) continue;
    carried.push(inferred(h, at, by));
  }
  return carried.length > 0 ? withHits(lead, carried) : undefined;
}
