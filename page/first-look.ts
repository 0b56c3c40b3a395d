/**
 * The first look at a page, before anything else runs: could it be about the story at all?
 * Most pages on a news site are not, and they should cost about what reading their text once
 * costs. The body's textContent (one native pass) is searched for the words that name the
 * story's place; textContent holds everything the article could hold and more (navigation,
 * scripts), so "none of them" safely means "not about the story". When the light text does not
 * name it, open shadow roots are read too, at a bounded cost (page/names-the-place.ts), since a
 * web component can render the article there, beside a light DOM of menus and footers. An
 * article published before the story began is not about it either.
 */
import type { CompiledStory } from '../engine/compile-story';
import { NEVER_NAMED, namesThePlaceSteps } from './names-the-place';
import { readPublishedDateSteps } from './published-date';

/** Why the page cannot be about the story, or undefined when it might be. */
export function notAboutStory(doc: Document, topic: CompiledStory['topic']): string | undefined {
  const steps = firstLookSteps(doc, topic);
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value.notAbout;
  }
}

/** What the first look found: why the page is not about the story, if it is not. */
export type FirstLook = {
  notAbout?: string;
  /** The publication date, read only when the page names the place (the scan needs it too). */
  published: string | null;
};

/**
 * The same, yielding between pieces of a big page's text (page/body-text.ts) so that no single
 * task reads all of it; it stops at the first piece that names the place.
 */
export function* firstLookSteps(
  doc: Document,
  topic: CompiledStory['topic'],
  pieceElements?: number,
): Generator<void, FirstLook, void> {
  const named = yield* namesThePlaceSteps(doc, topic, pieceElements);
  if (!named) return { notAbout: NEVER_NAMED, published: null };
  return yield* checkPublishedSteps(doc, topic);
}

/**
 * The second half, for a page that names the place: its publication date, and whether that is
 * before the story began. Only such pages pay for reading their metadata (JSON-LD can be large).
 * It yields between the date's sources (published-date.ts), so no slice holds all of them.
 */
export function* checkPublishedSteps(
  doc: Document,
  topic: CompiledStory['topic'],
): Generator<void, FirstLook, void> {
  const { date: published } = yield* readPublishedDateSteps(doc);
  const year = published ? Number(published.slice(0, 4)) : Number.NaN;
  if (year < topic.years.from)
    return { notAbout: `published ${year}, before this story began`, published };
  return { published };
}
