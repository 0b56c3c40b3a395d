/**
 * What the engine reads off one sentence, in two steps. First its words: tokens, concepts
 * (phrasings and names) and mentions of other places; this runs on every sentence of an article
 * that passed the topic precheck. Then, only for sentences that some claim could be about,
 * the rest: dates resolved against the publication date, figures and negations.
 */

import { opensWithAnswer } from './answer-word';
import { askedAfterColon } from './asked-after-colon';
import { askedAfterComma } from './asked-after-comma';
import { askedInTag } from './asked-in-tag';
import { withoutQualifiedPlanNouns } from './bare-plan-noun';
import { withoutBodyOrigins } from './body-origin';
import { openingClauseEnd } from './clauses';
import { type ComparedCounts, comparedCounts, fromToCounts } from './compared-counts';
import type { CompiledStory } from './compile-story';
import { withoutContrastedDates } from './contrasted-date';
import { countsByYear } from './counts-by-year';
import { opensWithDefinedTerm } from './defined-term';
import { eitherWaySpans } from './either-way';
import { ellipticalNot } from './ellipsis-not';
import { type ConceptFinder, type ConceptHit, createConceptFinder } from './find-concepts';
import { createEntityFinder, type EntityFinder } from './find-entities';
import { type Frame, findFrames, isFramed, toldAlone } from './find-frames';
import { findNegations, isNegated, type Negation, negatedWithin } from './find-negations';
import type { GroupReading } from './group-parts';
import { formatEdges, formatTitle, labelTitle } from './label-headline';
import { namesItsSource } from './lead-in-label';
import { leaveGives } from './leave-gives';
import { willIsNoun } from './noun-will';
import { othersSpeak } from './others-speak';
import { withoutOverTime } from './over-time';
import { promisedFor } from './promised-for';
import { remainLinks } from './remain-links';
import { willRecall } from './remembered-that';
import { type DateMention, future, resolveDates, type YearMonth } from './resolve-dates';
import { withoutSpokenAt } from './spoken-at';
import { withoutPlacedActors } from './subject-after-place';
import { lastOfTime } from './time-of-last';
import { isUpper, type Token, tokenize } from './tokenize';
import type { ConceptId } from './types';
import { withoutArrangementUnder } from './under-arrangement';

export type NumberMention = { value: number; text: string };

export type SentenceWords = {
  text: string;
  tokens: Token[];
  hits: ConceptHit[];
  /** The first word naming another place or conflict (from the story's topic), if any. */
  otherTheatre?: string;
};

/**
 * The sentence's words with other hits: written out, not spread from `words`, so that every
 * SentenceWords has the one hidden class readWords gives it. Spread copies made about ten in V8,
 * and the readers of words that met them all went the slow, megamorphic way.
 */
export function wordsWithHits(words: SentenceWords, hits: ConceptHit[]): SentenceWords {
  return { text: words.text, tokens: words.tokens, hits, otherTheatre: words.otherTheatre };
}

export type SentenceFacts = SentenceWords & {
  dates: DateMention[];
  /**
   * Dates set aside after ", not" against an earlier one ("in May, not June"): they date nothing
   * the sentence asserts, but a sentence of dates alone ("It was May, not June.") is still one.
   */
  setAside: readonly DateMention[];
  /** The sentence tells what is to come ("will leave", "expected to leave"). */
  future: boolean;
  /** Figures that are not part of a date ("2,500", "900"). */
  numbers: NumberMention[];
  negations: Negation[];
  /** Whether a negation governs the token at this position. */
  negatedAt(at: number): boolean;
  /** Whether a negation standing in the hit's gap negates it ("the job isn't finished"). */
  negatedWithin(hit: ConceptHit): boolean;
  /** Frames ("under the agreement, …"): what they name is presupposed, not asserted. */
  frames: Frame[];
  /** Whether the token at this position lies in a frame. */
  framedAt(at: number): boolean;
  /** Positions in `hits` of this concept's hits, in order (empty if none). */
  hitsOf(concept: ConceptId): readonly number[];
  /** The page's publication month: a headline with no date reports the news of that month. */
  published: YearMonth | null;
  /** The story's places (its anchors that are not actors): a frame may take one for granted. */
  places: ReadonlySet<ConceptId>;
  /** The story's words for another group of an actor, and its actors (group-parts.ts). */
  groups?: GroupReading;
};

