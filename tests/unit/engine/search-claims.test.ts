/**
 * The popup's knowledge-base search: misspelt and accented words still find their claim, a year
 * is never mistaken for its neighbour, and each result carries what the card would show for a
 * sentence asserting the claim.
 */
import { loadStory } from 'virtual:claimlight-story';
import { describe, expect, it } from 'vitest';
import { buildSides, summaryOf, tally } from '../../../engine/build-verdict';
import { compileEntities } from '../../../engine/compile-entities';
import { compilePhrases } from '../../../engine/compile-phrases';
import {
  type ClaimResult,
  createClaimSearch,
  queryTerms,
  SEARCH_LIMIT,
  withinOneEdit,
} from '../../../engine/search-claims';
import type { Claim, KnowledgeBase } from '../../../engine/types';

const { kb } = loadStory();
const search = createClaimSearch(kb);
const first = (query: string) => search(query)[0]?.claim;
/** Everything a result was matched against, to check that a number really is in it. */
const searchedText = (r: ClaimResult) =>
  JSON.stringify([
    r.claim.statement,
    r.claim.value,
    r.question?.text,
    r.position?.label,
    r.claim.sources,
  ]);

// A two-claim story of our own, so sides, links and accents can be checked to the letter.
const reopensMay: Claim = {
  id: 'reopens-may',
  statement: 'The Orsabrücke reopens to traffic in May 2025.',
  value: 'May 2025',
  position: { question: 'reopening', position: 'may' },
  recognize: { require: [['bridge']] },
  sources: [
    {
      source: 'gazette',
      says: 'The Gazette reports the city engineer expects the bridge open in May.',
      attribution: 'the city engineer',
      anchor: 'open in May',
      value: 'May 2025',
    },
  ],
};
const reopensJune: Claim = {
  id: 'reopens-june',
  statement: 'The Orsabrücke reopens to traffic in June 2025.',
  value: 'June 2025',
  position: { question: 'reopening', position: 'june' },
  recognize: { require: [['bridge']] },
  sources: [
    {
      source: 'courier',
      says: 'The Courier says the works run late and the bridge opens in June.',
      attribution: 'the contractor',
      anchor: 'opens in June',
      value: 'June 2025',
    },
  ],
};

const bridge: KnowledgeBase = {
  sources: [
    {
      id: 'gazette',
      outlet: 'Orsa Gazette',
      title: 'Bridge to reopen',
      url: 'https://gazette.example/bridge',
      published: '2025-03-02',
      seedFile: 'gazette.txt',
    },
    {
      id: 'courier',
      outlet: 'Courier',
      title: 'Bridge works run late',
      url: 'https://courier.example/works',
      published: '2025-03',
      seedFile: 'courier.txt',
    },
  ],
  questions: [
    {
      id: 'reopening',
      text: 'When does the Orsabrücke reopen?',
      positions: [
        { id: 'may', label: 'in May 2025' },
        { id: 'june', label: 'in June 2025' },
      ],
    },
  ],
  claims: [reopensMay, reopensJune],
};

