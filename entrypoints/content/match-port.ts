/**
 * The page's article is matched in the background, not on the page's main thread: the content
 * script sends the text over a port and gets the matches back in batches, the part the reader
 * sees first. The background's matcher is built once and stays JIT-warm across pages, and the
 * page only pays for reading its text and drawing the highlights. The text never leaves the
 * browser: the port connects two parts of this extension.
 *
 * On the wire a match carries a key to its two source lists instead of the lists themselves:
 * many sentences assert the same claim, and each list is sent once per page.
 */
import type { Match, SourceView } from '../../engine/types';

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

type Sides = { corroborating: SourceView[]; contradicting: SourceView[] };

/** A match without its source lists, which travel once per key in `sides`. */
export type WireMatch = Omit<Match, 'corroborating' | 'contradicting'> & { sides: string };

/** Background → content script: matches found since the last batch, in reading order. */
export type MatchBatch = {
  type: 'matches';
  matches: WireMatch[];
  /** Source lists not sent earlier on this port, by key. */
  sides: Record<string, Sides>;
};

/**
 * Background → content script: the pass is over, with the matches of its last slice (on a short
 * article the only ones: one message, not a batch and then the totals). The background has
 * put the pass's count on the toolbar badge.
 */
export type MatchDone = Omit<MatchBatch, 'type'> & {
  type: 'done';
  sentences: number;
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

/** Packs matches for the port, adding the source lists `sent` has not seen yet. */
export function packMatches(matches: Match[], sent: Set<string>): MatchBatch {
  const sides: Record<string, Sides> = {};
  const wire = matches.map(({ corroborating, contradicting, ...rest }): WireMatch => {
    const key = `${rest.claim}\u0000${rest.value ?? ''}`;
    if (!sent.has(key)) {
      sent.add(key);
      sides[key] = { corroborating, contradicting };
    }
    return { ...rest, sides: key };
  });
  return { type: 'matches', matches: wire, sides };
}

/** Unpacks a batch into matches; `known` collects the source lists across the port's batches. */
export function unpackMatches(
  batch: Pick<MatchBatch, 'matches' | 'sides'>,
  known: Map<string, Sides>,
): Match[] {
  for (const [key, sides] of Object.entries(batch.sides)) known.set(key, sides);
  return batch.matches.map(({ sides: key, ...rest }) => {
    const sides = known.get(key);
    if (!sides) throw new Error(`a match refers to source lists never sent (${key})`);
    return { ...rest, ...sides };
  });
}
