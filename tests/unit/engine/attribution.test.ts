/**
 * Who says a sentence is not what it tells (engine/attribution.ts): a claim read only on the
 * words of an "according to …" span names its key as the source.
 */
import { describe, expect, it } from 'vitest';
import { attributionSpans, keyOnlyAttributed } from '../../../engine/attribution';
import { tokenize } from '../../../engine/tokenize';
import { phraseWords as words } from './sentence-words';

const key = ['harbour-board'];

describe('attributionSpans', () => {
  it('runs from "according to" to the next comma or the end of the sentence', () => {
    const text = 'According to the harbour board, the ferry resumed, officials said.';
    const tokens = tokenize(text);
    const [[from, to]] = attributionSpans(tokens, text) as [[number, number]];
    expect(tokens.slice(from, to).map((t) => t.norm)).toEqual([
      'according',
      'to',
      'the',
      'harbour',
      'board',
    ]);
  });
});

describe('keyOnlyAttributed', () => {
  it('is a key named only as the source, at the end or at the start', () => {
    for (const text of [
      'The last stage of the dredging has begun at Portsea, according to the harbour board.',
      'According to the harbour board, the last stage of the dredging has begun at Portsea.',
    ])
      expect(keyOnlyAttributed(words(text, { 'harbour board': 'harbour-board' }), key)).toBe(true);
  });

  it('is not a key the sentence also names outside the span, nor a sentence without it', () => {
    const both =
      'The harbour board leads the talks on the dredging, according to the board of Portsea.';
    expect(
      keyOnlyAttributed(
        words(both, { 'harbour board': 'harbour-board', 'board of Portsea': 'harbour-board' }),
        key,
      ),
    ).toBe(false);
    const told = 'The harbour board leads the talks, officials said.';
    expect(keyOnlyAttributed(words(told, { 'harbour board': 'harbour-board' }), key)).toBe(false);
    expect(keyOnlyAttributed(words(told, {}), key)).toBe(false);
  });
});
