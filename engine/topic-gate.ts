/**
 * Keeps the engine to its story. An article about a similar event elsewhere (another place, an earlier
 * decade, a neighbouring country) shares words with ours; it is recognised by its publication
 * year, by how rarely it names the story's place, and sentence by sentence by other places and
 * out-of-story years. Everything it knows about the story comes from the story pack's topic.
 */
import { askedInQuote } from './asked-in-quote';
import { anaphoricTime } from './carry-context';
import type { CompiledStory } from './compile-story';
import { countAnchorTerms } from './count-anchor-terms';
import { type ConceptHit, possessive } from './find-concepts';
import { recalledQuestion } from './recalled-question';
import { type DateMention, resolveDates, type YearMonth } from './resolve-dates';
import type { SentenceFacts, SentenceWords } from './sentence-facts';
import { signingOf } from './signing-date';
import { isUpper, type Token } from './tokenize';
import type { Claim, ConceptId } from './types';
import { gapHas } from './word-gaps';

/** Verbs whose object a year may be, as what is recalled: "who remember 2011". */
const RECALL = new Set(['remember', 'remembers', 'remembered', 'recall', 'recalls', 'recalled']);

type Topic = CompiledStory['topic'];

export type TopicGate = {
  /**
   * The cheap first look, before any sentence is read: why the article is off-topic, or
   * undefined when it may be about the story. Counts the anchor words in the raw text.
   */
  precheck(
    text: string,
    published: YearMonth | null,
    sentenceCount: () => number,
  ): string | undefined;
  /** The full decision once every sentence's concepts are known. */
  articleOffTopic(all: SentenceWords[]): string | undefined;
  /**
   * Whether a long article names the story's place once only: it is about something else, and
   * only the sentence that names the place may be about the story ("… as convoys left Portsea
   * in May" in a feature on Riverland's harbour).
   */
  namesOnce(all: SentenceWords[]): boolean;
  /**
   * Whether the article speaks of "the country" and names no other place (no neighbour, no
   * other theatre): the country it leaves unnamed can only be the story's place, so an
   * article naming that place once is about it, not about something else.
   */
  placeLeftUnnamed(all: SentenceWords[]): boolean;
  /**
   * Whether a short piece (a brief, a newsletter item) is led by the story's place: its headline
   * or first sentence names it (not as a border), neither names another place, and no more than
   * one sentence names another place. A brief says where it is once, at the top ("Riverland ferry deal put
   * off"), and tells the rest without naming it again.
   */
  ledByPlace(all: SentenceWords[]): boolean;
  /** For an article that names the place once: why a sentence that does not name it is off it. */
  awayFromPlace(words: SentenceWords): string | undefined;
  /**
   * Whether the article is about another body's mission in the story's place (the harbour
   * board's survey team leaving Portsea): it names such bodies in more sentences than the
   * story's own actors, and in several (in two, when its first sentence names one and no own
   * actor).
   */
  aboutOtherBody(all: SentenceWords[]): boolean;
  /** For an article about another body: why a sentence naming none of the story's own actors is off it. */
  awayFromOwnActors(words: SentenceWords): string | undefined;
  /**
   * Whether the sentence names a regional place (not as a border or an aim). In an article that
   * names the story's place once, such a sentence is read as regionalOnly() reads one.
   */
  namesNeighbour(words: SentenceWords): boolean;
  /**
   * Whether the article is about a neighbour (Riverland's own pull-out, with Portsea named on the
   * way): its lead names the neighbour and not the story's place, and the neighbour is named in
   * several sentences, more than twice as many as name the place; or, in a brief (a short piece),
   * the place is named in one sentence only. There a sentence naming neither is read as the
   * neighbour's, as regionalOnly() reads one.
   */
  aboutNeighbour(all: SentenceWords[]): boolean;
  /**
   * Whether the claim's own words are the story's place the sentence names ("convoys left
   * Portsea's north pier" for a claim about the pier): such a claim is about the place even in
   * a sentence that names a neighbour too.
   */
  claimAtPlace(claim: Claim, facts: SentenceFacts): boolean;
  sentenceOffTopic(facts: SentenceFacts): string | undefined;
  /**
   * Whether the sentence's own words name another theatre and none of the story's places ("The
   * operator also cut ferries to Portsea"), and so where: read with what it carries from the
   * sentences before (their places), it is still about the place it names.
   */
  aboutOtherTheatre(words: SentenceWords): string | undefined;
  /**
   * For a sentence with no date of its own: whether the time it points back at ("that year",
   * "that autumn", "three years later") is outside the story's years, and why.
   */
  pointsOutside(
    words: SentenceWords,
    before: readonly (SentenceWords | undefined)[],
    published: YearMonth | null,
  ): string | undefined;
  /** Whether the sentence names only a regional place and no anchor. */
  regionalOnly(facts: SentenceWords): boolean;
  isRegionalClaim(claim: Claim): boolean;
};

