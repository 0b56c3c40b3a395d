/**
 * A second reading for a sentence that names something of the story but asserts no claim on its
 * own words: what it leaves to the sentence before. "The committee met at the old pier. Its
 * members stayed there until May." — "there" is the pier; "The ferry service ended in 2019. That
 * year the council …" — "that year" is 2019; "… the Harbour Works Committee. The committee
 * approved …" — "the committee" is the one just named. Read only when the first reading of the
 * sentence found no claim, so a sentence that says everything itself is never read this way.
 */

import { amongThem } from './carry-among';
import { OPENING_CONJUNCTIONS } from './clauses';
import { emptyIt, idiomIt } from './empty-it';
import { NEGATION_CUES } from './english';
import { type ConceptHit, possessive } from './find-concepts';
import { onlyGoals } from './goal-place';
import { MONTH_NAMES } from './month-names';
import { namedAsPerson } from './person-named';
import { monthPointedBack, type PointedMonth } from './pointed-month';
import { type DateMention, future, resolveDates, type YearMonth } from './resolve-dates';
import { takesTheSameStep } from './same-step';
import { type SentenceWords, wordsWithHits } from './sentence-facts';
import { itIsTheSpeaker, tellerOfNoBody } from './speaker-it';
import { speakersPlea } from './speakers-plea';
import { NUMBER_WORDS } from './spelled-numbers';
import { isUpper, type Token } from './tokenize';
import type { ConceptId } from './types';
import { undoneBefore } from './undone-before';
import { inClass, wordClass } from './word-class';
import { marksBetween } from './word-gaps';

const DETERMINERS = new Set(['the', 'this', 'that', 'these', 'those']);
/** DETERMINERS as a word class: tested at every word of the sentences carried. */
const DETERMINER = wordClass(DETERMINERS);

/**
 * The sentence's words with what it takes from `previous`: the previous sentence's places when
 * it names none ("they remain there", "all staff have now left"), and a concept a definite noun
 * phrase names again by its head noun ("the commission" after "the Joint Harbour Commission"),
 * and a name "it" stands for ("It meets monthly." after the commission's name). `cued` when a word
 * of the sentence points back ("there", "it", "the commission"), not only its silence on where.
 * Undefined when it takes nothing.
 */
/**
 * Whether a hit of `concept` is in `hits`. A function, not a closure in carryContext: a closure
 * there over its hits made every call, and every pass of its loop, allocate a context.
 */
function hasConcept(hits: readonly ConceptHit[], concept: ConceptId): boolean {
  for (let k = 0; k < hits.length; k++)
    if ((hits[k] as ConceptHit).concept === concept) return true;
  return false;
}

export function carryContext(
  current: SentenceWords,
  previous: SentenceWords | undefined,
  places: ReadonlySet<ConceptId>,
  /** Every place the story names (its places, the country, its neighbours): "in Riverland" too. */
  placeNames: ReadonlySet<ConceptId>,
  /** Whether the previous sentence asserts a claim: the story goes on from it. */
  previousCarded: boolean,
): { words: SentenceWords; cued: boolean } | undefined {
  if (!previous) return undefined;
  // What the sentence before offers: its places, and its names of several words. Most
  // sentences follow one that offers neither, and are done here.
  const offered: ConceptHit[] = [];
  const names: ConceptHit[] = [];
  for (let k = 0; k < previous.hits.length; k++) {
    const h = previous.hits[k] as ConceptHit;
    if (places.has(h.concept) && !hasConcept(offered, h.concept) && !namedOutside(previous, h))
      offered.push(h);
    if (!h.inferred && isName(h, previous.tokens) && nameEnd(h, previous) - h.from > 1)
      names.push(h);
  }
  if (offered.length === 0 && names.length === 0) return undefined;
  const tokens = current.tokens;
  const carried: ConceptHit[] = [];
  if (offered.length > 0) {
    let firstPlace = tokens.length;
    for (let k = 0; k < current.hits.length; k++) {
      const h = current.hits[k] as ConceptHit;
      if (placeNames.has(h.concept) && h.from < firstPlace && !inName(h, tokens, places))
        firstPlace = h.from;
    }
    // "they remain there": the place named last before it; with no place of its own and no
    // "there", a report going on with the story the previous sentence told happens where it did
    // ("All staff have now left."), unless it names somewhere else ("near the border town of
    // Ashby"); what is to come ("how many will remain, and where") is not placed so.
    let at = -1;
    for (let k = 0; k < firstPlace; k++)
      if (
        (tokens[k]?.norm === 'there' && !EXISTENTIAL.has(tokens[k + 1]?.norm ?? '')) ||
        theTownAgain(tokens, k)
      ) {
        at = k;
        break;
      }
    if (
      at < 0 &&
      previousCarded &&
      firstPlace === tokens.length &&
      !namesElsewhere(tokens) &&
      !future(tokens) &&
      !speakersPlea(tokens)
    )
      at = tokens.length - 1;
    // "Some drove north to Ashby." after "The lorries left the pier.": every place it names is
    // where the move went (goal-place.ts), so the place it left is the one the sentence before
    // named, not as a goal itself. Read only for a sentence that names a place and no "there"
    // ("went to Ashby and stayed there" is at Ashby).
    let from = offered;
    if (
      at < 0 &&
      previousCarded &&
      firstPlace < tokens.length &&
      !future(tokens) &&
      !tokens.some((t) => t.norm === 'there')
    ) {
      const own: ConceptHit[] = [];
      for (let k = 0; k < current.hits.length; k++) {
        const h = current.hits[k] as ConceptHit;
        if (placeNames.has(h.concept) && !h.inferred && !inName(h, tokens, places)) own.push(h);
      }
      own.sort((a, b) => a.from - b.from);
      if (onlyGoals(tokens, own)) {
        from = offered.filter(
          (h) => !hasConcept(own, h.concept) && !onlyGoals(previous.tokens, [h]),
        );
        if (from.length > 0) at = tokens.length - 1;
      }
    }
    // Not tokens[-1]: V8 looks the key "-1" up as a property, the slow way (most sentences).
    const by = at >= 0 ? tokens[at] : undefined;
    if (by) for (const h of from) carried.push(inferred(h, at, by));
  }
  let cued = carried.length > 0 && tokens[(carried[0] as ConceptHit).from]?.norm === 'there';
  if (names.length > 0) {
    // "the commission" after "the Harbour Works Commission": the head noun of a name the previous
    // sentence gave (a verb's object, "end its mission", is no name to point back to).
    for (let i = 0; i + 1 < tokens.length; i++) {
      if (!inClass(tokens[i], DETERMINER)) continue;
      const head = tokens[i + 1] as Token;
      for (const h of names)
        if (
          previous.tokens[nameEnd(h, previous) - 1]?.norm === head.norm &&
          !hasConcept(current.hits, h.concept) &&
          !hasConcept(carried, h.concept)
        ) {
          carried.push(inferred(h, i, head));
          cued = true;
        }
    }
    // "It will again be the basis of their ties." after "The Harbour Accord was signed in 2008."
    // The name's own words only: a word of a longer name is no name "it" stands for.
    const it = tokens.findIndex((t) => t.norm === 'it');
    const pronoun = tokens[it];
    // "It remains unclear whether …": an "it" standing for nothing names nothing again.
    if (pronoun && !emptyIt(tokens, it))
      for (const h of names)
        if (
          h.to - h.from > 1 &&
          !hasConcept(current.hits, h.concept) &&
          !hasConcept(carried, h.concept) &&
          !saidOfAnother(tokens, it, previous.tokens, h.from) &&
          // "It" stands for a thing or a body, never for a person named so.
          !namedAsPerson(h, previous.tokens, previous.text) &&
          !itIsTheSpeaker(tokens, it) &&
          !idiomIt(tokens, it) &&
          !tellerOfNoBody(
            tokens,
            it,
            possessive(previous.tokens[nameEnd(h, previous) - 1]?.norm ?? ''),
          )
        ) {
          carried.push(inferred(h, it, pronoun));
          cued = true;
        }
  }
  return carried.length ? { words: withHits(current, carried), cued } : undefined;
}

/** Words before a place that say where something is not: "outside the harbour district". */
const NOT_THERE = new Set(['outside', 'beyond', 'except']);
/** Words that may stand between such a word and the place ("except those in the …"). */
const NOT_THERE_GAP = new Set(['the', 'in', 'at', 'for', 'of', 'those', 'ones']);
/** How many such words. */
const NOT_THERE_REACH = 3;

/**
 * Whether the place hit `h` is named as where something is not ("the crews gone from the quays
 * outside the harbour district", "every pier except those in Ashby"): the sentence after does
 * not happen there.
 */
function namedOutside(words: SentenceWords, h: ConceptHit): boolean {
  const tokens = words.tokens;
  let k = h.from - 1;
  while (k >= 0 && k >= h.from - NOT_THERE_REACH && NOT_THERE_GAP.has(tokens[k]?.norm ?? '')) k--;
  return NOT_THERE.has(tokens[k]?.norm ?? '');
}

