/**
 * How a compiled story travels in a bundle: three strings. `index` is the JSON of everything the
 * matcher reads before its first match: the story without its claims. `rules` holds each
 * claim's rule (id, position, value, recognizer) and `words` what only a card shows (its
 * statement and its sources' summaries, attributions and anchors), one claim per line each. A
 * 10,000-claim pack is 12 MB of JSON, 10 MB of it card text and 1.7 MB of rules: parsing all of
 * it before the first match would cost a reader a quarter of a second, for the rules of the few
 * hundred claims a page's concepts make candidates and the words of the few it asserts. The
 * matcher finds those from the compiled claim tables (compile-claims.ts), which are in `index`.
 *
 * openStory() parses the index and gives each claim its rule and its words on first read, each
 * from its own line.
 *
 * The phrase trie's integer arrays travel beside the strings, as `trie`: the bundle writes them
 * as array literals (scripts/story-plugin.ts). A restarted worker has its script's code from
 * V8's code cache, array literals' numbers included, and makes an array from one by a copy,
 * where parsing them from JSON cost every first match 4.6 M instructions (130 kB of numbers, two
 * thirds of the index). The price is paid once per install, when Chromium compiles the script.
 */

import type { PhraseIndex } from './compile-phrases';
import type { CompiledStory } from './compile-story';
import type {
  Claim,
  ClaimId,
  ClaimKind,
  Fulfils,
  PositionId,
  QuestionId,
  Recognizer,
  SourceStatement,
} from './types';

/** The phrase trie's integer arrays: every field of PhraseIndex but its words and concepts. */
export type TrieArrays = Omit<PhraseIndex, 'concepts' | 'words'>;

export type ShippedStory = {
  /** JSON of the compiled story without its claims and without the trie's arrays. */
  index: string;
  /** The trie's arrays, as they are (array literals in the bundle). */
  trie: TrieArrays;
  /** Line i: JSON of claim i's rule, the claim without its words. */
  rules: string;
  /** Line i: JSON of claim i's [statement, sources]. */
  words: string;
};

type ClaimWords = [statement: string, sources: SourceStatement[]];
type ClaimRule = Omit<Claim, 'statement' | 'sources'>;

export function shipStory(story: CompiledStory): ShippedStory {
  const { claims, ...kb } = story.kb;
  const { concepts, words: phraseWords, ...trie } = story.phrases;
  // JSON.stringify escapes every line break inside a string, so a line is exactly one claim.
  return {
    index: asciiJson({ ...story, kb, phrases: { concepts, words: phraseWords } }),
    trie,
    rules: claims
      .map(({ statement: _s, sources: _w, ...rule }) => asciiJson(rule as ClaimRule))
      .join('\n'),
    words: claims.map((c) => asciiJson([c.statement, c.sources] as ClaimWords)).join('\n'),
  };
}

/**
 * JSON text in ASCII alone: every character past it written as a \u escape, which JSON.parse
 * reads back as the same character. One character past Latin-1 (a curly quote, a name in another
 * script) makes V8 keep the whole string at two bytes a character: in the code cache a restarted
 * worker deserialises, in its memory, and for JSON.parse, which reads a one-byte string faster.
 * The index and the card words held 161 such characters in 170,000 (session 41).
 */
export function asciiJson(value: unknown): string {
  return JSON.stringify(value).replace(
    /[\u007f-\uffff]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

export function openStory(shipped: ShippedStory): CompiledStory {
  const story = JSON.parse(shipped.index) as Omit<CompiledStory, 'kb' | 'phrases'> & {
    kb: Omit<CompiledStory['kb'], 'claims'>;
    phrases: Pick<PhraseIndex, 'concepts' | 'words'>;
  };
  const rules = lineReader(shipped.rules);
  const lines: ClaimLines = {
    rules: rules.line,
    words: lineReader(shipped.words).line,
    rule: new Array(rules.count),
    word: new Array(rules.count),
  };
  const claims: Claim[] = new Array(rules.count);
  for (let i = 0; i < claims.length; i++) claims[i] = new ShippedClaim(i, lines);
  return { ...story, phrases: { ...story.phrases, ...shipped.trie }, kb: { ...story.kb, claims } };
}

/** The lines of `text`, found by one scan for line ends when the count or a line is first read. */
function lineReader(text: string): { count: number; line: (i: number) => string } {
  let starts: number[] | undefined;
  const scan = (): number[] => {
    if (!starts) {
      starts = [0];
      for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1))
        starts.push(at + 1);
    }
    return starts;
  };
  return {
    get count() {
      return text === '' ? 0 : scan().length;
    },
    line(i) {
      const from = scan()[i];
      if (from === undefined) throw new Error(`the shipped story has no line ${i}`);
      const next = scan()[i + 1];
      return text.slice(from, next === undefined ? text.length : next - 1);
    },
  };
}

/** A story's claim lines, and each claim's rule and words once read: one for all its claims. */
type ClaimLines = {
  rules: (i: number) => string;
  words: (i: number) => string;
  rule: (ClaimRule | undefined)[];
  word: (ClaimWords | undefined)[];
};

/** Line `at` parsed as JSON, kept in `parsed` so it is parsed only once. */
function parsedOnce<T>(parsed: (T | undefined)[], at: number, line: (i: number) => string): T {
  let value = parsed[at];
  if (value === undefined) {
    value = JSON.parse(line(at)) as T;
    parsed[at] = value;
  }
  return value;
}

/**
 * A claim whose rule and words are each parsed when first read. JSON.stringify gives the whole
 * claim, as the compiled story holds it. Its own state is two fields: a pack has 10,000 of them,
 * all made before the first match.
 */
class ShippedClaim implements Claim {
  readonly #at: number;
  readonly #lines: ClaimLines;

  constructor(at: number, lines: ClaimLines) {
    this.#at = at;
    this.#lines = lines;
  }

  #readRule(): ClaimRule {
    return parsedOnce(this.#lines.rule, this.#at, this.#lines.rules);
  }

  #read(): ClaimWords {
    return parsedOnce(this.#lines.word, this.#at, this.#lines.words);
  }

  get id(): ClaimId {
    return this.#readRule().id;
  }

  get position(): { question: QuestionId; position: PositionId } | undefined {
    return this.#readRule().position;
  }

  get value(): string | undefined {
    return this.#readRule().value;
  }

  get recognize(): Recognizer {
    return this.#readRule().recognize;
  }

  get kind(): ClaimKind | undefined {
    return this.#readRule().kind;
  }

  get due(): string | undefined {
    return this.#readRule().due;
  }

  get happened(): string | undefined {
    return this.#readRule().happened;
  }

  get announced(): string | undefined {
    return this.#readRule().announced;
  }

  get fulfils(): Fulfils | Fulfils[] | undefined {
    return this.#readRule().fulfils;
  }

  get statement(): string {
    return this.#read()[0];
  }

  get sources(): SourceStatement[] {
    return this.#read()[1];
  }

  toJSON(): Claim {
    const {
      id,
      statement,
      kind,
      due,
      happened,
      announced,
      fulfils,
      position,
      value,
      recognize,
      sources,
    } = this;
    return {
      id,
      statement,
      ...(kind && { kind }),
      ...(due && { due }),
      ...(happened && { happened }),
      ...(announced && { announced }),
      ...(fulfils && { fulfils }),
      ...(position && { position }),
      ...(value !== undefined && { value }),
      recognize,
      sources,
    };
  }
}
