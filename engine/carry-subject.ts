/**
 * "The committee oversees the repairs. It was formed in 2023." The second sentence's subject
 * is a pronoun: it carries the actors the sentence before it named (the story's vocabulary says
 * which concepts are actors), so the background fact is read as said of the committee. "The
 * plan" or "this deal" as a subject points back the same way.
 */

import { anaphoricTime, withHits } from './carry-context';
import { themObjectAt } from './carry-them';
import { isSpace } from './char-class';
import { OPENING_CONJUNCTIONS } from './clauses';
import { emptyIt } from './empty-it';
import type { ConceptHit } from './find-concepts';
import { inSubject, partitiveSubject, wholeOfPart } from './partitive-subject';
import { namedAsPerson } from './person-named';
import { monthOf } from './resolve-dates';
import { datelineEnd, type SentenceWords, wordsWithHits } from './sentence-facts';
import { clockStamp, speakerLabel, speakerOf } from './speaker-turn';
import { NUMBER_WORD_CLASS } from './spelled-numbers';
import { isUpper, type Token } from './tokenize';
import type { ConceptId } from './types';
import { inClass, wordClass } from './word-class';
import { gapBefore, gapHas, marksBetween } from './word-gaps';

/** Subjects that point back; "That compares with …" sums up what the sentence before said of them. */
const PRONOUNS = new Set(['it', 'they', 'he', 'she', 'that']);
/** PRONOUNS as a word class, for the reads of every sentence's last words. */
const PRONOUN = wordClass(PRONOUNS);
/** Words opening a clause put before the main one, its own subject next ("While they …"). */
const SUBORDINATORS = new Set(['while', 'although', 'though', 'whereas', 'as', 'when', 'once']);
/** "Its presence …", "Their role …": a possessive opening the sentence points back as a pronoun does. */
const POSSESSIVES = new Set(['its', 'their', 'his', 'her']);
/**
 * "The plan foresees …", "This deal …": a subject that points back at what the sentence before
 * told, as a pronoun does. General nouns of plans and decisions, in any story.
 */
const DETERMINERS = new Set(['the', 'this', 'that', 'such']);
const REFERRING_NOUNS = new Set([
  'plan',
  'deal',
  'agreement',
  'accord',
  'timetable',
  'timeline',
  'schedule',
  'roadmap',
  'move',
  'decision',
  'arrangement',
  'proposal',
  'announcement',
  'step',
  'mission',
  'phase',
  'departure',
  'postponement',
  'delay',
  // What the sentence before reported someone said or did: "The statement spoke of …".
  'statement',
  'remarks',
  'report',
  'meeting',
  'gathering',
  'talks',
  'shift',
  'change',
  'reduction',
  'transfer',
  'exit',
]);
const NO_NOUNS: ReadonlySet<string> = new Set();
/** How far into a sentence a dateline may reach, in tokens (sentence-facts.ts reads at most ten). */
const DATELINE_REACH = 10;
/**
 * "Most of them have moved north", "Some are staying": a part of those the sentence before
 * named, as a subject, points back as a pronoun does.
 */
const QUANTIFIERS = new Set(['most', 'some', 'many', 'all', 'several', 'half', 'few']);
/** Words after a lone quantifier that make it the subject ("Most are …", "Some have …"). */
const AUXILIARIES = new Set(['are', 'were', 'have', 'had', 'will', 'would', 'remain', 'stay']);
/** "Today it has …", "Now they say …": a time of the page before the pronoun leaves it the subject. */
const NOW = new Set(['today', 'now', 'currently']);
/** Words that open a time of the sentence's own ("Last year they …", "This spring it …"). */
const TIME_DEICTICS = new Set(['last', 'this', 'next']);
/** Spans of time after those words ("may" and "march" left out: "This may happen …"). */
const TIME_SPANS = new Set(
  'year month week spring summer autumn fall winter weekend january february april june july august september october november december'.split(
    ' ',
  ),
);

/** Pronouns of those who act, after an opening time ("Last year they …"). */
const ACTING = new Set(['they', 'he', 'she']);
/** "it was", "it is": what is done to it, which may be a place ("Last week it was shelled"). */
const BEING = new Set(['was', 'is', 'were', 'are', 'been', 'be']);

/**
 * "Last year they …", "This spring he …": the two words of an opening time at `at`, or 0. Only
 * before a pronoun of those who act: "Last week it was shelled" may point at a place
 * (carry-context.ts itIsThePlace), not at the actors before. "This month it went further":
 * an "it" that acts (its verb no form of "be") is the body the sentence before named.
 */
function openingTime(tokens: SentenceWords['tokens'], at: number): number {
  const pronoun = tokens[at + 2]?.norm ?? '';
  return TIME_DEICTICS.has(tokens[at]?.norm ?? '') &&
    TIME_SPANS.has(tokens[at + 1]?.norm ?? '') &&
    (ACTING.has(pronoun) || (pronoun === 'it' && !BEING.has(tokens[at + 3]?.norm ?? '')))
    ? 2
    : 0;
}

/** Prepositions that open a time of the sentence's own ("In May they …", "From 2021 he …"). */
const TIME_PREPOSITIONS = new Set([
  'in',
  'from',
  'since',
  'by',
  'until',
  'after',
  'before',
  'during',
]);
/** How many words of a date may follow the preposition ("From early December 2021 they"). */
const DATE_WORDS = 3;
/** Words a date may hold beside months and numbers ("in late May", "by mid-2024"). */
const DATE_EDGES = new Set(['early', 'late', 'mid', 'the', 'of', 'end', 'start']);

/**
 * "In May they …", "From December 2021 he …": the words of an opening preposition and the
 * date it names, at `at`, or 0; only before a pronoun of those who act, as openingTime().
 * Asked only when the sentence opens on such a preposition.
 */
function datedOpening(tokens: SentenceWords['tokens'], at: number): number {
  if (!TIME_PREPOSITIONS.has(tokens[at]?.norm ?? '')) return 0;
  let dated = false;
  for (let i = at + 1; i <= at + DATE_WORDS + 1; i++) {
    const t = tokens[i];
    if (!t) return 0;
    if (dated && ACTING.has(t.norm)) return i - at;
    if (monthOf(t) !== undefined || (t.value !== undefined && /^\d{4}$/.test(t.raw))) dated = true;
    // "mid-2024" is two words to the tokenizer: "mid" is an edge like "early".
    else if (!DATE_EDGES.has(t.norm) && !(t.value !== undefined && t.value <= 31)) return 0;
  }
  return 0;
}

function isReferringNoun(word: string, storyNouns: ReadonlySet<string>): boolean {
  return REFERRING_NOUNS.has(word) || storyNouns.has(word);
}

/**
 * "The harbour board signed a lease with a ferry operator. The mayor spoke of mooring rates
 * with the crews. The deal still needs the council's approval.": "the deal" points back at a
 * deal told before, not at whatever the sentence just before told. The concepts the story reads
 * the noun at `noun` as (a deal, a plan), none when it reads it as nothing ("the step").
 */