/** Verbs of saying whose report the next sentence's "said it …" goes on with. */
const SAID = new Set(['said', 'says', 'added', 'adds', 'stated', 'argued', 'argues']);

/**
 * Whether "it" reports on, right after a verb of saying, what the sentence before reported on
 * with a noun of its own: "A spokesman said the accord capped a year of work by the Harbour
 * Works Commission. He said it kept a promise …" — "it" is the accord, the subject of the report
 * before, not the name inside it. "The board said the Harbour Works Commission would meet. It
 * said …" still names the commission (the name is the report's subject).
 */
function saidOfAnother(
  tokens: readonly Token[],
  it: number,
  previous: readonly Token[],
  name: number,
): boolean {
  if (!SAID.has(tokens[it - 1]?.norm ?? '')) return false;
  for (let k = 0; k + 2 < previous.length; k++) {
    if (!SAID.has((previous[k] as Token).norm)) continue;
    const det = previous[k + 1]?.norm === 'that' ? k + 2 : k + 1;
    if (!inClass(previous[det], DETERMINER)) continue;
    // The report's subject is the name itself (its first word in capitals): "it" may stand for it.
    let start = name;
    while (start > 0 && isUpper(previous[start - 1]?.raw.charCodeAt(0) ?? 0)) start--;
    return start !== det + 1;
  }
  return false;
}

/** Nouns of a town a sentence names again as "the city's …" ("the city's airport"). */
const TOWN_NOUNS = new Set(['city', 'town']);

/**
 * "… the staff left their quarters at the town's airport" after a sentence in Portsea: "the
 * town's" (its possessive: "the town" alone may be a town of its own, "the town of Ashby") names
 * again the place the story was in, as "there" does.
 */
function theTownAgain(tokens: readonly Token[], k: number): boolean {
  const word = tokens[k + 1]?.raw ?? '';
  return (
    tokens[k]?.norm === 'the' &&
    possessive(word) !== word &&
    TOWN_NOUNS.has(possessive(tokens[k + 1]?.norm ?? ''))
  );
}

/**
 * A sentence offering only its places, as carried ones, to the sentence after next: "… the staff
 * left Portsea. The council moved its clerks to Ashby. The harbour board also cut its staff." —
 * the board is at Portsea. A name or an "it" two sentences back is too far to point at.
 */
export function placesOnly(
  words: SentenceWords,
  places: ReadonlySet<ConceptId>,
): SentenceWords | undefined {
  let hits: ConceptHit[] | undefined;
  for (let k = 0; k < words.hits.length; k++) {
    const h = words.hits[k] as ConceptHit;
    if (!places.has(h.concept)) continue;
    hits ??= [];
    // Written out, not spread: a spread copy here got a hidden class of its own in V8, and
    // every reader of hits it reached then went the slow, megamorphic way. A dateline's hit
    // keeps its mark, in the order the spread gave its keys.
    hits.push(
      h.filed === undefined
        ? { concept: h.concept, from: h.from, to: h.to, text: h.text, inferred: true }
        : { ...h, inferred: true },
    );
  }
  // Most sentences name none: nothing to offer, and no copy made.
  return hits && { text: words.text, tokens: words.tokens, hits, otherTheatre: words.otherTheatre };
}

/**
 * Whether a sentence puts something at one of the story's places itself, after a word of place
 * ("contracts at the Old Pier", "in Portsea"): not a place carried from before, nor one named only
 * as a name's part ("the Portsea Harbour Board thanked …") or as a place left ("after they left
 * Ashby and Portsea": the story has moved on from it).
 */
export function placesSomething(words: SentenceWords, places: ReadonlySet<ConceptId>): boolean {
  const { tokens, hits } = words;
  for (let k = 0; k < hits.length; k++) {
    const h = hits[k] as ConceptHit;
    if (h.inferred || !places.has(h.concept)) continue;
    // A place opening the sentence has no word of place before it (and no tokens[-1] asked).
    if (h.from === 0) continue;
    const before = tokens[h.from - 1]?.norm === 'the' ? h.from - 2 : h.from - 1;
    if (before >= 0 && PLACING.has(tokens[before]?.norm ?? '')) return true;
  }
  return false;
}

/**
 * Whether the sentence places what it tells "here" ("When the crews were here, the quay was
 * busy"): it points at a place itself, so a place named before it does not reach past it.
 * Not an opening "Here" ("Here is why …").
 */
export function placesHere(words: SentenceWords): boolean {
  const { tokens } = words;
  for (let k = 1; k < tokens.length; k++) if ((tokens[k] as Token).norm === 'here') return true;
  return false;
}

/** Words that put what a sentence tells at a place ("at the pier", "in Portsea"). */
const PLACING = new Set(['in', 'at', 'near', 'inside', 'outside']);

/** Nouns that name a place again by its kind ("the pier", "the two depots", "the facility"). */
const PLACE_KIND_NOUNS = new Set([
  'base',
  'bases',
  'airbase',
  'airbases',
  'airfield',
  'airfields',
  'facility',
  'facilities',
  'installation',
  'installations',
  'garrison',
  'compound',
  // A part of an airfield names the field again: "the same runway", "the hangars".
  'runway',
  'runways',
  'airstrip',
  'airstrips',
  'hangar',
  'hangars',
]);

/** Words before a place that make it where something goes ("left for Portsea"). */
const DESTINATION = new Set(['for', 'to', 'toward', 'towards', 'into']);

/** Whether the place named at `at` is where something goes: "for Portsea", "to the Old Pier". */
function goesTo(tokens: readonly Token[], at: number): boolean {
  const before = tokens[at - 1]?.norm === 'the' ? at - 2 : at - 1;
  return DESTINATION.has(tokens[before]?.norm ?? '');
}

/** How many sentences back a place named again by its kind may have been named. */
export const PLACE_REACH = 4;

/** Words between a determiner and the kind of place ("the sprawling desert depot", "the two piers"). */
const PLACE_KIND_GAP = 2;

/**
 * "… the crews left the Old Pier in May. Repairs took weeks. The last boats left the pier on
 * Friday.": a definite noun naming a kind of place ("the pier", "the two depots", "the
 * sprawling depot") names again the place of the story a sentence a few before named, when it
 * names no place of its own ("the depot at Ashby"). The sentence's words with those places at
 * the noun, or undefined.
 */
export function placeNamedAgain(
  current: SentenceWords,
  /** The few sentences before, nearest last. */
  before: readonly (SentenceWords | undefined)[],
  places: ReadonlySet<ConceptId>,
): { words: SentenceWords; cued: boolean } | undefined {
  const tokens = current.tokens;
  const at = placeKindAt(current, true);
  if (at < 0) return undefined;
  // "the depot at Ashby", "left Portsea and the depot": a place the sentence names itself is the
  // one it means.
  // Not a place it goes to ("… left for Portsea"): that is where it went, not where it is.
  for (const h of current.hits)
    if (places.has(h.concept) && !h.inferred && !goesTo(tokens, h.from) && !tellersSeat(h, tokens))
      return undefined;
  const noun = tokens[at] as Token;
  for (let back = before.length - 1; back >= 0 && back >= before.length - PLACE_REACH; back--) {
    const told = before[back];
    if (!told) continue;
    // "the Portsea Harbour Master said …" names who speaks, not a place events happen at.
    // Not "…, the Old Pier, Portsea's …": past a mark the next name is another phrase.
    const placed = told.hits.filter((h) => {
      // "every depot outside Portsea": not where the depot named again is.
      if (!places.has(h.concept) || namedOutside(told, h)) return false;
      const next = told.tokens[h.to];
      return (
        !next ||
        !isUpper(next.raw.charCodeAt(0)) ||
        marksBetween(told.text, (told.tokens[h.to - 1] as Token).end, next.start, ',;:')
      );
    });
    if (placed.length === 0) continue;
    // "… shipped out of the Riverland district. … the big depots the guild ran there": a plural
    // kind names again several places; one place named before is where they stand, not them.
    // Counted ("the two depots"), they are the places named, some of which the story may not know.
    if (pluralKind(noun.norm) && !severalPlaces(placed) && !countedNoun(tokens, at))
      return undefined;
    // "… leave Ashby and the depot by May, the rest staying at Portsea.": that sentence's own
    // depot is neither place it names, so neither is this one's, and which it is is not known.
    // Not when that noun stands beside the place it names ("Ashby, the old depot, …").
    const toldKind = placeKindAt(told);
    if (toldKind >= 0 && placed.some((h) => !h.inferred) && !inApposition(told, toldKind, placed))
      return undefined;
    const carried = placesCarried(placed, current, at, noun);
    return carried.length ? { words: withHits(current, carried), cued: true } : undefined;
  }
  return undefined;
}

/** Parts of one place (an airfield's), which stand in the plural for that one place. */
const PLACE_PARTS = new Set(['runways', 'airstrips', 'hangars']);

/**
 * Whether a noun of PLACE_KIND_NOUNS is a plural of whole places ("depots", "facilities"); not
 * the parts of one ("took over the runways").
 */
