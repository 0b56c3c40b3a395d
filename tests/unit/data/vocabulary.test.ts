/**
 * The knowledge-base check covers the story's vocabulary (data/check-vocabulary.ts): a phrasing
 * the engine cannot compile, or a concept nobody defined, would otherwise just never match.
 * Each broken vocabulary is the bridge story's (tests/fixtures/story-bridge/) with one mistake,
 * and the message must name the file, the entry and the field.
 *
 * The last two groups were written as wishes (what a journalist needs to read) before the check
 * said them; they pin the clearer messages and the phrasings that could never match.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkKnowledgeBase } from '../../../data/check';
import type { Claim, Vocabulary } from '../../../engine/types';

const dir = path.resolve(__dirname, '../../fixtures/story-bridge');
const read = (name: string): unknown =>
  JSON.parse(fs.readFileSync(path.join(dir, `${name}.json`), 'utf8'));
const sources = read('sources');
const questions = read('questions');
const claims = read('claims') as Claim[];
const vocabulary = read('vocabulary') as Vocabulary;

/** The folder the messages name, as loadAndCheck would label it. */
const DIR = 'story-bridge';
const FILE = `${DIR}/vocabulary.json`;

const check = (vocab: unknown, claimList: unknown = claims) =>
  checkKnowledgeBase({ sources, questions, claims: claimList, vocabulary: vocab }, undefined, {
    dir: DIR,
  });
/** The bridge vocabulary with one edit. */
const checkEdited = (edit: (v: Vocabulary) => void) => {
  const v = structuredClone(vocabulary);
  edit(v);
  return check(v);
};
const phrasingError = (concept: string, index: number, problem: string) =>
  `${FILE}: concept "${concept}" → phrasings[${index}]: ${problem}.`;
const SYNTAX = 'see the syntax in engine/types.ts (Vocabulary)';

describe('a sound vocabulary', () => {
  it('the bridge story passes', () => {
    expect(check(vocabulary)).toEqual([]);
  });

  it('the same phrasing may serve two concepts (they overlap on purpose)', () => {
    expect(
      checkEdited((v) => {
        v.concepts.close?.push('span');
      }),
    ).toEqual([]);
  });

  it('a gap may be doubled inside a phrasing', () => {
    expect(
      checkEdited((v) => {
        v.concepts.reopen?.push('bridge ~ ~ reopen*');
      }),
    ).toEqual([]);
  });
});

describe('recognizers name concepts of the vocabulary', () => {
  const withRecognizer = (recognize: Claim['recognize']) =>
    claims.map((c) => (c.id === 'ferry-service' ? { ...c, recognize } : c));

  it('an unknown concept in a require group', () => {
    expect(check(vocabulary, withRecognizer({ require: [['ferry'], ['boat']] }))).toEqual([
      `${DIR}/claims.json: claim "ferry-service" → recognize.require[1][0]: "boat" is not a concept of the story's vocabulary; use one defined in ${DIR}/vocabulary.json ("concepts" or "entities"), or add its phrasings there.`,
    ]);
  });

  it('an unknown concept in exclude', () => {
    expect(check(vocabulary, withRecognizer({ require: [['ferry']], exclude: ['lake'] }))).toEqual([
      `${DIR}/claims.json: claim "ferry-service" → recognize.exclude[0]: "lake" is not a concept of the story's vocabulary; use one defined in ${DIR}/vocabulary.json ("concepts" or "entities"), or add its phrasings there.`,
    ]);
  });

  it('names (entities) and the language’s own concepts count as known', () => {
    expect(
      check(vocabulary, withRecognizer({ require: [['ferry'], ['orsa-bridge', 'uncertain']] })),
    ).toEqual([]);
  });
});

