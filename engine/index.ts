/**
 * The engine's only public door: createMatcher(story) → matcher.match(text, { published }).
 * Pure TypeScript: no DOM, no browser API, no I/O. The caller hands in a compiled story
 * (compile-story.ts, run at build time), so the content script, the tests and the CLI run
 * exactly this code on exactly the same data.
 *
 * Pipeline: topic precheck on the raw text (most pages stop here) → sentences → each sentence's
 * words and concepts in one trie walk → the article's topic decision → for each sentence, only
 * the claims indexed under its concepts → the best-scoring claim wins → sides and verdict.
 * `steps()` yields between sentences so a caller on a page's main thread can keep tasks short.
 */

import { keyOnlyAttributed, keyOnlyCarriedTeller } from './attribution';
import { planNounUntold } from './bare-plan-noun';
import { tellersOfTheHeadline } from './bare-teller';
import {
  createSideBuilder,
  createTallier,
  type SideBuilder,
  type Sides,
  type Tallier,
  type Tally,
  tally,
} from './build-verdict';
import {
  asStatement,
  onlyAssents,
  onlyDates,
  whenQuestion,
  yesNoQuestion,
} from './carry-affirmed-question';
import { addsToTold, toldTakingPlace } from './carry-answering';
import {
  ACTOR_REACH,
  actorNamedAgain,
  carriedDate,
  carryContext,
  dateOfCardBefore,
  ECHO_REACH,
  eventNamedAgain,
  eventNamedAgainAt,
  eventPlace,
  FOLLOWED_REACH,
  followedBy,
  itIsThePlace,
  moreOfTheSame,
  namesSlipping,
  onlyItsDate,
  PLACE_REACH,
  placeNamedAgain,
  placesHere,
  placesOnly,
  placesSomething,
  restatesPrevious,
  toldHappening,
  toldInOwnWords,
  withEventTold,
} from './carry-context';
import { countOfThem } from './carry-count-of-them';
import { headlineDefaults, headlineNameAgain, headlineNames } from './carry-headline';
import { headlineLead } from './carry-headline-lead';
import { bareNounPhrase, namedAnswer, subjectAsked } from './carry-named-answer';
import { namedByItsNoun } from './carry-named-noun';
import { OTHERS_REACH, othersOfThose } from './carry-others';
import { questionAnswered, questionLendsWhoOrWhere, withQuestion } from './carry-question';
import { reactionTo, reactionToNothing, reactsInOwnWords } from './carry-reaction';
import { refusesWhatWasTold } from './carry-refusal';
import { sameInClaim } from './carry-same-word';
import {
  answerMark,
  answerTo,
  bodyOfReferent,
  carrySubject,
  countGoesOn,
  countOfTheirs,
  eventOfIt,
  toldEarlier,
} from './carry-subject';
import { thoseNamedAgain } from './carry-those-nouns';
import { type ClaimIndex, createClaimIndex } from './claim-index';
import { type CompiledStory, FORMAT } from './compile-story';
import { explained } from './explain-choice';
import { factboxLine, factboxTitle } from './factbox-line';
import type { GroupReading } from './group-parts';
import { knownSince, publishedBefore } from './known-since';
import { withOrdinalNouns } from './ordinal-noun';
import { paragraphBreaks } from './paragraph-breaks';
import { type Accepted, type BestPicker, createBestPicker, outranks } from './pick-best';
import { pointsElsewhere } from './place-pointer';
import { createTimeViewer, type TimeViewer } from './plan-outcome';
import { monthPointedIn } from './pointed-month';
import { mayRecognize, type Recognition, recognize, timedByPage } from './recognize';
import { type DateMention, formatDate, parsePublished, type YearMonth } from './resolve-dates';
import { type Span, segmentSentences } from './segment-sentences';
import {
  createWordReader,
  datelinePlaces,
  endsOnMark,
  readFacts,
  readWords,
  type SentenceFacts,
  type SentenceWords,
  type WordReader,
  withoutEventFrames,
} from './sentence-facts';
import { turnBefore } from './speaker-turn';
import { ownerlessStage, stageOfOther, stageOwnedBefore } from './stage-owner';
import { entryYears, inEntryYear } from './timeline-entry';
import { type Token, tokenize } from './tokenize';
import { createTopicGate } from './topic-gate';
import type {
  CardView,
  Claim,
  ClaimId,
  ConceptId,
  Evidence,
  Match,
  MatchOptions,
  MatchResult,
  Rejection,
  SourceView,
  TimeView,
} from './types';

export type ScanOptions = MatchOptions & {
  /** Collect near misses and evaluate every claim on every sentence (slower; CLI --explain). */
  explain?: boolean;
  /** Read the sentence holding this offset first (the part of a page the reader sees). */
  startAt?: number;
  /** Called with each match as it is found (in reading order), before the pass ends. */
  onMatch?: (match: Match) => void;
  /**
   * Whether each match says why it matched (`evidence`; default true). The extension's page
   * never shows it: a long page's pass worded it for a thousand matches only to drop it.
   */
  evidence?: boolean;
  /**
   * Whether each match lists its card's sources (`corroborating`, `contradicting`; default true).
   * Without, they are empty and the card's verdict, summary and origin counts are counted from
   * its statements alone: the background's pass sends no source list to the page (an open card
   * asks for its own, card()), and building every card's views, links and order for it was a
   * restarted worker's first match's main cost after reading (about 4% of its instructions).
   */
  sources?: boolean;
};

export type Matcher = {
  /** Find the sentences of `text` that assert KB claims. */
  match(text: string, options?: ScanOptions): MatchResult;
  /** The same work as match(), yielding between sentences; the generator returns the result. */
  steps(text: string, options?: ScanOptions): Generator<void, MatchResult, void>;
  /**
   * What a match of the claim stating the value shows once its card is open: both source lists
   * and its place in time, "Since then" included (a match carries the same objects). Null for
   * a claim the story does not have.
   */
  card(claim: ClaimId, value?: string): CardView | null;
};

/** A card's two source lists with their tally, shared by every match of one claim and value. */
type TalliedSides = Sides & Tally;

