/**
 * The page's article is matched in the background, not on the page's main thread: the content
 * script sends the text over a port and gets the matches back in batches, the part the reader
 * sees first. The background's matcher is built once and stays JIT-warm across pages, and the
 * page only pays for reading its text and drawing the highlights. The text never leaves the
 * browser: the port connects two parts of this extension.
 *
 * On the wire a match is its place and the number of its card (claim, verdict, summary, source
 * lists): many sentences assert the same claim, and each card is sent once per page. A card's
 * sources are numbers too, each source sent once per page: one source stands in the lists of
 * several cards (a claim's cards of two values, a plan's "Since then" and the event's own card).
 */
import type { Match, SinceView, SourceView, TimeView } from '../../engine/types';

/** runtime.connect({ name }) for a matching pass; one port per scan. */
export const MATCH_PORT = 'claimlight:match';

/**
 * Content script → background, the last message on the port: the request, with the last piece
 * of the text (the whole text, for most articles).
 */
export type MatchRequest = {
  type: 'match';
  /** The end of the text: the pieces sent before it (MatchText) come first. */
  text: string;
  /** The page's publication date (YYYY-MM-DD or YYYY-MM), if it has one. */
  published: string | null;
  /** Read the sentence holding this offset first (where the reader is). */
  startAt: number;
};

/** Content script → background, before the request: a piece of a long article's text. */
export type MatchText = { type: 'text'; text: string };

/**
 * The most characters one message carries. Chromium copies a message on the page's main thread
 * in one go, and a long one costs far more than its size (measured: one 300,000-character
 * message 25–50 ms, the same text in ten pieces 11–22 ms in all); in pieces, each is a slice
 * of its own.
 */
export const TEXT_PIECE_CHARS = 32_768;

/**
 * The text in pieces of at most `size` characters, never splitting a surrogate pair (a lone
 * half would not survive the trip). Joined, they are the text.
 */
export function textPieces(text: string, size = TEXT_PIECE_CHARS): string[] {
  const pieces: string[] = [];
  let start = 0;
  while (text.length - start > size) {
    let end = start + size;
    const before = text.charCodeAt(end - 1);
    if (before >= 0xd800 && before <= 0xdbff) end--;
    pieces.push(text.slice(start, end));
    start = end;
  }
  pieces.push(text.slice(start));
  return pieces;
}

/**
 * What a match's card shows, the same for every sentence that asserts the same claim with the
 * same value: the claim, its verdict and summary, and both source lists.
 */
export type MatchCard = Omit<Match, 'start' | 'end' | 'text' | 'evidence' | 'score'>;

/**
 * A card on the wire: its sources (both lists, and those of a plan's later reports) as the
 * numbers they were sent under (MatchBatch.sources). The page parses every reply on its main
 * thread before our code runs, and the same source written out in several cards was most of a
 * long article's replies (story-10k: 502 sources written, 265 different; 376 kB → 219 kB).
 */
export type WireCard = Omit<MatchCard, 'corroborating' | 'contradicting' | 'time'> & {
  corroborating: number[];
  contradicting: number[];
  time?: WireTime;
};

/** A card's place in time on the wire: each later report's sources as numbers. */
export type WireTime = Omit<TimeView, 'since'> & {
  since?: (Omit<SinceView, 'sources'> & { sources: number[] })[];
};

/**
 * A match on the wire: where the sentence is and which card it has. Its text is the article's
 * own (the page slices it), and its evidence (why it matched) is for --explain, which the page
 * never shows: sending them made a long article's replies megabytes the page had to parse on
 * its main thread (1,500 matches, 2 MB), most of it the same card again and again.
 */
export type WireMatch = { start: number; end: number; card: number; score: number };

/** Background → content script: matches found since the last batch, in reading order. */
export type MatchBatch = {
  type: 'matches';
  matches: WireMatch[];
  /** Cards not sent earlier on this port, by number. */
  cards: Record<number, WireCard>;
  /**
   * Sources not sent earlier on this port, in the order of their numbers, which follow on from
   * the last batch's: the first is number `firstSource`.
   */
  sources: SourceView[];
  firstSource: number;
};