describe('phrasings the engine cannot compile', () => {
  it('an empty phrasing', () => {
    expect(
      checkEdited((v) => {
        v.concepts.bridge?.push('');
      }),
    ).toEqual([phrasingError('bridge', 2, 'is empty; write the words, or remove the entry')]);
  });

  it('a phrasing of spaces only', () => {
    expect(
      checkEdited((v) => {
        v.concepts.bridge?.push('   ');
      }),
    ).toEqual([phrasingError('bridge', 2, 'is empty; write the words, or remove the entry')]);
  });

  it('a phrasing listed twice in one concept, whatever its spacing', () => {
    expect(
      checkEdited((v) => {
        v.concepts.bridge?.push('span', ' span ');
      }),
    ).toEqual([
      phrasingError('bridge', 2, '"span" is already listed as phrasings[1]; remove the duplicate'),
      phrasingError(
        'bridge',
        3,
        '" span " is already listed as phrasings[1]; remove the duplicate',
      ),
    ]);
  });

  it('a spelling listed twice in one name', () => {
    expect(
      checkEdited((v) => {
        v.entities.veldmark?.push('Veldmark');
      }),
    ).toEqual([
      `${FILE}: entity "veldmark" → spellings[2]: "Veldmark" is already listed as spellings[0]; remove the duplicate.`,
    ]);
  });

  it('an empty spelling', () => {
    expect(
      checkEdited((v) => {
        v.entities['orsa-bridge']?.push('');
      }),
    ).toEqual([
      `${FILE}: entity "orsa-bridge" → spellings[3]: is empty; write the name, or remove the entry.`,
    ]);
  });

  it.each(['~ bridge', 'bridge ~', '~'])(
    'a phrasing starting or ending with a gap: "%s"',
    (phrasing) => {
      expect(
        checkEdited((v) => {
          v.concepts.bridge?.push(phrasing);
        }),
      ).toEqual([
        phrasingError(
          'bridge',
          2,
          `"${phrasing}" starts or ends with "~"; a gap only joins two words`,
        ),
      ]);
    },
  );

  it.each([
    ['a||b', ''],
    ['=*', '=*'],
    ['*', '*'],
    ['bri*dge', 'bri*dge'],
    ['span~bridge', 'span~bridge'],
    ['re-*', '*'],
  ])('a malformed word: "%s"', (phrasing, word) => {
    expect(
      checkEdited((v) => {
        v.concepts.bridge?.push(phrasing);
      }),
    ).toEqual([
      phrasingError(
        'bridge',
        2,
        `"${phrasing}" has an empty or malformed word ("${word}"); ${SYNTAX}`,
      ),
    ]);
  });

  it('a prefix of fewer than three letters', () => {
    expect(
      checkEdited((v) => {
        v.concepts.bridge?.push('ab*');
      }),
    ).toEqual([
      phrasingError(
        'bridge',
        2,
        '"ab*": the prefix "ab*" is too short to mean anything; use at least three letters',
      ),
    ]);
  });

  it('a three-letter prefix is fine', () => {
    expect(
      checkEdited((v) => {
        v.concepts.bridge?.push('bri*');
      }),
    ).toEqual([]);
  });
});

describe('the topic and the inferences name concepts of the vocabulary', () => {
  const unknown = (where: string, id: string) =>
    `${FILE}: ${where}: "${id}" is not a concept of this vocabulary; define it under "concepts" or "entities", or fix the spelling.`;

  it('an unknown anchor', () => {
    expect(
      checkEdited((v) => {
        v.topic.anchors.push('orsa-brige');
      }),
    ).toEqual([unknown('topic → anchors[2]', 'orsa-brige')]);
  });

  it('an unknown regional place', () => {
    expect(
      checkEdited((v) => {
        v.topic.regional = ['brennholm'];
      }),
    ).toEqual([unknown('topic → regional[0]', 'brennholm')]);
  });

  it('an unknown concept naming a regional place as an aim', () => {
    expect(
      checkEdited((v) => {
        v.topic.regionalAims = ['to-help-brennholm'];
      }),
    ).toEqual([unknown('topic → regionalAims[0]', 'to-help-brennholm')]);
  });

  it('an inference from and to unknown concepts', () => {
    expect(
      checkEdited((v) => {
        v.inferences = [
          { negated: 'reopen', implies: 'stay-shut' },
          { negated: 'open', implies: 'close' },
        ];
      }),
    ).toEqual([
      unknown('inferences[0].implies', 'stay-shut'),
      unknown('inferences[1].negated', 'open'),
    ]);
  });
});