export type WordReader = {
  findConcepts: ConceptFinder;
  findEntities: EntityFinder;
  otherTheatres: Set<string>;
  /**
   * By a word's first character (code unit, 0–127; 128 for any other) and length, whether an
   * other place of that initial and length exists: most of a page's words are not looked up.
   */
  otherShapes?: Uint32Array;
  /** Concepts whose phrasings open on who acts (the story's subjectLed; subject-after-place.ts). */
  subjectLed?: ReadonlySet<ConceptId>;
  /** Concepts naming a plan by its noun alone (the story's barePlanNouns; bare-plan-noun.ts). */
  barePlanNouns?: ReadonlySet<ConceptId>;
  /** The story's own actors and other bodies (its topic; body-origin.ts). */
  ownActors?: ReadonlySet<ConceptId>;
  otherBodies?: ReadonlySet<ConceptId>;
  /** Who and where the story names (its actors and anchors): not the place of speaking (spoken-at.ts). */
  actors?: ReadonlySet<ConceptId>;
};

/** Words longer than this are looked up whatever their length (the last bit of a shape). */
const SHAPE_LENGTHS = 31;

/** Adds each count that tells a fall or a rise as a hit of its concept, over its words. */
function pushCounts(
  hits: ConceptHit[],
  counts: readonly ComparedCounts[],
  tokens: readonly Token[],
  text: string,
): void {
  for (const c of counts)
    hits.push({
      concept: c.concept,
      from: c.from,
      to: c.to,
      text: text.slice((tokens[c.from] as Token).start, (tokens[c.to - 1] as Token).end),
    });
}

function shapesOf(words: readonly string[]): Uint32Array {
  const shapes = new Uint32Array(129);
  for (const word of words) {
    const slot = shapeSlot(word);
    shapes[slot] = (shapes[slot] ?? 0) | lengthBit(word.length);
  }
  return shapes;
}

const shapeSlot = (word: string): number => Math.min(word.charCodeAt(0), 128);
const lengthBit = (length: number): number => 1 << Math.min(length, SHAPE_LENGTHS);

/** The story's word reader: its phrase trie, its names and the other places it knows. */
export function createWordReader(story: CompiledStory): WordReader {
  return {
    findConcepts: createConceptFinder(story.phrases),
    findEntities: createEntityFinder(story.entities),
    otherTheatres: new Set(story.topic.otherTheatres),
    otherShapes: shapesOf(story.topic.otherTheatres),
    subjectLed: new Set(story.subjectLed ?? []),
    barePlanNouns: new Set(story.barePlanNouns ?? []),
    ownActors: new Set(story.topic.ownActors ?? []),
    otherBodies: new Set(story.topic.otherBodies ?? []),
    actors: new Set([...story.actors, ...story.topic.anchors]),
  };
}

export function readWords(text: string, reader: WordReader): SentenceWords {
  const tokens = tokenize(text);
  const found = reader.findConcepts(tokens, text);
  // "The envoy in Riverton welcomed …": Riverton is where, not who welcomed.
  const led = reader.subjectLed ? withoutPlacedActors(found, tokens, reader.subjectLed) : found;
  // "A timetable for the rail link": the plan's complement says it is another plan.
  const placed = reader.barePlanNouns
    ? withoutQualifiedPlanNouns(led, tokens, reader.barePlanNouns)
    : led;
  // "Lakeland ferry companies": the own actor's word says where the other body is from.
  const origins =
    reader.ownActors && reader.otherBodies
      ? withoutBodyOrigins(placed, reader.ownActors, reader.otherBodies)
      : placed;
  // "Under the plan, 2,000 stay": the terms told by, not a ceiling on the figure. "Giving way
  // over time": how gradually, not that a thing is over.
  const hits = withoutOverTime(withoutArrangementUnder(origins, tokens), tokens);
  const names = reader.findEntities(tokens, text);
  // Indexed loops here and in the engine's other per-word and per-hit loops: a page's first
  // pass runs them before V8 optimises them, where for…of calls the array's iterator per item.
  for (let i = 0; i < names.length; i++) hits.push(names[i] as ConceptHit);
  // "four in May, compared with 42 (or against 42) in April": the figures tell a fall
  // (compared-counts.ts).
  if (
    text.includes('ompared') ||
    text.includes('gainst') ||
    text.includes('vs') ||
    text.includes('ersus')
  )
    pushCounts(hits, comparedCounts(tokens, text), tokens, text);
  // "went from 42 in 2024 to four": a count moved from one figure to another (compared-counts.ts).
  if (text.includes('rom ') && text.includes(' to '))
    pushCounts(hits, fromToCounts(tokens, text), tokens, text);
  // "42 in 2024, four in 2025": a count for each year, in order (counts-by-year.ts).
  if (text.includes(' in 19') || text.includes(' in 20'))
    pushCounts(hits, countsByYear(tokens, text), tokens, text);
  // "A statement made in Riverton said …": where it was said, not who says it.
  const spoken = reader.actors ? withoutSpokenAt(hits, tokens, reader.actors) : hits;
  let other: Token | undefined;
  const shapes = reader.otherShapes;
  for (let i = 0; i < tokens.length; i++) {
    const whole = (tokens[i] as Token).norm;
    // "Niger's junta": the name before a possessive's "'s" is the place named.
    const norm = possessed(whole);
    if (
      (shapes === undefined ||
        ((shapes[shapeSlot(norm)] as number) & lengthBit(norm.length)) !== 0) &&
      reader.otherTheatres.has(norm)
    ) {
      other = tokens[i];
      break;
    }
  }
  // Every property written, set or not: one shape of object for every sentence.
  return { text, tokens, hits: spoken, otherTheatre: other?.raw };
}