/**
 * Background → content script: the pass is over, with the matches of its last slice (on a short
 * article the only ones: one message, not a batch and then the totals). The background has
 * put the pass's count on the toolbar badge: the statements the reader's settings show.
 */
export type MatchDone = Omit<MatchBatch, 'type'> & {
  type: 'done';
  sentences: number;
  /** The count the background put on the toolbar badge (the matches whose verdict is shown). */
  counted: number;
  offTopic?: string;
  /** Time the background spent matching (its own thread, not the page's). */
  engineMs: number;
  /** Whether the background built its matcher for this pass (its first since it started). */
  engineCold: boolean;
};

/** Background → content script: the pass failed (the error's message). */
export type MatchFailed = { type: 'failed'; error: string };

export type MatchReply = MatchBatch | MatchDone | MatchFailed;

export function isMatchText(message: unknown): message is MatchText {
  const m = message as Partial<MatchText> | null;
  return m?.type === 'text' && typeof m.text === 'string';
}

export function isMatchRequest(message: unknown): message is MatchRequest {
  const m = message as Partial<MatchRequest> | null;
  return (
    m?.type === 'match' &&
    typeof m.text === 'string' &&
    (m.published === null || typeof m.published === 'string') &&
    typeof m.startAt === 'number'
  );
}

/**
 * The cards a port has sent, each under its number. A card is known by everything it holds, so
 * two sentences of one claim whose cards differ in anything get their own. Its objects (the
 * source lists, the origins, the time) are the engine's own, shared by every match of one
 * claim and value: each is written out once and then known by its identity, as writing the
 * whole card out for every match cost more of the background's thread than matching did
 * (story-50k: about 60 ms per pass in Chromium's service worker). The engine never changes an
 * object it has handed out.
 */
export class SentCards {
  private readonly byKey = new Map<string, number>();
  private readonly objectIds = new WeakMap<object, number>();
  private readonly textIds = new Map<string, number>();
  private readonly sourceIds = new WeakMap<SourceView, number>();
  private readonly sourceTextIds = new Map<string, number>();

  /** How many sources this port has sent: the next one's number. */
  get sourcesSent(): number {
    return this.sourceTextIds.size;
  }

  /**
   * The source's number on this port, and whether it has not been sent yet. Known by its
   * content, as a card is: two equal sources built apart share one number.
   */
  sourceNumberOf(source: SourceView): { id: number; fresh: boolean } {
    const known = this.sourceIds.get(source);
    if (known !== undefined) return { id: known, fresh: false };
    const text = JSON.stringify(source);
    let id = this.sourceTextIds.get(text);
    const fresh = id === undefined;
    if (id === undefined) {
      id = this.sourceTextIds.size;
      this.sourceTextIds.set(text, id);
    }
    this.sourceIds.set(source, id);
    return { id, fresh };
  }

  /** The card's number, and whether this port has not sent it yet. */
  numberOf(card: MatchCard): { id: number; fresh: boolean } {
    // Each value written with its length, so no two cards share a key whatever their text
    // holds (JSON.stringify per value cost a long page's pass several milliseconds).
    let key = '';
    const fields = card as Record<string, unknown>;
    for (const name in fields) {
      const value = fields[name];
      if (typeof value === 'object' && value !== null) key += `${name}#${this.idOf(value)};`;
      else {
        const text = String(value);
        key += `${name}${typeof value === 'string' ? '"' : ':'}${text.length}:${text};`;
      }
    }
    const known = this.byKey.get(key);
    if (known !== undefined) return { id: known, fresh: false };
    const id = this.byKey.size;
    this.byKey.set(key, id);
    return { id, fresh: true };
  }