describe('the vocabulary’s shape', () => {
  it.each([
    [[], 'an empty list'],
    [null, 'null'],
    ['bridge', 'text'],
  ])('a vocabulary that is not an object: %j', (vocab, found) => {
    expect(check(vocab, [])).toEqual([
      `${FILE}: must be an object {...} with "concepts", "entities" and "topic" (see engine/types.ts: Vocabulary), found ${found}.`,
    ]);
  });

  it('a vocabulary without "topic"', () => {
    const { topic: _, ...rest } = vocabulary;
    expect(check(rest, [])).toEqual([
      `${FILE}: topic → is missing; add it (an object {...} with "anchors", "otherTheatres" and "years").`,
    ]);
  });

  it('a concept with no phrasings', () => {
    expect(
      checkEdited((v) => {
        v.concepts.bridge = [];
      }),
    ).toEqual(
      expect.arrayContaining([
        `${FILE}: concept "bridge" → phrasings: is empty; list at least one, or remove the concept.`,
      ]),
    );
  });

  it('an other-theatre word with capitals', () => {
    expect(
      checkEdited((v) => {
        v.topic.otherTheatres.push('Kessau');
      }),
    ).toEqual(
      expect.arrayContaining([
        `${FILE}: topic → otherTheatres[3]: "Kessau" must be one lower-case word (sentences are compared word by word).`,
      ]),
    );
  });

  it('a referring noun with capitals', () => {
    expect(
      checkEdited((v) => {
        v.referringNouns = ['closure', 'Reopening'];
      }),
    ).toEqual([
      `${FILE}: referringNouns[1]: "Reopening" must be one lower-case word (sentences are compared word by word).`,
    ]);
  });

  it('group subjects that are not a list, or not lower-case words with single spaces', () => {
    expect(
      checkEdited((v) => {
        (v as { groupSubjects: unknown }).groupSubjects = 'the rest'; // an editor's slip: a phrase, not a list
      }),
    ).toEqual([`${FILE}: groupSubjects → must be a list [...] of phrases, found text.`]);
    expect(
      checkEdited((v) => {
        v.groupSubjects = ['the rest', 'the  Others'];
      }),
    ).toEqual([
      `${FILE}: groupSubjects[1]: "the  Others" must be lower-case words separated by single spaces (sentences are compared word by word).`,
    ]);
  });

  it('actor nouns of no listed actor, or with capitals', () => {
    expect(
      checkEdited((v) => {
        v.actors = ['council'];
        v.actorNouns = { council: ['board', 'Assembly'], bridge: ['span'] };
      }),
    ).toEqual([
      `${FILE}: actorNouns.council[1]: "Assembly" must be one lower-case word (sentences are compared word by word).`,
      `${FILE}: actorNouns.bridge: not one of "actors"; list the concept there first.`,
    ]);
  });

  it('years that run backwards', () => {
    expect(
      checkEdited((v) => {
        v.topic.years = { from: 2026, to: 2023 };
      }),
    ).toEqual(
      expect.arrayContaining([
        `${FILE}: topic → years: "from" (2026) is after "to" (2023); swap them.`,
      ]),
    );
  });

  it('every message names the vocabulary file and where in it', () => {
    const errors = checkEdited((v) => {
      v.concepts.bridge?.push('', 'ab*', '~ span');
      v.topic.anchors.push('nowhere');
    });
    expect(errors).toHaveLength(4);
    for (const e of errors) expect(e).toMatch(/^story-bridge\/vocabulary\.json: \S.* → .+\.$/);
  });
});