describe('createClaimSearch: what it finds', () => {
  it('finds nothing for an empty, blank or punctuation-only query', () => {
    expect(search('')).toEqual([]);
    expect(search('   \t ')).toEqual([]);
    expect(search(' ,;— ')).toEqual([]);
  });

  it('tolerates typos', () => {
    expect(first('Irbil')?.statement).toMatch(/Erbil|Harir/);
    expect(first('kurdistn')?.statement).toMatch(/Erbil|Kurdistan/);
    expect(first('Suleimani')?.statement).toMatch(/Soleimani/);
    const exit = first('withdrawl 2026');
    expect(exit?.value).toBe('2026');
    expect(exit?.position?.question).toBe('completion-date');
  });

  it("with the story's vocabulary, a misspelt word and a name's other spelling find the claims that word the event otherwise", () => {
    const withWords = createClaimSearch(kb, loadStory());
    const found = withWords('withdrawl Irbil 2026').map((r) => r.claim);
    expect(found.some((c) => /Erbil/.test(c.statement) && /2026/.test(c.statement))).toBe(true);
    // Without the vocabulary, no claim naming the city in its statement is found.
    expect(search('withdrawl Irbil 2026').some((r) => /Erbil/.test(r.claim.statement))).toBe(false);
    // A spelling far from the usual one (the vocabulary's) finds the city's claims too.
    expect(withWords('Hawler').length).toBeGreaterThan(0);
    expect(search('Hawler')).toEqual([]);
  });

  it('ignores case and accents, in the query and in the knowledge base', () => {
    expect(first('ÉRBÎL')).toBe(first('erbil'));
    const bridgeSearch = createClaimSearch(bridge);
    for (const query of ['orsabrucke may', 'ORSABRÜCKE MAY', 'Orsabrucke  May'])
      expect(bridgeSearch(query)[0]?.claim.id, query).toBe('reopens-may');
  });

  it('matches numbers exactly: a 2026 query never returns a claim that only says 2025', () => {
    const for2026 = search('2026');
    expect(for2026.length).toBeGreaterThan(0);
    for (const r of for2026) expect(searchedText(r), r.claim.id).toContain('2026');
    expect(search('2025').map((r) => r.claim.value)).toContain('end of 2025');
    expect(for2026.map((r) => r.claim.value)).not.toContain('end of 2025');
  });

  it('reads grouped thousands as one number', () => {
    expect(first('2,500 troops')?.statement).toMatch(/2,500/);
    expect(first('2500')).toBe(first('2,500 troops'));
  });

  it('needs every word, which may come from any field: the statement, a source, its outlet', () => {
    expect(search('Harris withdrawal').map((r) => r.claim.statement)).toEqual([
      expect.stringMatching(/Kamala Harris/),
    ]);
    // Rudaw is the one outlet with the end-of-2025 date; no Rudaw claim says 2026.
    expect(search('Rudaw 2025').map((r) => r.claim.value)).toContain('end of 2025');
    expect(search('Rudaw 2026')).toEqual([]);
  });

  it('ranks a hit in the statement above one only in a source summary', () => {
    const [top] = search('Soleimani');
    expect(top?.claim.statement).toMatch(/Soleimani/);
  });

  it(`returns the best ${SEARCH_LIMIT} results unless asked for more`, () => {
    expect(kb.claims.length).toBeGreaterThan(SEARCH_LIMIT);
    expect(search('the')).toHaveLength(SEARCH_LIMIT);
    const all = search('the', { limit: Number.POSITIVE_INFINITY });
    expect(all.length).toBeGreaterThan(SEARCH_LIMIT);
    expect(all.slice(0, SEARCH_LIMIT)).toEqual(search('the'));
    expect(search('the', { limit: 2 })).toEqual(all.slice(0, 2));
  });
});

describe('createClaimSearch: what a result shows', () => {
  it('carries the sides, verdict and summary the card gives a sentence asserting the claim', () => {
    const results = ['2026', 'withdrawal', 'ISIS', 'agreed'].flatMap((q) => search(q));
    expect(results.length).toBeGreaterThan(SEARCH_LIMIT);
    for (const r of results) {
      const { corroborating, contradicting } = buildSides(r.claim, kb, undefined);
      const card = tally(corroborating, contradicting);
      expect(r.sources).toEqual([...corroborating, ...contradicting]);
      expect(r.verdictIfAsserted).toBe(card.verdict);
      expect(r.summary).toBe(card.summary);
    }
  });

  it('names the question and the position a disputed claim takes', () => {
    const exit2025 = search('end of 2025').find((r) => r.claim.value === 'end of 2025');
    expect(exit2025?.question?.text).toMatch(/leave Iraq/);
    expect(exit2025?.position?.label).toBe('by the end of 2025');
    expect(exit2025?.verdictIfAsserted).toBe('contradicted');
    expect(search('Soleimani')[0]?.question).toBeUndefined();
  });

  it('puts rival sources on the contradicting side, with the reason and a passage link', () => {
    const [may] = createClaimSearch(bridge)('reopens may');
    expect(may).toEqual({
      claim: reopensMay,
      question: bridge.questions[0],
      position: { id: 'may', label: 'in May 2025' },
      sources: [
        expect.objectContaining({
          source: 'gazette',
          stance: 'corroborates',
          outlet: 'Orsa Gazette',
          published: '2025-03-02',
          link: 'https://gazette.example/bridge#:~:text=open%20in%20May',
        }),
        expect.objectContaining({
          source: 'courier',
          stance: 'contradicts',
          outlet: 'Courier',
          published: '2025-03',
          says: 'The Courier says the works run late and the bridge opens in June.',
          why: 'Courier: June 2025 — this statement: May 2025',
          link: 'https://courier.example/works#:~:text=opens%20in%20June',
        }),
      ],
      verdictIfAsserted: 'disputed',
      summary: summaryOf(1, 1),
    } satisfies ClaimResult);
  });
});

