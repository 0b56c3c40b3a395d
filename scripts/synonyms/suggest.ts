/**
 * Candidate synonyms for a concept of the vocabulary, read from an English lexicon (a WordNet):
 * the editor's side of scripts/suggest-synonyms.ts, kept free of files so tests can hand it a
 * lexicon of their own.
 *
 * A concept's head words are its phrasings of one word or of a verb and its particle with no gap
 * ("retreat*", "pull* out|back"), each alternative read as its dictionary form ("withdrew" →
 * "withdraw"; a stem "withdraw*" → the lemmas it starts, up to a few letters longer). Their
 * senses are the lexicon's synonym sets in the same part of speech. A set is the concept's sense
 * when two or more of its head words share it, or when it is one of a head word's first senses
 * (the lexicon lists them most frequent first). Every other word of such a set is a candidate,
 * written as the vocabulary writes it (a verb with its forms, "quit|quits|quitting out", a noun
 * with its plural), minus the forms the concept's phrasings already match, minus proper names,
 * and minus the words and senses the editor has rejected.
 */
import { compilePhrases, parsePhrasing } from '../../engine/compile-phrases';
import { createConceptFinder } from '../../engine/find-concepts';
import { tokenize } from '../../engine/tokenize';

export type PartOfSpeech = 'noun' | 'verb' | 'adj' | 'adv';
export const PARTS: readonly PartOfSpeech[] = ['noun', 'verb', 'adj', 'adv'];

/** One synonym set: its words as the lexicon spells them (spaces between words), and its gloss. */
export type Synset = { id: string; pos: PartOfSpeech; words: string[]; gloss: string };

export type Lexicon = {
  /** The sets a lemma (lower case, words joined by spaces) belongs to, most frequent sense first. */
  senses(lemma: string, pos: PartOfSpeech): Synset[];
  /** Lemmas of that part of speech starting with the prefix (for stems like "withdraw*"). */
  lemmasStarting(prefix: string, pos: PartOfSpeech): string[];
  /** The dictionary forms a written word may be an inflection of ("withdrew" → "withdraw"). */
  baseForms(word: string, pos: PartOfSpeech): string[];
};

/**
 * A lemma's forms, always in the same positions for a part of speech (a verb: base, "-s", past,
 * "-ing", participle, repeated where two are the same word; a noun: singular, plural), so a
 * slot's kind of form can be read off its position.
 */
export type Inflector = (lemma: string, pos: PartOfSpeech) => string[];

export type SuggestOptions = {
  /** A head word's first N senses count as the concept's (default 1). */
  firstSenses?: number;
  /** A set shared by at least this many head words counts whatever its rank (default 2). */
  sharedBy?: number;
  /** A stem "leav*" stands for lemmas at most this many letters longer (default 3). */
  stemSlack?: number;
  /** Lemmas the editor rejected for this concept (read, not the story's sense): never proposed. */
  rejected?: ReadonlySet<string>;
  /**
   * Senses the editor rejected, by the start of their gloss ("the period of time during which you
   * are absent": "leave" as a holiday): no word of such a set is proposed.
   */
  rejectedSenses?: readonly string[];
  parts?: readonly PartOfSpeech[];
  /** Also propose synonyms for one word of longer patterns, in the same pattern (default off). */
  slots?: boolean;
};

export type Suggestion = {
  /** The lemma, as the lexicon spells it ("pull out"). */
  lemma: string;
  pos: PartOfSpeech;
  /** What to add to the concept: the forms it does not match yet, "a|b|c rest". */
  phrasing: string;
  /** How many of the concept's head words share a sense with it. */
  support: number;
  /** The head words it was found through. */
  via: string[];
  /** The gloss of its best set, for the editor to judge the sense. */
  gloss: string;
};

/** Longest head phrasing read: a word, or a verb and its particle. */
const MAX_HEAD_WORDS = 2;
/** Longest candidate proposed, in words. */
const MAX_CANDIDATE_WORDS = 3;
/** Alternatives a head phrasing may multiply into before it is skipped as a pattern, not a word. */
const MAX_EXPANSIONS = 24;

/**
 * The plain word sequences a phrasing of one or two words stands for, with a stem's "*" kept
 * ("pull* out|back" → "pull* out", "pull* back"); none for phrasings with a gap, an exact-case
 * word, or more words.
 */