// What the check should say, or catch, but does not yet (see the header).
describe('clear messages', () => {
  it('a vocabulary that is not an object says what it must be, like the other files', () => {
    expect(check([], [])).toEqual([
      expect.stringMatching(
        /^story-bridge\/vocabulary\.json: must be an object \{\.\.\.\} .*"concepts".*"topic".*, found an empty list\.$/,
      ),
    ]);
  });

  it('a missing "topic" says it is missing and what to add', () => {
    const { topic: _, ...rest } = vocabulary;
    expect(check(rest, [])).toEqual([
      expect.stringMatching(/^story-bridge\/vocabulary\.json: topic → is missing; add it /),
    ]);
  });

  it('a concept id that is not kebab-case says so', () => {
    const errors = checkEdited((v) => {
      v.concepts.Bridge = ['bridge'];
    });
    // arrayContaining: the cascade below is a separate wish.
    expect(errors).toEqual(expect.arrayContaining([expect.stringMatching(/"Bridge".*kebab-case/)]));
  });

  it('an unknown field is named like in the other files', () => {
    expect(check({ ...vocabulary, colour: 'red' })).toEqual(
      expect.arrayContaining([
        `${FILE}: unknown field "colour"; remove or rename (check the spelling against engine/types.ts).`,
      ]),
    );
  });

  it('one slip in the vocabulary’s shape does not make every recognizer concept unknown', () => {
    // A capital letter in otherTheatres fails the whole schema, and every concept of every claim
    // is then reported as undefined: 27 messages, 26 of them wrong.
    const errors = checkEdited((v) => {
      v.topic.otherTheatres.push('Kessau');
    });
    expect(errors).toEqual([
      `${FILE}: topic → otherTheatres[3]: "Kessau" must be one lower-case word (sentences are compared word by word).`,
    ]);
  });

  it('a case-sensitive prefix ("=Veld*") is reported: the engine reads its "*" literally', () => {
    expect(
      checkEdited((v) => {
        v.concepts.bridge?.push('=Veld*');
      }),
    ).toEqual([
      expect.stringMatching(
        /^story-bridge\/vocabulary\.json: concept "bridge" → phrasings\[2\]: "=Veld\*"/,
      ),
    ]);
  });

  it('"=US" and "=us" are two case-sensitive phrasings, not duplicates', () => {
    expect(
      checkEdited((v) => {
        v.concepts.bridge?.push('=US', '=us');
      }),
    ).toEqual([]);
  });
});

describe('phrasings and names that can never match are caught', () => {
  // Words are matched lower-cased and without accents (engine/tokenize.ts), so these compile
  // but never fire.
  it.each(['Orsa', 'brücke'])('a word the tokenizer never produces: "%s"', (phrasing) => {
    expect(
      checkEdited((v) => {
        v.concepts.bridge?.push(phrasing);
      }),
    ).toEqual([
      expect.stringMatching(/^story-bridge\/vocabulary\.json: concept "bridge" → phrasings\[2\]: /),
    ]);
  });

  // The reader splits hyphens and keeps letters and digits only, and "|" joins single words.
  it.each([
    ['shut|lock-down|closure', /alternative "lock-down" holds a hyphen, .* "lock-down"$/],
    ['toll =Pay-Span', /"=Pay-Span" holds a hyphen/],
    [
      'crossover|cross over',
      /"crossover" is read followed by "over" \("crossover over"\), never alone/,
    ],
    [
      'foot bridge|footbridge',
      /"footbridge" is read after "foot" \("foot footbridge"\), never alone/,
    ],
    [
      'new-span|new span',
      /"new-span" is read as "new span", which "new span" here already matches/,
    ],
    ['bridge & tunnel', /skips "&", so it never matches/],
    ['the 3rd span', /reads "3rd" as "3", "rd", so "3rd" never matches/],
  ])('a part that can never match what it says: "%s"', (phrasing, problem) => {
    const errors = checkEdited((v) => {
      v.concepts.bridge?.push(phrasing);
    });
    expect(errors).toEqual([
      expect.stringMatching(/^story-bridge\/vocabulary\.json: concept "bridge" → phrasings\[2\]: /),
    ]);
    expect((errors[0] as string).replace(/\.$/, '')).toMatch(problem);
  });

  it('a hyphen outside alternatives, and a run-together word on its own, are sound', () => {
    expect(
      checkEdited((v) => {
        v.concepts.bridge?.push('foot-bridge', 'footbridge', 'crossing over|under');
      }),
    ).toEqual([]);
  });

  it('a spelling under four letters, which find-entities.ts never looks up (data/: "KRG")', () => {
    expect(
      checkEdited((v) => {
        v.entities.veldmark?.push('VM');
      }),
    ).toEqual([
      expect.stringMatching(
        /^story-bridge\/vocabulary\.json: entity "veldmark" → spellings\[2\]: /,
      ),
    ]);
  });

  it('an other-theatre term of two words, when only single words are compared', () => {
    expect(
      checkEdited((v) => {
        v.topic.otherTheatres.push('kessel valley');
      }),
    ).toEqual([
      expect.stringMatching(/^story-bridge\/vocabulary\.json: topic → otherTheatres\[3\]/),
    ]);
  });

  it('a story concept named like a language concept, which compile-story.ts overrides', () => {
    expect(
      checkEdited((v) => {
        v.concepts.uncertain = ['unsure'];
      }),
    ).toEqual([expect.stringMatching(/"uncertain"/)]);
  });
});
