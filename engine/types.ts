/**
 * Shared shapes of the knowledge base (KB) and of the engine's output.
 * The engine, the page layer, the components and the CLI all speak these types;
 * data/schema.ts validates the JSON files against them.
 */

/** Stable id of a source article, from data/sources.json (e.g. "courier"). */
export type SourceId = string;
/** Stable id of a claim in data/claims.json (kebab-case, e.g. "reopens-end-2025"). */
export type ClaimId = string;
/** Id of a disputed question in data/questions.json (e.g. "reopening-date"). */
export type QuestionId = string;
/** Id of one answer to a question, unique within that question (e.g. "2025"). */
export type PositionId = string;
/** Id of a concept in the story's vocabulary, data/vocabulary.json (e.g. "reopen", "agreement"). */
export type ConceptId = string;
/** Id of an original report or speaker in data/origins.json (e.g. "reuters-2024-09"). */
export type OriginId = string;

/** A source article the KB summarises. */
export type Source = {
  id: SourceId;
  /** Publication as readers know it ("Veldmark Courier"). */
  outlet: string;
  /**
   * For editors, never shown: when the source's record names the outlet with a note a reader
   * does not need after it (how the link was served), that note in our words. `outlet` is then
   * the record's name with the note cut.
   */
  outletNote?: string;
  title: string;
  /** Public URL of the article; the card links to it with a text fragment. */
  url: string;
  /** ISO date, day or month precision ("2024-09-08" or "2024-09"). */
  published: string;
  /** File name of the article text in ../shared/seeds/ (used to verify anchors). */
  seedFile?: string;
  /**
   * Id of the article in the source library, ../shared/library/articles.jsonl ("lib-05"), for a
   * source that is not a seed; its text verifies anchors the same way. A source has one or the other.
   */
  library?: string;
};

/** A question the sources answer differently; each answer is a position. */
export type Question = {
  id: QuestionId;
  /** The question in plain words ("When does the bridge reopen?"). */
  text: string;
  positions: Position[];
  /**
   * Dates announced for the question's subject (phases, deadlines), in time order; the story
   * view draws them on the question's timeline. Optional: not every question has any.
   */
  milestones?: Milestone[];
};

/** A dated step that was announced ("first phase ends"), independent of who reports it. */
export type Milestone = {
  /** "YYYY-MM-DD", or "YYYY-MM" when only the month was announced. */
  date: string;
  /** What happens then, in a few words ("first phase ends"). */
  label: string;
};

export type Position = {
  id: PositionId;
  /** The answer in a few words ("by the end of 2025"). */
  label: string;
};

/**
 * The first published report a statement traces back to: a wire or agency report, a briefing, an
 * interview, or an outlet's own reporting. Outlets relaying the same origin are not independent.
 */
export type Origin = {
  id: OriginId;
  /** What it is, in words that read after "via" ("Reuters, report of September 2024"). */
  label: string;
  /** The KB source that first published it (its own reporting or interview); omit for reports from outside the KB. */
  source?: SourceId;
};

/** What one source says about one claim. */
export type SourceStatement = {
  source: SourceId;
  /** Our own one-sentence summary of what the source says on this point (never a copied sentence). */
  says: string;
  /** Who the source attributes it to ("the city engineer, speaking to the Courier"). */
  attribution: string;
  /** A short phrase (at most 8 words) found verbatim in the source; becomes the #:~:text= link. */
  anchor: string;
  /** The source's own value when the point is a date or number ("end of 2025"); shown when sources disagree on it. */
  value?: string;
  /**
   * The original report or speaker the anchored passage relays (data/origins.json). Required by
   * the KB check when the pack has origins; a statement without one counts as its own origin.
   */
  origin?: OriginId;
};

/** A date a claim is pinned to. Sentences are compared at the claim's precision. */
export type ClaimDate = {
  year: number;
  /** 1–12; omit when the claim is only about a year. */
  month?: number;
};

/**
 * How the engine recognises that a sentence asserts a claim. Every group in `require`
 * must be matched by at least one of its concepts; everything else narrows the match.
 */