export function createMatcher(story: CompiledStory): Matcher {
  if (story.format !== FORMAT)
    throw new Error(
      `compiled story has format ${story.format}, this engine reads ${FORMAT}: rebuild`,
    );
  const { kb } = story;
  const gate = createTopicGate(story.topic);
  const actors = new Set(story.actors);
  const referringNouns = new Set(story.referringNouns);
  const negationSpelled: ReadonlySet<ConceptId> = new Set(story.negationSpelled ?? []);
  /** Noun → the actors it may name again ("the group"), from the story's actorNouns. */
  const actorNouns = new Map<string, ConceptId[]>();
  for (const [actor, nouns] of Object.entries(story.actorNouns ?? {}))
    for (const noun of nouns) actorNouns.set(noun, [...(actorNouns.get(noun) ?? []), actor]);
  /** The story's places (its anchors that are not actors): what "there" may point back to. */
  const places = new Set(story.topic.anchors.filter((a) => !actors.has(a)));
  const placeNames = new Set([...story.topic.anchors, ...(story.topic.regional ?? [])]);
  /**
   * What a claim counts as its place beside the story's places: the other concepts of a group
   * holding one of them and no actor ("the harbour depot"; not "Portsea" among the council's
   * names, where it names who acts). Kept by claim: asked only after a card.
   */
  const placeWordsByClaim = new Map<Claim, ConceptId[]>();
  const placeWordsOf = (claim: Claim): ConceptId[] => {
    let found = placeWordsByClaim.get(claim);
    if (!found) {
      found = [];
      for (const group of claim.recognize.require)
        if (group.some((c) => places.has(c)) && !group.some((c) => actors.has(c)))
          for (const c of group) if (!places.has(c)) found.push(c);
      placeWordsByClaim.set(claim, found);
    }
    return found;
  };
  /** Concepts that point back at a place told before ("the pier"), from the story's topic. */
  const placePointers = new Set(story.topic.placePointers ?? []);
  const barePlanNouns = new Set(story.barePlanNouns ?? []);
  /** The story's words for another group of an actor ("the rest"), with its actors (group-parts.ts). */
  const groups: GroupReading | undefined = story.groupSubjects?.length
    ? { subjects: story.groupSubjects.map((s) => s.split(' ')), actors }
    : undefined;
  /** What may own a stage told with no owner ("the first phase"): the story's places and own actors. */
  const stageOwners = new Set([...story.topic.anchors, ...(story.topic.ownActors ?? [])]);
  /** … and in a sentence before, any of its actors too ("So the crews are leaving?"). */
  const stageActors = new Set([...stageOwners, ...actors]);
  /** What a question may lend the answer (carry-question.ts): who and where. */
  const whoAndWhere = new Set([...actors, ...places]);
  /** Other bodies with missions of their own: what "the deal" may take up from its referent. */
  const otherBodies = new Set(story.topic.otherBodies ?? []);
  /** What marks a question as about another body or another theatre: it lends nothing. */
  const otherActors = new Set([
    ...(story.topic.otherBodies ?? []),
    ...(story.topic.otherTheatres ?? []),
  ]);
  // Built on first use: a page that fails the topic precheck never needs them.
  let reader: WordReader | undefined;
  const wordReader = () => (reader ??= createWordReader(story));
  let claimIndex: ClaimIndex | undefined;
  const candidatesOf = (words: SentenceWords) => {
    claimIndex ??= createClaimIndex(story);
    return claimIndex(words);
  };
  /** Per claim, read when it is first a candidate: 0 not yet known, 1 regional, 2 not. */
  let regionalClaim: Uint8Array | undefined;
  const isRegionalClaim = (i: number): boolean => {
    regionalClaim ??= new Uint8Array(kb.claims.length);
    if (regionalClaim[i] === 0)
      regionalClaim[i] = gate.isRegionalClaim(kb.claims[i] as Claim) ? 1 : 2;
    return regionalClaim[i] === 1;
  };
  /** Per claim, the month it became reportable (known-since.ts), read when first a candidate. */
  let sinceOf: Int32Array | undefined;
  const claimSince = (i: number): number => {
    sinceOf ??= new Int32Array(kb.claims.length).fill(-1);
    if (sinceOf[i] === -1) sinceOf[i] = knownSince(kb.claims[i] as Claim);
    return sinceOf[i] as number;
  };
  const { byQuestion, fulfilledBy, planAt } = story.claimTables;
  let timeViewer: TimeViewer | undefined;
  /** A claim's place in time, built once per claim (it depends on nothing in the sentence). */
  const timeCache = new Map<Claim, TimeView | undefined>();
  const timeOf = (claim: Claim): TimeView | undefined => {
    if (claim.kind === undefined) return undefined;
    if (!timeCache.has(claim)) {
      timeViewer ??= createTimeViewer(
        kb,
        (plan) =>
          Object.hasOwn(fulfilledBy, plan)
            ? (fulfilledBy[plan] as number[]).map((i) => kb.claims[i] as Claim)
            : [],
        (id) => (Object.hasOwn(planAt, id) ? kb.claims[planAt[id] as number] : undefined),
      );
      timeCache.set(claim, timeViewer(claim));
    }
    return timeCache.get(claim);
  };
  let pickBest: BestPicker | undefined;
  let buildSides: SideBuilder | undefined;
  /** What the card shows depends only on the claim and the value stated: built once per pair. */
  const sidesCache = new Map<string, TalliedSides>();
  const sidesOf = (claim: Claim, value: string | undefined): TalliedSides => {
    const key = `${claim.id}\u0000${value ?? ''}`;
    let sides = sidesCache.get(key);
    if (!sides) {
      buildSides ??= createSideBuilder(kb, (question) =>
        Object.hasOwn(byQuestion, question)
          ? (byQuestion[question] as number[]).map((i) => kb.claims[i] as Claim)
          : [],
      );
      const built = buildSides(claim, value);
      sides = { ...built, ...tally(built.corroborating, built.contradicting) };
      sidesCache.set(key, sides);
    }
    return sides;
  };
  let tallier: Tallier | undefined;
  /** The tally alone, by claim: a card's counts do not depend on the value its sentence states. */
  const tallyCache = new Map<Claim, Tally>();
  const tallyOf = (claim: Claim): Tally => {
    let counted = tallyCache.get(claim);
    if (!counted) {
      tallier ??= createTallier((question) =>
        Object.hasOwn(byQuestion, question)
          ? (byQuestion[question] as number[]).map((i) => kb.claims[i] as Claim)
          : [],
      );
      counted = tallier(claim);
      tallyCache.set(claim, counted);
    }
    return counted;
  };
  /** The card of a claim and value as a match without source lists carries it. */
  const countedOnly = (claim: Claim): TalliedSides => ({
    ...tallyOf(claim),
    corroborating: NO_SOURCES,
    contradicting: NO_SOURCES,
  });

  function* steps(text: string, options: ScanOptions = {}): Generator<void, MatchResult, void> {
    const explain = options.explain ?? false;
    const withEvidence = explain || (options.evidence ?? true);
    const cardOfMatch = explain || (options.sources ?? true) ? sidesOf : countedOnly;
    const published = parsePublished(options.published);
    let spans: Span[] | undefined;
    const sentences = () => (spans ??= segmentSentences(text));
    const skipped = gate.precheck(text, published, () => sentences().length);
    if (skipped && !explain)
      return { matches: [], sentences: 0, rejections: [], offTopic: skipped };
    yield;

    // A very long page is split block by block, yielding between runs of blocks.
    if (!spans) spans = yield* segmentInSteps(text);
    const order = readingOrder(sentences(), options.startAt);
    yield;
    // Building the trie's lookup tables is a step of its own.
    const reader = wordReader();
    yield;
    const words: SentenceWords[] = new Array(sentences().length);
    for (const i of order) {
      const span = sentences()[i] as Span;
      words[i] = readWords(text.slice(span.start, span.end), reader);
      yield;
    }
    // "The first, covering …" after "in two stages": the ordinal read with the item it stands for.
    const readPhrase = (phrase: string) => reader.findConcepts(tokenize(phrase), phrase);
    for (const i of order)
      words[i] = withOrdinalNouns(words[i] as SentenceWords, words[i - 1], readPhrase);
    const offTopic = skipped ?? gate.articleOffTopic(words);
    const namedOnce = !offTopic && gate.namesOnce(words);
    const otherBody = !offTopic && gate.aboutOtherBody(words);
    const neighbourLed = !offTopic && !namedOnce && gate.aboutNeighbour(words);
    const matches: Match[] = [];
    const rejections: Rejection[] = [];
    if (!offTopic || explain) {
      const breaks = paragraphBreaks(text);
      // "Jan. 5: …" after "Jan. 3, 2020 — …": a chronology's entry in the year of the one before.
      const entryYear = entryYears(words, published);
      const factbox = factboxTitle(words[0]);
      /** The headline's names of several words, which a sentence may name again by their noun. */
      const headNames = headlineNames(words[0]);
      let carried: SentenceWords | undefined;
      let carriedAt = -1;
      /** The last sentence carded and its card, for carry-context.ts. */
      let cardedAt = -1;
      let lastCard: { claim: Claim; result: Accepted } | undefined;
      /** The last sentence carded only as saying again the card before it: no chain of them. */
      let restatedAt = -1;
      /** Each sentence weighed so far, as read with what it carried (one with no candidates is not). */
      const read: (SentenceWords | undefined)[] = new Array(sentences().length);
      /** Each sentence's card, for the ones it has. */
      const cardOf: (Claim | undefined)[] = new Array(sentences().length);
      /** The date each card was read with, for a sentence that names its event again. */
      const cardDateOf: (DateMention | undefined)[] = new Array(sentences().length);
      /** Each sentence with the place it named again ("the depot"), card or not. */
      const placed: (SentenceWords | undefined)[] = new Array(sentences().length);
      /**
       * Why a claim read in sentence i is refused by what the sentences around it tell of its
       * words, or undefined: a stage that is another's, a place pointer pointing elsewhere, a key
       * named only as who says it.
       */
      const refusedInContext = (claim: Claim, f: SentenceFacts, i: number): string | undefined => {
        const key = claim.recognize.require[0] ?? [];
        // "The first phase would be finished by May." after a sentence on a dredging contract:
        // a stage with no owner in its sentence is that of the one before (stage-owner.ts).
        if (
          ownerlessStage(f, key, stageOwners, referringNouns) &&
          !stageOwnedBefore(
            [3, 2, 1].map((back) => ({
              own: words[i - back],
              read: read[i - back] ?? words[i - back],
              carded: cardOf[i - back] !== undefined,
            })),
            stageActors,
            referringNouns,
          )
        )
          return "a stage with no owner, after a sentence not about the story: another's";
        // "Storms hit the pier at Portsea. The pier was closed.": the pier is Portsea's, not the
        // claim's place, when the claim's place is read only on the pointer.
        if (
          placePointers.size > 0 &&
          claim.recognize.require.some((group) =>
            pointsElsewhere(f, group, placePointers, places, [words[i - 2], words[i - 1]]),
          )
        )
          return 'points back at another place of the story';
        // "It came after the operator closed its depot in Lakeland": a sentence naming another
        // theatre of the actors' in its own words, and the story's places only as carried from
        // before ("It"), tells of that theatre (the sentence gate counts the carried places).
        if (
          f.otherTheatre !== undefined &&
          !f.hits.some((h) => !h.inferred && placeNames.has(h.concept))
        )
          return `names another place ("${f.otherTheatre}") and none of the story's`;
        // "The ferry resumed, according to the harbour board": the board is who says it.
        if (keyOnlyAttributed(f, key))
          return 'names the key only as who says it ("according to …")';
        // "The committee said a separate programme had ended": the body named again only as who
        // tells of something else.
        if (keyOnlyCarriedTeller(f, key))
          return 'names the key only as who tells it, by a noun naming it again';
        // "The city's tram line is meant to open its first phase by May": another project's stage.
        if (stageOfOther(f, key, stageActors, referringNouns, places))
          return 'a stage the sentence gives to something else: its own';
        // "The two sides agreed a timetable." is the article's plan only once the article has
        // told what plan it is about (bare-plan-noun.ts).
        if (planNounUntold(claim.recognize.require, f.hits, words, barePlanNouns, i))
          return 'a plan named by its noun alone, in an article that has not told what plan';
        return undefined;
      };
      /**
       * One sentence read in the light of those before it: whether it was weighed (a sentence with
       * nothing to weigh yields no step). A function of its own, not the body of the loop below, so
       * the generator holds only the loop across its yields: every yield copies the generator's
       * registers, and the reading needs a hundred of them.
       */
      const readSentence = (i: number): boolean => {
        const span = sentences()[i] as Span;
        // A pronoun subject takes its actors from the sentence before, across a paragraph break
        // too (news pages give a sentence a paragraph); "the plan" and a quote's speaker stay
        // within the paragraph, save a quote going on. The sentence before as read, with what it
        // carried itself ('"…," he said.').
        const before = sentences()[i - 1];
        const previous = before && (carriedAt === i - 1 ? carried : words[i - 1]);
        const newParagraph = before !== undefined && breaks.between(before.end, span.start);
        // "HOST: … Is that so?" "GUEST: …": an answer takes up the whole turn that asked.
        let subject = carrySubject(
          words[i] as SentenceWords,
          turnBefore(words, i, previous),
          actors,
          newParagraph,
          referringNouns,
          (kinds) => toldEarlier(words, i - 1, kinds),
        );
        // "Q: Have the crews left? A: Not yet. They …": past an interview's short answer that
        // names no one, the pronoun points at whom the question named (elsewhere a pronoun
        // reaches only the sentence just before).
        if (
          subject === words[i] &&
          i >= 2 &&
          previous &&
          answerMark(previous) &&
          !previous.hits.some((h) => actors.has(h.concept))
        )
          subject = carrySubject(
            words[i] as SentenceWords,
            read[i - 2] ?? words[i - 2],
            actors,
            newParagraph,
            referringNouns,
          );
        // "The deal …": the deal told last, a firm's or another mission's when that one was.
        subject = bodyOfReferent(subject, words, i, otherBodies, referringNouns);
        // "OLD PIER, Portsea — The last crews left.": where the dateline says (sentence-facts.ts).
        const placedW = (subject.hits.length > 0 && datelinePlaces(subject, places)) || subject;
        // "Officials welcomed the decision." with no card in the few sentences before: the
        // decision is another's (carry-reaction.ts).
        const w = i > 0 && cardedAt < i - 3 ? reactionToNothing(placedW) : placedW;
        carried = w;
        carriedAt = i;
        const candidates = explain ? kb.claims.map((_, k) => k) : candidatesOf(w);
        // Whether it says again the card just before, and (below) the noun naming a card's event
        // again: asked only of a sentence with no card of its own words (most cards never ask).
        let restatedRead: boolean | undefined;
        const restated = () =>
          (restatedRead ??=
            lastCard !== undefined &&
            restatedAt !== cardedAt &&
            ((cardedAt === i - 1 &&
              (restatesPrevious(w.tokens, words[i - 1]?.tokens, w.text) ||
                moreOfTheSame(w, lastCard.claim.recognize.require[0] ?? [], actors))) ||
              (cardedAt >= i - FOLLOWED_REACH && followedBy(w.tokens))));
        // What it leaves to the sentence before ("there", "it", "the commission"; carry-context.ts):
        // only for a sentence that names something of the story, which may then have candidates
        // of its own through it.
        let more =
          before && w.hits.length > 0
            ? carryContext(w, previous, places, placeNames, cardedAt === i - 1)
            : undefined;
        // A place reaches across one or two sentences that name none; a name or a pronoun's does
        // not. Not into a heading ("Talks On The Ferry Closure"), which starts a part of its own.
        // Only across sentences that name none: one naming a place of its own ("Contracts at the
        // Old Pier are wound down.") stands between, and its place, offered or not, is the last told.
        if (
          !more &&
          w.hits.length > 0 &&
          endsOnMark(w.text, '.!?…') &&
          !(previous && (placesSomething(previous, places) || placesHere(previous)))
        )
          for (let back = 2; back <= PLACE_SKIP_REACH && back <= i; back++) {
            const offer = placesOnly(read[i - back] ?? NO_WORDS, places);
            if (offer) {
              more = carryContext(w, offer, places, placeNames, cardedAt >= i - back);
              break;
            }
          }
        // "The last boats left the pier on Friday.": the place a few sentences before named, as
        // each was read with the places it took from those before it ("the depot" → the Old Pier).
        if (!more && w.hits.length > 0) {
          const from = Math.max(0, i - PLACE_REACH);
          const before: (SentenceWords | undefined)[] = [];
          for (let k = from; k < i; k++) before.push(placed[k] ?? words[k]);
          more = placeNamedAgain(w, before, places);
        }
        // "It was shelled last week." after "…, the depot is easy to miss.": the place it named again.
        if (!more && w.hits.length > 0) more = itIsThePlace(w, placed[i - 1], places);
        if (more?.words.hits.some((h) => h.inferred && places.has(h.concept)))
          placed[i] = more.words;
        // "The group said it would hold out.": the actor a sentence before named, by a noun the
        // story lists for it, within the paragraph; pointed back to, as "the commission" is.
        // Only past a word the story lists as an actor's noun: most sentences have none, and the
        // reading (and its reach back) would look at every determiner to find none.
        if (
          w.hits.length > 0 &&
          actorNouns.size > 0 &&
          namesAny((more?.words ?? w).tokens, actorNouns)
        ) {
          let reach = 0;
          while (
            reach < ACTOR_REACH &&
            reach < i &&
            !breaks.between((sentences()[i - reach - 1] as Span).end, span.start)
          )
            reach++;
          // "… to keep the group down. ¶ The militants were driven out in 2019": a sentence
          // opening a paragraph reaches the one just before it (news paragraphs are one or two
          // sentences long), unless that one is the headline (sentence 0).
          if (reach === 0 && i > 1) reach = 1;
          const back: (SentenceWords | undefined)[] = [];
          for (let k = i - reach; k < i; k++) back.push(read[k] ?? words[k]);
          const named = actorNamedAgain(more?.words ?? w, back, actorNouns);
          if (named) more = { words: named, cued: true };
        }
        // "That committee meets in May.": the committee the sentence before named in several
        // words, whatever the story makes of it; pointed back to, as "the commission" is.
        if (!more?.cued && w.hits.length > 0) {
          const again = namedByItsNoun(more?.words ?? w, previous);
          if (again) more = { words: again, cued: true };
        }
        // "The commission met again." a few sentences under "Harbour Works Commission Takes Over":
        // the name the headline gave, named again by its noun (carry-headline.ts).
        if (!more?.cued && i >= 2 && w.hits.length > 0 && headNames.length > 0) {
          const again = headlineNameAgain(more?.words ?? w, words[0] as SentenceWords, headNames);
          if (again) more = { words: again, cued: true };
        }
        // "About two hundred of them will sail on.": what the figure of the sentence before counted.
        // Not pointed back to: read only when it has no card of its own.
        if (w.hits.length > 0) {
          const counted = countOfThem(more?.words ?? w, previous, places);
          if (counted) more = { words: counted, cued: more?.cued ?? false };
        }
        // "Most of those pilots left in May.": the pilots the sentence before named, with what it
        // gave them ("Portsea pilots"). Not pointed back to: read only when it has no card.
        if (w.hits.length > 0) {
          const those = thoseNamedAgain(more?.words ?? w, previous, places);
          if (those) more = { words: those, cued: more?.cued ?? false };
        }
        // "The other depots are being wound down.": the rest of what belongs to the actors a
        // sentence or three before named. Not pointed back to: read only when it has no card.
        if (!more?.cued && w.hits.length > 0) {
          const back: (SentenceWords | undefined)[] = [];
          for (let k = Math.max(0, i - OTHERS_REACH); k < i; k++) back.push(read[k] ?? words[k]);
          const others = othersOfThose(more?.words ?? w, back, actors);
          if (others) more = { words: others, cued: false };
        }
        // "Officials were careful not to call it a retreat." under "Harbour Board To Close The
        // Old Pier": bare officials are the headline's body's (bare-teller.ts). Not pointed back
        // to: read only when it has no card of its own.
        if (!more?.cued && w.hits.length > 0 && i >= 2) {
          const tellers = tellersOfTheHeadline(more?.words ?? w, words[0], actors);
          if (tellers) more = { words: tellers, cued: false };
        }
        // "An announcement was put off in May. It could now come in June.": "it" is the event the
        // sentence before opened with; pointed back to, as "the commission" is.
        if (!more?.cued) {
          const told = eventOfIt(more?.words ?? w, previous, actors, referringNouns);
          if (told) more = { words: told, cued: true };
        }
        // "How many crews are left? Officials put it at under two hundred.": an answer takes up all
        // the question asked about; pointed back to, as "the commission" is.
        if (!more?.cued) {
          const answer =
            answerTo(more?.words ?? w, previous) ?? countGoesOn(more?.words ?? w, previous, actors);
          if (answer) more = { words: answer, cued: true };
        }
        // "Two of them said no.": a refusal with no object refuses what the sentence before told;
        // "Two refused: …", "… said no on the spot" only what a card just before told.
        if (!more?.cued) {
          const afterCard = cardOf[i - 1] !== undefined;
          const refused = refusesWhatWasTold(more?.words ?? w, previous, actors, afterCard);
          if (refused) more = { words: refused, cued: true };
        }
        // "Attacks fell to four last year." after two sentences about the raiders: a count that
        // leaves out whose it is counts for the actor the paragraph is about. Not pointed back
        // to: read only when the sentence has no card of its own.
        if (!more && w.hits.length > 0 && i >= 2) {
          const theirs = countOfTheirs(
            w,
            read[i - 1] ?? previous,
            read[i - 2] ?? words[i - 2],
            actors,
          );
          if (theirs) more = { words: theirs, cued: false };
        }
        /** The sentence read as a reaction to what a card before told (carry-reaction.ts). */
        let reactedAs: SentenceWords | undefined;
        // "The mayor welcomed the move.": a reaction to the event a card of the few sentences
        // before told (carry-reaction.ts). Not pointed back to: read only when the sentence has
        // no card of its own ("praised the move, but said …" may tell a claim of its own).
        if (!more?.cued && w.hits.length > 0 && cardedAt >= i - 3) {
          const back = [read[i - 3], read[i - 2], read[i - 1]];
          for (let k = 0; k < 3; k++) if (!cardOf[i - 3 + k]) back[k] = undefined;
          const reacted = reactionTo(more?.words ?? w, back, actors);
          if (reacted) {
            more = { words: reacted, cued: false };
            // Past a line with no card, the event reacted to is not the one just told.
            if (!cardOf[i - 1]) reactedAs = reacted;
          }
        }
        // "The handover came weeks late.": the event a card just before told, where it told it,
        // and only that card (carry-context.ts). A sentence with a card of its own is read so
        // too ("confirmed the completion of this sailing"): the event named again outranks a
        // reading of its bare words when it scores higher.
        let sameCardAs: Claim | undefined;
        let eventConcept: ConceptId | undefined;
        let eventTried = false;
        const readAsEvent = () => {
          eventTried = true;
          if (more?.cued || w.hits.length === 0 || cardedAt < 0 || cardedAt < i - 3) return;
          const back = [read[i - 3], read[i - 2], read[i - 1]];
          for (let k = 0; k < 3; k++) if (!cardOf[i - 3 + k]) back[k] = undefined;
          // The place as a card told it when it named none of the story's places ("the
          // sprawling depot by the harbour"): its claim's words of place (placeWordsOf).
          const placeWords = new Set<ConceptId>();
          for (let k = 0; k < 3; k++) {
            const card = cardOf[i - 3 + k];
            if (card) for (const c of placeWordsOf(card)) placeWords.add(c);
          }
          const event = eventPlace(w, back, places, actors, placeWords);
          if (!event) return;
          more = { words: event.words, cued: true };
          sameCardAs = cardOf[i - event.back];
          eventConcept = event.concept;
        };
        if (candidates.length === 0 && !restated() && !more) readAsEvent();
        // "The transfer was completed this morning.": an event named again, a card a few
        // sentences before (read at the end, when nothing else gave a card).
        let echoRead: number | undefined;
        const echoAtOf = () =>
          (echoRead ??=
            cardedAt >= 0 && cardedAt >= i - ECHO_REACH
              ? eventNamedAgain(w.tokens, w.text, referringNouns)
              : -1);
        // What the headline offered, kept for the reading below: when the sentence still stands
        // as it was asked of, the same words and candidates, not read twice.
        let offered:
          | { own: SentenceWords; again?: SentenceWords; candidates?: number[] }
          | undefined;
        // A sentence with no candidates of its own may have some with the headline's actors and
        // places (read below, when nothing else gave it a card).
        const headlineOffers = (own: SentenceWords) => {
          if (i === 0) return false;
          // "Crews: about 200" under "Factbox: …": the line is about the title's actors.
          const listed = factbox ? factboxLine(own, words[0] as SentenceWords, actors) : undefined;
          if (listed && candidatesOf(listed).length > 0) return true;
          if (!cardOf[0]) return false;
          const again = headlineDefaults(own, words[0], actors, places, placeNames);
          const found = again && candidatesOf(again);
          offered = { own, again, candidates: found };
          return found !== undefined && found.length > 0;
        };
        // "Was the handover of the pier done well?" "I think so. We gave the keys back in May.":
        // the answer read with the question's words (carry-question.ts), looked up once.
        let answered:
          | { question: SentenceWords; at: number; words: SentenceWords }
          | null
          | undefined;
        let answeredCandidates: number[] = [];
        const answerLend = () => {
          if (answered !== undefined) return answered;
          answered = null;
          const question = questionAnswered(
            w,
            read[i - 1] ?? words[i - 1],
            read[i - 2] ?? words[i - 2],
          );
          const lent = question && withQuestion(w, question);
          if (!question || !lent) return answered;
          answered = { question, ...lent };
          answeredCandidates = candidatesOf(lent.words);
          return answered;
        };
        let moreCandidates: number[] | undefined;
        if (candidates.length === 0 && !restated()) {
          const found = more ? candidatesOf(more.words) : [];
          if (found.length > 0) moreCandidates = found;
          else if (
            echoAtOf() < 0 &&
            !headlineOffers(w) &&
            !(answerLend() && answeredCandidates.length > 0)
          )
            return false;
        }
        /** Weighed only for the event it names again: what it carries is offered to none after. */
        const echoOnly = candidates.length === 0 && !restated() && !moreCandidates;
        // Why the sentence is off the story, read as it stands or with what it carries: a year
        // outside the story's, or ("Talks broke down that autumn." after a sentence told of
        // 2011) a time that points back at one.
        const sentenceOff = (facts: SentenceFacts) =>
          gate.sentenceOffTopic(facts) ??
          // Read with what it carries, the sentence has the places of the sentences before.
          gate.aboutOtherTheatre(w) ??
          (namedOnce ? gate.awayFromPlace(w) : undefined) ??
          (otherBody ? gate.awayFromOwnActors(facts) : undefined) ??
          (facts.dates.length === 0
            ? gate.pointsOutside(w, [words[i - 3], words[i - 2], words[i - 1]], published)
            : undefined);
        let f = readFacts(
          w,
          published,
          story.inferences,
          places,
          undefined,
          negationSpelled,
          groups,
        );
        inEntryYear(f.dates, entryYear[i], f.tokens, f.future);
        /** The sentence's own facts: read again with other concepts, its words' analyses are kept. */
        const ownFacts = f;
        // In an article that names the story's place once, a sentence naming a neighbour too is
        // read for the neighbour's claims and dated events only, as one naming the neighbour alone.
        // In an article about a neighbour, a sentence naming neither place is the neighbour's too.
        const neighbour =
          (namedOnce && gate.namesNeighbour(w)) ||
          (neighbourLed && gate.awayFromPlace(w) !== undefined);
        let outcome = judgeSentence(
          f,
          candidates,
          () => offTopic ?? sentenceOff(f),
          explain,
          published,
          neighbour,
        );
        // The sentence read again with other words (what it carries) or a date it leaves to
        // another sentence; the candidates are those of its own words, or of what it carries.
        const readAgain = (
          again: SentenceWords,
          date: DateMention | undefined,
          own = false,
          /** Its candidates, when already looked up. */
          known?: number[],
          /** A claim not to read it as (carry-answering.ts: the card it answers). */
          skip?: Claim,
        ) => {
          const facts = readFacts(
            again,
            published,
            story.inferences,
            places,
            ownFacts,
            negationSpelled,
            groups,
          );
          inEntryYear(facts.dates, entryYear[i], facts.tokens, facts.future);
          if (date) facts.dates.push(date);
          const list = explain
            ? candidates
            : (known ?? ((!own && moreCandidates) || candidatesOf(again)));
          const outcome = judgeSentence(
            facts,
            skip ? list.filter((k) => kb.claims[k] !== skip) : list,
            () => offTopic ?? sentenceOff(facts),
            explain,
            published,
            neighbour,
          );
          return { facts, outcome };
        };
        // No claim on its own words, or words that point back ("it", "there", "the commission"):
        // read it again with what it leaves to the sentences before (carry-context.ts). Pointed
        // back to, the reading must score higher than the sentence's own.
        if (!eventTried) readAsEvent();
        // "The following January, …": a month pointed back at dates even a card of the
        // sentence's own words (pointed-month.ts), which a date told before may refuse.
        const pointed = before && f.dates.length === 0 && monthPointedIn(w.tokens);
        const date =
          before && (!('result' in outcome) || pointed) && f.dates.length === 0
            ? carriedDate(w, [words[i - 3], words[i - 2], words[i - 1]], published)
            : undefined;
        if ((more && (more.cued || !('result' in outcome))) || date) {
          const w2 = more?.words ?? w;
          const { facts: f2, outcome: again } = readAgain(w2, date);
          if (pointed && date && !more && 'result' in outcome && !('result' in again)) {
            outcome = again;
            f = f2;
          } else if (
            'result' in again &&
            // "Experts welcomed the step." past a line with no card: the reaction tells a claim
            // only through its own words, not the event it reacts to retold (carry-reaction.ts).
            (w2 !== reactedAs || reactsInOwnWords(again.claim.recognize.require, w.hits)) &&
            (sameCardAs === undefined ||
              again.claim === sameCardAs ||
              planOfEvent(sameCardAs, again.claim, again.result.date, eventConcept)) &&
            (!('result' in outcome) || again.result.score > outcome.result.score)
          ) {
            outcome = again;
            f = f2;
            carried = w2;
          }
        }
        // No date of its own, just after a card: the same plan told on, at the date told there.
        // A date only in what the sentence takes for granted ("Under the deal reached last
        // year, …") dates that, not what it tells.
        if (
          !('result' in outcome) &&
          lastCard?.claim.kind === 'plan' &&
          cardedAt === i - 1 &&
          f.dates.every((d) => f.framedAt(d.from)) &&
          (candidates.length > 0 || moreCandidates)
        ) {
          const told = dateOfCardBefore(carried, lastCard.result.date);
          if (told) {
            const { facts: f2, outcome: again } = readAgain(carried, told);
            if ('result' in again && again.claim === lastCard?.claim) {
              outcome = again;
              f = f2;
            }
          }
        }
        // "The handover comes three weeks late.": the nearest card of the few sentences before,
        // read again with all it told at the noun naming its event; kept only when it is that card.
        const echoAt = 'result' in outcome ? -1 : echoAtOf();
        if (echoAt >= 0)
          for (let back = 1; back <= ECHO_REACH && back <= i; back++) {
            // Within the paragraph: a new one may name another event by the same noun. "It was
            // in May." opening one, which says nothing but when, dates the sentence just before.
            // The headline (sentence 0) stands apart, but names the event the article is about:
            // a sentence within reach of it takes that event up across the break.
            if (
              i - back !== 0 &&
              breaks.between((sentences()[i - back] as Span).end, span.start) &&
              !(back === 1 && onlyItsDate(w.tokens, echoAt, allDates(f)))
            )
              break;
            const card = cardOf[i - back];
            const told = read[i - back];
            if (!card || !told) continue;
            if (card.kind === 'plan' && namesSlipping(w.tokens, echoAt)) break;
            // "Its handover …", a noun of the story's own, names a handover: not the event of a
            // card that told none.
            const noun =
              referringNouns.has(w.tokens[echoAt]?.norm ?? '') &&
              w.hits.find((h) => h.from === echoAt && !h.inferred);
            // A word the card's claim takes as the same (one of its groups holds both: "the
            // handover" after "the crews depart") names that event too. A card that told another
            // event is passed over for one before it that told this one.
            if (
              noun &&
              !told.hits.some((h) => sameInClaim(card.recognize.require, h.concept, noun.concept))
            )
              continue;
            const again = withEventTold(carried, told, echoAt);
            const cardDate = cardDateOf[i - back];
            const { facts: f2, outcome: o } = readAgain(
              again,
              f.dates.length === 0 && cardDate ? dateOfCardBefore(again, cardDate) : undefined,
              true,
            );
            if (
              'result' in o &&
              o.claim === card &&
              ((back === 1 && toldHappening(w.tokens, echoAt)) ||
                toldInOwnWords(
                  card.recognize.require,
                  w,
                  echoAt,
                  actors,
                  // "They began on 15 August.": the date it was read with is its own.
                  f.dates.length > 0 &&
                    o.result.date !== undefined &&
                    f2.dates.includes(o.result.date),
                  allDates(f),
                ))
            ) {
              outcome = o;
              f = f2;
              carried = again;
            } else if (back === 1 && toldTakingPlace(w.tokens, echoAt)) {
              // "It came weeks ahead of the deadline." right after the card: another claim, read
              // with what that card told, when the line's own words add a part of it
              // (carry-answering.ts). Only the line's own dates: the card's date is the card's.
              const { facts: f3, outcome: o3 } = readAgain(again, undefined, true, undefined, card);
              if (
                'result' in o3 &&
                addsToTold(o3.claim.recognize.require, w.hits, told.hits, echoAt, actors)
              ) {
                outcome = readAs(
                  o3,
                  'a line telling when or how the statement before it came about',
                );
                f = f3;
                carried = again;
              }
            }
            break;
          }
        // An answer with no card: read with who or where the question it answers named, kept only
        // when its own words tell the claim and the question lends no more (carry-question.ts).
        // So is an answer whose own card rests only on what it takes for granted (a score below
        // zero: "The army does, since the crews finished leaving in May." under "Who holds the
        // pier now?"): the question's reading replaces it when it scores higher.
        const ownScore = 'result' in outcome ? outcome.result.score : undefined;
        const asked = ownScore === undefined || ownScore < 0 ? answerLend() : null;
        if (asked) {
          const { facts: f2, outcome: o } = readAgain(
            asked.words,
            undefined,
            true,
            answeredCandidates,
          );
          if (
            'result' in o &&
            (ownScore === undefined || o.result.score > ownScore) &&
            toldInOwnWords(
              o.claim.recognize.require,
              w,
              asked.at,
              actors,
              f.dates.length > 0 && o.result.date !== undefined && f2.dates.includes(o.result.date),
              allDates(f),
            ) &&
            questionLendsWhoOrWhere(
              o.claim.recognize.require,
              words[i] as SentenceWords,
              asked.question,
              whoAndWhere,
              otherActors,
              stageOwners,
            )
          ) {
            outcome = readAs(o, 'an answer: who or where from the question it answers');
            f = f2;
            carried = asked.words;
          }
        }
        // "Will the crews be gone by May? Yes, the harbour master said." / "When did the crews
        // leave? On 3 May.": an answer that only assents, or only dates, tells the question as a
        // statement (carry-affirmed-question.ts).
        let askedFrom: number | undefined;
        if (!('result' in outcome) && before && !cardOf[i - 1]) {
          const question = read[i - 1] ?? (words[i - 1] as SentenceWords);
          const dated = whenQuestion(question) && onlyDates(w, f.dates);
          if (dated || (yesNoQuestion(question) && onlyAssents(w))) {
            const told = asStatement(question);
            const end = told.tokens.length;
            const first = f.dates[0];
            const date =
              dated && first && end > 0 ? { ...first, from: end - 1, to: end } : undefined;
            const { facts: f2, outcome: o } = readAgain(told, date, false, candidatesOf(told));
            if ('result' in o) {
              outcome = readAs(
                o,
                dated
                  ? 'an answer giving the date the question asked'
                  : 'an answer assenting to the question',
              );
              f = f2;
              carried = withQuestion(w, question)?.words ?? w;
              // "Yes, he said." quotes nothing alone: the card is the question and its assent. A
              // date answers on its own ("On 3 May."): the card is the answer's.
              askedFrom = dated ? span.start : before.start;
            }
          }
        }
        // "Who is still at the pier? A smaller crew of pilots, the board said.": a bare noun phrase
        // answering a question on its subject tells the question with that phrase as its subject
        // (carry-named-answer.ts).
        if (!('result' in outcome) && before && !cardOf[i - 1]) {
          const question = words[i - 1] as SentenceWords;
          const asked = subjectAsked(question);
          const phrase = asked >= 0 ? bareNounPhrase(w) : 0;
          if (phrase > 0) {
            const told = readWords(namedAnswer(question, asked, w, phrase), reader);
            const { facts: f2, outcome: o } = readAgain(told, undefined, false, candidatesOf(told));
            if ('result' in o) {
              outcome = readAs(o, 'an answer naming who or what the question asked of');
              f = f2;
              carried = told;
              askedFrom = before.start;
            }
          }
        }
        // "The last of them sail in April." under the headline "Crews To Quit The Old Pier By
        // Spring": a body sentence naming no one and nowhere of its own tells of the headline's
        // actors at its place, kept only when so read it makes the headline's own card.
        const headCard = cardOf[0];
        if (headCard && i > 0 && !('result' in outcome) && !(restated() && lastCard)) {
          const asked = offered?.own === carried ? offered : undefined;
          const again = asked
            ? asked.again
            : headlineDefaults(carried, words[0], actors, places, placeNames);
          if (again) {
            const { facts: f2, outcome: o } = readAgain(again, undefined, true, asked?.candidates);
            if ('result' in o && o.claim === headCard) {
              outcome = o;
              f = f2;
              carried = again;
            }
          }
        }
        // "Crews Finish Leaving The Old Pier" … "It took them three weeks.": a lead (the sentence
        // right under the headline) whose own words are one group short of the headline's card,
        // read with the headline's concepts of that group (carry-headline-lead.ts); kept only as
        // that card. One sentence a page, and only when it has no card.
        if (headCard && i === 1 && !('result' in outcome)) {
          const told = headlineLead(w, words[0], headCard.recognize.require, places);
          if (told) {
            const { facts: f2, outcome: o } = readAgain(told, undefined, true);
            if ('result' in o && o.claim === headCard) {
              outcome = o;
              f = f2;
              carried = told;
            }
          }
        }
        if (factbox && i > 0 && !('result' in outcome)) {
          const listed = factboxLine(carried, words[0] as SentenceWords, actors);
          if (listed) {
            const { facts: f2, outcome: o } = readAgain(listed, undefined, true);
            if ('result' in o) {
              outcome = o;
              f = f2;
              carried = listed;
            }
          }
        }
        if (!echoOnly || 'result' in outcome) read[i] = carried;
        // "That point was made clear by the spokesman.": the previous sentence's claim, said again.
        // "The move is part of a deal the two sides struck last year.": the event named again is
        // the card's, but what the sentence tells of it in its own words (the deal and who struck
        // it) is a claim of its own, which is its card rather than the card before told again.
        // The move may be told over the cards of a few sentences ("Convoys drove out of the
        // base. Some headed north."): what each told is added, nearest first, until one reads so.
        if (!('result' in outcome) && restated() && lastCard) {
          const at = eventNamedAgainAt(w.tokens);
          let again = carried;
          for (let back = 1; at >= 0 && back <= ECHO_REACH && back <= i; back++) {
            const told = read[i - back];
            const card = cardOf[i - back];
            if (!told || !card) break;
            again = withEventTold(again, told, at);
            const { facts: f2, outcome: o } = readAgain(again, undefined, true);
            if (
              'result' in o &&
              o.claim !== lastCard.claim &&
              o.claim !== card &&
              toldInOwnWords(o.claim.recognize.require, w, at, actors)
            ) {
              outcome = o;
              f = f2;
              carried = again;
              read[i] = carried;
              break;
            }
          }
        }
        if (!('result' in outcome) && restated() && lastCard) {
          const { claim, result } = lastCard;
          const said: Evidence = { kind: 'clause', detail: 'restates the sentence before' };
          outcome = { claim, result: { ...result, evidence: () => [said, ...result.evidence()] } };
          restatedAt = i;
        }
        // A claim read, then refused by what the sentences around it tell of its words.
        if ('result' in outcome) {
          const refused = refusedInContext(outcome.claim, f, i);
          if (refused) outcome = { claim: outcome.claim.id, reason: () => refused };
        }
        if ('result' in outcome) {
          lastCard = { claim: outcome.claim, result: outcome.result };
          const whole = askedFrom === undefined ? span : { start: askedFrom, end: span.end };
          const match = toMatch(
            outcome.claim,
            outcome.result,
            whole,
            askedFrom === undefined ? f.text : text.slice(whole.start, whole.end),
            cardOfMatch,
            timeOf,
            withEvidence,
          );
          matches.push(match);
          cardedAt = i;
          cardOf[i] = outcome.claim;
          cardDateOf[i] = outcome.result.date;
          options.onMatch?.(match);
        } else if (explain && outcome.reason)
          rejections.push({
            ...span,
            text: f.text,
            reason: outcome.reason(),
            ...(outcome.claim && { claim: outcome.claim }),
          });
        return true;
      };
      for (const i of order) if (readSentence(i)) yield;
    }
    matches.sort((a, b) => a.start - b.start);
    rejections.sort((a, b) => a.start - b.start);
    return { matches, sentences: sentences().length, rejections, ...(offTopic && { offTopic }) };
  }

  /** A reading kept with how the sentence was read again as the first line of its evidence. */
  function readAs(
    o: { claim: Claim; result: Accepted },
    detail: string,
  ): { claim: Claim; result: Accepted } {
    const took: Evidence = { kind: 'clause', detail };
    const { result } = o;
    return { claim: o.claim, result: { ...result, evidence: () => [took, ...result.evidence()] } };
  }

  /**
   * The best claim this sentence asserts, or why none (the nearest miss), or nothing to say.
   * The reason is worded only if read (explain mode).
   */
  function judgeSentence(
    f: SentenceFacts,
    candidates: number[],
    /** Why the sentence is off the story, if it is: asked only of a sentence with a claim. */
    offTopic: () => string | undefined,
    explain: boolean,
    published: YearMonth | null,
    /** Read as a sentence naming only a neighbour (see topic-gate.ts namesNeighbour). */
    neighbour = false,
  ): { claim: Claim; result: Accepted } | { reason?: () => string; claim?: string } {
    let best: { claim: Claim; result: Accepted; index: number } | undefined;
    let nearest: { claim: Claim; reason: () => string; progress: number } | undefined;
    const regionalOnly = neighbour || gate.regionalOnly(f);
    const read = (i: number): Recognition => {
      if (
        regionalOnly &&
        !isRegionalClaim(i) &&
        !datedEvent(kb.claims[i] as Claim) &&
        !(neighbour && gate.claimAtPlace(kb.claims[i] as Claim, f))
      )
        return NEIGHBOURING_ONLY;
      if (publishedBefore(claimSince(i), published)) return notYet(kb.claims[i] as Claim);
      return recognize(kb.claims[i] as Claim, f, story.claimTables.toldDoneUntil[i]);
    };
    /** In explain mode, every claim the sentence could be read as, to say why the best won. */
    const readings: { claim: Claim; result: Accepted; index: number }[] = [];
    if (explain)
      // Every claim is read, and the nearest miss says why the sentence asserts none.
      for (const i of candidates) {
        const claim = kb.claims[i] as Claim;
        const result = read(i);
        if (result.ok) {
          readings.push({ claim, result, index: i });
          if (!best || outranks(result, i, best.result, best.index))
            best = { claim, result, index: i };
        } else if (!nearest || result.progress > nearest.progress) {
          nearest = { claim, reason: result.reason, progress: result.progress };
        }
      }
    else {
      // Only the claim the sentence asserts is seen: pick-best.ts reads as few candidates as it can.
      pickBest ??= createBestPicker(story.claimTables);
      const undated = f.dates.length === 0 && !timedByPage(f);
      const picked = pickBest(candidates, undated, read, (i) =>
        mayRecognize(kb.claims[i] as Claim, f, story.claimTables.toldDoneUntil[i]),
      );
      if (picked)
        best = {
          claim: kb.claims[picked.claim] as Claim,
          result: picked.result,
          index: picked.claim,
        };
    }
    // "Officials warned of the cost, after the crews began leaving the pier": a main clause
    // asserting nothing leaves the sentence to the event its frame tells.
    if (!best) {
      const told = withoutEventFrames(f);
      if (told !== f)
        return judgeSentence(told, candidates, offTopic, explain, published, neighbour);
    }
    const off = best && offTopic();
    if (best && off) {
      const id = best.claim.id;
      return { reason: () => `${off} (would match ${id})`, claim: id };
    }
    if (best && explain) return { claim: best.claim, result: explained(best, readings, f) };
    if (best) return { claim: best.claim, result: best.result };
    if (nearest && nearest.progress >= 0.5)
      return { reason: nearest.reason, claim: nearest.claim.id };
    return {};
  }

  let claimsById: Map<ClaimId, Claim> | undefined;
  return {
    steps,
    card(id, value) {
      claimsById ??= new Map(kb.claims.map((c) => [c.id, c]));
      const claim = claimsById.get(id);
      if (!claim) return null;
      const { corroborating, contradicting } = sidesOf(claim, value);
      return { corroborating, contradicting, ...withTime(timeOf(claim)) };
    },
    match(text, options) {
      const run = steps(text, options);
      for (;;) {
        const next = run.next();
        if (next.done) return next.value;
      }
    },
  };
}