function nounConcepts(current: SentenceWords, noun: number): ConceptId[] {
  const kinds: ConceptId[] = [];
  for (const h of current.hits)
    if (!h.inferred && h.from <= noun && noun < h.to) kinds.push(h.concept);
  return kinds;
}

/** Whether the sentence names any of these concepts in its own words. */
function namesAnyOf(words: SentenceWords, kinds: readonly ConceptId[]): boolean {
  return words.hits.some((h) => !h.inferred && kinds.includes(h.concept));
}

export function carrySubject(
  current: SentenceWords,
  justBefore: SentenceWords | undefined,
  actors: ReadonlySet<ConceptId>,
  /**
   * The previous sentence ends a paragraph: a pronoun subject and a quote going on still reach
   * back to it ("It was set up in 2014." opening the next paragraph); "the plan" does not.
   */
  newParagraph = false,
  /** The story's own nouns that point back (Vocabulary's referringNouns), beside REFERRING_NOUNS. */
  storyNouns: ReadonlySet<string> = NO_NOUNS,
  /**
   * The nearest sentence before the one just before that names one of these concepts in its own
   * words, if any: what "the deal" points back at when the sentence before tells of no deal.
   */
  told?: (kinds: readonly ConceptId[]) => SentenceWords | undefined,
): SentenceWords {
  // "A: They moved north.": an interview's answer mark stands before the subject. Read once:
  // asked again below of the same words.
  const label = speakerLabel(current);
  // "10:40 — They …": a live page's clock time stands before the subject too.
  let lead = label || clockStamp(current);
  // "But he says …", "And they …": a conjunction before the pronoun leaves it the subject.
  if (OPENING_CONJUNCTIONS.has(current.tokens[lead]?.norm ?? '')) lead++;
  // "While they talk of leaving, they …", "Although it …": the pronoun opening a clause put
  // before the main one points back as the main clause's would.
  if (
    SUBORDINATORS.has(current.tokens[lead]?.norm ?? '') &&
    PRONOUNS.has(current.tokens[lead + 1]?.norm ?? '') &&
    current.tokens[lead + 1]?.norm !== 'that'
  )
    lead++;
  // "According to the harbour board, the plan …": whom it is told by stands before the subject.
  lead = pastAttribution(current, lead);
  // "That year it …", "By then they …": a time pointing back may open the sentence too.
  const time = anaphoricTime(current.tokens, lead);
  if (time) lead = time.to;
  else if (NOW.has(current.tokens[lead]?.norm ?? '')) lead++;
  else lead += openingTime(current.tokens, lead) || datedOpening(current.tokens, lead);
  const first = current.tokens[lead];
  // "They'll", "It's": the tokenizer keeps the contraction in the word.
  const pronoun = first && wordBefore(first.norm, "'");
  // "It seems …", "It is expected that …": an "it" standing for nothing points back at no one.
  // "Some headed north": a bare part, whose whole is the subject of the sentence before only.
  const part = partitiveSubject(current.tokens, lead);
  const ofThem = partOfThem(current, lead);
  const byPronoun =
    (pronoun !== undefined &&
      (PRONOUNS.has(pronoun) || POSSESSIVES.has(pronoun)) &&
      !emptyIt(current.tokens, lead)) ||
    ofThem ||
    part;
  const byNoun =
    !byPronoun &&
    !newParagraph &&
    first !== undefined &&
    DETERMINERS.has(first.norm) &&
    isReferringNoun(current.tokens[lead + 1]?.norm ?? '', storyNouns);
  let refers = byPronoun || byNoun;
  let previous = justBefore;
  // "The deal …" after a sentence that tells of no deal: the deal told earlier on the page.
  if (byNoun && previous && told) {
    const kinds = nounConcepts(current, lead + 1);
    if (kinds.length > 0 && !namesAnyOf(previous, kinds)) previous = told(kinds) ?? previous;
  }
  // "The inspector said …" after "An inspector from Portsea …": the one introduced just before.
  if (!refers && previous) refers = introducedAgain(current, lead, previous);
  // "Harlow said the crews had left." after a sentence naming Harlow: the same person, named
  // again as the subject (across a paragraph break too: a speaker often opens one). The last
  // word of the name, or -1.
  let name = -1;
  if (!refers && previous) {
    name = namedAgain(current, lead, previous);
    refers = name >= 0;
  }
  let at = lead;
  // '"There is no need for it.' after '"…," he said.': a quote going on, by the same speaker.
  if (
    !refers &&
    previous &&
    opensQuote(current.text) &&
    !quoteClosesWithSpeaker(current) &&
    // Across a paragraph break, only when the paragraph before ended on a quote.
    (!newParagraph || /["”]/.test(previous.text))
  ) {
    refers = true;
  }
  if (!refers && previous) {
    // '"… a fleet of many ferries," he added.': the quote's speaker is the pronoun after it.
    at = quoteSpeakerAt(current, previous, newParagraph);
    refers = at >= 0;
  }
  // "Where are the crews now? Mostly at the north pier.": a short answer leaves to the question
  // all it asked about, not only who.
  // "Q: Critics say the crews simply moved to Portsea. A: Some did, …": to an interviewer's
  // point too, put without a question mark; an interview's answer ("A: …") takes the point
  // whatever its first word, as an answer is about what it was asked.
  const opener = current.tokens[label];
  const mark = interviewMark(current);
  // "Q: The crews left in May. Does that worry you? A: Everyone may think what they like.":
  // asked how they take it, the one answering gives a view of their own and tells nothing of it.
  if (previous && label > 0 && asksYourView(previous.tokens)) return current;
  if (
    previous &&
    (asks(previous) || interviewMark(previous) === 'Q') &&
    mark !== 'Q' &&
    (mark === 'A' || ANSWER_OPENERS.has(opener?.norm ?? ''))
  )
    // "Will all the crews leave? Not necessarily: …": an answer opening with "No" or "Not"
    // denies or hedges what was asked, so it takes who was asked about, not what they would do;
    // "Not yet: …" denies only that it is done now, and tells it as to come.
    return nay(current) ? withActors(current, previous, actors) : withAll(current, previous);
  // "HOST: Where are the crews now?" "HARBOUR MASTER: Most went north.": a turn that another
  // speaker opens after a question answers it, whatever its first word.
  if (previous && asks(previous) && !asks(current) && turnAnswers(current, previous))
    return withAll(current, previous);
  // "The crews are preparing to leave the pier. This will happen within days.": the
  // demonstrative stands for the whole event the sentence before told, its place and action too.
  if (previous && !newParagraph && happensAgain(current.tokens, lead))
    return withAll(current, previous);
  // "The mayor opened the pier. Critics said the vote handed him a win.": "him" or "her" past
  // the subject is the person the sentence before named (a name or a title, capitalised), not
  // its other actors ("the crews"); across a paragraph break too, as a pronoun subject. Most
  // sentences hold neither word: one look at the text.
  let person = false;
  if (!refers && previous) {
    const k = personObjectAt(current);
    if (k > 0) {
      refers = true;
      person = true;
      at = k;
    }
  }
  // "Portsea and Ashby took them in.": "them" in a sentence naming no one of its own is those
  // the sentence before named (carry-them.ts).
  if (!refers && previous) {
    const k = themObjectAt(current, previous, actors);
    if (k > 0) {
      refers = true;
      at = k;
    }
  }
  if (!previous || !first || !refers) return current;
  const by = current.tokens[at] ?? first;
  // Actors it names itself (objects, "to advise the council") stay; the subject's are added.
  // Asked only of the actors before: a scan of the sentence's few hits, not a Set of them built.
  const named = (h: ConceptHit) => current.hits.some((c) => c.concept === h.concept);
  // "ANKARA — Long columns of trucks left the base. Some of them …": the dateline says where the
  // story was filed, so a name in it is no one "some" or "they" points back at. Read only when
  // an actor is among the first words.
  let filed = -1;
  const inDateline = (h: ConceptHit) => {
    if (h.from >= DATELINE_REACH) return false;
    if (filed < 0) filed = datelineEnd(previous.tokens, previous.text);
    return h.from < filed;
  };
  const carried = carryAt(
    previous.hits,
    (h) =>
      actors.has(h.concept) &&
      !named(h) &&
      !inDateline(h) &&
      !ownedByOther(h, previous, actors) &&
      !personForThing(by, h, previous) &&
      !thingForPerson(by, h, previous) &&
      (!person || namedPerson(h, previous)) &&
      (!part || inSubject(h, previous.tokens)) &&
      (name < 0 || asNamedBefore(h, current, name, previous)),
    at,
    by,
  );
  // "The crates are headed two ways. Some north, …", "… some of the crates went by sea. Others
  // …": a part is of the many things the sentence before named too, not only of its actors
  // (partitive-subject.ts wholeOfPart); across a paragraph break too, as a pronoun part is.
  const whole = part || ofThem ? wholeOfPart(previous.tokens) : -1;
  if (whole >= 0)
    carried.push(
      ...carryAt(
        previous.hits,
        (h) =>
          !h.inferred &&
          !actors.has(h.concept) &&
          h.from <= whole &&
          whole < h.to &&
          !named(h) &&
          !carried.some((c) => c.concept === h.concept),
        at,
        by,
      ),
    );
  return carried.length ? wordsWithHits(current, [...carried, ...current.hits]) : current;
}

/**
 * "Portsea's crews", "Lakeland ferries": an actor named by a common noun right after a name
 * (capitalised) that is no actor of the story is someone else's, and a pronoun after it does not
 * stand for the story's own actor.
 */
function ownedByOther(
  h: ConceptHit,
  previous: SentenceWords,
  actors: ReadonlySet<ConceptId>,
): boolean {
  // A name of its own ("Portsea's Harbour Guard") is that actor whoever's it is.
  if (isUpper((previous.tokens[h.from] as (typeof previous.tokens)[number]).raw.charCodeAt(0)))
    return false;
  return previous.hits.some(
    (q) =>
      q.to === h.from &&
      !actors.has(q.concept) &&
      !previous.hits.some((a) => a.from === q.from && actors.has(a.concept)) &&
      isUpper((previous.tokens[q.from] as (typeof previous.tokens)[number]).raw.charCodeAt(0)),
  );
}

/** Pronouns of one person as an object ("handed him a win") or owner ("her plan"). */
const PERSON_OBJECTS = new Set(['him', 'her']);
/** Text cues for PERSON_OBJECTS: the sentence's text is searched for these before its words. */
const PERSON_OBJECT_TEXT = / h(?:im|er)\b/i;

/** The first "him" or "her" past the sentence's first word, or -1. */
function personObjectAt(current: SentenceWords): number {
  if (!PERSON_OBJECT_TEXT.test(current.text)) return -1;
  const tokens = current.tokens;
  for (let k = 1; k < tokens.length; k++)
    if (PERSON_OBJECTS.has((tokens[k] as Token).norm)) return k;
  return -1;
}

/** Whether the actor's words in the sentence before are a name or a title ("Mayor Harlow"). */
function namedPerson(h: ConceptHit, previous: SentenceWords): boolean {
  return !h.inferred && isUpper(previous.tokens[h.from]?.raw.charCodeAt(0) ?? 0);
}

/** Pronouns of one person. */
const PERSONAL = new Set(['he', 'she', 'his', 'her']);
/** Pronouns that never stand for one person: a group, a thing, a country. */
const IMPERSONAL = new Set(['it', 'its', 'they', 'their', 'them', 'this']);

/**
 * "'In 2014 they took the town,' the mayor said. He said the dockers, by contrast, …": "he" is
 * one person, so it does not take over what the sentence before held only through "they" or
 * "it" (a group, a thing): that actor was never a person. Named actors carry as before.
 */
function personForThing(by: Token, h: ConceptHit, previous: SentenceWords): boolean {
  if (!PERSONAL.has(by.norm) || !h.inferred) return false;
  return IMPERSONAL.has(previous.tokens[h.from]?.norm ?? '');
}

/** Pronouns of a thing (or a body), never of one person. */
const THING = new Set(['it', 'its']);

/**
 * "The deal is seen as a win for the prime minister. It would also answer the factions'
 * demands.": "it" is a thing (the deal), so it does not take over an actor the sentence before
 * named only as a person (person-named.ts) or through "he" or "she".
 */
function thingForPerson(by: Token, h: ConceptHit, previous: SentenceWords): boolean {
  if (!THING.has(by.norm)) return false;
  if (h.inferred) return PERSONAL.has(previous.tokens[h.from]?.norm ?? '');
  return namedAsPerson(h, previous.tokens, previous.text);
}

/** How far from the end a quote's speaker may stand ('," they said in a statement on their channel.'). */
const SPEAKER_REACH = 10;
const CLOSING_QUOTES = /["”’']/;
/** A comma closing a quote ('…," Harlow said'). */
const QUOTE_THEN_COMMA = /,\s*["”’']/;
/**
 * Whether the text opens on a quote mark (" or “): read from the first code, as this is asked of
 * every sentence, where an expression over its first letter made a string and ran a match.
 */
function opensQuote(text: string): boolean {
  const c = text.charCodeAt(0);
  return c === 34 || c === 0x201c;
}

/** Whether the sentence names its own speaker after its quote ('"…," the minister said.'). */
function quoteClosesWithSpeaker(current: SentenceWords): boolean {
  const text = current.text;
  const close = Math.max(text.lastIndexOf('”'), text.lastIndexOf('"'));
  return close > 0 && /[,]["”]\s+\S/.test(text.slice(close - 1, close + 3));
}

/**
 * The token of a pronoun that names a quote's speaker after the quote ('"…," he added.',
 * '"…," she told reporters.'; only the last few words are read), or of a name the sentence before
 * gave, or -1.
 */
function quoteSpeakerAt(
  current: SentenceWords,
  previous: SentenceWords,
  newParagraph: boolean,
): number {
  const tokens = current.tokens;
  // '"…," Harlow said, according to …' after a sentence naming Harlow: the same speaker, named
  // again (across a paragraph break too: a quote opens a paragraph of its own).
  // Most sentences hold no quote closed by a comma: one look at the text settles it.
  if (QUOTE_THEN_COMMA.test(current.text))
    for (let k = 1; k < tokens.length - 1; k++) {
      const t = tokens[k] as (typeof tokens)[number];
      const gap = gapBefore(tokens, current.text, k);
      if (!gap.includes(',') || !CLOSING_QUOTES.test(gap)) continue;
      if (isUpper(t.raw.charCodeAt(0)) && previous.tokens.some((p) => p.raw === t.raw)) return k;
      // '"…," the inspector said, …' after "An inspector …": the one introduced just before.
      if (t.norm === 'the' && introducedBefore(tokens[k + 1], previous)) return k;
      break;
    }
  // A pronoun after the quote: not across a paragraph break, and only after a comma in the last
  // words, which most sentences lack (asked once of the text, not at each word).
  if (newParagraph) return -1;
  const from = Math.max(1, tokens.length - SPEAKER_REACH);
  if (from > tokens.length - 2 || !commaFrom(current.text, (tokens[from - 1] as Token).end))
    return -1;
  for (let k = tokens.length - 2; k >= from; k--) {
    const t = tokens[k];
    // '"…," the inspector said.' after "An inspector …": named again as a pronoun would be.
    const pronoun =
      t !== undefined &&
      ((inClass(t, PRONOUN) && t.norm !== 'it') ||
        (t.norm === 'the' && introducedBefore(tokens[k + 1], previous)));
    if (!pronoun) continue;
    const gap = gapBefore(tokens, current.text, k);
    return gap.includes(',') && CLOSING_QUOTES.test(gap) ? k : -1;
  }
  return -1;
}

/**
 * Whether the text has a comma at `from` or after: read back from its end over those few words
 * only (lastIndexOf read the whole sentence back when it had none, as most have not).
 */
function commaFrom(text: string, from: number): boolean {
  for (let c = text.length - 1; c >= from; c--) if (text.charCodeAt(c) === 44) return true;
  return false;
}

/** Words that open a subject without being a name ("The", "In", "Some"), capitalised or not. */
const NOT_NAMES = new Set([
  ...DETERMINERS,
  ...QUANTIFIERS,
  ...OPENING_CONJUNCTIONS,
  ...POSSESSIVES,
  'a',
  'an',
  'these',
  'those',
  'in',
  'on',
  'at',
  'by',
  'for',
  'after',
  'before',
  'under',
  'with',
  'as',
  'since',
  'while',
  'when',
  'if',
  'according',
  'however',
  // "Nor have the queues gone" after "Nor has the group gone …": a negation opening both
  // sentences is capitalised there, and names no one.
  'nor',
  'neither',
  'never',
  'not',
  'no',
]);
/** How many capitalised words a name opening the sentence may have ("Prime Minister Ann Harlow"). */
const NAME_WORDS = 4;

/**
 * "Harlow said …", "Ann Harlow told …": a name of a few capitalised words opens the sentence,
 * a lower-case word (its verb) follows, and its last word stands in the sentence before. The
 * name's last word, or -1.
 */
function namedAgain(current: SentenceWords, lead: number, previous: SentenceWords): number {
  const tokens = current.tokens;
  if (NOT_NAMES.has(tokens[lead]?.norm ?? '')) return -1;
  let end = lead;
  while (end < tokens.length && isUpper((tokens[end] as (typeof tokens)[number]).raw.charCodeAt(0)))
    end++;
  if (end === lead || end - lead > NAME_WORDS) return -1;
  const next = tokens[end];
  const head = tokens[end - 1] as (typeof tokens)[number];
  // Its verb, not a noun it qualifies ("Riverland crews"): a word of saying, an auxiliary, a
  // past form, or "and" joining a second subject.
  if (!next || head.raw.length < 3 || !actsNext(next.norm)) return -1;
  return previous.tokens.some((p) => p.raw === head.raw) ? end - 1 : -1;
}

/** "The inspector said …" after "An inspector from Portsea …": the one introduced just before. */
function introducedAgain(current: SentenceWords, lead: number, previous: SentenceWords): boolean {
  const tokens = current.tokens;
  return (
    tokens[lead]?.norm === 'the' &&
    introducedBefore(tokens[lead + 1], previous) &&
    actsNext(tokens[lead + 2]?.norm ?? '')
  );
}

/**
 * "The envoy in Portsea praised the crews. Portsea and Ashby have agreed …": a name named again
 * that the sentence reads as a concept of its own (a place, a body) is that thing, not whoever
 * else the sentence before named; it takes only what that sentence read the same word as. A name
 * read as nothing ("Harlow said …") stands for the sentence before's subject, and takes its
 * actors. Whether `h` may be lent to the name ending at `name`.
 */
function asNamedBefore(
  h: ConceptHit,
  current: SentenceWords,
  name: number,
  previous: SentenceWords,
): boolean {
  if (!current.hits.some((c) => !c.inferred && c.from <= name && name < c.to)) return true;
  const word = (current.tokens[name] as Token).raw;
  for (let k = h.from; k < h.to; k++) if (previous.tokens[k]?.raw === word) return true;
  return false;
}

/** How many words may stand between "a" and the noun it introduces ("a senior harbour inspector"). */
const INTRODUCED_REACH = 3;
/**
 * Whether `noun` (a common noun, lower-case) is one the sentence before introduced with "a" or
 * "an" a few words before it ("A senior harbour inspector told …"): "the inspector" then names
 * that one again, as a pronoun would. The sentence before is read only when the word after "the"
 * is such a noun.
 */
function introducedBefore(noun: Token | undefined, previous: SentenceWords): boolean {
  if (!noun || noun.norm.length < 4 || isUpper(noun.raw.charCodeAt(0))) return false;
  const told = previous.tokens;
  for (let k = 1; k < told.length; k++) {
    if ((told[k] as Token).norm !== noun.norm) continue;
    for (let j = k - 1; j >= 0 && j >= k - 1 - INTRODUCED_REACH; j--) {
      const w = (told[j] as Token).norm;
      if (w === 'a' || w === 'an') return true;
      if (w === 'the' || DETERMINERS.has(w)) break;
    }
  }
  return false;
}

/** Words that open a short answer rather than a statement of its own ("Mostly …", "Probably some"). */
const ANSWER_OPENERS = new Set([
  'yes',
  'no',
  'mostly',
  'mainly',
  'largely',
  'partly',
  'probably',
  'possibly',
  'likely',
  'perhaps',
  'some',
  'most',
  'none',
  'few',
  'not',
  'only',
  'about',
  'around',
  'roughly',
  'nearly',
  'almost',
]);

/** Whether the sentence is a question of the writer's own (not a quote's): it ends on "?". */
/** Verbs that open a yes-no question ("Does that …", "Did it …", "Is this …"). */
const YES_NO = new Set(['does', 'did', 'do', 'is', 'was', 'will', 'would', 'has']);
/** Words that point back at what was told ("that", "this", "it"). */
const TOLD = new Set(['that', 'this', 'it']);
/** Words naming the one asked ("… worry you?", "… for your men?"). */
const ADDRESSEE = new Set(['you', 'your']);

/**
 * "Does that worry you?", "Did it surprise you?", "Is this a problem for you?": a yes-no
 * question on what was told, asking how the one asked takes it, not whether it is so.
 */
function asksYourView(tokens: SentenceWords['tokens']): boolean {
  let k = 0;
  if (tokens[k]?.norm === 'and' || tokens[k]?.norm === 'but' || tokens[k]?.norm === 'so') k++;
  if (!YES_NO.has(tokens[k]?.norm ?? '') || !TOLD.has(tokens[k + 1]?.norm ?? '')) return false;
  for (let j = k + 2; j < tokens.length && j <= k + 5; j++) {
    const word = (tokens[j] as SentenceWords['tokens'][number]).norm;
    if (ADDRESSEE.has(word)) return true;
    // "Is it true that you left?" asks whether it is so.
    if (word === 'that' || word === 'true' || word === 'so') return false;
  }
  return false;
}

function asks(previous: SentenceWords): boolean {
  return endsOnQuestion(previous.text) && !opensQuote(previous.text);
}

/**
 * What /\?["”’']?\s*$/ matches, read backwards from the end: an expression anchored at the end
 * is tried from every position of the sentence, and this is asked of each sentence twice or more.
 */
function endsOnQuestion(text: string): boolean {
  let end = text.length;
  while (end > 0 && isSpace(text.charCodeAt(end - 1))) end--;
  const last = text.charCodeAt(end - 1);
  if (last === 63) return true;
  const quote = last === 34 || last === 0x201d || last === 0x2019 || last === 39;
  return quote && text.charCodeAt(end - 2) === 63;
}

/**
 * The sentence with every concept the sentence before named itself (not its carried ones), at
 * its first word: a short answer or "this will happen" stands for all it told.
 */
function withAll(current: SentenceWords, previous: SentenceWords): SentenceWords {
  // At the answer's first word, past an interview's mark ("A:" is read as a dateline would be).
  const at = speakerLabel(current);
  const by = current.tokens[at];
  if (!by) return current;
  const named = new Set(current.hits.map((h) => h.concept));
  const carried = carryAt(previous.hits, (h) => !h.inferred && !named.has(h.concept), at, by);
  return carried.length ? wordsWithHits(current, [...carried, ...current.hits]) : current;
}

/** Answer words that deny or hedge the question ("No, …", "Not necessarily: …", "None of them …"). */
const NAYS = new Set(['no', 'not', 'none']);

/** Auxiliaries and copulas a denial's "not" follows ("is not", "does not", "has never"). */
const DENIED_VERBS = new Set(
  'is are was were be has have had does do did will would can could should may might must shall'.split(
    ' ',
  ),
);

/** How many words the answer's subject may run to before its denied verb ("The new quay is not"). */
const DENIED_SUBJECT_REACH = 3;

/**
 * "A: The pier is not a bargaining chip.", "A: Our crews don't take sides.": the answer's own
 * subject, then its verb denied: it sets the point aside in its own terms (a denial or a
 * correction), and tells nothing of what the point said.
 */
function deniedVerb(current: SentenceWords, at: number): boolean {
  const { tokens } = current;
  for (let k = at + 1; k < tokens.length && k <= at + DENIED_SUBJECT_REACH; k++) {
    const word = (tokens[k] as Token).norm;
    if (word.endsWith("n't")) return word !== "n't" || DENIED_VERBS.has(tokens[k - 1]?.norm ?? '');
    if ((word === 'not' || word === 'never') && DENIED_VERBS.has(tokens[k - 1]?.norm ?? ''))
      return true;
  }
  return false;
}

/**
 * Whether the answer opens with a word denying or hedging the question, not "Not yet", or denies
 * the verb right after its own subject.
 */
function nay(current: SentenceWords): boolean {
  const at = speakerLabel(current);
  const word = current.tokens[at]?.norm ?? '';
  return (NAYS.has(word) && current.tokens[at + 1]?.norm !== 'yet') || deniedVerb(current, at);
}

/** The answer with the actors the question named (not its other concepts), at its first word. */
function withActors(
  current: SentenceWords,
  previous: SentenceWords,
  actors: ReadonlySet<ConceptId>,
): SentenceWords {
  const at = speakerLabel(current);
  const by = current.tokens[at];
  if (!by) return current;
  const named = new Set(current.hits.map((h) => h.concept));
  const carried = carryAt(
    previous.hits,
    (h) => !h.inferred && actors.has(h.concept) && !named.has(h.concept),
    at,
    by,
  );
  return carried.length ? wordsWithHits(current, [...carried, ...current.hits]) : current;
}

const MODALS = new Set(['will', 'would', 'could', 'may', 'might', 'should']);
/** Verbs that say an event takes place, with nothing of its own ("happen", "take place"). */
const HAPPEN = new Set(['happen', 'occur', 'take', 'start', 'begin', 'come']);

/** "This will happen …", "That could take place …": a demonstrative subject of a verb of happening. */
function happensAgain(tokens: SentenceWords['tokens'], lead: number): boolean {
  const subject = tokens[lead]?.norm;
  return (
    (subject === 'this' || subject === 'that') &&
    MODALS.has(tokens[lead + 1]?.norm ?? '') &&
    HAPPEN.has(tokens[lead + 2]?.norm ?? '')
  );
}

/** Verbs of saying in the present, which end in -s as plural nouns do. */
const SAYS = new Set(['says', 'adds', 'tells', 'notes', 'insists', 'argues', 'writes', 'warns']);

/** Whether a word after a name reads as its verb (or "and" before a second subject). */
function actsNext(word: string): boolean {
  return (
    word === 'and' ||
    word.endsWith('ed') ||
    SAYS.has(word) ||
    AUXILIARIES.has(word) ||
    ['said', 'told', 'wrote', 'gave', 'has', 'is', 'was', 'will', 'would', 'also'].includes(word)
  );
}

/** Whether the sentence opens a speaker's turn other than the one that put `question`. */
function turnAnswers(current: SentenceWords, question: SentenceWords): boolean {
  const speaker = speakerOf(current);
  return speaker !== undefined && speaker !== 'Q' && speaker !== speakerOf(question);
}

/** Whether the sentence opens with an interview's mark, "A:" or "Q:". */
export function answerMark(current: SentenceWords): boolean {
  const first = current.tokens[0];
  return (
    first !== undefined &&
    (first.raw === 'A' || first.raw === 'Q') &&
    current.text.slice(first.end, first.end + 1) === ':'
  );
}

/** How many words an opening "According to …," may run to before its comma. */
const ATTRIBUTION_WORDS = 8;

/**
 * The token after an opening "According to <whom>," at `lead`, or `lead` when the sentence does
 * not open so: the subject follows the comma.
 */
function pastAttribution(current: SentenceWords, lead: number): number {
  const { tokens, text } = current;
  if (tokens[lead]?.norm !== 'according' || tokens[lead + 1]?.norm !== 'to') return lead;
  for (let k = lead + 2; k < tokens.length && k <= lead + ATTRIBUTION_WORDS; k++) {
    const t = tokens[k] as Token;
    if (text.slice(t.end, tokens[k + 1]?.start ?? t.end).includes(',')) return k + 1;
  }
  return lead;
}

/** The interview's mark the sentence opens with ("Q" or "A"), if any. */
function interviewMark(words: SentenceWords): string | undefined {
  return answerMark(words) ? words.tokens[0]?.raw : undefined;
}

/** What "of" points back at after a part ("some of it", "part of the convoy", "most of those …"). */
const PART_OF = new Set(['them', 'it', 'those', 'these', 'the', 'its', 'their']);

/**
 * "Most of them …", "Some are …", "Part of the convoy …", "The rest …": a part of what the
 * sentence before named opening the sentence as its subject.
 */
function partOfThem(current: SentenceWords, at: number): boolean {
  const t = current.tokens;
  const word = t[at]?.norm ?? '';
  // "The rest went north", "the rest of the crews …".
  if (word === 'the' && t[at + 1]?.norm === 'rest') return true;
  if (!QUANTIFIERS.has(word) && word !== 'part') return false;
  const next = t[at + 1]?.norm ?? '';
  return (
    (next === 'of' && PART_OF.has(t[at + 2]?.norm ?? '')) ||
    (word !== 'part' && AUXILIARIES.has(next))
  );
}

/** The part of `word` before `mark` ("they'll" → "they"), the whole word if it has none. */
function wordBefore(word: string, mark: string): string {
  const at = word.indexOf(mark);
  return at < 0 ? word : word.slice(0, at);
}

/**
 * Nouns of an event, a plan or a decision that "it" may stand for in the sentence after ("An
 * announcement was due in May. It could now come in June."). Not words of a report or a speech
 * ("the statement … It said …" names who speaks, which carrySubject carries).
 */
const EVENT_NOUNS = new Set([
  'plan',
  'deal',
  'agreement',
  'accord',
  'timetable',
  'schedule',
  'move',
  'decision',
  'arrangement',
  'proposal',
  'announcement',
  'step',
  'phase',
  'departure',
  'postponement',
  'delay',
  'shift',
  'change',
  'reduction',
  'transfer',
  'exit',
]);
/** Verbs that judge what they take as object ("called it a milestone", "hailed it as …"). */
const JUDGING = new Set([
  'called',
  'calls',
  'hailed',
  'hails',
  'described',
  'describes',
  'welcomed',
  'welcomes',
  'praised',
  'praises',
  'criticised',
  'criticized',
  'condemned',
  'dismissed',
  'termed',
  'labelled',
  'labeled',
]);

/** The token of "it" right after a verb that judges it ("called it a milestone"), or -1. */
function judgedIt(tokens: SentenceWords['tokens']): number {
  for (let k = 1; k < tokens.length; k++)
    if (tokens[k]?.norm === 'it' && JUDGING.has(tokens[k - 1]?.norm ?? '')) return k;
  return -1;
}

/**
 * "Its release slipped again": after "Its", a noun of an event's own course (when it comes, how it
 * goes) makes the event the owner. "Its editorial accused …", "Its sixth episode shows …": any
 * other noun is a thing the paper or the series owns, not the event told before.
 */
const COURSE_OF_AN_EVENT = new Set([
  'release',
  'start',
  'launch',
  'rollout',
  'timing',
  'date',
  'deadline',
  'pace',
  'timetable',
  'schedule',
  'completion',
  'end',
  'conclusion',
  'implementation',
  'announcement',
  'signing',
  'approval',
  'publication',
  'unveiling',
  'terms',
  'details',
  'cost',
]);

/** Words that open the noun phrase of an event named ("the plan", "an announcement", "its move"). */
const OPENING_AN_EVENT = new Set(['the', 'a', 'an', 'this', 'that', 'its', 'their']);

/**
 * "The crews' pay rise was put off in May. It could now come in June.": a sentence whose subject
 * is "it" (after "And", "But", an interview's "A:") takes the concepts of the first noun of an
 * event the sentence before named (a general one, EVENT_NOUNS, or the story's own: "the closure"),
 * at the pronoun; so does one opening "Its" ("Its release slipped again."), and "it" as the
 * object of a verb of praise or blame ("The mayor called it a milestone."). The sentence's words
 * with them, or undefined.
 */
export function eventOfIt(
  current: SentenceWords,
  previous: SentenceWords | undefined,
  actors: ReadonlySet<ConceptId>,
  storyNouns: ReadonlySet<string> = NO_NOUNS,
): SentenceWords | undefined {
  if (!previous) return undefined;
  let lead = speakerLabel(current);
  if (OPENING_CONJUNCTIONS.has(current.tokens[lead]?.norm ?? '')) lead++;
  // "The mayor called it a milestone.": "it" judged by a verb of praise or blame is that event too.
  const opener = wordBefore(current.tokens[lead]?.norm ?? '', "'");
  if (opener !== 'it' && opener !== 'its') lead = judgedIt(current.tokens);
  else if (opener === 'its' && !COURSE_OF_AN_EVENT.has(current.tokens[lead + 1]?.norm ?? ''))
    return undefined;
  // Not tokens[-1] (most sentences have no such "it"): V8 looks "-1" up the slow way.
  const it = lead >= 0 ? current.tokens[lead] : undefined;
  // "It is unclear whether …": an "it" standing for nothing is no event told before.
  if (!it || emptyIt(current.tokens, lead)) return undefined;
  const told = previous.tokens;
  for (let k = 1; k < told.length; k++) {
    const noun = (told[k] as (typeof told)[number]).norm;
    if (!EVENT_NOUNS.has(noun) && !storyNouns.has(noun)) continue;
    if (
      !OPENING_AN_EVENT.has(told[k - 1]?.norm ?? '') &&
      !OPENING_AN_EVENT.has(told[k - 2]?.norm ?? '')
    )
      continue;
    const named = new Set(current.hits.map((h) => h.concept));
    const carried = carryAt(
      previous.hits,
      (h) =>
        h.from <= k && k < h.to && !h.inferred && !actors.has(h.concept) && !named.has(h.concept),
      lead,
      it,
    );
    return carried.length ? withHits(current, carried) : undefined;
  }
  return undefined;
}

/**
 * "How many crews are left at the pier? Officials put it at under two hundred.": a figure in the
 * sentence after a question of the writer's own (or an interviewer's) asking how many answers it,
 * and takes up all it asked about. The sentence's words with the question's concepts, or
 * undefined. Other questions are not read so: "When was the deal struck?" may be followed by
 * anything the writer tells next.
 */
export function answerTo(
  current: SentenceWords,
  previous: SentenceWords | undefined,
): SentenceWords | undefined {
  if (!previous || !asks(previous) || asks(current)) return undefined;
  if (!asksHowMany(previous.tokens) || !current.tokens.some(isFigure)) return undefined;
  const again = withAll(current, previous);
  return again === current ? undefined : again;
}

/** Whether a question asks how many or how much ("… how many crews are still there?"). */
function asksHowMany(tokens: SentenceWords['tokens']): boolean {
  for (let k = 0; k + 1 < tokens.length; k++)
    if (tokens[k]?.norm === 'how' && ['many', 'much'].includes(tokens[k + 1]?.norm ?? ''))
      return true;
  return false;
}

/** A figure: digits ("1,500") or a number word ("two thousand"). */
export function isFigure(t: SentenceWords['tokens'][number]): boolean {
  const c = t.raw.charCodeAt(0);
  return (c >= 48 && c <= 57) || (t.classes & NUMBER_WORD_CLASS) !== 0;
}

/**
 * "Officials said the crews at the pier would fall below 200. There are now about 260.": a figure
 * with no noun of its own (it ends its clause) in a sentence naming no one counts what the
 * figure of the sentence before counted: it carries that sentence's actors, at the figure.
 */
export function countGoesOn(
  current: SentenceWords,
  previous: SentenceWords | undefined,
  actors: ReadonlySet<ConceptId>,
): SentenceWords | undefined {
  if (!previous) return undefined;
  // The cheap tests first, on the few hits rather than every word: a sentence naming an actor
  // of its own, or one after a sentence naming none, takes nothing whatever its figures.
  const actor = (h: ConceptHit) => actors.has(h.concept);
  if (current.hits.some(actor) || !previous.hits.some(actor)) return undefined;
  const { tokens, text } = current;
  let at = -1;
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k] as (typeof tokens)[number];
    if (!isFigure(t)) continue;
    const next = tokens[k + 1];
    // The figure ends its clause: nothing, or a mark, after it ("about 2,500." "2,500, down …").
    if (!next || gapHas(tokens, text, k + 1, ',;.:!?')) at = k;
  }
  const by = at >= 0 ? tokens[at] : undefined;
  // Most sentences end on no bare figure: the sentence before is read only for one that does.
  if (!by) return undefined;
  if (!previous.tokens.some(isFigure)) return undefined;
  const carried = carryAt(previous.hits, actor, at, by);
  return carried.length ? withHits(current, carried) : undefined;
}

/**
 * The hits `keep` lets through, one a concept, carried to the word `by` at token `at`: each says
 * what it points at ("They (→ "the crews")").
 */
function carryAt(
  hits: readonly ConceptHit[],
  keep: (h: ConceptHit) => boolean,
  at: number,
  by: Token,
): ConceptHit[] {
  const carried: ConceptHit[] = [];
  for (const h of hits)
    if (keep(h) && !carried.some((c) => c.concept === h.concept))
      carried.push({
        concept: h.concept,
        from: at,
        to: at + 1,
        text: `${by.raw} (→ "${h.text}")`,
        inferred: true,
      });
  return carried;
}

/** Words before a figure that make it a group named again, not a count ("the two crews"). */
const GROUP_OPENERS = new Set(['the', 'these', 'those', 'its', 'their', 'our', 'both']);
/** A year written out ("2024"): a date, not a count. */
const YEAR = /^(1[89]|20)\d\d$/;

/**
 * "The raiders struck twice near Ashby. Patrols said the raiders had fled. Attacks fell to four
 * last year, the police said.": a count (a figure that is no year, and no group named again: "the
 * two crews") in a sentence that leaves out whose it is counts for the actor the paragraph is
 * about: one that each of the two sentences before named (as read, with what they carried) and
 * this one does not. One sentence naming it is not enough: a list of unrelated reports names a
 * new actor each line. The sentence's words with that actor at its first word, or undefined.
 */
export function countOfTheirs(
  current: SentenceWords,
  /** The sentence just before and the one before it, as read. */
  previous: SentenceWords | undefined,
  before: SentenceWords | undefined,
  actors: ReadonlySet<ConceptId>,
): SentenceWords | undefined {
  // Past an interview's mark, read as a dateline would be.
  const at = speakerLabel(current);
  const by = current.tokens[at];
  if (!previous || !before || !by) return undefined;
  // Only an actor of the sentence just before is carried: without one, its words are not read.
  if (!namesActor(previous, actors)) return undefined;
  if (!hasCount(current)) return undefined;
  if (ownersOfTheCount(current, at)) return undefined;
  if (quoteOfAnother(current, actors)) return undefined;
  return theirsAt(current, previous, before, actors, at, by);
}

/**
 * '"Two piers closed is not a closure," a spokesman for the crews said.': a quote that the
 * sentence gives to a speaker naming an actor of its own ("for the crews") is that actor's,
 * figures and all; the actor of the sentences before is no owner of its count. A speaker naming
 * none ('"Phase two has begun," a board member said.') may be one of those the paragraph is about.
 */
function quoteOfAnother(current: SentenceWords, actors: ReadonlySet<ConceptId>): boolean {
  if (!opensQuote(current.text) || !quoteClosesWithSpeaker(current)) return false;
  const text = current.text;
  const close = Math.max(text.lastIndexOf('”'), text.lastIndexOf('"'));
  for (let k = 0; k < current.hits.length; k++) {
    const h = current.hits[k] as ConceptHit;
    if (!h.inferred && actors.has(h.concept) && (current.tokens[h.from]?.start ?? 0) > close)
      return true;
  }
  return false;
}

/** Words that open the subject before the part it counts ("the number of", "a third of"). */
const PART_OPENERS = new Set(['the', 'a', 'an']);
/** How many words after "of" may name whose the part is ("of newly enlisted Lakeland cadets"). */
const OWNER_REACH = 3;

/**
 * "The number of Lakeland cadets at the academy does not reach 200.", "Most of the Riverland
 * recruits …": a subject opening on a part or a measure of a group ("the number of", "most
 * of") that names whose group it is (a name or a nationality, capitalised, in its of-phrase)
 * counts for them, not for the actors the sentences before were about. "The number of soldiers
 * has fallen" leaves out whose soldiers they are, and goes on with the story.
 */
function ownersOfTheCount(current: SentenceWords, at: number): boolean {
  const { tokens, text } = current;
  let of = at;
  if (PART_OPENERS.has(tokens[of]?.norm ?? '')) of++;
  // One word of the part ("number", "most", "share"), lower-case past the sentence's first
  // word: not a name's own "of" ("the Bank of …").
  const part = tokens[of];
  if (!part || part.norm === 'of' || (of > at && isUpper(part.raw.charCodeAt(0)))) return false;
  of++;
  if (tokens[of]?.norm !== 'of') return false;
  for (let k = of + 1; k < tokens.length && k <= of + OWNER_REACH; k++) {
    // Within the phrase: not across a comma.
    if (gapHas(tokens, text, k, ',;:')) return false;
    if (isUpper((tokens[k] as Token).raw.charCodeAt(0))) return true;
  }
  return false;
}

/*
 * countOfTheirs' tests before it carries anything, as functions with loops: its closures over
 * the sentences and the actors made every call allocate a context, though most calls end here.
 */

/** Whether the sentence has a hit of one of the actors. */
function namesActor(words: SentenceWords, actors: ReadonlySet<ConceptId>): boolean {
  for (let k = 0; k < words.hits.length; k++)
    if (actors.has((words.hits[k] as ConceptHit).concept)) return true;
  return false;
}

/** Whether a figure of the sentence counts something (isCount). */
function hasCount(current: SentenceWords): boolean {
  const { tokens } = current;
  for (let k = 0; k < tokens.length; k++)
    if (isCount(tokens[k] as Token, k > 0 ? tokens[k - 1] : undefined, current.text, tokens[k + 1]))
      return true;
  return false;
}

/** countOfTheirs' words: the actors before, carried at `at`. */
function theirsAt(
  current: SentenceWords,
  previous: SentenceWords,
  before: SentenceWords,
  actors: ReadonlySet<ConceptId>,
  at: number,
  by: Token,
): SentenceWords | undefined {
  // Asked only of the actors before: scans of the two sentences' few hits, not Sets of them built.
  const carried = carryAt(
    previous.hits,
    (h) =>
      actors.has(h.concept) &&
      before.hits.some((c) => c.concept === h.concept) &&
      !current.hits.some((c) => c.concept === h.concept),
    at,
    by,
  );
  return carried.length ? wordsWithHits(current, [...carried, ...current.hits]) : undefined;
}

/**
 * "Families held up signs; one read …", "one of them said": "one" opening a clause after a
 * semicolon, colon or dash, or before "of", is a pronoun for one of those just named, not a count.
 */
function onePronoun(
  one: Token,
  before: Token | undefined,
  text: string,
  after: Token | undefined,
): boolean {
  if (after?.norm === 'of') return true;
  // "; one hundred were held": a figure still.
  if (after && (isFigure(after) || SCALES.has(after.norm))) return false;
  return before !== undefined && marksBetween(text, before.end, one.start, CLAUSE_OPENING);
}
/** Words that make "one" part of a larger figure. */
const SCALES = new Set(['hundred', 'thousand', 'million', 'billion']);
/** Words after a hyphen that keep a figure a count of people ("2,500-strong", "a 12-member team"). */
const HEADCOUNT = new Set(['strong', 'member', 'man', 'person']);
/** Marks that open a clause of its own ("; one read …", "— one said …"). */
const CLAUSE_OPENING = ';:\u2014\u2013';

/**
 * A figure counting something: not a year, not "one" as a pronoun, not after "the"/"its" ("the
 * two crews"), not after a possessive, which says whose they are ("the Guild's 80 boats").
 */
function isCount(
  t: Token,
  before: Token | undefined,
  text: string,
  after: Token | undefined,
): boolean {
  if (!isFigure(t) || YEAR.test(t.raw)) return false;
  if (t.norm === 'one' && onePronoun(t, before, text, after)) return false;
  // "a two-stage plan", "a five-year deal": a figure joined to its noun qualifies that noun and
  // counts no one; "a 2,500-strong force" still counts people.
  if (after && text.slice(t.end, after.start) === '-' && !HEADCOUNT.has(after.norm)) return false;
  if (!before) return true;
  const possessive = before.norm.endsWith("'s") || /^['’]/.test(text.slice(before.end, t.start));
  return !GROUP_OPENERS.has(before.norm) && !possessive;
}

/**
 * The nearest of `words` before index `before` that names one of these concepts in its own words
 * (what "the deal" points back at past a sentence that tells of no deal), or undefined.
 */
export function toldEarlier(
  words: readonly (SentenceWords | undefined)[],
  before: number,
  kinds: readonly ConceptId[],
): SentenceWords | undefined {
  for (let k = before - 1; k >= 0; k--) {
    const w = words[k];
    if (w && namesAnyOf(w, kinds)) return w;
  }
  return undefined;
}

/**
 * The sentence of `words` before index `before` that first tells the thing these concepts name:
 * past sentences that only name it again with a determiner ("Under the deal, …"), as far back
 * as the one that tells it ("… had reached an agreement with …"), or undefined.
 */
function toldFirst(
  words: readonly (SentenceWords | undefined)[],
  before: number,
  kinds: readonly ConceptId[],
): SentenceWords | undefined {
  let nearest: SentenceWords | undefined;
  for (let k = before - 1; k >= 0; k--) {
    const w = words[k];
    if (!w || !namesAnyOf(w, kinds)) continue;
    nearest ??= w;
    const tells = w.hits.every(
      (h) =>
        h.inferred ||
        !kinds.includes(h.concept) ||
        !DETERMINERS.has(w.tokens[h.from - 1]?.norm ?? ''),
    );
    if (tells) return w;
  }
  return nearest;
}

/** Words that say a thing exists: "There is an understanding", "There was a deal". */
const EXISTS = new Set(['is', 'was', "'s"]);
const INDEFINITE = new Set(['a', 'an']);

/**
 * The token of the noun a sentence opens on to point back at a thing the page told, or -1: a
 * determiner and a referring noun ("The deal …"), or a thing said to exist ("There is an
 * understanding, …": the understanding the page told, not a new one).
 */
function referentNounAt(tokens: readonly Token[], storyNouns: ReadonlySet<string>): number {
  if (DETERMINERS.has(tokens[0]?.norm ?? ''))
    return isReferringNoun(tokens[1]?.norm ?? '', storyNouns) ? 1 : -1;
  const first = tokens[0]?.norm ?? '';
  if (first === "there's" && INDEFINITE.has(tokens[1]?.norm ?? '')) return 2;
  if (
    first === 'there' &&
    EXISTS.has(tokens[1]?.norm ?? '') &&
    INDEFINITE.has(tokens[2]?.norm ?? '')
  )
    return 3;
  return -1;
}

/**
 * "A Portsean shipping firm agreed terms with the harbour board. … The deal still needs the
 * council's approval.": "the deal" opening a sentence is the deal the page told last, across
 * paragraphs too. When the sentence that told it named another body (the story's otherBodies:
 * a firm, another mission) and this one names none, the sentence takes up that body ("The deal
 * (→ "firm")"), so it is read as that body's deal, and a claim that excludes the body does not
 * take it. Only a determiner and a referring noun the story reads as a concept (a deal, a plan);
 * the sentence's words with the body, or the words unchanged.
 */
export function bodyOfReferent(
  current: SentenceWords,
  words: readonly (SentenceWords | undefined)[],
  at: number,
  bodies: ReadonlySet<ConceptId>,
  storyNouns: ReadonlySet<string> = NO_NOUNS,
): SentenceWords {
  const { tokens } = current;
  if (bodies.size === 0) return current;
  const noun = referentNounAt(tokens, storyNouns);
  if (noun < 0) return current;
  if (current.hits.some((h) => bodies.has(h.concept))) return current;
  const kinds = nounConcepts(current, noun);
  if (kinds.length === 0) return current;
  const told = toldFirst(words, at, kinds);
  const body = told?.hits.find((h) => !h.inferred && bodies.has(h.concept));
  if (!body) return current;
  const by = tokens[noun] as Token;
  return wordsWithHits(current, [
    ...current.hits,
    {
      concept: body.concept,
      from: noun,
      to: noun + 1,
      text: `${by.raw} (→ "${body.text}")`,
      inferred: true,
    },
  ]);
}
