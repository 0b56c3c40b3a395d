/**
 * A sentence placing what it tells "here" points at a place itself: a place named before it does
 * not reach past it to the next sentence (engine/carry-context.ts placesHere, index.ts).
 */
import { describe, expect, it } from 'vitest';
import { placesHere } from '../../../engine/carry-context';
import { tokenize } from '../../../engine/tokenize';
import { cardsOfArticle } from './story-sentence';

const words = (text: string) => ({ text, tokens: tokenize(text), hits: [] });

describe('placesHere', () => {
  it('is a sentence placing something "here", not one opening on "Here"', () => {
    expect(placesHere(words('When the crews were here, the quay was busy.'))).toBe(true);
    expect(placesHere(words('Here is why the quay closed.'))).toBe(false);
    expect(placesHere(words('The quay was busy.'))).toBe(false);
  });

  it('keeps a place from reaching past it to a quote about the present', () => {
    const text = [
      'Shopkeepers in Iraq count their losses',
      'The Americans left Ain al-Asad last month and handed it to the Iraqi army. "When the Americans were here the road was busy," said a grocer.',
      '"Now we see only army trucks, and not much else."',
    ].join('\n\n');
    expect(cardsOfArticle(text, '2026-02-14')).not.toContain('ain-al-asad-exit-began-aug-2025');
  });
});