export function headSequences(phrasing: string): string[] {
  const items = parsePhrasing(phrasing);
  if (items.length === 0 || items.length > MAX_HEAD_WORDS) return [];
  let sequences: string[][] = [[]];
  for (const item of items) {
    if (item.gap) return [];
    if (item.alternatives.some((a) => a.startsWith('=') || !/^[a-z][a-z'*]*$/.test(a))) return [];
    sequences = sequences.flatMap((s) => item.alternatives.map((a) => [...s, a]));
    if (sequences.length > MAX_EXPANSIONS) return [];
  }
  // A stem may only open a phrasing: "pull* out" is a verb's forms, "the last*" is no head.
  return sequences.filter((s) => s.slice(1).every((w) => !w.endsWith('*'))).map((s) => s.join(' '));
}

/** The lemmas of one part of speech a head sequence names. */
export function headLemmas(
  sequence: string,
  pos: PartOfSpeech,
  lexicon: Lexicon,
  stemSlack = 3,
): string[] {
  const [first = '', ...rest] = sequence.split(' ');
  const tail = rest.length ? ` ${rest.join(' ')}` : '';
  const firsts = first.endsWith('*')
    ? lexicon
        .lemmasStarting(first.slice(0, -1), pos)
        .filter((l) => !l.includes(' ') && l.length <= first.length - 1 + stemSlack)
    : lexicon.baseForms(first, pos);
  const lemmas = new Set<string>();
  for (const f of firsts) {
    const lemma = f + tail;
    if (lexicon.senses(lemma, pos).length > 0) lemmas.add(lemma);
  }
  return [...lemmas];
}

/**
 * Whether a concept's phrasings already find the concept in a written phrase: a sentence saying
 * "stay on" names the concept through its "stay*" whatever follows, so "stay on" adds nothing.
 */
export function coveredBy(phrasings: readonly string[]): (phrase: string) => boolean {
  const find = createConceptFinder(compilePhrases({ c: [...phrasings] }));
  return (phrase) => find(tokenize(phrase), phrase).length > 0;
}

/** A lexicon word the vocabulary could hold: lower case letters, a few words, no name. */
export function proposable(word: string): boolean {
  const words = word.split(' ');
  return (
    words.length <= MAX_CANDIDATE_WORDS &&
    words.every((w) => /^[a-z][a-z'-]*$/.test(w)) &&
    word.replace(/[^a-z]/g, '').length >= 3
  );
}

/**
 * Where a candidate may stand in a concept's phrasing: a whole phrasing of one word or a verb
 * and its particle (`words` its sequences, nothing around it), or, with `slots`, one word of a
 * longer pattern ("end|ending|conclude ~ mission": the words "end", "ending", "conclude", with
 * "~ mission" after them), whose synonyms are proposed in the same pattern.
 */
export type Frame = { before: string[]; words: string[]; after: string[] };

export function framesOf(phrasing: string, slots: boolean): Frame[] {
  const whole = headSequences(phrasing);
  if (whole.length > 0) return [{ before: [], words: whole, after: [] }];
  if (!slots) return [];
  const parts = phrasing.trim().split(/\s+/);
  if (parts.filter((p) => p !== '~').length < 2) return [];
  return parts.flatMap((part, i) => {
    const words = part.split('|');
    if (part === '~' || words.some((w) => !/^[a-z][a-z']*$/.test(w))) return [];
    return [{ before: parts.slice(0, i), words, after: parts.slice(i + 1) }];
  });
}

/** A phrase the frame's pattern matches with `form` in its slot (first alternatives, no gap). */
function sample(frame: Frame, form: string): string {
  const plain = (parts: string[]) =>
    parts
      .filter((p) => p !== '~')
      .map((p) => (p.split('|')[0] as string).replace(/^=/, '').replace(/\*$/, ''));
  return [...plain(frame.before), form, ...plain(frame.after)].join(' ');
}

/** The frame's pattern with the forms in its slot, one phrasing per tail ("a|b out ; c up"). */
function render(frame: Frame, forms: readonly string[]): string {
  return writeForms(forms)
    .split(' ; ')
    .map((f) => [...frame.before, f, ...frame.after].join(' '))
    .join(' ; ');
}

/**
 * Which of the inflector's forms a slot's words are (by position: a verb's base, "-s", past,
 * "-ing", participle): "enduring|lasting partnership" takes a synonym's "-ing" form alone. All
 * forms when a word is a stem or none is recognised.
 */
export function formKinds(
  words: readonly string[],
  pos: PartOfSpeech,
  lexicon: Lexicon,
  inflect: Inflector,
): Set<number> | null {
  const kinds = new Set<number>();
  for (const word of words) {
    if (word.endsWith('*')) return null;
    for (const lemma of headLemmas(word, pos, lexicon))
      inflect(lemma, pos).forEach((form, i) => {
        if (form === word) kinds.add(i);
      });
  }
  return kinds.size > 0 ? kinds : null;
}

/** Candidates for one concept, most supported first. */
export function suggest(
  phrasings: readonly string[],
  lexicon: Lexicon,
  inflect: Inflector,
  options: SuggestOptions = {},
): Suggestion[] {
  const firstSenses = options.firstSenses ?? 1;
  const sharedBy = options.sharedBy ?? 2;
  const rejected = options.rejected ?? new Set<string>();
  const covered = coveredBy(phrasings);
  // Frames with the same pattern around their slot pool their words.
  const frames = new Map<string, Frame>();
  for (const frame of phrasings.flatMap((p) => framesOf(p, options.slots ?? false))) {
    const key = `${frame.before.join(' ')} _ ${frame.after.join(' ')}`;
    const known = frames.get(key);
    if (known) known.words = [...new Set([...known.words, ...frame.words])];
    else frames.set(key, { ...frame, words: [...frame.words] });
  }
  const found = new Map<string, Suggestion>();
  for (const frame of frames.values()) {
    // A slot inside a pattern takes only senses its words share: one word alone is no sense.
    const inPattern = frame.before.length + frame.after.length > 0;
    for (const pos of options.parts ?? PARTS) {
      const heads = [
        ...new Set(frame.words.flatMap((s) => headLemmas(s, pos, lexicon, options.stemSlack))),
      ];
      // Each set: which heads have it, and the best rank it has among their senses.
      const sets = new Map<string, { synset: Synset; heads: Set<string>; rank: number }>();
      for (const head of heads) {
        lexicon.senses(head, pos).forEach((synset, rank) => {
          const entry = sets.get(synset.id) ?? { synset, heads: new Set<string>(), rank };
          entry.heads.add(head);
          entry.rank = Math.min(entry.rank, rank);
          sets.set(synset.id, entry);
        });
      }
      const kinds = inPattern ? formKinds(frame.words, pos, lexicon, inflect) : null;
      for (const { synset, heads: sharing, rank } of sets.values()) {
        if (sharing.size < sharedBy && (inPattern || rank >= firstSenses)) continue;
        if (options.rejectedSenses?.some((g) => synset.gloss.startsWith(g))) continue;
        for (const word of synset.words) {
          const lemma = word.toLowerCase();
          if (word !== lemma || !proposable(lemma) || rejected.has(lemma)) continue;
          const missing = inflect(lemma, pos)
            .filter((_, i) => !kinds || kinds.has(i))
            .filter((form) => !covered(sample(frame, form)));
          if (missing.length === 0) continue;
          const phrasing = render(frame, missing);
          const known = found.get(phrasing);
          if (known && known.support >= sharing.size) {
            for (const h of sharing) if (!known.via.includes(h)) known.via.push(h);
            continue;
          }
          found.set(phrasing, {
            lemma,
            pos,
            phrasing,
            support: sharing.size,
            via: [...sharing],
            gloss: synset.gloss,
          });
        }
      }
    }
  }
  return [...found.values()].sort(
    (a, b) => b.support - a.support || a.lemma.localeCompare(b.lemma),
  );
}

/**
 * Forms that differ in their first word only, as one phrasing ("pulls out", "pulled out" →
 * "pulls|pulled out"); forms differing elsewhere are joined as separate phrasings with " ; ".
 */
export function writeForms(forms: readonly string[]): string {
  const byTail = new Map<string, string[]>();
  for (const form of forms) {
    const [first = '', ...rest] = form.split(' ');
    const tail = rest.join(' ');
    const firsts = byTail.get(tail) ?? [];
    if (!firsts.includes(first)) firsts.push(first);
    byTail.set(tail, firsts);
  }
  return [...byTail]
    .map(([tail, firsts]) => [firsts.join('|'), tail].filter(Boolean).join(' '))
    .join(' ; ');
}