function pluralKind(noun: string): boolean {
  if (!noun.endsWith('s') || PLACE_PARTS.has(noun)) return false;
  return (
    PLACE_KIND_NOUNS.has(noun.slice(0, -1)) ||
    (noun.endsWith('ies') && PLACE_KIND_NOUNS.has(`${noun.slice(0, -3)}y`))
  );
}

/** Whether a figure stands right before the noun at `at` ("the two depots", "the 3 piers"). */
function countedNoun(tokens: readonly Token[], at: number): boolean {
  const before = tokens[at - 1];
  return before !== undefined && (before.value !== undefined || before.norm in NUMBER_WORDS);
}

/** Whether the hits name two places or more (two concepts). */
function severalPlaces(placed: readonly ConceptHit[]): boolean {
  for (const h of placed) if (h.concept !== (placed[0] as ConceptHit).concept) return true;
  return false;
}

/**
 * Whether the kind of place at `kind` ("the old depot") is a named place's apposition: its
 * determiner stands right after the name and a comma ("… from Ashby, the old depot").
 */
function inApposition(words: SentenceWords, kind: number, placed: readonly ConceptHit[]) {
  const { tokens, text } = words;
  for (let d = kind - 1; d >= 0 && d >= kind - 1 - PLACE_KIND_GAP; d--) {
    if (!inClass(tokens[d], DETERMINER)) continue;
    return (
      d > 0 &&
      marksBetween(text, (tokens[d - 1] as Token).end, (tokens[d] as Token).start, ',') &&
      placed.some((h) => !h.inferred && h.to === d)
    );
  }
  return false;
}

/**
 * Words that count over a kind of place ("all of the depots", "most the piers", "each of the
 * sites"): the nouns after them are the whole class or a share of it, not one place named before.
 */
const COUNTED_OVER = new Set(['all', 'most', 'many', 'several', 'some', 'none', 'each', 'any']);

/** Whether the determiner at `d` follows a word counting over its noun ("all (of) the …"). */
function countedOver(tokens: readonly Token[], d: number): boolean {
  const before = tokens[d - 1]?.norm === 'of' ? d - 2 : d - 1;
  return COUNTED_OVER.has(tokens[before]?.norm ?? '');
}

/**
 * The token of a noun naming a kind of place after a determiner ("the depot", "the two piers",
 * "the sprawling depot"; only lower-case words of the same phrase between), or -1. With
 * `named`, only a noun that may name one place again: not one counted over (`countedOver`).
 */
function placeKindAt(words: SentenceWords, named = false): number {
  const { tokens, text } = words;
  for (let i = 0; i + 1 < tokens.length; i++) {
    if (!inClass(tokens[i], DETERMINER)) continue;
    if (named && countedOver(tokens, i)) continue;
    for (let k = i + 1; k <= i + 1 + PLACE_KIND_GAP && k < tokens.length; k++) {
      const t = tokens[k] as Token;
      if (PLACE_KIND_NOUNS.has(t.norm)) return k;
      // Only words of the same phrase in between: not a name, not across a comma.
      if (
        isUpper(t.raw.charCodeAt(0)) ||
        marksBetween(text, tokens[k - 1]?.end ?? 0, t.start, ',;:')
      )
        break;
    }
  }
  return -1;
}

/** How far into the sentence "it" may stand as its subject ("Last week it was shelled"). */
const IT_REACH = 3;

/**
 * "… From the road, the depot is easy to miss. It became the crews' home after they left Ashby.":
 * "it" as the subject (within the first few words) stands for the place the sentence before
 * named again by its kind ("the depot" → the Old Pier), or for the one its own "it" stood for.
 * The sentence's words with those places at "it", or undefined; not when it puts something at a
 * place of its own ("it moved to Portsea" names where it went: placesSomething).
 */
export function itIsThePlace(
  current: SentenceWords,
  /** The sentence before, as read with the places it took from those before it. */
  previous: SentenceWords | undefined,
  places: ReadonlySet<ConceptId>,
): { words: SentenceWords; cued: boolean } | undefined {
  if (!previous) return undefined;
  const tokens = current.tokens;
  let at = -1;
  for (let k = 0; k <= IT_REACH && k < tokens.length; k++)
    if (tokens[k]?.norm === 'it') {
      at = k;
      break;
    }
  // "It is expected that …": an "it" standing for nothing is no place.
  if (at < 0 || emptyIt(tokens, at)) return undefined;
  // Where the sentence before named its place again: at its noun of a kind of place, or at an "it".
  const kind = placeKindAt(previous);
  const told = previous.hits.filter(
    (h) =>
      h.inferred &&
      places.has(h.concept) &&
      (h.from === kind || previous.tokens[h.from]?.norm === 'it'),
  );
  if (told.length === 0 || placesSomething(current, places)) return undefined;
  const carried = placesCarried(told, current, at, tokens[at] as Token);
  return carried.length ? { words: withHits(current, carried), cued: true } : undefined;
}

/** How many sentences back the event a definite noun names again may have been told. */
const EVENT_REACH = 3;

/** Words a noun naming an event again is followed by ("the transfer was …", "the move of …"). */
const AFTER_EVENT_NOUN = new Set(
  'of was is has had will would could may came comes come took takes began begins followed follows from to in on at by and but after before had been went marks marked means meant'.split(
    ' ',
  ),
);

/**
 * "… the crews left the Old Pier in May. … The departure came weeks late.": a noun naming again
 * an event a card of the few sentences before told ("the departure", "this handover", a lone
 * lower-case word after "the" or a demonstrative, heading its phrase) took place where that
 * telling put it. The sentence's words with those places at the noun, and how many sentences
 * back the telling was (the card this reading may give is that sentence's own, or the plan that
 * event carried out: index.ts `planOfEvent`), and the noun's concept, or undefined. Not when the
 * sentence names one of the story's places itself.
 */
export function eventPlace(
  current: SentenceWords,
  /** The few sentences before, nearest last; undefined for one with no card. */
  carded: readonly (SentenceWords | undefined)[],
  places: ReadonlySet<ConceptId>,
  /** Who acts ("the council", "the crews"): named by a definite noun often, and no event. */
  actors: ReadonlySet<ConceptId>,
  /**
   * Words a card of those sentences counts as its place beside the story's places ("the harbour
   * depot"): carried when the telling named none of the story's places, and only as its own words.
   */
  placeWords?: ReadonlySet<ConceptId>,
): { words: SentenceWords; back: number; concept: ConceptId } | undefined {
  const { tokens, hits, text } = current;
  for (let k = 0; k < hits.length; k++) {
    const h = hits[k] as ConceptHit;
    if (
      places.has(h.concept) &&
      !speakersPlace(tokens, h.from, h.to) &&
      !inWithPhrase(tokens, text, h.from)
    )
      return undefined;
  }
  for (let k = 0; k < hits.length; k++) {
    const h = hits[k] as ConceptHit;
    if (h.inferred || h.to - h.from !== 1 || h.from === 0) continue;
    if (actors.has(h.concept) || !DETERMINERS.has((tokens[h.from - 1] as Token).norm)) continue;
    const noun = tokens[h.from] as Token;
    if (isUpper(noun.raw.charCodeAt(0))) continue;
    // The head of its phrase: "the remaining details" names the details, not an event.
    const next = tokens[h.to];
    if (
      next &&
      !AFTER_EVENT_NOUN.has(next.norm) &&
      !marksBetween(text, noun.end, next.start, ',;:.')
    )
      continue;
    if (judgedEvent(tokens, h.to)) continue;
    // "after the completion of the ferry service": the noun heads a longer phrase the
    // story knows as another concept, past its "of"; that phrase names the event itself.
    if (next?.norm === 'of' && headsLongerPhrase(hits, h)) continue;
    for (let back = 1; back <= EVENT_REACH && back <= carded.length; back++) {
      const told = carded[carded.length - back];
      if (!told?.hits.some((t) => t.concept === h.concept)) continue;
      let toldPlaces = told.hits.filter((t) => places.has(t.concept));
      // Not into a sentence that names a place of its own outside the story ("In Dunmore, …").
      if (
        toldPlaces.length === 0 &&
        placeWords &&
        !namesElsewhere(
          tokens,
          hits.filter((o) => places.has(o.concept)),
        )
      )
        toldPlaces = told.hits.filter((t) => !t.inferred && placeWords.has(t.concept));
      if (toldPlaces.length === 0) break;
      return {
        words: withHits(current, placesCarried(toldPlaces, current, h.from, noun)),
        back,
        concept: h.concept,
      };
    }
  }
  return undefined;
}

/**
 * Whether another concept's hit opens at `h`'s noun and runs on past the word after it ("the
 * completion of the mission" read whole): the noun heads a phrase naming its own object.
 */
function headsLongerPhrase(hits: readonly ConceptHit[], h: ConceptHit): boolean {
  for (let k = 0; k < hits.length; k++) {
    const o = hits[k] as ConceptHit;
    if (o.from === h.from && o.to > h.to + 1 && o.concept !== h.concept && !o.inferred) return true;
  }
  return false;
}