export type Recognizer = {
  /** Groups of concept ids (the story vocabulary's concepts); each group needs one hit. */
  require: ConceptId[][];
  /** Any of these concepts in the sentence means it is about something else. */
  exclude?: ConceptId[];
  /**
   * "affirm" (default): the sentence must not negate the claim's key concept.
   * "negate": the sentence must carry a negation or denial (the claim itself is a denial).
   */
  polarity?: 'affirm' | 'negate';
  /**
   * The date the claim is about. A sentence naming a different date does not assert the
   * claim; with `dateRequired`, a sentence naming no date does not either.
   */
  date?: ClaimDate;
  dateRequired?: boolean;
  /**
   * For a plan with `dateRequired`: concepts that name this very plan (its phase, the place it
   * empties), so a sentence naming one of them and telling the plan as a plan ("would", "is
   * supposed to", "was to") asserts it without its date ("the first stage, under which the
   * ferries were to leave the north pier"). The card then shows no value.
   */
  retoldBy?: ConceptId[];
  /** Which date in the sentence counts: a deadline ("by", "until", "end of") or any date. */
  dateRole?: 'deadline' | 'any';
  /** Numbers the sentence must state (counts, sums…); a sentence giving other counts does not match. */
  numbers?: number[];
  /**
   * The first group names what the claim is about, so it must be the subject or the object of
   * the second group's words: before them, or at most three words after them. "The base was
   * established in 2014 as a hub for the committee" is not about the committee being formed.
   */
  subjectFirst?: boolean;
  /**
   * A concept of one group (not the first) that a headline on a page of the month the event
   * happened may leave out: "Ferries Quit The North Pier" on the day they started to leave is
   * that start, with no "begin" in it. Only for an event claim with `happened`.
   */
  headlineMayOmit?: ConceptId;
  /**
   * For a denial (`polarity: "negate"`): concepts of the first group that say the denial in
   * positive words. "The crews can now run the pier on their own" says the operator is no longer
   * needed, with no "not" in it. A hit of one that is not itself negated counts as the key
   * concept denied.
   */
  deniedBy?: ConceptId[];
  /**
   * For a claim that is someone's stated position: the concepts naming that speaker or its
   * titles. A sentence whose own teller (its opening subject before "said", a closing ", … said",
   * "according to …") names none of them reports another voice, not the claim
   * (engine/own-speaker.ts). A sentence naming no teller is read as usual.
   */
  speakers?: ConceptId[];
};

/**
 * What a claim reports: a plan, forecast or announcement of something to come, or an event
 * reported as done. A card on a plan says what became of it; a card on an event names the plan.
 */
export type ClaimKind = 'plan' | 'event';

/**
 * What became of a plan, as an event reports it: carried out by the date it set, after it, in a
 * changed form (another place, scope or number), or not at all.
 */
export type PlanOutcome = 'on-time' | 'late' | 'changed' | 'not-done';

/** The plan an event carries out or breaks, and how. */
export type Fulfils = {
  /** The plan's claim id (a claim of kind "plan"). */
  plan: ClaimId;
  outcome: PlanOutcome;
};

/** A checkable statement one or more sources make. */
export type Claim = {
  id: ClaimId;
  /** The claim in plain words, as the card's title. */
  statement: string;
  /**
   * Plan (announced, forecast, scheduled) or event (reported as done). Optional for packs that
   * do not tell them apart; the KB check requires it on every claim once one claim has it.
   */
  kind?: ClaimKind;
  /** A plan's own date: when it was to be carried out ("2025-09", "2026-09-30"). */
  due?: string;
  /** An event's date: when it happened ("2026-01-17", "2025-08"). */
  happened?: string;
  /**
   * A plan's first report: when it was announced or leaked ("2025-09"). With `happened`, the
   * date before which no article can state the claim: a page published earlier is about
   * something else.
   */
  announced?: string;
  /**
   * For an event: the plan it carries out or breaks, or a list of them when it answers several
   * (each with its own outcome). Read it through `plansAnswered()` (engine/plans-answered.ts).
   */
  fulfils?: Fulfils | Fulfils[];
  /** When the claim is one answer to a disputed question. */
  position?: { question: QuestionId; position: PositionId };
  /** The date/number value this claim asserts, in words ("end of 2026"), shown on the card. */
  value?: string;
  recognize: Recognizer;
  /** The sources that make this claim. */
  sources: SourceStatement[];
};

export type KnowledgeBase = {
  sources: Source[];
  questions: Question[];
  claims: Claim[];
  /** The original reports and speakers the statements relay; optional for packs that do not track them. */
  origins?: Origin[];
};

/**
 * The words of a story: how its concepts are phrased, how its names are spelled, and what marks
 * a text as being about it. The engine knows no story; it reads all of this from the pack.
 *
 * Phrasing syntax (matched against folded tokens, see tokenize.ts):
 *   word     exact word            word*   any word starting with "word"
 *   =Word    exact, case-sensitive (to tell "US" from "us")
 *   a|b      either alternative    ~       up to three words of anything
 * "|" joins single words: "onto|on to" reads "onto to" or "on to", so write two phrasings. A
 * hyphenated word is read as its parts ("go-ahead" is "go ahead"), so it stands outside "|".
 * data/check-vocabulary.ts refuses both mistakes and any word the reader never makes ("&").
 */