/**
 * "… passed to the harbour board in January. Officials had first said the handover would come
 * in the last days of December.": the event named again ("the handover", at the place the card before
 * told) may be told as the plan for it, a claim of its own: a plan whose groups hold the noun's
 * concept, as the event's do, dated by the sentence itself, and due no later than the event took
 * place (a plan due after it is for something else: the last sailings "completed next year").
 */
function planOfEvent(
  told: Claim,
  read: Claim,
  stated: DateMention | undefined,
  concept: ConceptId | undefined,
): boolean {
  if (concept === undefined || !stated || told.kind !== 'event' || read.kind !== 'plan')
    return false;
  const done = told.recognize.date;
  const due = read.recognize.date;
  if (!done || !due) return false;
  const holds = (c: Claim) => c.recognize.require.some((g) => g.includes(concept));
  return (
    holds(told) &&
    holds(read) &&
    due.year * 12 + (due.month ?? 12) <= done.year * 12 + (done.month ?? 12)
  );
}

/**
 * "The group's last stronghold fell in 2019, in the east of Riverland's neighbour": an event the
 * claim pins to its own date may be told naming only the neighbour (a war or a body that spans
 * both); the date says which event it is. A plan, or an undated event, is not read there.
 */
function datedEvent(claim: Claim): boolean {
  return claim.kind === 'event' && claim.recognize.dateRequired === true;
}

