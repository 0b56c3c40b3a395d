/**
 * The phrasing syntax of a story's vocabulary (engine/types.ts, Vocabulary), compiled into one
 * token trie (compile-phrases.ts) and walked once per sentence (find-concepts.ts). Every
 * feature a journalist may write is pinned here on small made-up vocabularies.
 */
import { describe, expect, it } from 'vitest';
import { compilePhrases, MAX_GAP, parsePhrasing } from '../../../engine/compile-phrases';
import { createConceptFinder } from '../../../engine/find-concepts';
import { tokenize } from '../../../engine/tokenize';
import type { ConceptId } from '../../../engine/types';

const finder = (concepts: Record<ConceptId, string[]>) => {
  const find = createConceptFinder(compilePhrases(concepts));
  return (sentence: string) => find(tokenize(sentence), sentence);
};
/** The words each hit covers, as [concept, text]. */
const texts = (concepts: Record<ConceptId, string[]>, sentence: string) =>
  finder(concepts)(sentence).map((h) => [h.concept, h.text]);

describe('words', () => {
  it('an exact word matches in any case, and only the whole word', () => {
    const bridge = { bridge: ['bridge'] };
    expect(texts(bridge, 'The Bridge and the BRIDGE.')).toEqual([
      ['bridge', 'Bridge'],
      ['bridge', 'BRIDGE'],
    ]);
    expect(texts(bridge, 'Two bridges and a drawbridge.')).toEqual([]);
  });

  it('"word*" matches any word starting with it', () => {
    expect(
      texts(
        { repair: ['repair*'] },
        'Repairs, repaired, repairing and a repair; not a prepared one.',
      ),
    ).toEqual([
      ['repair', 'Repairs'],
      ['repair', 'repaired'],
      ['repair', 'repairing'],
      ['repair', 'repair'],
    ]);
  });

  it('"=US" matches the word exactly as written: "US", not "us" or "Us"', () => {
    const us = { us: ['=US'] };
    expect(texts(us, 'US officials told us.')).toEqual([['us', 'US']]);
    expect(texts(us, 'Us and them.')).toEqual([]);
    // Without "=" the same word matches every casing.
    expect(texts({ us: ['us'] }, 'US officials told us.')).toEqual([
      ['us', 'US'],
      ['us', 'us'],
    ]);
  });

  it('"=U.S." matches the dotted abbreviation', () => {
    expect(texts({ us: ['=U.S.'] }, 'The U.S. embassy.')).toEqual([['us', 'U.S.']]);
  });

  it('words match without their accents and with straight or curly apostrophes', () => {
    expect(texts({ cafe: ['cafe'] }, 'A café by the bridge.')).toEqual([['cafe', 'café']]);
    expect(texts({ mayor: ["mayor's"] }, 'The mayor’s office.')).toEqual([['mayor', 'mayor’s']]);
  });
});

describe('alternatives and phrases', () => {
  it('"a|b" matches either word', () => {
    expect(texts({ close: ['close|closed|closure'] }, 'The closure: closed, and close.')).toEqual([
      ['close', 'closure'],
      ['close', 'closed'],
      ['close', 'close'],
    ]);
  });

  it('alternatives inside a phrase fork only that word', () => {
    const service = { service: ['back in|into service'] };
    expect(texts(service, 'It is back in service.')).toEqual([['service', 'back in service']]);
    expect(texts(service, 'It is back into service.')).toEqual([['service', 'back into service']]);
    expect(texts(service, 'It is back to service.')).toEqual([]);
    expect(texts(service, 'It is back in.')).toEqual([]);
  });

  it('a phrase needs its words in order and next to each other', () => {
    const ferry = { ferry: ['boat service'] };
    expect(texts(ferry, 'A boat service runs.')).toEqual([['ferry', 'boat service']]);
    expect(texts(ferry, 'A service boat runs.')).toEqual([]);
    expect(texts(ferry, 'A boat and a service.')).toEqual([]);
  });
});

