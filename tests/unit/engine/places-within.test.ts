/**
 * Towns and districts inside the story's place (topic.placesWithin): a long article that names the
 * place once is kept to that sentence (topic-gate.ts `namesOnce`), unless another of its sentences
 * names one of the place's towns, as a call-in's callers or a letters page's datelines do.
 */
import { describe, expect, it } from 'vitest';
import type { SentenceWords } from '../../../engine/sentence-facts';
import { tokenize } from '../../../engine/tokenize';
import { createTopicGate } from '../../../engine/topic-gate';

const CONCEPTS: Record<string, string> = {
  riverland: 'riverland',
  eastquay: 'riverland-towns',
  millbrook: 'riverland-towns',
  portsea: 'portsea',
};

const words = (text: string): SentenceWords => {
  const tokens = tokenize(text);
  const hits = tokens.flatMap((t, k) => {
    const concept = CONCEPTS[t.norm];
    return concept ? [{ concept, from: k, to: k + 1, text: t.raw }] : [];
  });
  return { text, tokens, hits };
};

const gate = createTopicGate({
  anchors: ['riverland'],
  regional: ['portsea'],
  otherTheatres: ['lakeland'],
  placesWithin: ['riverland-towns'],
  years: { from: 2014, to: 2027 },
  anchorTerms: ['riverland'],
  anchorStarts: [],
});

const callIn = (caller: string) =>
  [
    'Open line: callers on the ferry deal',
    'HOST: Good evening, and welcome to the open line.',
    caller,
    'CALLER: They told us the deal would be announced this month, so where is it?',
    'HOST: Our reporter says it has been held back again.',
    'CALLER: Held back, always held back.',
    'HOST: Our reporter says the Riverland crews are packing up.',
    'CALLER: The crews keep finding reasons to stay at the pier.',
    'HOST: Thank you for calling.',
    'HOST: That is all for tonight.',
  ].map(words);

describe('placesWithin: the place named once, its towns elsewhere', () => {
  it('reads the whole article when another sentence names a town of the place', () => {
    expect(gate.namesOnce(callIn('HOST: First on the line is Amal from Eastquay.'))).toBe(false);
    expect(gate.namesOnce(callIn('HOST: Next, a listener in Millbrook.'))).toBe(false);
  });

  it('keeps to the one sentence when no other sentence names a town of the place', () => {
    expect(gate.namesOnce(callIn('HOST: First on the line is Amal, go ahead.'))).toBe(true);
    // A neighbour's town is no town of the place.
    expect(gate.namesOnce(callIn('HOST: Next, a listener in Portsea.'))).toBe(true);
  });

  it('does not count a town named in the sentence that names the place', () => {
    const article = callIn('HOST: First on the line is Amal, go ahead.');
    article[6] = words('HOST: Our reporter in Eastquay says the Riverland crews are packing up.');
    expect(gate.namesOnce(article)).toBe(true);
  });
});