/** How many sentences back a place reaches across sentences that name none. */
const PLACE_SKIP_REACH = 3;

/** Whether a word past the first is one of `nouns` (actorNamedAgain reads none before a determiner). */
function namesAny(tokens: SentenceWords['tokens'], nouns: ReadonlyMap<string, unknown>): boolean {
  for (let k = 1; k < tokens.length; k++) if (nouns.has((tokens[k] as Token).norm)) return true;
  return false;
}

/** A sentence not read: it offers nothing. */
const NO_WORDS: SentenceWords = { text: '', tokens: [], hits: [], otherTheatre: undefined };

/** A candidate turned down before it is read: the sentence names a neighbouring place only. */
const NEIGHBOURING_ONLY: Recognition = {
  ok: false,
  reason: () => 'about a neighbouring place only, not the story’s',
  progress: 0,
};

/** A candidate turned down before it is read: the page came out before the claim was news. */
function notYet(claim: Claim): Recognition {
  return {
    ok: false,
    reason: () =>
      claim.kind === 'plan'
        ? `published before the plan was announced (${claim.announced})`
        : `published before it happened (${claim.happened ?? claim.announced})`,
    progress: 0,
  };
}

/** Characters segmented between two yields. */
const SEGMENT_CHARS_PER_STEP = 5_000;