/** Forms of "be" that class an event named again: "The handover was a political win". */
const CLASSING = new Set(['was', 'is', 'were', 'are']);
/** Verbs of the response an event met: "The move drew criticism", "The closure sparked protests". */
const MET_WITH = new Set([
  'drew',
  'draws',
  'sparked',
  'sparks',
  'angered',
  'angers',
  'divided',
  'divides',
]);

/**
 * "The handover was a political win for the mayor", "The move drew criticism", "The departure came
 * at a cost": past the noun naming an event again (the words from `at`), a judgement of the event
 * (what it was, what it met, what it cost), which takes the event for granted and tells neither
 * that it took place nor where.
 */
export function judgedEvent(tokens: readonly Token[], at: number): boolean {
  let k = at;
  while (
    k < tokens.length &&
    BEFORE_HAPPENING.has((tokens[k] as Token).norm) &&
    !CLASSING.has((tokens[k] as Token).norm)
  )
    k++;
  const verb = tokens[k]?.norm ?? '';
  if (MET_WITH.has(verb)) return true;
  if (COMES.has(verb)) return judgedComing(tokens, k + 1);
  if (!CLASSING.has(verb)) return false;
  k++;
  while (k < tokens.length && (tokens[k] as Token).norm === 'also') k++;
  return ARTICLES.has(tokens[k]?.norm ?? '') && tokens[k]?.norm !== 'the';
}

/** Verbs of saying after who speaks and where they are ("officials in Ashby said …"). */
const SPEAKING = new Set(
  'said says say told tell tells stated added insisted warned predicted forecast announced reported estimated'.split(
    ' ',
  ),
);

/**
 * "… commanders in Ashby said the crews would leave …": a place at [from, to) that only tells
 * where those who speak are (a lower-case plural noun, "in", the place, a verb of saying) is
 * where the telling was, not where the event it tells of took place.
 */
export function speakersPlace(tokens: readonly Token[], from: number, to: number): boolean {
  const at = tokens[from - 1]?.norm === 'the' ? from - 2 : from - 1;
  if (tokens[at]?.norm !== 'in') return false;
  const who = tokens[at - 1];
  if (!who?.norm.endsWith('s')) return false;
  // "Officials in …" opening the sentence, not "Doris in …".
  if (at - 1 > 0 && isUpper(who.raw.charCodeAt(0))) return false;
  let k = to;
  if (tokens[k]?.norm === 'had' || tokens[k]?.norm === 'have') k++;
  return SPEAKING.has(tokens[k]?.norm ?? '');
}

/**
 * "… would end the service, with the remaining boats based in Ashby.": a place in a closing
 * phrase opened by a comma and "with" tells where something else is, not where the event was.
 */
export function inWithPhrase(tokens: readonly Token[], text: string, at: number): boolean {
  for (let k = at - 1; k > 0; k--) {
    const t = tokens[k] as Token;
    if (marksBetween(text, t.end, (tokens[k + 1] as Token).start, ',;:.')) return false;
    if (t.norm === 'with') return marksBetween(text, (tokens[k - 1] as Token).end, t.start, ',');
  }
  return false;
}

/** Words that put what follows in a place ("in the Gulf", "near Ashby", "at Portsea"). */
const PLACE_PREPOSITIONS = new Set(['in', 'at', 'near', 'from', 'to', 'into', 'outside']);
/**
 * Verbs of leaving, whose object is a place as a preposition's is: "not everyone has left the
 * west" names where the sentence is, and it is not the place named before.
 */
const LEAVING = new Set(['left', 'leave', 'leaves', 'leaving', 'quit', 'quits', 'exited']);

/** Capitalised words that name no one and nowhere: the months, the days, "I". */
export const NO_NAME: ReadonlySet<string> = new Set([
  ...MONTH_NAMES.map((m) => m.toLowerCase()),
  ...'monday tuesday wednesday thursday friday saturday sunday i'.split(' '),
]);

/** Common nouns that name a wider place ("in the region", "across the country"). */
export const PLACE_NOUNS: ReadonlySet<string> = new Set([
  'region',
  'area',
  'country',
  'province',
  'city',
  'capital',
  'world',
]);

/**
 * Points of the compass naming a part of a country ("in the north-east", "from the south"): a
 * place of its own, as a noun of place is. A hyphenated "north-east" reaches here as its two words.
 */
const COMPASS: ReadonlySet<string> = new Set([
  'north',
  'south',
  'east',
  'west',
  'northeast',
  'northwest',
  'southeast',
  'southwest',
]);

/**
 * Whether the sentence names a place of its own: a preposition of place before a capitalised
 * name ("near Ashby"), a noun of place ("in the region's", "from the country") or a point of the
 * compass after "the" ("in the north-east").
 */
export function namesElsewhere(
  tokens: readonly Token[],
  /** The story's places the sentence names: a name among them is no place elsewhere. */
  own?: readonly ConceptHit[],
): boolean {
  for (let k = 0; k + 1 < tokens.length; k++) {
    const word = (tokens[k] as Token).norm;
    if (!PLACE_PREPOSITIONS.has(word) && !LEAVING.has(word)) continue;
    const at = tokens[k + 1]?.norm === 'the' ? k + 2 : k + 1;
    if (own?.some((h) => h.from <= at && at < h.to)) continue;
    const next = tokens[at];
    // "left in February", "by Monday": a month or a day is when, not where.
    if (
      next &&
      ((isUpper(next.raw.charCodeAt(0)) && !NO_NAME.has(next.norm)) ||
        // "left the city" names again the city the story is in; "in the region's" is wider.
        (PLACE_NOUNS.has(possessive(next.norm)) && !LEAVING.has(word)) ||
        (next !== tokens[k + 1] && COMPASS.has(next.norm)))
    )
      return true;
  }
  return false;
}

/** Whether a hit is a name: its words capitalised, save short ones ("Bank of the North"). */
/**
 * Where the capitalised name `h` lies in ends: past the hit, over the capitalised words that
 * follow it with only a space between ("the Harbour Works Commission" when the story knows
 * "Harbour Works"), so "the commission" names it again.
 */
function nameEnd(h: ConceptHit, words: SentenceWords): number {
  const { tokens, text } = words;
  let end = h.to;
  while (
    end < tokens.length &&
    isUpper((tokens[end] as Token).raw.charCodeAt(0)) &&
    text.slice((tokens[end - 1] as Token).end, (tokens[end] as Token).start) === ' '
  )
    end++;
  return end;
}

function isName(h: ConceptHit, tokens: readonly Token[]): boolean {
  for (let k = h.from; k < h.to; k++) {
    const t = tokens[k] as Token;
    if (t.norm.length > 3 && !isUpper(t.raw.charCodeAt(0))) return false;
  }
  return isUpper((tokens[h.from] as Token).raw.charCodeAt(0));
}

/** "there is", "there were": the existential "there" points at no place. */
const EXISTENTIAL = new Set([
  'is',
  'are',
  'was',
  'were',
  "'s",
  'has',
  'have',
  'had',
  'will',
  'may',
]);

/** The sentence's words with hits carried to it from the sentences before, after its own. */
export function withHits(current: SentenceWords, carried: readonly ConceptHit[]): SentenceWords {
  return wordsWithHits(current, [...current.hits, ...carried]);
}

/**
 * Places a sentence before named (each once, none the current sentence names itself), carried to
 * the word at `at` that names them again.
 */
function placesCarried(
  told: readonly ConceptHit[],
  current: SentenceWords,
  at: number,
  by: Token,
): ConceptHit[] {
  const carried: ConceptHit[] = [];
  for (const h of told)
    if (
      !current.hits.some((c) => c.concept === h.concept) &&
      !carried.some((c) => c.concept === h.concept)
    )
      carried.push(inferred(h, at, by));
  return carried;
}

/** `h` carried onto the word `by` at `at`: what a carry adds to a sentence that points back. */
export function inferred(h: ConceptHit, at: number, by: Token): ConceptHit {
  // A hit carried already says what it points at: "there (→ "Portsea")", not a chain of arrows.
  const arrow = h.text.indexOf(' (→ ');
  const text = arrow < 0 ? `"${h.text}"` : h.text.slice(arrow + 4, -1);
  return {
    concept: h.concept,
    from: at,
    to: at + 1,
    text: `${by.raw} (→ ${text})`,
    inferred: true,
  };
}

/** Words that cannot be the noun "that" points at in "after that …": it stands alone there. */
const NOT_A_NOUN = new Set([
  'in',
  'on',
  'at',
  'as',
  'for',
  'to',
  'with',
  'until',
  'the',
  'a',
  'an',
  'it',
  'they',
  'he',
  'she',
  'we',
  'some',
  'most',
  'many',
]);

/**
 * "That year", "the same month", "at the time", "by then", "five years later": a time the
 * sentence names only by pointing back. The span of the words and what they keep of the date pointed at, or undefined.
 * `at`: only a time that starts at this word (a sentence opening with one), not one anywhere.
 */