describe('queryTerms', () => {
  it('folds case and accents, splits on anything but letters and digits, and drops repeats', () => {
    expect(queryTerms('  Érbil, ERBIL — al-Sudani ')).toEqual(['erbil', 'al', 'sudani']);
    expect(queryTerms('2,500 or 2.500 troops')).toEqual(['2500', 'or', 'troops']);
  });

  it('keeps the first eight words of a pasted paragraph', () => {
    expect(queryTerms('a b c d e f g h i j')).toEqual(['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h']);
  });
});

describe("createClaimSearch: with the story's vocabulary", () => {
  // A made-up ferry story: a port known by two spellings, and a concept worded many ways.
  const sailing = (id: string, statement: string, require: string[][]): Claim => ({
    id,
    statement,
    recognize: { require },
    sources: [
      { source: 'harbour', says: statement, attribution: 'the harbour office', anchor: '' },
    ],
  });
  const ferryKb: KnowledgeBase = {
    sources: [
      {
        id: 'harbour',
        outlet: 'Harbour Notes',
        title: 'Timetable',
        url: 'https://harbour.example/t',
        published: '2031-04',
        seedFile: 'harbour.txt',
      },
    ],
    questions: [],
    claims: [
      sailing('stops', 'The night boat to Kestrav no longer runs after 2031.', [
        ['suspend'],
        ['kestrav'],
      ]),
      sailing('adds', 'A second boat to Kestrav starts in 2031.', [['kestrav']]),
      sailing('halts-elsewhere', 'Trams to the fairground are suspended in 2031.', [['suspend']]),
    ],
  };
  const vocabulary = {
    phrases: compilePhrases({
      suspend: ['suspend*', 'halt', 'no longer runs', 'cancelled'],
      kestrav: ['kestrav', 'kestrava'],
    }),
    entities: compileEntities({ kestrav: ['Kestrav', 'Kestrava', 'Gheestraw'] }),
  };
  const ids = (search: ReturnType<typeof createClaimSearch>, query: string) =>
    search(query).map((r) => r.claim.id);
  const plain = createClaimSearch(ferryKb);
  const withWords = createClaimSearch(ferryKb, vocabulary);

  it('finds a name by any of its known spellings, and by a spelling one letter off', () => {
    expect(ids(plain, 'Gheestraw')).toEqual([]);
    expect(ids(withWords, 'Gheestraw').sort()).toEqual(['adds', 'stops']);
    expect(ids(withWords, 'Gheestrow').sort()).toEqual(['adds', 'stops']);
  });

  it('finds the claims requiring a concept by one of its words, even misspelt, whatever their text says', () => {
    expect(ids(plain, 'suspension')).toEqual([]);
    expect(ids(withWords, 'suspension').sort()).toEqual(['halts-elsewhere', 'stops']);
    expect(ids(withWords, 'suspnded').sort()).toEqual(['halts-elsewhere', 'stops']);
    expect(ids(withWords, 'cancelld').sort()).toEqual(['halts-elsewhere', 'stops']);
    // Every word must still match: the concept, the place (another spelling) and the year.
    expect(ids(withWords, 'suspenion Gheestraw 2031')).toEqual(['stops']);
  });

  it('ranks a claim saying the word above one found only through its concept', () => {
    expect(ids(withWords, 'suspended')).toEqual(['halts-elsewhere', 'stops']);
  });

  it('forgives no letter in a short word, and keeps numbers exact', () => {
    expect(ids(withWords, 'hal')).not.toContain('stops');
    expect(ids(withWords, '2030')).toEqual([]);
  });
});

describe('withinOneEdit', () => {
  it('allows one letter added, dropped or changed, and no more', () => {
    expect(withinOneEdit('harbour', 'harbour')).toBe(true);
    expect(withinOneEdit('harbor', 'harbour')).toBe(true);
    expect(withinOneEdit('harbour', 'harbor')).toBe(true);
    expect(withinOneEdit('harbour', 'harbeur')).toBe(true);
    expect(withinOneEdit('harbour', 'hrbor')).toBe(false);
    expect(withinOneEdit('ferry', 'fairy')).toBe(false);
  });
});
