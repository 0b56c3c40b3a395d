/**
 * Learning wording from examples (scripts/eval/learn-wording.ts), on the bridge story pack
 * (tests/fixtures/story-bridge/): its "close" concept knows "closed" and "shut" but not
 * "barricaded"; examples from two articles state the closure with it.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createAnnotator } from '../../../cli/annotate';
import { loadAndCheck } from '../../../data/load-kb';
import { compileStory } from '../../../engine/compile-story';
import type { StoryPack } from '../../../engine/types';
import type { EvalArticle } from '../../../scripts/eval/eval-set';
import { learnWording, phrasingsOf, withSuggestions } from '../../../scripts/eval/learn-wording';

const dir = path.resolve(__dirname, '../../fixtures/story-bridge');
const loaded = loadAndCheck(dir, path.join(dir, 'seeds'));
if (!loaded.kb) throw new Error(`story-bridge does not load: ${loaded.errors.join('; ')}`);
const pack = loaded.kb as StoryPack;
const annotatorFor = (p: StoryPack) => createAnnotator(compileStory(p));

const CLOSED = 'bridge-closed-for-repairs';
const stating = (id: string, ...texts: string[]): EvalArticle => ({
  id,
  outlet: 'Test',
  published: '2024-10-02',
  kind: 'on-topic',
  sentences: texts.map((text) => ({ text, highlight: true, claims: [CLOSED] })),
});
const saying = (id: string, text: string): EvalArticle => ({
  id,
  outlet: 'Test',
  published: '2024-10-02',
  kind: 'on-topic',
  sentences: [{ text, highlight: false }],
});

describe('learnWording', () => {
  const examples = [
    stating('a', 'The Orsa Bridge stays barricaded while crews repair its deck.'),
    stating('b', 'Crews have barricaded the Orsa Bridge for repairs to its bearings.'),
  ];

  it('proposes a word that examples of two articles lack the concept for, with what it gains', () => {
    const learnt = learnWording({ pack, articles: examples, labelled: null, annotatorFor });
    const barricaded = learnt.suggestions.find((s) => s.concept === 'close');
    expect(barricaded).toMatchObject({ phrasing: 'barricaded', gained: 2, cost: 0 });
    expect(barricaded?.claims).toEqual([CLOSED]);
    expect(barricaded?.support.articles).toEqual(['a', 'b']);
  });

  it('turns down a word that would card a sentence that must not be carded', () => {
    // "crews" is in both examples too; as a word for the closure it cards a plain repair report.
    const withNearMiss = [
      ...examples,
      saying('c', 'Crews repaired the railings of the Orsa Bridge overnight.'),
    ];
    const learnt = learnWording({ pack, articles: withNearMiss, labelled: null, annotatorFor });
    expect(learnt.suggestions.map((s) => s.phrasing)).not.toContain('crews');
    expect(learnt.rejected.find((r) => r.phrasing === 'crews')?.cost).toBeGreaterThan(0);
    expect(learnt.suggestions.map((s) => s.phrasing)).toContain('barricaded');
  });

  it('learns nothing from one article: a single sentence is not a pattern', () => {
    const learnt = learnWording({
      pack,
      articles: [examples[0] as EvalArticle],
      labelled: null,
      annotatorFor,
    });
    expect(learnt.suggestions).toEqual([]);
  });

  it('the learnt phrasing, added to the pack, cards a new sentence with the word', () => {
    const learnt = learnWording({ pack, articles: examples, labelled: null, annotatorFor });
    const annotate = annotatorFor(withSuggestions(pack, learnt.suggestions));
    const page =
      '<html><body><p>The Orsa Bridge was barricaded for repair work on Monday.</p></body></html>';
    const before = annotatorFor(pack)(page, { published: '2024-10-02' });
    const after = annotate(page, { published: '2024-10-02' });
    expect(before.highlights.map((h) => h.claim)).toEqual([]);
    expect(after.highlights.map((h) => h.claim)).toEqual([CLOSED]);
  });
});

describe('phrasingsOf', () => {
  it('gives the word and, when it has an ending, its stem with a wildcard', () => {
    expect(phrasingsOf('barricaded')).toEqual(['barricaded', 'barricad*']);
    expect(phrasingsOf('quietly')).toEqual(['quietly']);
    expect(phrasingsOf('uses')).toEqual(['uses']);
  });
});