describe('gaps', () => {
  const presence = { end: ['end ~ presence'] };

  it(`"~" skips none up to ${MAX_GAP} words`, () => {
    expect(texts(presence, 'To end presence.')).toEqual([['end', 'end presence']]);
    expect(texts(presence, 'To end their presence.')).toEqual([['end', 'end their presence']]);
    expect(texts(presence, 'To end the US military presence.')).toEqual([
      ['end', 'end the US military presence'],
    ]);
  });

  it('but not four', () => {
    expect(MAX_GAP).toBe(3);
    expect(texts(presence, 'To end the large US military presence.')).toEqual([]);
  });

  it('gaps may be doubled for a wider reach', () => {
    expect(texts({ end: ['end ~ ~ presence'] }, 'To end the large US military presence.')).toEqual([
      ['end', 'end the large US military presence'],
    ]);
    expect(texts({ end: ['end ~ ~ presence'] }, 'To end presence.')).toEqual([
      ['end', 'end presence'],
    ]);
  });

  it('a run of gaps is one gap edge of their summed reach, beside a single gap from the same word', () => {
    expect(parsePhrasing('end ~ ~ presence')).toEqual([
      { gap: false, alternatives: ['end'] },
      { gap: true, skip: 2 * MAX_GAP },
      { gap: false, alternatives: ['presence'] },
    ]);
    const index = compilePhrases({ near: ['end ~ stay'], far: ['end ~ ~ presence'] });
    // root → end, whose two gaps (3 and 6 words) lead to different nodes.
    expect(index.gapSkip).toEqual([MAX_GAP, 2 * MAX_GAP]);
    const words = 'To end the large US military stay and presence.';
    expect(texts({ near: ['end ~ stay'], far: ['end ~ ~ presence'] }, words)).toEqual([
      ['far', 'end the large US military stay and presence'],
    ]);
  });
});

describe('hyphens', () => {
  it('a hyphenated phrasing matches the hyphenated word and the two words', () => {
    const limits = { close: ['off-limits'] };
    expect(texts(limits, 'The deck is off-limits.')).toEqual([['close', 'off-limits']]);
    expect(texts(limits, 'The deck is off limits.')).toEqual([['close', 'off limits']]);
    expect(parsePhrasing('off-limits')).toEqual([
      { gap: false, alternatives: ['off'] },
      { gap: false, alternatives: ['limits'] },
    ]);
  });

  it('a hyphenated prefix phrasing ("re-open*")', () => {
    expect(texts({ reopen: ['re-open*'] }, 'It will re-open, and re-opening is near.')).toEqual([
      ['reopen', 're-open'],
      ['reopen', 're-opening'],
    ]);
  });

  it('a hyphenated alternative ("drawdown|draw-down") stands for its first word only', () => {
    const drawdown = { withdraw: ['drawdown|draw-down'] };
    expect(parsePhrasing('drawdown|draw-down')).toEqual([
      { gap: false, alternatives: ['drawdown', 'draw'] },
    ]);
    expect(texts(drawdown, 'A drawdown; a draw-down.')).toEqual([
      ['withdraw', 'drawdown'],
      ['withdraw', 'draw'],
    ]);
  });
});