export type Vocabulary = {
  /** Concept id → its phrasings. */
  concepts: Record<ConceptId, string[]>;
  /** Names outlets spell differently, id → spellings as printed; near spellings match too. */
  entities: Record<ConceptId, string[]>;
  topic: StoryTopic;
  /** Concepts read off a negated concept ("did not include the departure" ⇒ a stay). */
  inferences?: { negated: ConceptId; implies: ConceptId }[];
  /**
   * Concepts naming who acts in the story (a council, a ministry). A sentence whose subject
   * is a pronoun ("It was formed in 2014…") carries them over from the sentence before it.
   */
  actors?: ConceptId[];
  /**
   * The story's own nouns for what a sentence before told ("the handover", "the drawdown"):
   * opening a sentence after "the"/"this", they point back as a pronoun does, beside the
   * engine's general nouns of plans and decisions (carry-subject.ts). Lower-case words.
   */
  referringNouns?: string[];
  /**
   * General nouns the story names an actor again with, by actor: "the group", "the militants"
   * after the group was named. After "the"/"these", such a noun names again the actor of its list
   * that the nearest sentence before (within the paragraph) named (carry-context.ts). Lower-case words.
   */
  actorNouns?: Record<ConceptId, string[]>;
  /**
   * Concepts every phrasing of which opens on who acts, its verb after it ("the council said",
   * "Riverton welcomed"). Right after a preposition of place ("the envoy in Riverton welcomed
   * …", "diplomats in Riverton said …") the name is where someone else acts, not the subject:
   * such a hit is dropped (sentence-facts.ts, readWords).
   */
  subjectLed?: ConceptId[];
  /**
   * Concepts naming a plan by its noun alone ("a timetable", "the dates"): read only where
   * nothing after the noun says what the plan is for ("a timetable for the rail link") or
   * tells it as settled before ("the timetable agreed in 2024"); bare-plan-noun.ts.
   */
  barePlanNouns?: ConceptId[];
  /**
   * Words naming another group of an actor at the opening of a part of a sentence ("the rest",
   * "the remainder", "the bulk of", "others"): "a few stay, the rest move north" tells each
   * group's own news, and a claim's groups are read within one part (group-parts.ts). Lower-case
   * words, one phrase per entry.
   */
  groupSubjects?: string[];
};

export type StoryTopic = {
  /** Concepts naming the story's place; an article that never names them is not about the story. */
  anchors: ConceptId[];
  /**
   * Neighbouring places inside the story with their own events: a sentence naming one of these
   * and no anchor asserts only claims that require it.
   */
  regional?: ConceptId[];
  /**
   * Concepts naming a neighbouring place only as the aim of what the sentence tells ("to support
   * operations in Portsea"): a regional name inside one does not make the sentence the
   * neighbour's.
   */
  regionalAims?: ConceptId[];
  /** Words naming other conflicts: a sentence about them is not about this story unless it names an anchor. */
  otherTheatres: string[];
  /**
   * Concepts that point back at a place told before rather than name one ("the pier", "the
   * site"): after a sentence that names another of the story's places, they are that place.
   */
  placePointers?: ConceptId[];
  /**
   * Concepts naming other bodies with missions of their own in the story's place (a harbour
   * board's survey team): an article that names them more than the story's own actors is
   * about them, and only its sentences naming an own actor may be about the story.
   */
  otherBodies?: ConceptId[];
  /**
   * Concepts naming the story's own actors (the ferry company): weighed against otherBodies
   * (topic-gate.ts), owners of a stage told with no owner ("the first phase"), and not read where
   * their word only opens another body's name ("Lakeland ferry companies", body-origin.ts).
   */
  ownActors?: ConceptId[];
  /**
   * Names that only the story's place carries, though they are no place: its own bodies,
   * factions and officials ("the Portsea Harbour Board"), lower-case, matched at a word's start
   * in the text as the anchors' words are. A piece that names none of the story's places but
   * one of these, and no other place, is about the story's place (a brief on the harbour
   * board's vote never says "Portsea").
   */
  placeMarks?: string[];
  /**
   * Concepts naming towns and districts inside the story's place ("a caller from Eastquay"):
   * not the place's name, but a long article that names the place once and one of these in
   * another sentence is about the place (topic-gate.ts `namesOnce`).
   */
  placesWithin?: ConceptId[];
  /** The years the story covers: dates outside them belong to other events. */
  years: { from: number; to: number };
};

/** Everything the engine needs to annotate one story: the knowledge base and its vocabulary. */
export type StoryPack = KnowledgeBase & { vocabulary: Vocabulary };

/** How the card summarises a highlight. */
export type Verdict = 'corroborated' | 'disputed' | 'contradicted' | 'single-source';

/** Which side a source is on, relative to the highlighted statement. */
export type Stance = 'corroborates' | 'contradicts';

