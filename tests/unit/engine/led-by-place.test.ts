/**
 * A short piece led by the story's place (topic-gate.ts `ledByPlace`): a brief names where it is
 * in its headline or first sentence and tells the rest without naming it again, so it is read
 * whole, where a longer article naming the place once is read only at that sentence (`namesOnce`).
 */
import { describe, expect, it } from 'vitest';
import type { SentenceWords } from '../../../engine/sentence-facts';
import { tokenize } from '../../../engine/tokenize';
import { createTopicGate } from '../../../engine/topic-gate';

const words = (text: string): SentenceWords => {
  const tokens = tokenize(text);
  const hits = tokens.flatMap((t, k) => {
    const concept = ['riverland', 'portsea'].find((place) => t.norm.startsWith(place));
    return concept ? [{ concept, from: k, to: k + 1, text: t.raw }] : [];
  });
  // The reader marks a sentence naming another theatre (sentence-facts.ts readWords).
  const other = tokens.find((t) => t.norm === 'lakeland');
  return { text, tokens, hits, ...(other && { otherTheatre: other.raw }) };
};

const gate = createTopicGate({
  anchors: ['riverland'],
  regional: ['portsea'],
  otherTheatres: ['lakeland'],
  years: { from: 2014, to: 2027 },
  anchorTerms: [],
  anchorStarts: [],
});

const brief = [
  'Riverland ferry deal put off again',
  'The signing of the accord on the crews leaving was meant to happen last month.',
  'It has been delayed by the storms, two officials said.',
  'The crews will still go in two stages.',
  'No new date was given.',
];

describe('ledByPlace: a brief that names the place at the top', () => {
  it('is read whole when its headline names the place', () => {
    const all = brief.map(words);
    expect(gate.ledByPlace(all)).toBe(true);
    expect(gate.namesOnce(all)).toBe(false);
  });

  it('is read whole when its first sentence under the headline names it', () => {
    const all = [
      'Ferry deal put off again',
      'The signing of the accord on the crews leaving Riverland was meant to happen last month.',
      ...brief.slice(2),
    ].map(words);
    expect(gate.ledByPlace(all)).toBe(true);
    expect(gate.namesOnce(all)).toBe(false);
  });

  it('lets one sentence about another place stand beside it', () => {
    const all = [...brief, 'Portsea opened a new fish market on Monday.'].map(words);
    expect(gate.ledByPlace(all)).toBe(true);
  });
});

describe('ledByPlace: pieces it leaves to namesOnce', () => {
  it('a piece that names the place only further down', () => {
    const all = [
      'Harbour market reopens',
      'The fish market on the quay reopened on Monday.',
      'When the last crews left Riverland in May, some of the boats sailed here.',
      'Traders said prices had steadied.',
      'A second quay is planned by 2026.',
    ].map(words);
    expect(gate.ledByPlace(all)).toBe(false);
    expect(gate.namesOnce(all)).toBe(true);
  });

  it('a lead that names another place or another war too', () => {
    for (const head of [
      'After Riverland, Lakeland: crews go home',
      'Portsea and Riverland talk ferries',
    ]) {
      const all = [head, ...brief.slice(1)].map(words);
      expect(gate.ledByPlace(all), head).toBe(false);
      expect(gate.namesOnce(all), head).toBe(true);
    }
  });

  it('a lead that names the place only as a border', () => {
    const all = ['Crews to leave outpost near the Riverland border', ...brief.slice(1)].map(words);
    expect(gate.ledByPlace(all)).toBe(false);
    expect(gate.namesOnce(all)).toBe(true);
  });

  it('a brief with two sentences about other places', () => {
    const all = [
      ...brief,
      'Portsea opened a new fish market on Monday.',
      'In Lakeland the ferries stopped in March.',
    ].map(words);
    expect(gate.ledByPlace(all)).toBe(false);
  });

  it('a piece longer than a brief', () => {
    const all = [
      ...brief,
      'The harbour board met on Tuesday.',
      'It discussed the price of fuel.',
      'It will meet again in June.',
      'The minutes will be published.',
    ].map(words);
    expect(all.length).toBeGreaterThan(8);
    expect(gate.ledByPlace(all)).toBe(false);
    expect(gate.namesOnce(all)).toBe(true);
  });
});

describe('aboutNeighbour: a brief headed by a neighbour', () => {
  const head = 'Portsea to keep fewer ferries';
  const rest = [
    'The crews there will leave in two stages over two years.',
    'Some of the boats will move on to Riverland, officials said.',
    'The rest will be sold.',
    'Harbour officials welcomed the plan.',
  ];

  it("is the neighbour's when it names the place in one sentence only", () => {
    expect(gate.aboutNeighbour([head, ...rest].map(words))).toBe(true);
  });

  it('is not when the place is named in two sentences, or the piece is long', () => {
    const twice = [head, ...rest, 'Riverland wants them by May.'].map(words);
    expect(gate.aboutNeighbour(twice)).toBe(false);
    const long = [head, ...rest, ...rest].map(words);
    expect(long.length).toBeGreaterThan(8);
    expect(gate.aboutNeighbour(long)).toBe(false);
  });
});