export function anaphoricTime(
  tokens: readonly Token[],
  at?: number,
):
  | {
      from: number;
      to: number;
      keep: 'year' | 'month' | 'date';
      years?: number;
      /** A month of its own ("that September", pointed-month.ts), of the year pointed at. */
      month?: PointedMonth;
    }
  | undefined {
  const last = at ?? tokens.length;
  for (let i = at ?? 0; i <= last && i + 1 < tokens.length; i++) {
    const a = (tokens[i] as Token).norm;
    const b = (tokens[i + 1] as Token).norm;
    const c = tokens[i + 2]?.norm;
    // "Five years later, the group was beaten": that many years after the date told before;
    // "three years earlier", that many before it.
    // The count is looked up only before "years later": a word-keyed lookup in an object misses
    // for nearly every word, each miss a search of V8's table of strings.
    if ((b === 'years' || b === 'year') && (c === 'later' || c === 'earlier')) {
      const count = (tokens[i] as Token).value ?? NUMBER_WORDS[a];
      if (count !== undefined && count < 50)
        return { from: i, to: i + 3, keep: 'year', years: c === 'later' ? count : -count };
    }
    if (a === 'that' && (b === 'year' || b === 'month')) return { from: i, to: i + 2, keep: b };
    // "That September", "that same May", "the following January" (pointed-month.ts).
    if (a === 'that' || a === 'the') {
      const month = monthPointedBack(tokens, i + 1) ?? monthPointedBack(tokens, i + 2);
      if (month?.from === i) return { from: i, to: month.at + 1, keep: 'year', month };
    }
    if ((a === 'the' || a === 'that') && b === 'same' && (c === 'year' || c === 'month'))
      return { from: i, to: i + 3, keep: c };
    if (a === 'at' && b === 'the' && c === 'time') return { from: i, to: i + 3, keep: 'date' };
    // "That's when the first crews leave": the time the sentence before named.
    if (a === "that's" && b === 'when') return { from: i, to: i + 2, keep: 'date' };
    if (a === 'that' && b === 'is' && c === 'when') return { from: i, to: i + 3, keep: 'date' };
    if ((a === 'by' || a === 'until') && (b === 'then' || (b === 'that' && c === 'time')))
      return { from: i, to: b === 'then' ? i + 2 : i + 3, keep: 'date' };
    // "Some crews stayed on after that in a smaller role": "that" alone, not "after that vote".
    if (a === 'after' && b === 'that' && (c === undefined || NOT_A_NOUN.has(c)))
      return { from: i, to: i + 2, keep: 'date' };
  }
  return undefined;
}

/** How many sentences back a time pointed at may have been named. */
const TIME_REACH = 3;

/**
 * The date an anaphoric time of `current` points at: the last date named in the nearest of the
 * few sentences before it, stated at the anaphor's words. Undefined when there is none.
 */
export function carriedDate(
  current: SentenceWords,
  before: readonly (SentenceWords | undefined)[],
  published: YearMonth | null,
): DateMention | undefined {
  const anaphor = anaphoricTime(current.tokens) ?? sameEvent(current, before[before.length - 1]);
  if (!anaphor) return undefined;
  // The event named again is the one the previous sentence told, at its date.
  const reach = anaphor.keep === 'event' ? 1 : TIME_REACH;
  for (let k = before.length - 1; k >= 0 && k >= before.length - reach; k--) {
    const w = before[k];
    if (!w) continue;
    const dates = resolveDates(w.tokens, w.text, published);
    const last = dates.at(-1);
    if (!last) continue;
    if (anaphor.keep === 'month' && last.month === undefined) return undefined;
    const first = current.tokens[anaphor.from] as Token;
    const end = current.tokens[anaphor.to - 1] as Token;
    const deadline = first.norm === 'by' || first.norm === 'until';
    const whole = anaphor.keep === 'date' || anaphor.keep === 'event';
    const own = 'month' in anaphor ? anaphor.month : undefined;
    // "The following January" after September 2025: the first January after it.
    const after = own?.following && own.month <= (last.month ?? 12) ? 1 : 0;
    return {
      year: last.year + ('years' in anaphor ? (anaphor.years ?? 0) : 0) + after,
      ...(own && { month: own.month }),
      ...(anaphor.keep !== 'year' && last.month !== undefined && { month: last.month }),
      ...(whole && last.end && { end: true }),
      ...(whole && last.part && { part: last.part }),
      // "… begins after the vote. That's when the crews leave.": the moment a since-date opens,
      // not a span from it.
      role: deadline ? 'deadline' : whole && last.role !== 'since' ? last.role : 'point',
      relative: true,
      text: `${current.text.slice(first.start, end.end)} (→ "${last.text}")`,
      from: anaphor.from,
      to: anaphor.to,
    };
  }
  return undefined;
}

/**
 * "The ferries will stop by May 2025, the council said. The board confirms it is ending the
 * service.": a sentence with no date of its own, just after a card, told of the same plan. The
 * date that card was read with, placed at the sentence's last word (where an afterthought's time
 * would stand); undefined when the card had none. The caller keeps the reading only when it
 * gives the card just before again.
 */
export function dateOfCardBefore(
  current: SentenceWords,
  cardDate: DateMention | undefined,
): DateMention | undefined {
  const end = current.tokens.length;
  if (!cardDate || end === 0) return undefined;
  const text = cardDate.text.startsWith('(→') ? cardDate.text : `(→ "${cardDate.text}")`;
  return { ...cardDate, relative: true, text, from: end - 1, to: end };
}

/** Words pointing at one thing just told: "that committee", "this crossing". */
export const SINGULAR_DEMONSTRATIVES: ReadonlySet<string> = new Set(['that', 'this']);
const DEMONSTRATIVES = new Set([...SINGULAR_DEMONSTRATIVES, 'these', 'those']);

/**
 * "That first crossing will be followed by others." after "The first ferry crosses before 2025
 * ends.": a demonstrative before a word of something the previous sentence told (within two
 * words: "that first crossing") names the same event, so its date too.
 */
function sameEvent(
  current: SentenceWords,
  previous: SentenceWords | undefined,
): { from: number; to: number; keep: 'event' } | undefined {
  if (!previous) return undefined;
  const tokens = current.tokens;
  // Opening the sentence ("And that first crossing …"): inside it, "reports that ferries would
  // sail" is a conjunction, not a demonstrative.
  const lead = tokens[0]?.norm === 'and' || tokens[0]?.norm === 'but' ? 1 : 0;
  for (let i = lead; i <= lead && i + 1 < tokens.length; i++) {
    if (!DEMONSTRATIVES.has((tokens[i] as Token).norm)) continue;
    for (const h of current.hits)
      if (
        !h.inferred &&
        h.from > i &&
        h.from <= i + 2 &&
        previous.hits.some((p) => !p.inferred && p.concept === h.concept)
      )
        return { from: i, to: h.to, keep: 'event' };
  }
  return undefined;
}

/** Nouns a writer sums up the previous sentence's statement with ("That point was made clear"). */
const STATEMENT_NOUNS = new Set(['point', 'view', 'position', 'stance', 'message', 'assessment']);
/** Verbs that say it again, in the passive after such a noun ("was reiterated by …"). */
const RESTATING = new Set([
  'made',
  'reiterated',
  'repeated',
  'echoed',
  'confirmed',
  'stressed',
  'underlined',
  'underscored',
  'emphasized',
  'emphasised',
]);

/**
 * "That point was made clear by the spokesman.", "This view was echoed by the minister.": the
 * sentence states again what the previous one stated, now said by someone. The demonstrative and
 * its noun open the sentence, and "was"/"has been" and a verb of saying again follow.
 */
export function restatesPrevious(
  tokens: readonly Token[],
  /** The sentence before's words: "These crews include …" names again a noun of it. */
  previous: readonly Token[] = [],
  /** The sentence's text, for its clause breaks ("…; the board said as much"). */
  text = '',
): boolean {
  if (
    doesLikewise(tokens) ||
    takesTheSameStep(tokens) ||
    makesTheSamePoint(tokens, text) ||
    namesMembers(tokens, previous) ||
    amongThem(tokens) ||
    namesTheEventAgain(tokens) ||
    saysWhatInstead(tokens)
  )
    return true;
  // The words by position, as a function of the tokens (not a closure over them: one made every
  // call allocate a context, before the tests above).
  const norm = normAt;
  if (!DEMONSTRATIVES.has(norm(tokens, 0)) || !STATEMENT_NOUNS.has(norm(tokens, 1))) return false;
  let k = 2;
  if (norm(tokens, k) === 'was' || norm(tokens, k) === 'is') k++;
  else if (
    (norm(tokens, k) === 'has' || norm(tokens, k) === 'had') &&
    norm(tokens, k + 1) === 'been'
  )
    k += 2;
  else return false;
  return RESTATING.has(norm(tokens, k));
}

/** The folded word at position k, or "" past either end. */
function normAt(tokens: readonly Token[], k: number): string {
  return tokens[k]?.norm ?? '';
}