const NO_HITS: readonly number[] = [];
/** No dates set aside (most sentences): one shared empty list. */
const NO_DATES: readonly DateMention[] = [];
/** No concepts: the default of readFacts' sets of concepts (its places, its spelled negations). */
const NO_CONCEPTS: ReadonlySet<ConceptId> = new Set();

export function readFacts(
  words: SentenceWords,
  published: YearMonth | null,
  inferences: readonly { negated: ConceptId; implies: ConceptId }[],
  places: ReadonlySet<ConceptId> = NO_CONCEPTS,
  /**
   * The same sentence's facts as read before with other concepts (what it carries): what its
   * words alone decide (dates, figures, negations, frames, tense) is taken from them, not read
   * again. Used only when it read these very tokens.
   */
  read?: SentenceFacts,
  /** The concepts whose phrasings spell a negation inside (CompiledStory.negationSpelled). */
  spelled: ReadonlySet<ConceptId> = NO_CONCEPTS,
  /** The story's words for another group of an actor, and its actors (group-parts.ts). */
  groups?: GroupReading,
): SentenceFacts {
  const { text, tokens } = words;
  const same =
    read?.tokens === tokens && read.text === text && read.published === published
      ? read
      : undefined;
  // "RIVERTON: The council voted …", "PORTSEA, North Shore - The operator …": the dateline
  // says where the story was filed, not who acts in it.
  const filed = datelineEnd(tokens, text);
  // Shared with `words` until something is added or dropped: most sentences change nothing.
  // "Council: budget approved.": a ticker's one-word label names who reports, not where.
  const source = namesItsSource(tokens, text, filed);
  let hits =
    filed > 0
      ? words.hits.filter((h) => h.from >= filed || (source && !places.has(h.concept)))
      : words.hits;
  // "When the ferry service ends, the pier closes": an opening "When …," is a clause of time, so
  // a phrase reading its "when" as a question ("decide when the service ends") is not there.
  if (tokens[0]?.norm === 'when' && hits.some((h) => h.from === 0)) {
    const end = openingClauseEnd(tokens, text);
    if (end > 0) hits = hits.filter((h) => h.from !== 0 || h.to > end);
  }
  // "Deal or no deal, the ferries sail": the deal is set aside, not told (either-way.ts).
  const eitherWay = hits.length > 0 ? eitherWaySpans(tokens, text) : [];
  if (eitherWay.length > 0)
    hits = hits.filter((h) => !eitherWay.some(([from, to]) => h.from >= from && h.to <= to));
  // "Timeline: The Ferry's Road Out Of Riverton" names a topic and reports nothing.
  // So does "The Ferry's Exit From Riverton: What We Know".
  if (
    hits.length > 0 &&
    !endsOnMark(text, '.!?…') &&
    (labelTitle(tokens, text) || formatTitle(tokens, text) || formatEdges(tokens))
  )
    hits = [];
  // Phrases read from one word that does not mean what they read it as, dropped in one pass
  // over the hits (each test reads only the tokens, so one pass drops what three did):
  // "the will of the town": a phrase read from the noun "will" puts nothing ahead; nor does
  // "Members will recall that …", a bid to remember (remembered-that.ts).
  // "leaves both towns room to argue": a phrase read from "leave" giving something is no departure.
  // "Others point out that …": other people giving a view, not the rest of a group.
  // "The handover had been promised for May": a date it was due, not an aim (promised-for.ts).
  for (let k = 0; k < hits.length; k++) {
    const h = hits[k] as ConceptHit;
    if (h.to === h.from + 1 && misread(tokens, h.from, text)) {
      hits = hits.filter((g) => g.to !== g.from + 1 || !misread(tokens, g.from, text));
      break;
    }
  }
  // "on the last day of September": "the last" before a noun of time is a time (time-of-last.ts).
  for (let k = 0; k < hits.length; k++)
    if (lastOfTime(tokens, (hits[k] as ConceptHit).to)) {
      hits = hits.filter((g) => !lastOfTime(tokens, g.to));
      break;
    }
  // A copy: a caller may add a date it carries to the list.
  const found = same ? same.dates.slice() : resolveDates(tokens, text, published, filed);
  const numbers = same ? same.numbers : figuresOf(tokens, found);
  // "RIVERTON, Aug 18 (Wire) - It is a year since …": the dateline's day is when the story was
  // filed, the page's own date, not the date the sentence tells of when its first clause tells
  // an earlier one of its own. Otherwise it dates what the sentence reports ("…, Jan 18 - The
  // crews have gone, closing a chapter begun a decade ago") or when a plan was told ("…, Dec 18
  // - The crews will leave next month"). A line opening on its date ("June 2014 — …") is a
  // timeline's entry, not a dateline.
  const datelined =
    filed > 0 && !same && published && found.some((d) => d.from > 0 && d.to <= filed)
      ? withoutDateline(found, tokens, text, filed, published)
      : found;
  // "… in May 2025, not May 2024.": the date set aside dates nothing (contrasted-date.ts).
  const dates = same ? datelined : withoutContrastedDates(datelined, tokens, text);
  const setAside = same
    ? same.setAside
    : dates === datelined
      ? NO_DATES
      : datelined.filter((d) => !dates.includes(d));
  const negations = same ? same.negations : findNegations(tokens, text);
  const negatedAt = same ? same.negatedAt : (at: number) => isNegated(at, negations);
  const within = (hit: ConceptHit) =>
    negations.length > 0 && negatedWithin(hit, negations, tokens, spelled);
  const frames = same ? same.frames : withAskedFrame(findFrames(tokens, text), tokens, text);
  const framedAt = same ? same.framedAt : (at: number) => isFramed(at, frames);
  // The story's inferences: "did not include the departure of the staff" says they stay.
  if (negations.length > 0)
    for (const { negated, implies } of inferences)
      for (const hit of words.hits)
        if (hit.concept === negated && negatedAt(hit.from)) {
          if (hits === words.hits) hits = [...hits];
          hits.push(
            // Written out, not spread, as in carry-context.ts placesOnly: one hidden class for all.
            hit.filed === undefined
              ? {
                  concept: implies,
                  from: hit.from,
                  to: hit.to,
                  text: `not … ${hit.text}`,
                  inferred: true,
                }
              : { ...hit, concept: implies, text: `not … ${hit.text}`, inferred: true },
          );
        }
  // "The ferry is gone; its crews are not.": the elided predicate is negated in the second
  // clause, so what its negation implies (the crews stay) is read at the "not".
  const elided =
    negations.length > 0 && inferences.length > 0 ? ellipticalNot(tokens, text) : undefined;
  if (elided)
    for (const { negated, implies } of inferences)
      for (const hit of words.hits)
        if (hit.concept === negated && hit.to - 1 <= elided.before && !negatedAt(hit.from)) {
          if (hits === words.hits) hits = [...hits];
          const not = tokens[elided.at] as Token;
          hits.push({
            concept: implies,
            from: elided.at,
            to: elided.at + 1,
            text: `${not.raw} … ${hit.text}`,
            inferred: true,
          });
          break;
        }
  // Claims ask for concepts by name, many claims per sentence on a big knowledge base. Built at
  // the first ask: a sentence no candidate is read on (a claim needing a date it does not
  // state, one published later) never builds it.
  let byConcept: Map<ConceptId, number[]> | undefined;
  const hitsOf = (concept: ConceptId) => {
    byConcept ??= positionsByConcept(hits);
    return byConcept.get(concept) ?? NO_HITS;
  };
  // Written out rather than spread from `words`: one object shape for every sentence, and no
  // generic copy on a path run for most sentences of a page.
  const facts: SentenceFacts = {
    text,
    tokens,
    hits,
    dates,
    setAside,
    future: same ? same.future : future(tokens) || headlineInfinitive(tokens, text),
    numbers,
    negations,
    negatedAt,
    negatedWithin: within,
    frames,
    framedAt,
    hitsOf,
    published,
    places,
    groups,
    otherTheatre: words.otherTheatre,
  };
  return facts;
}

