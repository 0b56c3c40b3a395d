/**
 * Names that only the story's place carries (topic.placeMarks): a brief on the harbour board's
 * vote that never writes "Riverland" is still about Riverland, unless it names another place.
 * The first look lets such a page through (compile-story.ts adds the marks to its terms), and
 * the article's decision counts them only when it names none of the places (topic-gate.ts).
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadAndCheck } from '../../../data/load-kb';
import { compileStory } from '../../../engine/compile-story';
import type { SentenceWords } from '../../../engine/sentence-facts';
import { tokenize } from '../../../engine/tokenize';
import { createTopicGate } from '../../../engine/topic-gate';

const words = (text: string): SentenceWords => {
  const tokens = tokenize(text);
  const hits = tokens.flatMap((t, k) =>
    t.norm.startsWith('portsea') ? [{ concept: 'portsea', from: k, to: k + 1, text: t.raw }] : [],
  );
  const other = tokens.find((t) => t.norm === 'lakeland');
  return { text, tokens, hits, ...(other && { otherTheatre: other.raw }) };
};

const gate = createTopicGate({
  anchors: ['riverland'],
  regional: ['portsea'],
  otherTheatres: ['lakeland'],
  placeMarks: ['riverland harbour board', 'ferrymen’s league'],
  years: { from: 2014, to: 2027 },
  anchorTerms: ['riverland', 'riverland harbour board', 'ferrymen’s league'],
  anchorStarts: [],
});

const vote = [
  'Harbour board backs the ferry pull-out',
  'The Riverland Harbour Board voted on Monday to let the crews leave in two stages.',
  'The Ferrymen’s League said the vote came too late.',
  'The last crews are due to go by the spring.',
];

describe('placeMarks: a piece that names only what the place alone has', () => {
  it('passes the first look and is read as about the place', () => {
    expect(gate.precheck(vote.join(' '), null, () => vote.length)).toBeUndefined();
    expect(gate.articleOffTopic(vote.map(words))).toBeUndefined();
  });

  it('is off the story when it names another place or another war too', () => {
    for (const extra of ['Portsea wants its boats back.', 'In Lakeland the ferries stopped.']) {
      expect(gate.articleOffTopic([...vote, extra].map(words)), extra).toMatch(/0 times/);
    }
  });

  it('is off the story when it names no mark, as before', () => {
    const plain = ['Ferry pull-out backed', 'The board voted on Monday to let the crews leave.'];
    expect(gate.precheck(plain.join(' '), null, () => 2)).toMatch(/0 times/);
    expect(gate.articleOffTopic(plain.map(words))).toMatch(/0 times/);
  });

  it('reads a mark only as a whole name at the start of a word', () => {
    const inside = ['Board votes', 'The Upriverland Harbour Boards met on Monday.'];
    expect(gate.articleOffTopic(inside.map(words))).toMatch(/0 times/);
  });
});

describe('placeMarks in the compiled first look', () => {
  it("joins the anchors' terms, after them", () => {
    const bridgeDir = path.resolve(__dirname, '../../fixtures/story-bridge');
    const pack = loadAndCheck(bridgeDir, path.join(bridgeDir, 'seeds')).kb;
    if (!pack) throw new Error('story-bridge does not load');
    const before = compileStory(pack).topic.anchorTerms;
    const vocabulary = {
      ...pack.vocabulary,
      topic: { ...pack.vocabulary.topic, placeMarks: ['ferrymen’s league'] },
    };
    const after = compileStory({ ...pack, vocabulary }).topic.anchorTerms;
    expect(after).toEqual([...before, 'ferrymen’s league']);
  });
});
