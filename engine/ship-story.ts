/**
 * How a compiled story travels in a bundle: two strings. `index` is the JSON of everything the
 * matcher reads; `words` holds what only a card shows (each claim's statement and its sources'
 * summaries, attributions and anchors), one claim per line. A 10,000-claim pack is 12 MB of
 * JSON, 10 MB of it card text: parsing that before the first match would cost a reader a
 * quarter of a second for words that are read only for the few claims a page asserts.
 *
 * openStory() parses the index and gives each claim its words on first read, from its own line.
 */
import type { CompiledStory } from './compile-story';
import type { Claim, ClaimId, PositionId, QuestionId, Recognizer, SourceStatement } from './types';

export type ShippedStory = {
  /** JSON of the compiled story, claims without their words. */
  index: string;
  /** Line i: JSON of claim i's [statement, sources]. */
  words: string;
};

type ClaimWords = [statement: string, sources: SourceStatement[]];
type ClaimRule = Omit<Claim, 'statement' | 'sources'>;

export function shipStory(story: CompiledStory): ShippedStory {
  const rules: ClaimRule[] = story.kb.claims.map(({ statement: _s, sources: _w, ...rule }) => rule);
  const words = story.kb.claims.map((c) => JSON.stringify([c.statement, c.sources] as ClaimWords));
  return {
    index: JSON.stringify({ ...story, kb: { ...story.kb, claims: rules } }),
    // JSON.stringify escapes every line break inside a string, so a line is exactly one claim.
    words: words.join('\n'),
  };
}

export function openStory(shipped: ShippedStory): CompiledStory {
  const story = JSON.parse(shipped.index) as Omit<CompiledStory, 'kb'> & {
    kb: Omit<CompiledStory['kb'], 'claims'> & { claims: ClaimRule[] };
  };
  const lines = lineReader(shipped.words);
  const claims = story.kb.claims.map((rule, i) => new ShippedClaim(rule, i, lines));
  return { ...story, kb: { ...story.kb, claims } };
}

/** Line i of `text`, found by one scan for line ends on the first call. */
function lineReader(text: string): (i: number) => string {
  let starts: number[] | undefined;
  return (i) => {
    if (!starts) {
      starts = [0];
      for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1))
        starts.push(at + 1);
    }
    const from = starts[i];
    if (from === undefined) throw new Error(`the shipped story has no words for claim ${i}`);
    const next = starts[i + 1];
    return text.slice(from, next === undefined ? text.length : next - 1);
  };
}

/**
 * A claim whose statement and sources are parsed when first read. Everything the matcher reads
 * (id, position, value, recognize) is an own field; JSON.stringify gives the whole claim.
 */
class ShippedClaim implements Claim {
  id: ClaimId;
  position?: { question: QuestionId; position: PositionId };
  value?: string;
  recognize: Recognizer;
  #words: ClaimWords | undefined;
  readonly #line: number;
  readonly #lines: (i: number) => string;

  constructor(rule: ClaimRule, line: number, lines: (i: number) => string) {
    this.id = rule.id;
    if (rule.position) this.position = rule.position;
    if (rule.value !== undefined) this.value = rule.value;
    this.recognize = rule.recognize;
    this.#line = line;
    this.#lines = lines;
  }

  #read(): ClaimWords {
    this.#words ??= JSON.parse(this.#lines(this.#line)) as ClaimWords;
    return this.#words;
  }

  get statement(): string {
    return this.#read()[0];
  }

  get sources(): SourceStatement[] {
    return this.#read()[1];
  }

  toJSON(): Claim {
    const { id, statement, position, value, recognize, sources } = this;
    return {
      id,
      statement,
      ...(position && { position }),
      ...(value !== undefined && { value }),
      recognize,
      sources,
    };
  }
}