/** Whether the one word at `at` is misread by a phrase: the noun "will", a "leave" that gives, "others" who speak. */
function misread(tokens: readonly Token[], at: number, text: string): boolean {
  return (
    willIsNoun(tokens, at) ||
    willRecall(tokens, at) ||
    leaveGives(tokens, at, text) ||
    othersSpeak(tokens, at) ||
    promisedFor(tokens, at) ||
    remainLinks(tokens, at)
  );
}

/**
 * The dates after the dateline (which ends at token `filed`) when one of them, earlier than the
 * page's month, stands in the body's first clause, before its first comma or semicolon; else
 * all of them.
 */
function withoutDateline(
  dates: DateMention[],
  tokens: readonly Token[],
  text: string,
  filed: number,
  published: YearMonth,
): DateMention[] {
  const start = (tokens[filed] as Token).start;
  let stop = text.length;
  for (let c = start; c < text.length; c++) {
    const ch = text.charCodeAt(c);
    if (ch === 44 || ch === 59) {
      stop = c;
      break;
    }
  }
  const page = published.year * 12 + published.month;
  const own = dates.some(
    (d) =>
      d.from >= filed &&
      (tokens[d.from] as Token).start < stop &&
      d.year * 12 + (d.month ?? 12) < page,
  );
  return own ? dates.filter((d) => d.from >= filed) : dates;
}

