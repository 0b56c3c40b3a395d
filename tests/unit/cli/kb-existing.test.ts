/**
 * Proposals for existing claims, on hand-made engine output: the side and rivals follow the
 * claim's question, the value is the sentence's, and a sentence that also says the opposite of
 * what the claim asks (by the pack's inferences) is flagged as possibly on the other side.
 */
import { describe, expect, it } from 'vitest';
import { existingProposals, storyWords } from '../../../cli/kb-existing';
import type { KbArticle } from '../../../cli/kb-inputs';
import type { ReadArticle, ReadSentence } from '../../../cli/kb-read-article';
import type { Claim, KnowledgeBase, Match } from '../../../engine/types';

const claim = (id: string, position: string, require: string[][]): Claim => ({
  id,
  statement: `${id} statement`,
  position: { question: 'stay', position },
  recognize: { require },
  sources: [],
});
const kb: KnowledgeBase = {
  sources: [],
  questions: [
    {
      id: 'stay',
      text: 'Do they stay?',
      positions: [
        { id: 'yes', label: 'yes' },
        { id: 'no', label: 'no' },
      ],
    },
  ],
  claims: [
    claim('they-stay', 'yes', [['remain'], ['troops']]),
    claim('they-go', 'no', [['withdraw'], ['troops']]),
  ],
};
const article: KbArticle = {
  id: 'lib-09',
  url: 'https://example.org/x',
  outlet: 'Example',
  published: '2026-01',
  title: 't',
  html: '',
};

function sentence(text: string, hits: ReadSentence['hits'], claimId: string): ReadSentence {
  const match = {
    start: 0,
    end: text.length,
    text,
    claim: claimId,
    position: 'yes',
    question: 'stay',
    statement: 's',
    evidence: hits.map((h) => ({ kind: 'concept', detail: `${h.concept} ← "${h.text}"` })),
    score: hits.length,
  } as unknown as Match;
  return { index: 1, text, hits, dates: [], numbers: [], match };
}
const words = storyWords(['troops'], [{ negated: 'withdraw', implies: 'remain' }]);
const read = (s: ReadSentence): ReadArticle => ({
  text: s.text,
  published: '2026-01',
  sentences: [s],
});