describe('which hits a sentence gets', () => {
  it('each hit carries its token span and the words as written', () => {
    const sentence = 'The Orsa bridge will reopen again in spring.';
    const hits = finder({ bridge: ['bridge'], reopen: ['reopen ~ again'] })(sentence);
    expect(hits).toEqual([
      { concept: 'bridge', from: 2, to: 3, text: 'bridge' },
      { concept: 'reopen', from: 4, to: 6, text: 'reopen again' },
    ]);
    const tokens = tokenize(sentence);
    for (const h of hits)
      expect(
        sentence.slice(tokens[h.from]?.start, tokens[h.to - 1]?.end),
        `${h.concept} span`,
      ).toBe(h.text);
  });

  it('one hit per concept and start: the shortest phrasing that fits', () => {
    const reopen = { reopen: ['reopen ~ again', 'reopen', 'reopen ~ bridge'] };
    expect(finder(reopen)('Reopen the bridge again.')).toEqual([
      { concept: 'reopen', from: 0, to: 1, text: 'Reopen' },
    ]);
    // The same phrasing through a gap also ends as early as it can.
    expect(texts({ end: ['end ~ presence'] }, 'End presence, presence.')).toEqual([
      ['end', 'End presence'],
    ]);
  });

  it('two concepts sharing a path both end where their phrasings do', () => {
    const concepts = { service: ['back in service'], back: ['back in'] };
    const index = compilePhrases(concepts);
    // root → back → in → service: the shared words are one path, two endings on it.
    expect(index.gapFrom).toEqual([0, 0, 0, 0, 0]);
    expect(index.rootChild).toEqual([1, -1, -1]);
    expect(index.edgeFrom).toEqual([0, 0, 1, 2, 2]);
    expect(index.words).toEqual({ exact: ['back', 'in', 'service'], cased: [], prefix: [] });
    expect(finder(concepts)('Back in service today.')).toEqual([
      { concept: 'service', from: 0, to: 3, text: 'Back in service' },
      { concept: 'back', from: 0, to: 2, text: 'Back in' },
    ]);
    expect(texts(concepts, 'Back in town.')).toEqual([['back', 'Back in']]);
  });

  it("ships the per-node tables the walk reads: each edge's bit, and which nodes only lead on", () => {
    const concepts = { service: ['back in service'], back: ['back in'], wait: ['wait ~ ferry'] };
    const index = compilePhrases(concepts);
    const nodes = index.endFrom.length - 1;
    expect(index.edgeBits).toHaveLength(nodes);
    expect(index.plain).toHaveLength(nodes);
    for (let node = 0; node < nodes; node++) {
      let bits = 0;
      if (node > 0)
        for (let e = index.edgeFrom[node] as number; e < (index.edgeFrom[node + 1] as number); e++)
          bits |= 1 << ((index.edgePredicate[e] as number) & 31);
      expect(index.edgeBits[node]).toBe(bits);
      const endsOrGaps =
        index.endFrom[node] !== index.endFrom[node + 1] ||
        index.gapFrom[node] !== index.gapFrom[node + 1];
      expect(index.plain[node]).toBe(endsOrGaps ? 0 : 1);
    }
    // "back" leads on only; "back in" ends a concept; "wait" has a gap.
    const back = index.rootChild[index.words.exact.indexOf('back')] as number;
    const wait = index.rootChild[index.words.exact.indexOf('wait')] as number;
    expect([index.plain[back], index.plain[wait]]).toEqual([1, 0]);
  });

  it('paths that end alike are one path (a DAG): alternatives share the words after them', () => {
    const concepts = { leave: ['leave|quit the pier'], stay: ['stay at the pier'] };
    const index = compilePhrases(concepts);
    // As a tree: root, leave, quit, two "the" and two "pier", and stay, at, the, pier: 11 nodes.
    // "leave" and "quit" are one node, and so are the "the pier" after them; the stay's "the
    // pier" ends another concept, so it is its own path: 8 nodes.
    expect(index.endFrom.length - 1).toBe(8);
    const [leave, quit] = ['leave', 'quit'].map(
      (w) => index.rootChild[index.words.exact.indexOf(w)],
    );
    expect(leave).toBe(quit);
    expect(
      texts(concepts, 'They quit the pier, then stay at the pier; we leave the pier.'),
    ).toEqual([
      ['leave', 'quit the pier'],
      ['stay', 'stay at the pier'],
      ['leave', 'leave the pier'],
    ]);
  });

  it('a shared path keeps gaps apart by their reach and endings apart by concept', () => {
    const concepts = {
      near: ['end|stop ~ ferry'],
      far: ['halt ~ ~ ferry'],
      other: ['cease ferry'],
    };
    const index = compilePhrases(concepts);
    // root, end/stop (one node), halt, cease, and the three different "ferry" ends and two gaps.
    expect(index.endFrom.length - 1).toBe(9);
    const words = 'They end the old ferry; halt the one old blue ferry now; cease ferry.';
    expect(texts(concepts, words)).toEqual([
      ['near', 'end the old ferry'],
      ['far', 'halt the one old blue ferry'],
      ['other', 'cease ferry'],
    ]);
  });

  it('two concepts sharing a first word part where their phrasings differ', () => {
    const concepts = { bridge: ['orsa bridge'], river: ['orsa river'] };
    expect(texts(concepts, 'From the Orsa bridge to the Orsa river.')).toEqual([
      ['bridge', 'Orsa bridge'],
      ['river', 'Orsa river'],
    ]);
  });

  it('a word may be part of several concepts at once', () => {
    expect(
      texts({ close: ['shut*', 'closed'], traffic: ['shut ~ traffic'] }, 'Shut to traffic.'),
    ).toEqual([
      ['close', 'Shut'],
      ['traffic', 'Shut to traffic'],
    ]);
  });

  it('the compiled index is plain JSON, so it ships as data', () => {
    const index = compilePhrases({ a: ['x* ~ y|z', '=Q'], b: ['x-y'] });
    expect(JSON.parse(JSON.stringify(index))).toEqual(index);
    expect(index.concepts).toEqual(['a', 'b']);
  });

  it('words are sorted by kind and edges by predicate, so both are found by bisection', () => {
    const concepts = {
      z: ['zulu', '=Zed', 'zo*'],
      y: ['yank*', 'yes', '=Yak'],
      x: ['alpha ~ zulu|yes|beta'],
    };
    const index = compilePhrases(concepts);
    for (const words of Object.values(index.words)) expect([...words].sort()).toEqual(words);
    for (let n = 0; n + 1 < index.edgeFrom.length; n++) {
      const edges = index.edgePredicate.slice(index.edgeFrom[n], index.edgeFrom[n + 1]);
      expect([...edges].sort((a, b) => a - b)).toEqual(edges);
    }
    expect(texts(concepts, 'Zed said yes to Zoe, the Yak yanked zulu; alpha, then beta.')).toEqual([
      ['z', 'Zed'],
      ['y', 'yes'],
      ['z', 'Zoe'],
      ['y', 'Yak'],
      ['y', 'yanked'],
      ['z', 'zulu'],
      ['x', 'alpha, then beta'],
    ]);
  });
});