/** The figures among the tokens that are not part of a date. */
function figuresOf(tokens: readonly Token[], dates: readonly DateMention[]): NumberMention[] {
  const numbers: NumberMention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.value !== undefined && !inDate(i, dates)) numbers.push({ value: t.value, text: t.raw });
  }
  return numbers;
}

/** Each concept's positions in `hits`, in order. */
function positionsByConcept(hits: readonly ConceptHit[]): Map<ConceptId, number[]> {
  const byConcept = new Map<ConceptId, number[]>();
  for (let i = 0; i < hits.length; i++) {
    const concept = (hits[i] as ConceptHit).concept;
    const list = byConcept.get(concept);
    if (list) list.push(i);
    else byConcept.set(concept, [i]);
  }
  return byConcept;
}

/** Whether the token at `at` is part of one of the dates. */
function inDate(at: number, dates: readonly DateMention[]): boolean {
  for (const d of dates) if (at >= d.from && at < d.to) return true;
  return false;
}

/** Quotes and brackets that may close a sentence after its final punctuation. */
const CLOSERS = `"'”’)]`;

/**
 * "Officials warned of the cost, after the crews began leaving the pier": the sentence read
 * with what its event frames tell as asserted, for when its main clause asserts no claim of
 * its own. The same facts when it has no such frame.
 */
export function withoutEventFrames(facts: SentenceFacts): SentenceFacts {
  if (!facts.frames.some(toldAlone)) return facts;
  const frames = facts.frames.filter((f) => !toldAlone(f));
  return { ...facts, frames, framedAt: (at: number) => isFramed(at, frames) };
}

/**
 * Whether the text ends on one of `marks`, closing quotes and brackets allowed after it: body
 * text ends so, a headline does not. Read from the end; a regular expression anchored at the
 * end would be tried from every position of the sentence.
 */
export function endsOnMark(text: string, marks: string): boolean {
  const trimmed = text.trimEnd();
  let i = trimmed.length - 1;
  while (i >= 0 && CLOSERS.includes(trimmed[i] as string)) i--;
  return i >= 0 && marks.includes(trimmed[i] as string);
}