/** Words that do again what the sentence before told ("have done so", "followed suit"). */
const LIKEWISE: readonly (readonly string[])[] = [
  ['done', 'so'],
  ['did', 'so'],
  ['followed', 'suit'],
  ['did', 'the', 'same'],
  ['done', 'the', 'same'],
];
/** The first words of LIKEWISE. */
const LIKEWISE_STARTS = wordClass(LIKEWISE.map((words) => words[0] as string));

/**
 * "Two more crews have since done so.", "The harbour board followed suit.": the sentence tells
 * that others did what the sentence before told; not when it says they did not.
 */
function doesLikewise(tokens: readonly Token[]): boolean {
  for (let i = 0; i < tokens.length; i++) {
    // Most words start none of them: one look-up, not a pass over the phrases per word.
    if (!inClass(tokens[i], LIKEWISE_STARTS)) continue;
    for (const words of LIKEWISE)
      if (words.every((w, k) => tokens[i + k]?.norm === w)) {
        return !undoneBefore(tokens, i);
      }
  }
  return false;
}

/** Verbs that put a point forward ("made the same argument", "voiced a similar warning"). */
const PUTTING = new Set([
  'made',
  'makes',
  'echoed',
  'echoes',
  'voiced',
  'raised',
  'repeated',
  'drawn',
  'drew',
  'draws',
]);
/** Words after "said the same" that leave it the whole point ("said the same thing", "… on Friday"). */
const SAID_THE_SAME = new Set(['', 'thing', 'in', 'on', 'at', 'about', 'last', 'this', 'earlier']);
/** Verbs of saying that "as much" after them makes the point before ("have said as much"). */
const SAYING_AS_MUCH = new Set(['said', 'say', 'says', 'argued', 'suggested']);
/** Nouns of a point put forward, which "the same" or "a similar" before them takes from before. */
const POINT_NOUNS = new Set([
  'argument',
  'arguments',
  'case',
  'point',
  'points',
  'warning',
  'warnings',
  'claim',
  'claims',
  'complaint',
  'criticism',
  'demand',
  'appeal',
  'plea',
  // "has drawn the same link": the tie the sentence before made between two things.
  'link',
  'connection',
]);

/**
 * "Two former harbour masters made the same argument in writing.", "The union voiced a similar
 * warning.", "The mayor said much the same.": others put forward again the point the sentence
 * before told; not when they did not ("never made that case"), nor "that argument was made".
 */
function makesTheSamePoint(tokens: readonly Token[], text: string): boolean {
  const norm = (k: number) => tokens[k]?.norm ?? '';
  // Found by "same"/"similar" (two comparisons a word), then read backwards to its verb.
  for (let k = 2; k < tokens.length; k++) {
    const word = (tokens[k] as Token).norm;
    // "Two former harbour masters have said as much to the council." (not "said as much as
    // half the crews would go", a figure of its own). After a clause of the sentence's own and a
    // semicolon or colon ("Some want the pier shut; the board said as much in May"), "as much"
    // is that clause's point, not the sentence before's.
    if (
      word === 'as' &&
      norm(k + 1) === 'much' &&
      norm(k + 2) !== 'as' &&
      SAYING_AS_MUCH.has(norm(k - 1))
    )
      return (
        !undoneBefore(tokens, k - 1) &&
        !marksBetween(text, (tokens[0] as Token).end, (tokens[k - 1] as Token).start, ';:')
      );
    if (word === 'same' ? norm(k - 1) !== 'the' : word !== 'similar' || norm(k - 1) !== 'a')
      continue;
    let i = k - 2;
    if (norm(i) === 'much') i--;
    const said = norm(i) === 'said';
    if (!said && !PUTTING.has(norm(i))) continue;
    if (!(said ? SAID_THE_SAME : POINT_NOUNS).has(norm(k + 1))) continue;
    return !undoneBefore(tokens, i);
  }
  return false;
}

/**
 * Nouns that name again, as the subject, an event the sentence before told ("This move …"):
 * general words with no action of their own. "The crossing", "the closure" are a story's own
 * words, read with their own concept (eventPlace).
 */
const EVENT_NOUNS = new Set(['move', 'transfer', 'step', 'steps']);
const NEGATIONS = new Set(NEGATION_CUES);
/** Words after such a noun that give it an object of its own ("the transfer of the depot"). */
const OWN_OBJECT = new Set(['of', 'from', 'to', 'into', 'for', 'at', 'on', 'with', 'by', 'and']);

/**
 * "This move, which ended on Friday, is part of …", "The transfer included staff and boats",
 * "These steps mark the first phase …": a demonstrative or "the" and a noun of an event open the
 * sentence as its subject, naming again the event the card just before told (not "the transfer
 * of the depot", which names its own).
 */
function namesTheEventAgain(tokens: readonly Token[]): boolean {
  return eventNamedAgainAt(tokens) >= 0;
}

/**
 * Where the noun of namesTheEventAgain stands ("The move is part of …": 1), or -1 when the
 * sentence does not open so. Read there with what the card before told, the sentence may state a
 * claim of its own about that event ("The move is part of a deal the two sides struck last
 * year."), which is then its card rather than the card before told again.
 */
export function eventNamedAgainAt(tokens: readonly Token[]): number {
  const [det, noun, next] = [tokens[0]?.norm, tokens[1]?.norm, tokens[2]?.norm];
  if (!det || !noun || !DETERMINERS.has(det) || !EVENT_NOUNS.has(noun)) return -1;
  if (next !== undefined && OWN_OBJECT.has(next)) return -1;
  // "The move comes as the region edges toward war" only times it by another event.
  if (comesAsClause(tokens, 2)) return -1;
  // "The closure will not be complete by May" says something else of it.
  return tokens.some((t) => NEGATIONS.has(t.norm) || t.norm.endsWith("n't")) ? -1 : 1;
}

/** Words opening the other half of a "not this, but that" the sentence before began. */
const INSTEAD = new Set(['rather', 'instead']);

/**
 * "The closure will not end the service. Rather, it will be a new timetable.": "Rather,"/"Instead,"
 * and a pronoun subject tell what the sentence before said the event is instead, so they state
 * its claim again.
 */
function saysWhatInstead(tokens: readonly Token[]): boolean {
  const [first, second] = [tokens[0]?.norm ?? '', tokens[1]?.norm ?? ''];
  return INSTEAD.has(first) && ['it', 'this', 'that', 'they'].includes(second);
}

/** How many sentences back the card "He was followed by …" takes up may be. */
export const FOLLOWED_REACH = 3;
/** Words that may stand between "was" and "followed" ("was soon followed by"). */
const FOLLOWED_ADVERBS = new Set(['soon', 'quickly', 'later', 'then', 'also', 'swiftly']);

/**
 * "He was soon followed by the Ashby and Portsea crews.": a pronoun subject was followed by
 * others in what the story told last; the card a few sentences before (the sentences between
 * telling who led, with no card of their own) is made again by those named now.
 */
export function followedBy(tokens: readonly Token[]): boolean {
  const norm = (k: number) => tokens[k]?.norm ?? '';
  if (!['he', 'she', 'they', 'it', 'this'].includes(norm(0))) return false;
  if (norm(1) !== 'was' && norm(1) !== 'were') return false;
  const k = FOLLOWED_ADVERBS.has(norm(2)) ? 3 : 2;
  return norm(k) === 'followed' && norm(k + 1) === 'by';
}

/** Verbs that list who a plural noun of the sentence before was ("These crews include …"). */
const LISTING = new Set(['include', 'included', 'includes', 'were', 'are']);

/**
 * "These crews include the Portsea and Ashby teams.": a demonstrative and a plural noun the
 * sentence before used, then a verb listing them, say who the sentence before was about.
 */
function namesMembers(tokens: readonly Token[], previous: readonly Token[]): boolean {
  const [these, noun, verb] = [tokens[0]?.norm, tokens[1]?.norm, tokens[2]?.norm];
  if ((these !== 'these' && these !== 'those') || !noun || !verb || !LISTING.has(verb))
    return false;
  return previous.some((t) => t.norm === noun);
}

/**
 * Whether a hit of a country or a neighbour (not one of the story's own places) only qualifies a
 * name that goes on after it ("the Riverland Army", "a Riverland Defence Ministry source"):
 * that names who acts, not where.
 */
/** Verbs of telling right after the teller's seat: "The ministry in Riverton said …". */
const TELLS = new Set(['said', 'says', 'told', 'announced', 'stated', 'reported', 'confirmed']);

/**
 * "The harbour board in Riverton said its crews had left the pier": a place after "in" that
 * closes the teller's name, right before a verb of telling, is where the teller sits, not where
 * what it tells happened; the sentence still takes its place from the one before.
 */
function tellersSeat(h: ConceptHit, tokens: readonly Token[]): boolean {
  return tokens[h.from - 1]?.norm === 'in' && TELLS.has(tokens[h.to]?.norm ?? '') && h.from > 2;
}