  /** One number per distinct content: two equal lists built apart share it. */
  private idOf(value: object): number {
    let id = this.objectIds.get(value);
    if (id === undefined) {
      const text = JSON.stringify(value);
      id = this.textIds.get(text);
      if (id === undefined) {
        id = this.textIds.size;
        this.textIds.set(text, id);
      }
      this.objectIds.set(value, id);
    }
    return id;
  }
}

/** Packs matches for the port, adding the cards and sources `sent` has not seen yet. */
export function packMatches(matches: Match[], sent: SentCards): MatchBatch {
  const cards: Record<number, WireCard> = {};
  const sources: SourceView[] = [];
  const firstSource = sent.sourcesSent;
  const numbers = (list: SourceView[]): number[] =>
    list.map((source) => {
      const { id, fresh } = sent.sourceNumberOf(source);
      if (fresh) sources.push(source);
      return id;
    });
  const wire = matches.map((m): WireMatch => {
    const { start, end, text: _text, evidence: _evidence, score, ...card } = m;
    const { id, fresh } = sent.numberOf(card);
    if (fresh) cards[id] = wireCard(card, numbers);
    return { start, end, card: id, score };
  });
  return { type: 'matches', matches: wire, cards, sources, firstSource };
}

/** The card with its sources as their numbers (`numbers`): spread, so its fields keep their order. */
function wireCard(card: MatchCard, numbers: (list: SourceView[]) => number[]): WireCard {
  const lists = {
    corroborating: numbers(card.corroborating),
    contradicting: numbers(card.contradicting),
  };
  const { time } = card;
  if (!time) return { ...card, ...lists } as WireCard;
  const since = time.since?.map((later) => ({ ...later, sources: numbers(later.sources) }));
  return { ...card, ...lists, time: since ? { ...time, since } : time } as WireCard;
}

/** The evidence of a match unpacked on the page: none (see WireMatch). */
const NO_EVIDENCE: Match['evidence'] = Object.freeze([]) as unknown as Match['evidence'];

/** What a page has received on a port: the cards, unpacked, and the sources, by number. */
export type ReceivedCards = { cards: Map<number, MatchCard>; sources: SourceView[] };

export function receivedCards(): ReceivedCards {
  return { cards: new Map(), sources: [] };
}

/**
 * Unpacks a batch into matches; `known` collects the cards and sources across the port's
 * batches, `text` is the text that was matched (each match's own text is sliced from it). The
 * batch is taken over: its cards are made the page's (the page's copy of a message is its own).
 */
export function unpackMatches(
  batch: Pick<MatchBatch, 'matches' | 'cards' | 'sources' | 'firstSource'>,
  known: ReceivedCards,
  text: string,
): Match[] {
  const { sources } = known;
  if (batch.firstSource !== sources.length)
    throw new Error(
      `sources ${sources.length}… never sent (this batch's begin at ${batch.firstSource})`,
    );
  for (let i = 0; i < batch.sources.length; i++) sources.push(batch.sources[i] as SourceView);
  const sourceOf = (id: number): SourceView => {
    const source = sources[id];
    if (!source) throw new Error(`a card refers to a source never sent (${id})`);
    return source;
  };
  // The batch is the page's own copy of the message: its cards become the page's cards in
  // place, each list of numbers replaced by its sources (no object copied, fields in order).
  for (const id in batch.cards) {
    const card = batch.cards[id] as WireCard;
    const page = card as unknown as MatchCard;
    page.corroborating = card.corroborating.map(sourceOf);
    page.contradicting = card.contradicting.map(sourceOf);
    const since = card.time?.since;
    if (since)
      for (const later of since)
        (later as unknown as SinceView).sources = later.sources.map(sourceOf);
    known.cards.set(Number(id), page);
  }
  return batch.matches.map(({ start, end, card: id, score }) => {
    const card = known.cards.get(id);
    if (!card) throw new Error(`a match refers to a card never sent (${id})`);
    return { ...card, start, end, text: text.slice(start, end), evidence: NO_EVIDENCE, score };
  });
}