/**
 * Whether the words before a colon name who speaks in a headline ("Council: Ferry Service To End
 * In May") rather than where the story was filed ("Riverton: Councillors voted …", "RIVERTON: …"):
 * not all in capitals, and the words after the colon in Title Case.
 */
function speakerBefore(tokens: readonly Token[], last: number): boolean {
  let capitals = true;
  for (let k = 0; k <= last && capitals; k++) {
    const raw = (tokens[k] as Token).raw;
    if (raw.length < 2 || raw !== raw.toUpperCase()) capitals = false;
  }
  if (capitals) return false;
  // Past the first word after the colon (capitalised in any case), the next three words longer
  // than four letters ("of", "to", "from", "with" are lower case in many headlines): at least two
  // capitalised, and at most one not ("van der Berg").
  let capitalised = 0;
  let lower = 0;
  for (let k = last + 2; k < tokens.length && capitalised + lower < 3; k++) {
    const t = tokens[k] as Token;
    if (t.raw.length <= 4 || t.value !== undefined) continue;
    const first = t.raw.charCodeAt(0);
    if (isUpper(first)) capitalised++;
    else lower++;
  }
  return capitalised >= 2 && lower <= 1;
}

/**
 * "OLD PIER, Portsea — The last crews left on Friday.": a dateline names where the story was
 * filed, and a body naming no place of the story's own happens there. The sentence's words with
 * the dateline's places, carried to its last word as "there" would be, or undefined (no
 * dateline, or one naming none of `places`, or a body naming one of its own: "RIVERTON — … left
 * the Old Pier" happened at the pier, not in the capital).
 */
export function datelinePlaces(
  words: SentenceWords,
  places: ReadonlySet<ConceptId>,
): SentenceWords | undefined {
  // Most sentences name no place: they offer nothing, whatever opens them.
  let anyPlace = false;
  for (let k = 0; k < words.hits.length && !anyPlace; k++)
    anyPlace = places.has((words.hits[k] as ConceptHit).concept);
  if (!anyPlace) return undefined;
  const filed = datelineEnd(words.tokens, words.text);
  if (filed === 0) return undefined;
  const at: ConceptHit[] = [];
  for (let k = 0; k < words.hits.length; k++) {
    const h = words.hits[k] as ConceptHit;
    if (!places.has(h.concept)) continue;
    if (h.from >= filed) return undefined;
    if (!at.some((c) => c.concept === h.concept)) at.push(h);
  }
  if (at.length === 0) return undefined;
  const last = words.tokens.length - 1;
  const carried = at.map(
    (h): ConceptHit => ({
      concept: h.concept,
      from: last,
      to: last + 1,
      text: `${h.text} (the dateline)`,
      inferred: true,
      filed: true,
    }),
  );
  return wordsWithHits(words, [...words.hits, ...carried]);
}

/** Longest dateline, in tokens ("WASHINGTON/RIVERTON, Sept 27 (Wire Service)"). */
const DATELINE_TOKENS = 10;
/**
 * Most words in a dateline not written in capitals ("PORTSEA, North Shore", "RIVERTON, Sept 27"):
 * more ("Harbour Master Anne Marie Cole — who …") is a name set off by a dash, not a dateline.
 */
const DATELINE_MIXED_WORDS = 3;

/**
 * The number of tokens of a dateline opening the sentence, or 0: a few capitalised words closed
 * by a colon or a dash ("RIVERTON: …", "PORTSEA, North Shore - …"), in a wire's form too, with
 * the day and the agency ("RIVERTON/PORTSEA, Sept 27 (Wire) — …", "OLD-PIER BASE, Riverland — …").
 * A headline has none: "Council: A Pause, Not A Closure" names who speaks, so only a sentence
 * that ends as body text does.
 */
export function datelineEnd(tokens: readonly Token[], text: string): number {
  if (tokens === datelineOf.tokens && text === datelineOf.text) return datelineOf.end;
  const end = readDatelineEnd(tokens, text);
  datelineOf.tokens = tokens;
  datelineOf.text = text;
  datelineOf.end = end;
  return end;
}

/** A word without its possessive "'s" ("niger's" -> "niger"); the word itself otherwise. */
function possessed(norm: string): string {
  const n = norm.length;
  return n > 3 && norm.charCodeAt(n - 1) === 115 && norm.charCodeAt(n - 2) === 39
    ? norm.slice(0, -2)
    : norm;
}

