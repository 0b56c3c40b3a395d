/**
 * The concepts the miss studies (carry-reach.ts, headline-short.ts) count as a claim group's
 * place: the topic's anchors that are no actor, its neighbours, and the bases' and sites'
 * concepts. A study's own list, not the engine's: the engine reads places from the vocabulary.
 */
import type { Vocabulary } from '../../engine/types';

export function storyPlaces(vocabulary: Vocabulary): Set<string> {
  const actors = new Set<string>(vocabulary.actors);
  return new Set<string>([
    ...vocabulary.topic.anchors.filter((a) => !actors.has(a)),
    ...(vocabulary.topic.regional ?? []),
    ...['anbar', 'base', 'the-base', 'anbar-base', 'victoria-base', 'kirkuk', 'outpost'],
    ...['iraqi-bases', 'baghdad-sites', 'stationed-in-baghdad', 'to-jordan', 'abroad'],
  ]);
}