/** One source as the card shows it. */
export type SourceView = SourceStatement & {
  stance: Stance;
  outlet: string;
  published: string;
  title: string;
  /** Source URL with a #:~:text= fragment pointing at the anchor. */
  link: string;
  /** For contradicting sources whose disagreement is a value: "Courier: March 2025 — this statement: end of 2025". */
  why?: string;
  /** The values behind `why` as data, so a UI can word them in the reader's language. */
  disagreement?: { theirs: string; ours: string };
  /** The origin's label when the outlet relays a report first published elsewhere ("Reuters, report of September 2024"). */
  via?: string;
};

/** How many independent origins stand on each side (several outlets relaying one report count once). */
export type OriginCounts = { corroborating: number; contradicting: number };

/** One later report of what became of a plan, as a plan's card lists it under "Since then". */
export type SinceView = {
  /** The event's claim. */
  claim: ClaimId;
  /** The event in plain words (its claim's statement). */
  statement: string;
  /** When it happened ("2026-01-17" or "2026-01"). */
  happened: string;
  /** What it made of the plan. */
  outcome: PlanOutcome;
  /** The sources reporting the event, with their links (all corroborate the event). */
  sources: SourceView[];
};

/** The plan an event's card names: what the event carried out or broke. */
export type PlanView = {
  claim: ClaimId;
  statement: string;
  /** The plan's own date, when it set one. */
  due?: string;
  /** What the event made of it. */
  outcome: PlanOutcome;
};

/**
 * A card's place in time: whether its claim is a plan or an event, and what links it to the
 * other. `outcome` is a plan's latest known fate (the last of `since`): the verdict's words
 * read with it, so a plan carried out late is never shown as simply corroborated.
 */
export type TimeView = {
  kind: ClaimKind;
  /** A plan's date, or an event's. */
  due?: string;
  happened?: string;
  /** Plan only: the later reports of what became of it, oldest first (empty: nothing reported yet). */
  since?: SinceView[];
  /** Plan only: what became of it, by the latest report; absent while nothing is reported. */
  outcome?: PlanOutcome;
  /** Event only: the plans it carries out or breaks, in the order its claim names them. */
  answers?: PlanView[];
};

/** One piece of evidence behind a match, so the CLI's --explain and tests can show why. */
export type Evidence = {
  /** `clause`: what the sentence takes for granted; `rival`: why this claim beat a runner-up (--explain). */
  kind: 'concept' | 'date' | 'number' | 'negation' | 'attribution' | 'topic' | 'clause' | 'rival';
  /** What was found, in words ("reopen ← 'open again'", "deadline 2026-12 ← 'end of next year'"). */
  detail: string;
};

/** A sentence that asserts a KB claim. Offsets index into the text given to match(). */
export type Match = {
  start: number;
  end: number;
  text: string;
  claim: ClaimId;
  position: PositionId | null;
  question: QuestionId | null;
  statement: string;
  /** The value the sentence states ("end of 2026"), when the claim is about a date or number. */
  value?: string;
  verdict: Verdict;
  /** One line for the card: "3 outlets corroborate (2 independent reports) · 1 contradicts". */
  summary: string;
  corroborating: SourceView[];
  contradicting: SourceView[];
  /** Independent origins on each side; the lists above count outlets. */
  origins: OriginCounts;
  evidence: Evidence[];
  /** Higher is a stronger match; used to rank claims competing for a sentence. */
  score: number;
  /** Plan or event, and what links it to the other; absent for packs that do not tell them apart. */
  time?: TimeView;
};

/** What a match's card shows once open beyond the match itself: its sources and place in time. */
export type CardView = Pick<Match, 'corroborating' | 'contradicting' | 'time'>;

/** Options for one matching pass. */
export type MatchOptions = {
  /** The article's publication date (YYYY-MM-DD or YYYY-MM); relative dates resolve against it. */
  published?: string | null;
};

/** Why a sentence was not highlighted (for --explain and the eval's confusion list). */
export type Rejection = {
  start: number;
  end: number;
  text: string;
  /** Closest claim considered, if any. */
  claim?: ClaimId;
  reason: string;
};

export type MatchResult = {
  matches: Match[];
  /** Sentences examined in this pass. */
  sentences: number;
  /** Near misses, only collected when `explain` is requested. */
  rejections: Rejection[];
  /** Why the article as a whole is not about the story, when it is not. */
  offTopic?: string;
};

/** One claim found by a search, with what the card would show for a sentence asserting it. */
export type ClaimResult = {
  claim: Claim;
  /** The disputed question the claim answers, if any. */
  question?: Question;
  /** The claim's answer to that question. */
  position?: Position;
  /** Every source weighing in, as the card lists them: corroborating first, then contradicting. */
  sources: SourceView[];
  /** The card's verdict for a sentence that asserts this claim. */
  verdictIfAsserted: Verdict;
  /** The card's verdict line for it, as build-verdict.ts words it. */
  summary: string;
};