/** How many sentences back a time pointed at may have been named (as in carry-context.ts). */
const TIME_REACH = 3;

const SEASONS = new Set(['spring', 'summer', 'autumn', 'fall', 'winter']);

/**
 * "The talks broke down that autumn": a season of the year told before (anaphoricTime knows
 * "that year" and "that month"; a season keeps the year alone).
 */
function seasonBack(
  tokens: readonly Token[],
): { from: number; to: number; years?: number } | undefined {
  for (let i = 0; i + 1 < tokens.length; i++)
    if ((tokens[i] as Token).norm === 'that' && SEASONS.has((tokens[i + 1] as Token).norm))
      return { from: i, to: i + 2 };
  return undefined;
}

const BORDERS = new Set(['border', 'borders', 'frontier', 'frontiers']);

/**
 * Whether the place is named as a border: "the Portsean border", "Portsean-Riverland border", "the
 * border with Portsea", "borders with Riverland and Portsea". Names and "and" may stand
 * between the place and the border word, a few words at most.
 */
export function namesBorder(tokens: readonly Token[], hit: ConceptHit): boolean {
  const linked = (t: Token) => t.norm === 'and' || isUpper(t.raw.charCodeAt(0));
  for (let k = hit.to; k < hit.to + BORDER_REACH && k < tokens.length; k++) {
    const t = tokens[k] as Token;
    if (BORDERS.has(t.norm)) return true;
    if (!linked(t)) break;
  }
  for (let k = hit.from - 1; k >= 1 && k >= hit.from - BORDER_REACH; k--) {
    const t = tokens[k] as Token;
    if (t.norm === 'with') return BORDERS.has((tokens[k - 1] as Token).norm);
    if (!linked(t)) break;
  }
  return false;
}

/** Words that name a place as the neighbour of the one the writer is in ("neighbouring Portsea"). */
const NEIGHBOURING = new Set(['neighbouring', 'neighboring']);

/** Whether the place is named as the neighbour: "neighbouring Portsea", "next-door Portsea". */
function namedAsNeighbour(tokens: readonly Token[], hit: ConceptHit): boolean {
  const before = tokens[hit.from - 1];
  return before !== undefined && NEIGHBOURING.has(before.norm);
}

/** How many words a border word may stand from the place it names ("Portsean-Riverland-Ashby border"). */
const BORDER_REACH = 4;

/** Years outside the story, and none inside, before an article counts as history told. */
const HISTORY_YEARS = 3;

/** The year a token writes out ("2011", not "2,011" or "2011s"), or undefined. */
function yearOf(token: Token): number | undefined {
  const v = token.value;
  return v !== undefined && v >= 1900 && v <= 2100 && /^\d{4}$/.test(token.raw) ? v : undefined;
}

/**
 * In how many sentences an article must name other bodies before it may be about them: one
 * names a neighbour of the story ("as the survey team did in 2019"); several, a subject. Two
 * do when the first of them is the headline's (the lead names the body and no own actor).
 */
const OTHER_BODY_SENTENCES = 3;
const OTHER_BODY_SENTENCES_LED = 2;

/** In how many sentences an article led by a neighbour must name it to be about it. */
const NEIGHBOUR_SENTENCES = 3;

/** A long article that names the story's place once is about something else, but for that sentence. */
const LONG_ARTICLE_SENTENCES = 5;

/** A piece of at most this many sentences (headline included) is a brief: its lead says where it is. */
const SHORT_PIECE_SENTENCES = 8;

/** The sentences that lead a piece: its headline and the first sentence under it. */
const LEAD_SENTENCES = 2;

/**
 * "the country", "the country's": a country the writer takes as known without naming it (its
 * two words before the token `before`, when given).
 */