function inName(h: ConceptHit, tokens: readonly Token[], places: ReadonlySet<ConceptId>): boolean {
  const next = tokens[h.to];
  return !places.has(h.concept) && next !== undefined && isUpper(next.raw.charCodeAt(0));
}

/** Words that open a subject adding to those the sentence before told ("Additional crews …"). */
const ADDITIONAL = new Set(['additional', 'further', 'more', 'other']);

/**
 * "Ten crews were moved to Ashby. Additional staff at the depot were also evacuated.": a subject
 * opened by "additional"/"further"/"more"/"other" that "also" does the action the card just
 * before was keyed on (a concept of its claim's first group that is no actor) adds to that
 * report, and makes its claim again.
 */
export function moreOfTheSame(
  current: SentenceWords,
  key: readonly ConceptId[],
  actors: ReadonlySet<ConceptId>,
): boolean {
  const tokens = current.tokens;
  if (!ADDITIONAL.has(tokens[0]?.norm ?? '')) return false;
  if (!tokens.some((t) => t.norm === 'also')) return false;
  return current.hits.some((h) => !h.inferred && !actors.has(h.concept) && key.includes(h.concept));
}

/**
 * General nouns a writer names an event or a decision of the story again with ("the move",
 * "this process", "the postponement", "the step"), beside the story's own (its referringNouns:
 * "the closure"). Words of any story: what was done, decided or put off.
 */
const EVENT_AGAIN_NOUNS = new Set([
  'move',
  'moves',
  'phase',
  'step',
  'steps',
  'shift',
  'change',
  'reduction',
  'departure',
  'departures',
  'exit',
  'transfer',
  'transition',
  'decision',
  'arrangement',
  'process',
  'postponement',
  'delay',
  'strike',
  'strikes',
  'improvement',
  'reason',
  'issue',
]);
/** Words that name what was told before ("the move", "this process", "its postponement"). */
const POINTING = new Set(['the', 'this', 'that', 'these', 'those', 'its', 'their']);
/** POINTING as a word class: eventNamedAgain tests every token of most sentences. */
const POINTING_WORD = wordClass(POINTING);
/** A pronoun subject that may stand for an event or a body as well as for people. */
const SUBJECT_PRONOUNS = new Set(['it', 'they', "it's", "they're", "it'll", "they'll"]);
/**
 * Verbs after a demonstrative standing alone as the subject, not a determiner: "That is supposed
 * to be done by May.", "This was finished in June." ("That plan …" is a pointing word before its
 * noun, read below.)
 */
const DEMONSTRATIVE_VERBS = new Set('is was will would should must could may has had'.split(' '));
/** The demonstrative subject with its verb in one word ("That's due in May."). */
const DEMONSTRATIVE_CONTRACTED = new Set(["that's", "this'll", "that'll"]);
/** Articles: "that a ferry" is no noun named again. */
const ARTICLES = new Set(['a', 'an', 'the']);
/** Words opening a concession ("while the closure is real, …"). */
const CONCEDING = new Set(['while', 'although', 'though', 'whereas']);
/** How many sentences back the card an event named again takes up may be. */
export const ECHO_REACH = 3;

/**
 * "the Riverton crossing", "the move, which …": a capital or a mark before the word at k ends the
 * noun phrase a pointing word opened (eventNamedAgain and actorNamedAgain look two words ahead).
 */
function endsPhrase(tokens: readonly Token[], text: string, k: number): boolean {
  const t = tokens[k] as Token;
  return (
    isUpper(t.raw.charCodeAt(0)) || marksBetween(text, tokens[k - 1]?.end ?? 0, t.start, ',;:"“”')
  );
}

/**
 * "The transfer was completed this morning.", "the union called the step incomplete", "the
 * completion of this process": a pointing word and a noun of an event (one lower-case word may
 * stand between: "the latest move"), naming no object of its own ("the transfer of the depot" names
 * its own). The noun's token, or -1.
 */
export function eventNamedAgain(
  tokens: readonly Token[],
  text: string,
  storyNouns: ReadonlySet<string>,
): number {
  // "It also opened a new phase.": a pronoun subject may stand for what the card told, too.
  const lead = OPENING_CONJUNCTIONS.has(tokens[0]?.norm ?? '') ? 1 : 0;
  // Not one standing for nothing: "It is unclear whether …"; nor one only timed by what else
  // happened ("It comes as the talks resume").
  if (SUBJECT_PRONOUNS.has(tokens[lead]?.norm ?? ''))
    return emptyIt(tokens, lead) || comesAsClause(tokens, lead + 1) ? -1 : lead;
  if (demonstrativeSubject(tokens, lead)) return comesAsClause(tokens, lead + 1) ? -1 : lead;
  for (let i = 0; i + 1 < tokens.length; i++) {
    if (!inClass(tokens[i], POINTING_WORD)) continue;
    // "said that strikes …": past the sentence's first word "that" joins a clause.
    if (i > 0 && (tokens[i] as Token).norm === 'that') continue;
    // "while the closure is real, …": a concession grants it, and tells nothing of it. Not asked
    // of tokens[-1] at a sentence's first word ("The …", most of them): a slow lookup in V8.
    if (i > 0 && CONCEDING.has((tokens[i - 1] as Token).norm)) continue;
    for (let k = i + 1; k <= i + 2 && k < tokens.length; k++) {
      if (endsPhrase(tokens, text, k)) break;
      const t = tokens[k] as Token;
      if (!EVENT_AGAIN_NOUNS.has(t.norm) && !storyNouns.has(t.norm)) {
        // "the council's closure", "the reported steps": a noun told anew, whose or as whose
        // report, not one pointed back at.
        if (possessive(t.norm) !== t.norm || t.norm.endsWith('ed') || ARTICLES.has(t.norm)) break;
        continue;
      }
      if (tokens[k + 1]?.norm === 'of') break;
      return comesAsClause(tokens, k + 1) ? -1 : k;
    }
  }
  return -1;
}

/** Whether the word at `at` is "that" or "this" standing alone as the subject of its verb. */
function demonstrativeSubject(tokens: readonly Token[], at: number): boolean {
  const word = tokens[at]?.norm ?? '';
  if (DEMONSTRATIVE_CONTRACTED.has(word)) return true;
  return SINGULAR_DEMONSTRATIVES.has(word) && DEMONSTRATIVE_VERBS.has(tokens[at + 1]?.norm ?? '');
}

/** Verbs of "The move comes as …": the known event timed by another. */
const COMES = new Set(['comes', 'came', 'come', 'coming']);
/** "comes as a surprise", "came as a precaution", "could come as soon as May": no clause after "as". */
const NOT_A_CLAUSE = new Set(['a', 'an', 'soon', 'early', 'late', 'part', 'no', 'little']);

/**
 * "The move comes as the region edges toward war", "It came amid fresh strikes": a known event
 * named again only to time it by another, which the rest of the sentence tells. It tells nothing
 * new of the event, so the card before is not made again on it. "The move came as a surprise"
 * (no clause after "as") still says something of it.
 */
function comesAsClause(tokens: readonly Token[], at: number): boolean {
  if (!COMES.has(tokens[at]?.norm ?? '')) return false;
  const joint = tokens[at + 1]?.norm;
  if (joint === 'amid') return true;
  return joint === 'as' && !NOT_A_CLAUSE.has(tokens[at + 2]?.norm ?? '');
}

/**
 * The sentence with every concept the carded sentence before told (as it was read, with what it
 * carried), at the noun that names its event again: read so, it may make that card again.
 */
export function withEventTold(
  current: SentenceWords,
  told: SentenceWords,
  at: number,
): SentenceWords {
  const by = current.tokens[at];
  if (!by) return current;
  const carried: ConceptHit[] = [];
  for (const h of told.hits)
    if (
      !current.hits.some((c) => c.concept === h.concept) &&
      !carried.some((c) => c.concept === h.concept)
    )
      carried.push(inferred(h, at, by));
  return carried.length ? withHits(current, carried) : current;
}

/** Auxiliaries and adverbs that may stand between a subject and the verb telling it happened. */
const BEFORE_HAPPENING = new Set([
  'was',
  'were',
  'is',
  'are',
  'has',
  'had',
  'have',
  'been',
  'be',
  'will',
  'would',
  'now',
  'also',
  'finally',
  'formally',
  'officially',
]);
/**
 * Verbs telling that an event took place, what it followed or came after, or who ordered it:
 * said of an event named again, they tell that event again ("The closure was completed on
 * Friday", "The postponement follows the storms"), where "the closure mattered less" does not.
 */
const HAPPENING = new Set([
  'follows',
  'followed',
  'follow',
  'comes',
  'came',
  'come',
  'took',
  'takes',
  'completed',
  'complete',
  'completes',
  'carried',
  'ordered',
  'began',
  'begins',
  'started',
  'starts',
  'ended',
  'ends',
  'finished',
  'happened',
  'occurred',
]);

/**
 * "The transfer was completed this morning.", "The postponement follows the storms.": the noun
 * at `at` naming an event again is the subject of a verb telling that it happened, or the object
 * of one consenting to it ("Riverton agreed to the arrangement"; a noun, not a pronoun: "It came
 * up again" may stand for anything). The claim of the card whose event it
 * names is then stated again, though the sentence names no other part of it in its own words.
 */
