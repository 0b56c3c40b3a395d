/**
 * A "not" closing a clause after an auxiliary leaves out the predicate of the clause before,
 * which it sets against ("The ferry is gone; its crews are not."): the elided predicate is
 * negated there, so the story's inferences read off it (engine/ellipsis-not.ts, and
 * engine/sentence-facts.ts).
 */
import { describe, expect, it } from 'vitest';
import { ellipticalNot } from '../../../engine/ellipsis-not';
import { createConceptFinder } from '../../../engine/find-concepts';
import { createEntityFinder } from '../../../engine/find-entities';
import { parsePublished } from '../../../engine/resolve-dates';
import { readFacts, readWords } from '../../../engine/sentence-facts';
import { tokenize } from '../../../engine/tokenize';
import { story } from './bridge-story';

const elided = (text: string) => ellipticalNot(tokenize(text), text);

describe('an elliptical "not"', () => {
  it('closes a clause set against the one before by a semicolon, a dash or "but"', () => {
    for (const text of [
      'The ferry is gone; its crews are not.',
      'The ferry is gone — its crews are not.',
      'The ferry has left, but its crews have not.',
    ])
      expect(elided(text), text).toBeDefined();
  });

  it('is not a "not" with a verb of its own, nor one with no clause before it', () => {
    for (const text of [
      'The ferry is gone; its crews are not staying either.',
      'Its crews are not.',
      'The ferry is gone and the council did not object.',
    ])
      expect(elided(text), text).toBeUndefined();
  });
});

describe('what the elided predicate implies', () => {
  const reader = {
    findConcepts: createConceptFinder(story.phrases),
    findEntities: createEntityFinder(story.entities),
    otherTheatres: new Set(story.topic.otherTheatres),
  };
  /** A made-up inference: repairs not done say the bridge is still shut. */
  const inferences = [{ negated: 'repair', implies: 'still-shut' }];
  /** Whether the inference is read at the sentence's last word (the elliptical "not"). */
  const implied = (text: string) => {
    const read = readFacts(readWords(text, reader), parsePublished('2025-02-10'), inferences);
    return read.hits.some((h) => h.concept === 'still-shut' && h.from === read.tokens.length - 1);
  };

  it('is read at the "not" that leaves it out', () => {
    expect(implied('The quay was repaired last year; the Orsa Bridge was not.')).toBe(true);
  });

  it('is not read where the clause before is itself negated or nothing is elided', () => {
    // "was not [not repaired]": the bridge was repaired; no stay is read at the second "not".
    expect(implied('The quay was not repaired last year; the Orsa Bridge was not.')).toBe(false);
    expect(implied('The quay was repaired last year; the Orsa Bridge was shut.')).toBe(false);
  });
});
