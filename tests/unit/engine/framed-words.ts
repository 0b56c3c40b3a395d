/**
 * The words of the frame a frame finder gives ("is that right"), for tests of the finders that
 * mark what a sentence asks rather than tells (asked-after-colon, asked-in-tag).
 */
import { type Token, tokenize } from '../../../engine/tokenize';

type FindFrame = (tokens: readonly Token[], text: string) => { from: number; to: number } | null;

/** The frame's words joined by spaces, or null when the finder finds none. */
export const framedWords =
  (find: FindFrame) =>
  (text: string): string | null => {
    const tokens = tokenize(text);
    const frame = find(tokens, text);
    return frame
      ? tokens
          .slice(frame.from, frame.to + 1)
          .map((t) => t.raw)
          .join(' ')
      : null;
  };
