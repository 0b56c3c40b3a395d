/**
 * The first half of the first look (page/first-look.ts), and all that a page not about the story
 * pays: does its text name the story's place anywhere? The content script carries this file
 * alone, so nothing else (the publication date's patterns, say) is compiled on every page.
 */
import type { CompiledStory } from '../engine/compile-story';
import { countAnchorTerms } from '../engine/topic-gate';
import { bodyTextPieces } from './body-text';
import { openShadowText, SHADOW_LOOK_BELOW_CHARS } from './shadow-text';

/** Why a page that never names the story's place is not about it. */
export const NEVER_NAMED = "never names the story's place: not about this story";

/** Yields between pieces of a big page's text; true at the first piece naming the place. */
export function* namesThePlaceSteps(
  doc: Document,
  topic: CompiledStory['topic'],
  pieceElements?: number,
): Generator<void, boolean, void> {
  let length = 0;
  /** The end of the previous piece, in case a name straddles two of them. */
  let tail = '';
  for (const piece of bodyTextPieces(doc, pieceElements)) {
    length += piece.length;
    if (countAnchorTerms(tail + piece, topic.anchorTerms, 1) > 0) return true;
    tail = piece.slice(-TAIL_CHARS);
    yield;
  }
  return (
    length < SHADOW_LOOK_BELOW_CHARS &&
    countAnchorTerms(openShadowText(doc), topic.anchorTerms, 1) > 0
  );
}

/** Longer than any place name. */
const TAIL_CHARS = 64;