function namesUnnamedCountry(tokens: readonly Token[], before = tokens.length): boolean {
  for (let k = 0; k + 1 < before && k + 1 < tokens.length; k++)
    if (
      (tokens[k] as Token).norm === 'the' &&
      possessive((tokens[k + 1] as Token).norm) === 'country'
    )
      return true;
  return false;
}

export function createTopicGate(topic: Topic): TopicGate {
  const anchors = new Set<ConceptId>(topic.anchors);
  const within = new Set<ConceptId>(topic.placesWithin ?? []);
  const regional = new Set<ConceptId>(topic.regional ?? []);
  const aims = new Set<ConceptId>(topic.regionalAims ?? []);
  const terms = topic.anchorTerms;
  const countAnchors = (facts: SentenceWords) => {
    let n = 0;
    for (let k = 0; k < facts.hits.length; k++)
      if (anchors.has((facts.hits[k] as ConceptHit).concept)) n++;
    return n;
  };
  const others = new Set<ConceptId>(topic.otherBodies ?? []);
  const own = new Set<ConceptId>(topic.ownActors ?? []);
  const namesAny = (facts: SentenceWords, set: Set<ConceptId>) => {
    for (let k = 0; k < facts.hits.length; k++)
      if (set.has((facts.hits[k] as ConceptHit).concept)) return true;
    return false;
  };
  const verdict = (names: number) =>
    names === 0 ? "names the story's place 0 times: not about this story" : undefined;
  function namesNeighbourIn(words: SentenceWords): boolean {
    for (const h of words.hits) {
      if (!regional.has(h.concept) || namesBorder(words.tokens, h)) continue;
      if (words.hits.some((a) => aims.has(a.concept) && a.from <= h.from && a.to >= h.to)) continue;
      return true;
    }
    return false;
  }
  const marks = topic.placeMarks ?? [];
  /**
   * "Harbour Board votes to sell the old ferries": a piece that names none of the story's places
   * but a name only the place carries, and no other place, is about the place. Read only for an
   * article that names none of them (the first look let it through on such a name).
   */
  const markedOnly = (all: SentenceWords[]) => {
    if (marks.length === 0) return false;
    let marked = false;
    for (const f of all) {
      if (f.otherTheatre !== undefined || namesNeighbourIn(f)) return false;
      if (!marked) marked = countAnchorTerms(f.text, marks, 1) > 0;
    }
    return marked;
  };

  return {
    precheck(text, published) {
      if (published && published.year < topic.years.from)
        return `published ${published.year}, before this story began (${topic.years.from})`;
      if (terms.length === 0) return undefined;
      // Terms can overlap ("veld", "veldmark bridge"), so this may overcount: it only ever lets
      // an article through to the exact count in articleOffTopic(), never turns one away wrongly.
      // A long article that names it once is read, but only that sentence (namesOnce()).
      return countAnchorTerms(text, terms, 1) === 0 ? verdict(0) : undefined;
    },
    articleOffTopic(all) {
      let names = 0;
      let elsewhere = 0;
      // Years written out, inside the story's span and outside it.
      let within = 0;
      let outside = 0;
      for (const f of all) {
        names += countAnchors(f);
        if (f.otherTheatre) elsewhere++;
        for (let k = 0; k < f.tokens.length; k++) {
          const year = yearOf(f.tokens[k] as Token);
          if (year === undefined) continue;
          if (year >= topic.years.from && year <= topic.years.to) within++;
          else outside++;
        }
      }
      return (
        (names === 0 && markedOnly(all) ? undefined : verdict(names)) ??
        (elsewhere > names ? 'mostly about another place' : undefined) ??
        // "The last convoy crossed the bridge in December 2011 …": an article that dates what it
        // tells only before (or after) the story, never inside it, is history told.
        (within === 0 && outside >= HISTORY_YEARS
          ? `names ${outside} years, none from ${topic.years.from} to ${topic.years.to}: history, not this story`
          : undefined)
      );
    },
    namesOnce(all) {
      if (all.length < LONG_ARTICLE_SENTENCES) return false;
      let names = 0;
      for (const f of all) {
        names += countAnchors(f);
        if (names > 1) return false;
      }
      if (names === 0) return false;
      // "HOST: Next, a caller from Eastquay.": a town or district of the place, named in a
      // sentence that does not name the place, says where the article is as its name does (a
      // call-in's callers, a report's datelines); such an article is about the place.
      if (within.size > 0 && all.some((f) => countAnchors(f) === 0 && namesAny(f, within)))
        return false;
      // "… for foreign forces to leave the country …": an article that leaves its country
      // unnamed and names no other place tells of the one place it names, once or not.
      return !this.placeLeftUnnamed(all) && !this.ledByPlace(all);
    },
    ledByPlace(all) {
      if (all.length > SHORT_PIECE_SENTENCES) return false;
      let led = false;
      let elsewhere = 0;
      for (let i = 0; i < all.length; i++) {
        const f = all[i] as SentenceWords;
        const place = countAnchors(f) > 0;
        const other = f.otherTheatre !== undefined || this.namesNeighbour(f);
        if (i < LEAD_SENTENCES) {
          if (other) return false;
          // "… near the Riverland border" says where another place ends, not where the piece is.
          if (f.hits.some((h) => anchors.has(h.concept) && !namesBorder(f.tokens, h))) led = true;
        } else if (other && !place) elsewhere++;
      }
      return led && elsewhere <= 1;
    },
    placeLeftUnnamed(all) {
      let unnamed = false;
      for (const f of all) {
        if (f.otherTheatre !== undefined || this.namesNeighbour(f)) return false;
        if (!unnamed) unnamed = namesUnnamedCountry(f.tokens);
      }
      return unnamed;
    },
    awayFromPlace(words) {
      return countAnchors(words) === 0
        ? "the article names the story's place once, elsewhere: not about this story"
        : undefined;
    },
    aboutOtherBody(all) {
      if (others.size === 0 || own.size === 0) return false;
      let other = 0;
      let mine = 0;
      for (const f of all) {
        if (namesAny(f, others)) other++;
        if (namesAny(f, own)) mine++;
      }
      const first = all[0];
      const led = first !== undefined && namesAny(first, others) && !namesAny(first, own);
      return (
        other > mine &&
        (other >= OTHER_BODY_SENTENCES || (led && other >= OTHER_BODY_SENTENCES_LED))
      );
    },
    awayFromOwnActors(words) {
      return namesAny(words, own)
        ? undefined
        : "the article is about another body's mission, and the sentence names none of the story's own actors";
    },
    aboutOtherTheatre(words) {
      return words.otherTheatre && countAnchors(words) === 0
        ? `about ${words.otherTheatre}`
        : undefined;
    },
    sentenceOffTopic(facts) {
      // A question ("Will the bridge reopen by 2026?") asks; it does not assert.
      // A statement before a colon that introduces the question is told (asked-after-colon.ts),
      // and so is one the reader is bid to recall ("Remember the crews who …?").
      if (
        /\?["'”’)]*$/.test(facts.text.trim()) &&
        !facts.frames.some((f) => f.asked) &&
        !recalledQuestion(facts.tokens)
      )
        return 'a question, not a statement';
      // '"So the ferries stop in May?" a caller asked.': a quoted question and its teller.
      if (askedInQuote(facts.text)) return 'a question, not a statement';
      const elsewhere = this.aboutOtherTheatre(facts);
      if (elsewhere) return elsewhere;
      // A year inside a name the vocabulary knows ("the Framework Agreement of 2008") names
      // the thing, not when the sentence's event happens.
      // "The pier, used by the ferries since 1990, closed in May": a span "since" a year before
      // the story runs on into it, and dates nothing outside it.
      const outside = facts.dates.find(
        (d) =>
          (d.year < topic.years.from || d.year > topic.years.to) &&
          !(d.year < topic.years.from && facts.tokens[d.from - 1]?.norm === 'since') &&
          // "Members who remember 2011 worry that …": the year recalled is what they remember,
          // not when the sentence's event happens.
          !RECALL.has(facts.tokens[d.from - 1]?.norm ?? '') &&
          !facts.hits.some((h) => !h.inferred && h.from <= d.from && h.to >= d.to) &&
          !signedName(facts, d) &&
          !yearOfApposition(facts, d),
      );
      // "Last month the crews left the pier where I worked in 2003", "In 2003 we left, and in
      // 2016 we went back": a date of the story's own beside it leaves the claim's reading to
      // tell which of them it is told at.
      const within = (d: DateMention) => d.year >= topic.years.from && d.year <= topic.years.to;
      if (outside && !facts.dates.some(within)) return `dated ${outside.year}, outside this story`;
      return undefined;
    },
    pointsOutside(words, before, published) {
      const back = anaphoricTime(words.tokens) ?? seasonBack(words.tokens);
      if (!back) return undefined;
      // The date pointed at: the last one named in the nearest sentence before that names one,
      // as carry-context.ts reads it for a sentence that has no card of its own.
      for (let k = before.length - 1; k >= 0 && k >= before.length - TIME_REACH; k--) {
        const w = before[k];
        if (!w) continue;
        const last = resolveDates(w.tokens, w.text, published).at(-1);
        if (!last) continue;
        const year = last.year + (back.years ?? 0);
        if (year >= topic.years.from && year <= topic.years.to) return undefined;
        const said = words.tokens
          .slice(back.from, back.to)
          .map((t) => t.raw)
          .join(' ');
        return `dated ${year} ("${said}" → "${last.text}"), outside this story`;
      }
      return undefined;
    },
    claimAtPlace(claim, facts) {
      return claim.recognize.require.some((group) =>
        group.some((c) => anchors.has(c) && facts.hitsOf(c).length > 0),
      );
    },
    namesNeighbour: namesNeighbourIn,
    aboutNeighbour(all) {
      const first = all[0];
      if (!first || countAnchors(first) > 0 || !this.namesNeighbour(first)) return false;
      let neighbour = 0;
      let place = 0;
      for (const f of all) {
        if (countAnchors(f) > 0) place++;
        else if (this.namesNeighbour(f)) neighbour++;
      }
      // A brief headed by the neighbour that names the place in one sentence only is the
      // neighbour's, as a brief headed by the place is the place's (ledByPlace).
      if (all.length <= SHORT_PIECE_SENTENCES && place <= 1) return true;
      return neighbour >= NEIGHBOUR_SENTENCES && neighbour > 2 * place;
    },
    regionalOnly(facts) {
      // A country named as a border ("along the Portsean border", "near the border with Riverland")
      // marks where the other one ends; it does not say where the sentence's event is.
      // Nor does one named as the aim ("to support operations in Portsea"): the sentence tells
      // what is done for it, from the story's ground.
      let neighbour = false;
      for (const h of facts.hits) {
        const story = anchors.has(h.concept);
        if (!story && !regional.has(h.concept)) continue;
        if (namesBorder(facts.tokens, h)) continue;
        if (story) return false;
        // "… in the country, and nine hundred in neighbouring Portsea": a neighbour named as
        // the neighbour beside "the country" sets the two apart; the country is the story's.
        if (namedAsNeighbour(facts.tokens, h) && namesUnnamedCountry(facts.tokens)) return false;
        // "… still posted in the country, and nine hundred on the Portsean side": "the country"
        // told before the neighbour is named cannot point forward to it; it is the story's.
        if (namesUnnamedCountry(facts.tokens, h.from)) return false;
        if (
          !story &&
          facts.hits.some((a) => aims.has(a.concept) && a.from <= h.from && a.to >= h.to)
        )
          continue;
        neighbour = true;
      }
      return neighbour;
    },
    isRegionalClaim(claim) {
      return claim.recognize.require.some((group) => group.some((c) => regional.has(c)));
    },
  };
}

/**
 * "… resting on the Harbour Accord, the 1998 pact between the two towns": a year opening an
 * apposition (", the 1998 …") right after a thing the vocabulary names is that thing's date, as
 * a year inside its name is; it does not date the sentence. A glossary's definition after the
 * term's colon is the same apposition ("Harbour Accord (HA): the 1998 pact …", defined-term.ts).
 */
function yearOfApposition(facts: SentenceFacts, d: DateMention): boolean {
  const the = d.from - 1;
  if (the < 1 || facts.tokens[the]?.norm !== 'the') return false;
  return (
    gapHas(facts.tokens, facts.text, the, ',:') &&
    facts.hits.some((h) => !h.inferred && h.to === the)
  );
}

/**
 * "… in line with the Harbour Accord signed by the two towns in 1998": a year dating the signing
 * of a thing the vocabulary names, its participle right after the name, is the name's date, as a
 * year inside the name is ("the Harbour Accord of 1998"); it does not date the sentence.
 */
function signedName(facts: SentenceFacts, d: DateMention): boolean {
  const k = signingOf(d, facts);
  return k > 0 && facts.hits.some((h) => !h.inferred && h.to === k);
}
