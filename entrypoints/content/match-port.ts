/**
 * The page's article is matched in the background, not on the page's main thread: the content
 * script sends the text over a port and gets the matches back in batches, the part the reader
 * sees first. The background's matcher is built once and stays JIT-warm across pages, and the
 * page only pays for reading its text and drawing the highlights. The text never leaves the
 * browser: the port connects two parts of this extension.
 *
 * On the wire a match is its place and the number of its card (claim, verdict, summary): many
 * sentences assert the same claim, and each card is sent once per page. A card travels without
 * its source lists and a plan's "Since then": the page asks for them when the reader opens the
 * card (CardViewRequest), as highlighting, the popup and the keyboard need none of them.
 */
import type { CardView, ClaimId, Match, TimeView } from '../../engine/types';

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
 * A card on the wire: no source lists, and its place in time without a plan's later reports
 * (their sources). The page parses every reply on its main thread before our code runs, and
 * the sources were most of a long article's replies; the card the reader opens asks the
 * background for them (CardViewRequest).
 */
export type WireCard = Omit<MatchCard, 'corroborating' | 'contradicting' | 'time'> & {
  time?: Omit<TimeView, 'since'>;
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

/** Packs matches for the port, adding the cards `sent` has not seen yet (without their sources). */
export function packMatches(matches: Match[], sent: SentCards): MatchBatch {
  const cards: Record<number, WireCard> = {};
  const wire = matches.map((m): WireMatch => {
    const { start, end, text: _text, evidence: _evidence, score, ...card } = m;
    const { id, fresh } = sent.numberOf(card);
    if (fresh) cards[id] = wireCard(card);
    return { start, end, card: id, score };
  });
  return { type: 'matches', matches: wire, cards };
}

/** The card without its sources: spread, so its other fields keep their order. */
function wireCard(card: MatchCard): WireCard {
  const { corroborating: _pro, contradicting: _con, time, ...rest } = card;
  if (!time) return rest;
  const { since: _since, ...when } = time;
  return { ...rest, time: when };
}

/** The evidence of a match unpacked on the page: none (see WireMatch). */
const NO_EVIDENCE: Match['evidence'] = Object.freeze([]) as unknown as Match['evidence'];

/**
 * The source lists of a card on the page until it opens: none (see WireCard). Frozen and shared:
 * the open card gets its own (CardViewRequest).
 */
export const NOT_FETCHED: Match['corroborating'] = Object.freeze(
  [],
) as unknown as Match['corroborating'];

/** What a page has received on a port: the cards, by number. */
export type ReceivedCards = Map<number, MatchCard>;

export function receivedCards(): ReceivedCards {
  return new Map();
}

/**
 * Unpacks a batch into matches; `known` collects the cards across the port's batches, `text` is
 * the text that was matched (each match's own text is sliced from it). The batch is taken over:
 * its cards are made the page's in place (the page's copy of a message is its own), their
 * source lists NOT_FETCHED until one opens.
 */
export function unpackMatches(
  batch: Pick<MatchBatch, 'matches' | 'cards'>,
  known: ReceivedCards,
  text: string,
): Match[] {
  for (const id in batch.cards) {
    const page = batch.cards[id] as unknown as MatchCard;
    page.corroborating = NOT_FETCHED;
    page.contradicting = NOT_FETCHED;
    known.set(Number(id), page);
  }
  return batch.matches.map(({ start, end, card: id, score }) => {
    const card = known.get(id);
    if (!card) throw new Error(`a match refers to a card never sent (${id})`);
    return { ...card, start, end, text: text.slice(start, end), evidence: NO_EVIDENCE, score };
  });
}

/**
 * Content script → background, when the reader opens a card: its source lists and place in time
 * (engine Matcher.card), for the claim stating the value. The answer is a CardView, or null.
 */
export type CardViewRequest = { type: 'claimlight:card'; claim: ClaimId; value?: string };

export function isCardViewRequest(message: unknown): message is CardViewRequest {
  const m = message as Partial<CardViewRequest> | null;
  return (
    m?.type === 'claimlight:card' &&
    typeof m.claim === 'string' &&
    (m.value === undefined || typeof m.value === 'string')
  );
}

/** The open card's match: the page's card with the view the background sent for it. */
export function withView(match: Match, view: CardView): Match {
  return { ...match, ...view };
}