describe('existingProposals', () => {
  it('proposes the passage for its claim, against the question’s other positions', () => {
    const s = sentence(
      'The troops will remain at the northern base for another year.',
      [
        { concept: 'troops', text: 'troops', negated: false },
        { concept: 'remain', text: 'remain', negated: false },
      ],
      'they-stay',
    );
    const [p] = existingProposals(article, read(s), kb, words);
    expect(p).toMatchObject({
      id: 'lib-09:1',
      claim: 'they-stay',
      side: 'corroborates',
      contradicts: ['they-go'],
      outlet: 'Example',
      url: 'https://example.org/x',
      alreadyCited: false,
    });
    expect(s.text).toContain(p?.anchor);
    expect(p?.anchor).toContain('remain');
  });

  it('flags a sentence that also says the opposite of what the claim asks', () => {
    const s = sentence(
      'The troops that remain at the base withdrew to the north on Friday.',
      [
        { concept: 'troops', text: 'troops', negated: false },
        { concept: 'remain', text: 'remain', negated: false },
        { concept: 'withdraw', text: 'withdrew', negated: false },
      ],
      'they-stay',
    );
    const [p] = existingProposals(article, read(s), kb, words);
    expect(p?.confidence.level).toBe('low');
    expect(p?.confidence.reasons.join(' ')).toMatch(/"withdrew", the opposite/);
    expect(p?.otherConcepts).toEqual(['withdraw']);
  });

  it('tells a value carried from an earlier sentence from one the sentence states', () => {
    const hits = [
      { concept: 'troops', text: 'troops', negated: false },
      { concept: 'remain', text: 'stay on', negated: false },
    ];
    const dated = (detail: string) => {
      const s = sentence('The board says the troops stay on.', hits, 'they-stay');
      const m = s.match as Match;
      m.value = 'May 2026';
      m.evidence.push({ kind: 'date', detail });
      return existingProposals(article, read(s), kb, words)[0]?.confidence;
    };
    // Carried: the sentence names no date; the engine took the card's before it.
    const carried = dated('deadline May 2026 ← "(→ "by May")" (resolved against publication date)');
    expect(carried?.reasons).toContain(
      'the value (May 2026) is carried from an earlier sentence ("by May"), not stated in this one',
    );
    expect(carried?.reasons.join(' ')).not.toMatch(/states the value|resolved against/);
    const stated = dated('deadline May 2026 ← "May 2026"');
    expect(stated?.reasons).toContain('states the value the claim is about');
    expect(carried?.score).toBeLessThan(stated?.score ?? 0);
  });

  it('does not flag the opposite when the sentence negates it', () => {
    const s = sentence(
      'The troops will remain and have not withdrawn from the base.',
      [
        { concept: 'troops', text: 'troops', negated: false },
        { concept: 'remain', text: 'remain', negated: false },
        { concept: 'withdraw', text: 'withdrawn', negated: true },
      ],
      'they-stay',
    );
    const [p] = existingProposals(article, read(s), kb, words);
    expect(p?.confidence.reasons.join(' ')).not.toMatch(/opposite/);
  });

  describe('a passage that only hints at its claim is marked, not cited', () => {
    const hintOfSentence = (text: string, evidence: string[], dateRequired = false) => {
      const s = sentence(text, [], 'they-stay');
      const m = s.match as Match;
      m.evidence = evidence.map((d) => ({
        kind: d.startsWith('deadline') ? 'date' : 'concept',
        detail: d,
      })) as Match['evidence'];
      const c = kb.claims[0] as Claim;
      const k = { ...kb, claims: [{ ...c, recognize: { ...c.recognize, dateRequired } }] };
      return existingProposals(article, read(s), k, words)[0];
    };

    it('when most of the claim is read on words pointing back at an earlier sentence', () => {
      const p = hintOfSentence('That decision surprised nobody in the harbour town.', [
        'remain ← "decision (→ "stay on")"',
        'troops ← "That (→ "sailors")"',
      ]);
      expect(p?.hinted).toMatch(/pointing back at an earlier sentence/);
      expect(p?.confidence.level).toBe('low');
      expect(p?.confidence.reasons[0]).toMatch(/^hinted, not stated/);
      // One word of reference among what the sentence states itself is a statement.
      const stated = hintOfSentence('They will stay on at the harbour for the winter.', [
        'remain ← "stay on"',
        'troops ← "They (→ "sailors")"',
      ]);
      expect(stated?.hinted).toBeUndefined();
    });

    it('when it restates the sentence before, naming what that one told', () => {
      const clause = (text: string, evidence: string[]) => {
        const s = sentence(text, [], 'they-stay');
        (s.match as Match).evidence = evidence.map((d) => ({
          kind: d.includes('←') ? 'concept' : 'clause',
          detail: d,
        })) as Match['evidence'];
        return existingProposals(article, read(s), kb, words)[0]?.hinted;
      };
      const evidence = ['remain ← "stay on"', 'troops ← "sailors"', 'restates the sentence before'];
      expect(clause('This decision, which came on Friday, pleased the town.', evidence)).toMatch(
        /naming what that one told as "This decision"/,
      );
      // Restating by naming who did the same ("The sailors of two more ships did too") tells it.
      expect(clause('Sailors of two more ships did the same on Friday.', evidence)).toBeUndefined();
      // Without the engine's reading of a restatement, an opening "The" is just an article.
      expect(
        clause('The decision to stay on pleased the sailors.', evidence.slice(0, 2)),
      ).toBeUndefined();
    });

    it('when the claim is about a date the sentence does not state', () => {
      const evidence = ['remain ← "stay on"', 'troops ← "sailors"'];
      const carried = 'deadline May 2026 ← "(→ "by May")"';
      const p = hintOfSentence(
        'The sailors stay on, the mayor said.',
        [...evidence, carried],
        true,
      );
      expect(p?.hinted).toMatch(/a date the sentence does not state/);
      // A claim whose date is not required is stated without it.
      expect(
        hintOfSentence('The sailors stay on, the mayor said.', [...evidence, carried])?.hinted,
      ).toBeUndefined();
    });

    it('when every word the claim was read on lies in one name', () => {
      const p = hintOfSentence('The notice was signed by the Harbour Staying Board on Monday.', [
        'remain ← "Harbour Staying Board"',
        'troops ← "Harbour"',
      ]);
      expect(p?.hinted).toMatch(/only on the name "Harbour Staying Board"/);
      const told = hintOfSentence('The harbour crews are staying on through May.', [
        'remain ← "staying on"',
        'troops ← "harbour crews"',
      ]);
      expect(told?.hinted).toBeUndefined();
    });
  });
});
