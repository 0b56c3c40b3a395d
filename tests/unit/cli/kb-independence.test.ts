/** Independent reports: copies of one story count once, separate reporting counts apart. */
import { describe, expect, it } from 'vitest';
import type { ExistingProposal } from '../../../cli/kb-existing';
import { createReportCounter, quotesOf, shingles } from '../../../cli/kb-independence';
import { markSameReports } from '../../../cli/kb-propose';
import type { KnowledgeBase } from '../../../engine/types';

const story =
  'The ministry said the last convoy left the northern base on Friday night under escort, and that the site now belongs to the army.';
const empty: KnowledgeBase = { sources: [], questions: [], claims: [] };

describe('createReportCounter', () => {
  const articles = [
    { id: 'a', url: 'https://a.example/1', text: story },
    { id: 'b', url: 'https://b.example/1', text: `Republished. ${story}` },
    {
      id: 'c',
      url: 'https://c.example/1',
      text: 'A reporter at the gate watched trucks drive off.',
    },
  ];

  it('counts near-copies of one article once', () => {
    const count = createReportCounter(articles, empty);
    expect(
      count([
        { article: 'a', sentence: 'the last convoy left' },
        { article: 'b', sentence: 'the last convoy left' },
      ]),
    ).toBe(1);
  });

  it('counts separate reporting apart, and two passages of one article once', () => {
    const count = createReportCounter(articles, empty);
    expect(
      count([
        { article: 'a', sentence: 'the last convoy left the base' },
        { article: 'a', sentence: 'the site belongs to the army' },
        { article: 'c', sentence: 'trucks drove off from the gate' },
      ]),
    ).toBe(2);
  });

  it('counts articles the knowledge base traces to one origin once', () => {
    const kb: KnowledgeBase = {
      sources: [
        {
          id: 'x',
          outlet: 'X',
          title: 'x',
          url: 'https://x.example/',
          published: '2026-01',
          seedFile: 'x.txt',
        },
        {
          id: 'y',
          outlet: 'Y',
          title: 'y',
          url: 'https://y.example/',
          published: '2026-01',
          seedFile: 'y.txt',
        },
      ],
      questions: [],
      claims: [
        {
          id: 'c',
          statement: 's',
          recognize: { require: [['a']] },
          sources: [
            { source: 'x', says: 's', attribution: 'a', anchor: 'a', origin: 'wire' },
            { source: 'y', says: 's', attribution: 'a', anchor: 'a', origin: 'wire' },
          ],
        },
      ],
    };
    const count = createReportCounter(
      [
        { id: 'x', url: 'https://x.example/', text: 'one wording of the news' },
        { id: 'y', url: 'https://y.example/', text: 'a quite different wording' },
      ],
      kb,
    );
    expect(
      count([
        { article: 'x', sentence: 'one wording' },
        { article: 'y', sentence: 'another' },
      ]),
    ).toBe(1);
  });
});

describe('shingles', () => {
  it('gives lower-cased word n-grams, punctuation ignored', () => {
    expect([...shingles('The Base, the army.', 2)]).toEqual(['the base', 'base the', 'the army']);
  });
});

describe('quotesOf', () => {
  it('keeps runs of six words of quoted statements, folded', () => {
    expect(
      quotesOf('He said: “The base Is Ours again, from today,” and left. A “historic” day.'),
    ).toEqual(['the base is ours again from', 'base is ours again from today']);
  });
});

describe('passages quoting one statement', () => {
  it('count once', () => {
    const count = createReportCounter([], empty);
    expect(
      count([
        { article: 'a', sentence: 'The group said: “our weapons stay with our fighters for now”.' },
        {
          article: 'b',
          sentence:
            'In a separate statement it repeated that "Our weapons stay with our fighters".',
        },
      ]),
    ).toBe(1);
  });
});

describe('markSameReports', () => {
  const articles = [
    { id: 'a', url: 'https://a.example/1', text: story },
    { id: 'b', url: 'https://b.example/1', text: `Republished. ${story}` },
    {
      id: 'c',
      url: 'https://c.example/1',
      text: 'A reporter at the gate watched trucks drive off.',
    },
  ];
  const entry = (id: string, article: string, claim: string, sentence: string) =>
    ({ id, article, claim, sentence }) as ExistingProposal;

  it('points a wire copy to the first passage of its report, for the same claim only', () => {
    const existing = [
      entry('a:1', 'a', 'convoy-left', 'The last convoy left the northern base.'),
      entry('b:2', 'b', 'convoy-left', 'The last convoy left the northern base.'),
      entry('c:1', 'c', 'convoy-left', 'Trucks drove off from the gate.'),
      entry('b:3', 'b', 'site-to-army', 'The site now belongs to the army.'),
      entry('a:2', 'a', 'convoy-left', 'It left on Friday night.'),
    ];
    markSameReports(existing, createReportCounter(articles, empty));
    expect(existing.map((e) => e.sameReportAs)).toEqual([
      undefined,
      'a:1',
      undefined,
      undefined,
      // Another passage of the same article is no copy: the editor cites an article once anyway.
      undefined,
    ]);
  });
});
