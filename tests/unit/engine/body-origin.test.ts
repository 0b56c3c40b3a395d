/**
 * "Lakeland ferry companies": an own actor's word that opens another body's name says where the
 * body comes from, not who acts (engine/body-origin.ts). Hand-made hits, real tokens.
 */
import { describe, expect, it } from 'vitest';
import { withoutBodyOrigins } from '../../../engine/body-origin';
import { phraseWords } from './sentence-words';

const OWN = new Set(['lakeland']);
const OTHERS = new Set(['companies']);
const concepts = (text: string, hits: Record<string, string>) =>
  withoutBodyOrigins(phraseWords(text, hits).hits, OWN, OTHERS).map((h) => h.concept);

describe('withoutBodyOrigins', () => {
  it('drops the own actor that only opens the name of another body', () => {
    expect(
      concepts('Two Lakeland ferry companies moved their crews to Portsea.', {
        Lakeland: 'lakeland',
        'Lakeland ferry companies': 'companies',
      }),
    ).toEqual(['companies']);
    expect(
      concepts('Lakeland firms have closed their offices on the pier.', {
        Lakeland: 'lakeland',
        'Lakeland firms': 'companies',
      }),
    ).toEqual(['companies']);
  });

  it('keeps the own actor named on its own in the same sentence', () => {
    expect(
      concepts('Lakeland firms left, but Lakeland itself kept its pier.', {
        'Lakeland firms': 'companies',
        Lakeland: 'lakeland',
        itself: 'lakeland',
      }),
    ).toContain('lakeland');
  });

  it('keeps an own actor inside the other body’s phrase past its first word (a party, not an origin)', () => {
    const words = phraseWords('The committee between Lakeland and Portsea met again.', {
      'committee between Lakeland and Portsea': 'companies',
      Lakeland: 'lakeland',
    });
    expect(withoutBodyOrigins(words.hits, OWN, OTHERS).map((h) => h.concept)).toEqual([
      'companies',
      'lakeland',
    ]);
  });

  it('gives the list back untouched when nothing is dropped or the story names no bodies', () => {
    const words = phraseWords('Lakeland closed the pier.', { Lakeland: 'lakeland' });
    expect(withoutBodyOrigins(words.hits, OWN, OTHERS)).toBe(words.hits);
    expect(withoutBodyOrigins(words.hits, OWN, new Set())).toBe(words.hits);
  });
});
