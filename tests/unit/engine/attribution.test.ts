/**
 * Who says a sentence is not what it tells (engine/attribution.ts): a claim read only on the
 * words of an "according to …" span names its key as the source.
 */
import { describe, expect, it } from 'vitest';
import {
  attributionSpans,
  keyOnlyAttributed,
  keyOnlyCarriedTeller,
  keyOnlyTeller,
  reportingTeller,
  tailAttribution,
} from '../../../engine/attribution';
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

describe('the tail naming who tells it', () => {
  const tail = (text: string) => {
    const tokens = tokenize(text);
    const span = tailAttribution(tokens, text);
    return span && tokens.slice(span[0], span[1]).map((t) => t.norm);
  };

  it('runs from the last break to the end when a verb of telling closes it', () => {
    expect(tail('"The crews left early," a member of the harbour board said.')).toEqual([
      'a',
      'member',
      'of',
      'the',
      'harbour',
      'board',
      'said',
    ]);
    expect(tail('The ferry resumed, the board told reporters on Monday.')?.[0]).toBe('the');
  });

  it('is no tail when the words after the verb tell something of their own', () => {
    expect(tail('The ferry resumed, and the board said it would add a crossing.')).toBeUndefined();
    expect(tail('The harbour board leads the talks on the dredging.')).toBeUndefined();
  });

  it('holds a key only when every hit of it is there', () => {
    const told = '"The last crews are ahead of the date we set," a harbour board member said.';
    expect(keyOnlyTeller(words(told, { 'harbour board': 'harbour-board' }), key)).toBe(true);
    const both = 'The harbour board leads the talks, a harbour board member said.';
    expect(keyOnlyTeller(words(both, { 'harbour board': 'harbour-board' }), key)).toBe(false);
  });

  it('holds a key named only as the opening teller of what the sentence tells', () => {
    // "The board said the crews …": the board tells; the crews' news is what it tells.
    for (const told of [
      'The harbour board said the last crews had left the old pier.',
      'The harbour board indicated that the ferry now runs only to the islands until May.',
    ])
      expect(keyOnlyTeller(words(told, { 'harbour board': 'harbour-board' }), key)).toBe(true);
  });

  it('holds no key the teller names again as the subject of what it tells', () => {
    // "The board said it would …" tells the board's own act: the board is its actor too.
    for (const own of [
      'The harbour board said it would close the old pier in May.',
      'The harbour board said on Monday that it was closing the old pier.',
    ])
      expect(keyOnlyTeller(words(own, { 'harbour board': 'harbour-board' }), key)).toBe(false);
  });
});

describe('the opening teller of what a sentence tells', () => {
  const teller = (text: string) => {
    const tokens = tokenize(text);
    const span = reportingTeller(tokens, text);
    return span && tokens.slice(span[0], span[1]).map((t) => t.norm);
  };

  it('is the subject before a verb of saying when what it tells has a subject of its own', () => {
    expect(teller('The harbour board said the crews had left.')).toEqual([
      'the',
      'harbour',
      'board',
    ]);
    expect(teller('The board indicated that the ferry runs to May.')).toEqual(['the', 'board']);
  });

  it('is none when the words told name the teller again, or no verb of saying opens them', () => {
    expect(teller('The board said it would close the pier.')).toBeUndefined();
    expect(teller('The board said on Monday that they were closing it.')).toBeUndefined();
    expect(teller('The board closed the pier on Monday.')).toBeUndefined();
    // A stance the subject took is its own, not a report of another's act.
    expect(teller('The regional board had argued for the crews to stay longer.')).toBeUndefined();
  });
});

describe('keyOnlyCarriedTeller: a body named again only as who tells of another thing', () => {
  /** The sentence with the board carried onto "the <noun>" at `at` (as carry-context does). */
  const carried = (text: string, at: number, own: Record<string, string> = {}) => {
    const w = words(text, own);
    return {
      ...w,
      hits: [
        ...w.hits,
        { concept: 'harbour-board', from: at, to: at + 1, text: 'board', inferred: true },
      ],
    } as typeof w;
  };

  it('holds when the carried name opens a report with a subject of its own', () => {
    const told = 'The board said a separate dredging contract had ended in Ashby.';
    expect(keyOnlyCarriedTeller(carried(told, 0), key)).toBe(true);
    // Carried onto the noun rather than its determiner.
    expect(keyOnlyCarriedTeller(carried(told, 1), key)).toBe(true);
  });

  it('holds not when the body is the subject of what it tells, or named in its own words', () => {
    expect(
      keyOnlyCarriedTeller(carried('The board said it would close the old pier.', 0), key),
    ).toBe(false);
    expect(keyOnlyCarriedTeller(carried('The board closed the old pier in May.', 0), key)).toBe(
      false,
    );
    const own = 'The harbour board said a separate dredging contract had ended.';
    expect(keyOnlyCarriedTeller(words(own, { 'harbour board': 'harbour-board' }), key)).toBe(false);
  });

  it('holds not for a pronoun: "He said …" may stand for the one who acts', () => {
    const he = 'He said the last crews had left the old pier.';
    expect(keyOnlyCarriedTeller(carried(he, 0), key)).toBe(false);
  });
});
