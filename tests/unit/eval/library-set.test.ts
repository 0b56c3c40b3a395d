/**
 * The library set's loader (scripts/eval/library-set.ts): articles built from records and labels
 * that hold no text, each label checked against the sentence it names.
 */
import { describe, expect, it } from 'vitest';
import {
  buildLibrarySet,
  type LibraryLabel,
  sentencesOf,
  shortHash,
} from '../../../scripts/eval/library-set';

const records = [
  {
    id: 'lib-01',
    url: 'https://example.org/ferry',
    outlet: 'Harbour Gazette',
    published: '2025-08-18',
    title: 'Ferry leaves the north pier',
    paragraphs: [
      'The council said the ferry left the north pier on Monday. It will sail to the island.',
      'Tickets cost more this year.',
    ],
  },
  {
    id: 'lib-02',
    outlet: 'Island Post',
    published: '2026-01',
    title: 'Pier handed to the port',
    paragraphs: ['The port now runs the pier.'],
  },
];
const claims = [
  { id: 'ferry-left', position: { question: 'ferry-date' } },
  { id: 'ferry-stays', position: { question: 'ferry-date' } },
  { id: 'pier-handed' },
];

/** A label for the sentence at p.s, with its drift check computed from the text. */
const label = (
  p: number,
  s: number,
  rest: Partial<LibraryLabel> = { highlight: true },
): LibraryLabel => {
  const record = records[0] as (typeof records)[0];
  const text = sentencesOf([record.title, ...record.paragraphs][p + 1] as string)[s] as string;
  return { p, s, len: text.length, sha: shortHash(text), highlight: true, ...rest };
};

describe('buildLibrarySet', () => {
  it('reads the title as the headline, then every sentence in order, unlisted ones false', () => {
    const [first, second] = buildLibrarySet(records, { articles: {} }, claims);
    expect(first?.sentences.map((s) => s.text)).toEqual([
      'Ferry leaves the north pier',
      'The council said the ferry left the north pier on Monday.',
      'It will sail to the island.',
      'Tickets cost more this year.',
    ]);
    expect(first?.sentences.every((s) => s.highlight === false)).toBe(true);
    expect(first).toMatchObject({ id: 'lib-01', published: '2025-08-18', kind: 'on-topic' });
    expect(second?.published).toBe('2026-01');
  });

  it("marks the last sentence of each of the article's paragraphs, so the page keeps them", () => {
    const [first] = buildLibrarySet(records, { articles: {} }, claims);
    expect(first?.sentences.map((s) => s.paragraphEnd === true)).toEqual([true, false, true, true]);
  });

  it('widens claims to the question they answer and keeps hints and nulls as labelled', () => {
    const [article] = buildLibrarySet(
      records,
      {
        articles: {
          'lib-01': [
            label(0, 0, { highlight: true, claims: ['ferry-left'] }),
            label(0, 1, { highlight: null, hinted_claims: ['ferry-left'] }),
            label(1, 0, { highlight: true }),
          ],
        },
      },
      claims,
    );
    const [, said, sail, tickets] = article?.sentences ?? [];
    expect(said).toMatchObject({ highlight: true, claims: ['ferry-left', 'ferry-stays'] });
    expect(sail).toMatchObject({ highlight: null, hinted_claims: ['ferry-left'] });
    expect(sail?.claims).toBeUndefined();
    expect(tickets).toMatchObject({ highlight: true });
    expect(tickets?.claims).toBeUndefined();
  });

  const build = (labels: unknown[]) =>
    buildLibrarySet(records, { articles: { 'lib-01': labels as LibraryLabel[] } }, claims);

  it('names article and field in one line when a label is malformed or its text drifted', () => {
    expect(() => build([{ ...label(0, 0), sha: '00000000' }])).toThrow(
      /^library labels: lib-01 sentence 0\.0 sha: does not match/,
    );
    expect(() => build([{ ...label(0, 0), len: 3 }])).toThrow(
      /^library labels: lib-01 sentence 0\.0 len: 3 but the text has \d+$/,
    );
    expect(() => build([{ ...label(0, 0), s: 5 }])).toThrow(
      /lib-01 sentence 0\.5 p\/s: no such sentence/,
    );
    expect(() => build([{ ...label(0, 0), claims: ['ferry-sank'] }])).toThrow(
      /lib-01 sentence 0\.0 claims: unknown claim "ferry-sank"/,
    );
    expect(() => build([{ ...label(0, 0), highlight: 'yes' }])).toThrow(
      /lib-01 sentence 0\.0 highlight: must be true, false or null/,
    );
    expect(() => build([label(0, 0), label(0, 0)])).toThrow(/lib-01 sentence 0\.0: labelled twice/);
    expect(() => buildLibrarySet(records, { articles: { 'lib-99': [] } }, claims)).toThrow(
      /^library labels: lib-99 id: no such article/,
    );
    for (const bad of [() => build([label(0, 0)].map((l) => ({ ...l, p: '0' })))])
      expect(bad).toThrow(/lib-01 sentence 0\.0: p and s must be integers/);
  });
});