/**
 * The last sentence's dateline, kept: datelinePlaces() and readFacts() ask it of the same
 * tokens, and readFacts() again for each reading of the sentence with what it carries.
 */
const datelineOf: { tokens: readonly Token[] | undefined; text: string; end: number } = {
  tokens: undefined,
  text: '',
  end: 0,
};

function readDatelineEnd(tokens: readonly Token[], text: string): number {
  // "Yes — the crews left in May.": an answer to the question before, not a place.
  if (opensWithAnswer(tokens, text)) return 0;
  // "Harbour Transit Board (HTB): the body that …": a glossary's term, not a place and an agency.
  if (opensWithDefinedTerm(tokens, text)) return 0;
  /** Inside the agency's brackets, where any word goes ("(wire)"). */
  let agency = false;
  let mixed = 0;
  for (let k = 0; k < tokens.length - 1 && k < DATELINE_TOKENS; k++) {
    const t = tokens[k] as Token;
    if (!agency && t.value === undefined) {
      if (!isUpper(t.raw.charCodeAt(0))) return 0;
      if (!inCapitals(t.raw) && ++mixed > DATELINE_MIXED_WORDS) return 0;
    } else if (!agency && k === 0) return 0;
    // Between this word and the next: spaces, a comma, a slash, an abbreviation's dot, a hyphen
    // inside a name and the agency's brackets go on; a colon or a spaced dash ends it.
    const next = (tokens[k + 1] as Token).start;
    for (let i = t.end; i < next; i++) {
      const c = text.charCodeAt(i);
      if (c === 58)
        return !agency && endsOnMark(text, '.!?…') && !speakerBefore(tokens, k) ? k + 1 : 0;
      const spaced = c === 45 && (i > t.end || text.charCodeAt(i + 1) === 32);
      if (spaced || c === 0x2013 || c === 0x2014) return endsOnMark(text, '.!?…') ? k + 1 : 0;
      if (c === 40) agency = true;
      else if (c === 41) agency = false;
      else if (c !== 32 && c !== 44 && c !== 47 && c !== 46 && c !== 45) return 0;
    }
  }
  return 0;
}

/**
 * Whether a word is written in capitals: `raw === raw.toUpperCase()`, read from its characters
 * (a copy upper-cased per capitalised word opening each sentence, before). Past ASCII, asked of
 * toUpperCase() itself.
 */
function inCapitals(raw: string): boolean {
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if (c >= 97 && c <= 122) return false;
    if (c >= 128) return raw === raw.toUpperCase();
  }
  return true;
}

/** How many words a headline's subject may take before its "to" ("Riverton ferry crews to …"). */
const HEADLINE_SUBJECT = 4;
/** Words after "to" that make it a preposition, not an infinitive ("to the pier"). */
const NOT_A_VERB = new Set([
  'the',
  'a',
  'an',
  'its',
  'their',
  'his',
  'her',
  'this',
  'that',
  'these',
  'those',
  'our',
  'be',
]);

/**
 * "Ferry operator to close the pier soon": a headline in sentence case drops the "is" of "is to
 * close" as a Title Case one does. A line with no closing mark whose first few words, none a
 * verb in the past or the present participle, are followed by "to" and a lower-case word.
 */
function headlineInfinitive(tokens: readonly Token[], text: string): boolean {
  if (endsOnMark(text, '.!?…')) return false;
  for (let k = 1; k <= HEADLINE_SUBJECT && k + 1 < tokens.length; k++) {
    const before = (tokens[k - 1] as Token).norm;
    if (before.endsWith('ed') || before.endsWith('ing')) return false;
    if ((tokens[k] as Token).norm !== 'to') continue;
    const verb = tokens[k + 1] as Token;
    return (
      !isUpper(verb.raw.charCodeAt(0)) && !NOT_A_VERB.has(verb.norm) && /^[a-z]+$/.test(verb.norm)
    );
  }
  return false;
}

/**
 * The frames, with the question after a statement's colon or its closing tag ("…, is that
 * right?") when there is one (asked-after-colon.ts, asked-in-tag.ts).
 */
function withAskedFrame(frames: Frame[], tokens: Token[], text: string): Frame[] {
  const asked =
    askedAfterColon(tokens, text) ?? askedInTag(tokens, text) ?? askedAfterComma(tokens, text);
  if (asked) frames.push(asked);
  return frames;
}