export function toldHappening(tokens: readonly Token[], at: number): boolean {
  if (SUBJECT_PRONOUNS.has(tokens[at]?.norm ?? '') || demonstrativeSubject(tokens, at))
    return false;
  // "Riverton agreed to the arrangement", "the council approved the new timetable": consent to it
  // (the pointing word just before the noun, or one word before that).
  const pointing = POINTING.has(tokens[at - 1]?.norm ?? '') ? at - 1 : at - 2;
  const verb = tokens[pointing - 1]?.norm === 'to' ? pointing - 2 : pointing - 1;
  if (POINTING.has(tokens[pointing]?.norm ?? '') && CONSENTING.has(tokens[verb]?.norm ?? ''))
    return true;
  let k = at + 1;
  while (k < tokens.length && BEFORE_HAPPENING.has((tokens[k] as Token).norm)) k++;
  const happening = tokens[k]?.norm ?? '';
  if (happening === 'took' || happening === 'takes') return tokens[k + 1]?.norm === 'place';
  if (happening === 'carried') return tokens[k + 1]?.norm === 'out';
  if (COMES.has(happening) && judgedComing(tokens, k + 1)) return false;
  return HAPPENING.has(happening);
}

/** What an event "came at" when the words judge it: "came at a cost", "came at a high price". */
const COSTS = new Set(['cost', 'costs', 'price', 'expense']);

/**
 * "The departure came at a cost", "The handover came under fire": "come" judging the event (what
 * it cost, the criticism it met), not telling that it took place or when ("came weeks late",
 * "came at dawn").
 */
function judgedComing(tokens: readonly Token[], at: number): boolean {
  const joint = tokens[at]?.norm;
  if (joint === 'under') return true;
  if (joint !== 'at') return false;
  for (let k = at + 1; k <= at + 3 && k < tokens.length; k++)
    if (COSTS.has((tokens[k] as Token).norm)) return true;
  return false;
}

/** Nouns that name a plan's slipping ("the delay", "this postponement"), not the plan. */
const SLIPPING = new Set(['delay', 'delays', 'postponement', 'postponements', 'slippage']);

/**
 * "The ferries were to leave the pier by May; they sailed in July. Officials blamed the delay on
 * the weather.": a noun of slipping names that the plan told before did not hold to its date, so
 * it does not name the plan's card again (an event's card, "the vote was put off", it does).
 */
export function namesSlipping(tokens: readonly Token[], at: number): boolean {
  return SLIPPING.has(tokens[at]?.norm ?? '');
}

/**
 * Verbs whose object is an event that took place: consenting to it ("agreed to the arrangement")
 * or saying what brought it about ("credited the improvement to …", "blamed the delay on …").
 */
const CONSENTING = new Set([
  'agreed',
  'approved',
  'endorsed',
  'accepted',
  'confirmed',
  'credited',
  'attributed',
  'blamed',
]);

/** How many concepts of its own a sentence must name of the card it names the event of again. */
const OWN_CONCEPTS = 2;

/**
 * Whether the sentence tells, in words of its own, part of the claim whose event it names again:
 * two of its concepts (one no actor), or one and a date of its own the claim is read with, meet
 * the claim's groups ("the decision to keep them was
 * taken because of the storms": kept, storms), not only the noun pointing back ("officials framed
 * the decision as a success" tells nothing of it). A concept only qualifying a name ("the
 * council's Harbour Board") is who is named, not what is told.
 */
export function toldInOwnWords(
  require: readonly (readonly ConceptId[])[],
  current: SentenceWords,
  at: number,
  actors: ReadonlySet<ConceptId>,
  /** The claim was read with a date the sentence gives itself ("They began on 15 August."). */
  ownDate = false,
  /** Token spans [from, to) of the sentence's own dates. */
  dates: readonly { from: number; to: number }[] = [],
): boolean {
  // "It was in March, not in May.": a date is all it says of the event, and that is its telling.
  if (ownDate && (onlyItsDate(current.tokens, at, dates) || onlyWhenDue(current.tokens, at, dates)))
    return true;
  let groups = ownDate ? 1 : 0;
  let acts = ownDate;
  const used: ConceptId[] = [];
  for (const group of require) {
    const h = current.hits.find(
      (h) =>
        !h.inferred &&
        !used.includes(h.concept) &&
        h.from !== at &&
        group.includes(h.concept) &&
        !isUpper(current.tokens[h.to]?.raw.charCodeAt(0) ?? 0),
    );
    if (!h) continue;
    used.push(h.concept);
    groups++;
    if (!actors.has(h.concept)) acts = true;
  }
  return acts && groups >= OWN_CONCEPTS;
}

/** Words a sentence that only dates the event told before may have besides its dates. */
const DATING = new Set(['was', 'is', 'were', 'in', 'on', 'not', 'but', 'and', 'only', 'actually']);

/**
 * "It was January, not December.": past the pronoun at `at` (its first word), every word is a
 * date of its own or a word of DATING.
 */
export function onlyItsDate(
  tokens: readonly Token[],
  at: number,
  dates: readonly { from: number; to: number }[],
): boolean {
  return onlyDatesAnd(DATING, tokens, at, dates);
}

/** Past the pronoun at `at` (the sentence's first word), every word is a date or one of `words`. */
function onlyDatesAnd(
  words: ReadonlySet<string>,
  tokens: readonly Token[],
  at: number,
  dates: readonly { from: number; to: number }[],
): boolean {
  if (at !== 0 || dates.length === 0) return false;
  for (let k = at + 1; k < tokens.length; k++)
    if (!words.has((tokens[k] as Token).norm) && !dates.some((d) => d.from <= k && k < d.to))
      return false;
  return true;
}

/**
 * Words a sentence that only tells when the event told before is due or done may have besides its
 * dates: "It is supposed to be done by May.", "It should be finished no later than June.", "It
 * was meant to be over by the end of 2026." Auxiliaries, a schedule's participles and the
 * prepositions of a deadline; no noun and no verb of an event of its own, so the date is all it
 * adds to what the sentence before told.
 */
const DUE = new Set(
  'is was are were will would should must could may be been being has have had to not still now also due set supposed meant scheduled slated expected planned done finished complete completed over by in on for until before no later than'.split(
    ' ',
  ),
);

/**
 * "It is supposed to be done by September.": past the pronoun at `at` (its first word), every
 * word is a date of its own or a word of DUE, and one of them is a date: what the sentence before
 * told, due (or done) at this date.
 */
export function onlyWhenDue(
  tokens: readonly Token[],
  at: number,
  dates: readonly { from: number; to: number }[],
): boolean {
  return onlyDatesAnd(DUE, tokens, at, dates);
}

/** How many sentences back an actor named again by a general noun may have been named. */
export const ACTOR_REACH = 3;

/**
 * "The union called a strike at the pier. … The group said it would hold out.": a pointing word
 * and a noun the story lists for actors (its actorNouns: "the group", "these militants"; one
 * lower-case word may stand between, "the armed group") name again the actor of that noun's list
 * the nearest sentence before named (the last one there, when it named several). The sentence's
 * words with that actor at the noun, or undefined. Not when the sentence names the actor itself.
 */
export function actorNamedAgain(
  current: SentenceWords,
  /** The few sentences before within the paragraph, nearest last. */
  before: readonly (SentenceWords | undefined)[],
  /** Noun → the actors it may name. */
  nouns: ReadonlyMap<string, readonly ConceptId[]>,
): SentenceWords | undefined {
  if (nouns.size === 0) return undefined;
  const { tokens, text } = current;
  let carried: ConceptHit[] | undefined;
  for (let i = 0; i + 1 < tokens.length; i++) {
    if (!inClass(tokens[i], DETERMINER)) continue;
    for (let k = i + 1; k <= i + 2 && k < tokens.length; k++) {
      if (endsPhrase(tokens, text, k)) break;
      const t = tokens[k] as Token;
      const actors = nouns.get(t.norm);
      if (!actors) continue;
      if (current.hits.some((h) => !h.inferred && actors.includes(h.concept))) break;
      const named = lastNamed(before, actors);
      if (named && !carried?.some((c) => c.concept === named.concept)) {
        carried ??= [];
        carried.push(inferred(named, k, t));
      }
      break;
    }
  }
  return carried && withHits(current, carried);
}

/** The last hit of one of `concepts` in the nearest of the sentences (nearest last) naming one. */
function lastNamed(
  before: readonly (SentenceWords | undefined)[],
  concepts: readonly ConceptId[],
): ConceptHit | undefined {
  for (let back = before.length - 1; back >= 0 && back >= before.length - ACTOR_REACH; back--) {
    const told = before[back];
    if (!told) continue;
    let last: ConceptHit | undefined;
    for (const h of told.hits)
      if (concepts.includes(h.concept) && (!last || h.from >= last.from)) last = h;
    if (last) return last;
  }
  return undefined;
}