/** segmentSentences() block by block ("\n\n" always ends a sentence), with yields between. */
function* segmentInSteps(text: string): Generator<void, Span[], void> {
  const spans: Span[] = [];
  let from = 0;
  let chars = 0;
  while (from < text.length) {
    let to = text.indexOf('\n\n', from);
    if (to < 0) to = text.length;
    for (const s of segmentSentences(text.slice(from, to)))
      spans.push({ start: s.start + from, end: s.end + from });
    chars += to - from;
    if (chars > SEGMENT_CHARS_PER_STEP) {
      chars = 0;
      yield;
    }
    from = to + 2;
  }
  return spans;
}

/** Sentence indices from the one holding `startAt` to the end, then from the top. */
function readingOrder(spans: Span[], startAt: number | undefined): number[] {
  let first = 0;
  if (startAt !== undefined && startAt > 0) {
    const found = spans.findIndex((s) => s.end > startAt);
    first = found < 0 ? 0 : found;
  }
  return [...spans.keys()].slice(first).concat([...spans.keys()].slice(0, first));
}

function toMatch(
  claim: Claim,
  result: Accepted,
  span: { start: number; end: number },
  text: string,
  sidesOf: (claim: Claim, value: string | undefined) => TalliedSides,
  timeOf: (claim: Claim) => TimeView | undefined,
  withEvidence: boolean,
): Match {
  const value = result.date ? formatDate(result.date) : undefined;
  const { corroborating, contradicting, verdict, summary, origins } = sidesOf(claim, value);
  return {
    start: span.start,
    end: span.end,
    text,
    claim: claim.id,
    position: claim.position?.position ?? null,
    question: claim.position?.question ?? null,
    statement: claim.statement,
    ...(value && { value }),
    verdict,
    summary,
    origins,
    corroborating,
    contradicting,
    evidence: withEvidence ? result.evidence() : NO_EVIDENCE,
    score: result.score,
    ...withTime(timeOf(claim)),
  };
}

/** A match's evidence when the caller did not ask for it (shared: nothing changes it). */
const NO_EVIDENCE: Evidence[] = [];

/** A match's source lists when the caller did not ask for them (shared: nothing changes them). */
const NO_SOURCES: SourceView[] = [];

/** `{ time }` when the claim has a place in time, else nothing (packs without kinds keep their shape). */
function withTime(time: TimeView | undefined): { time?: TimeView } {
  return time ? { time } : {};
}

export { type CompiledStory, compileStory } from './compile-story';
export type * from './types';

/**
 * The sentence's dates with those it sets aside ("It was May, not June."): a sentence that only
 * tells when is one with either.
 */
function allDates(f: SentenceFacts): readonly DateMention[] {
  return f.setAside.length === 0 ? f.dates : [...f.dates, ...f.setAside];
}
