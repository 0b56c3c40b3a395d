/**
 * Build time: a story pack (data/) becomes the compact index the content script ships with.
 * Phrasings become one token trie, names their precomputed spellings, claims are indexed by the
 * concepts they cannot do without (compile-claims.ts), and the topic becomes a handful of words
 * to look for first.
 * The result is plain JSON, its tables laid out so that createMatcher() (index.ts) reads them as
 * they are parsed.
 */
import { isAscii } from './char-class';
import { type ClaimTables, compileClaims } from './compile-claims';
import { compileEntities, type EntityIndex, foldName } from './compile-entities';
import { compilePhrases, type PhraseIndex, parsePhrasing } from './compile-phrases';
import { LANGUAGE_CONCEPTS } from './english';
import type { ConceptId, KnowledgeBase, StoryPack, StoryTopic } from './types';

export type CompiledStory = {
  /** Bumped when the shape changes, so a stale build is refused rather than misread. */
  format: typeof FORMAT;
  kb: KnowledgeBase;
  phrases: PhraseIndex;
  entities: EntityIndex;
  topic: StoryTopic & {
    /**
     * Lower-case words and phrases that name an anchor concept (multi-word ones also with
     * hyphens). The article-level check counts them in the raw text before anything else runs:
     * a page that never names the story's place costs one scan of its text.
     */
    anchorTerms: string[];
    /**
     * The characters a term with non-ASCII letters can start with, in either case: a text
     * holding none of them is not searched for those terms. Worked out here, at build time,
     * because the first upper-casing of a non-ASCII letter on a page costs 0.2–0.5 ms (the
     * case tables' set-up), and every page the reader opens takes the first look.
     */
    anchorStarts: string[];
  };
  /** What the matcher reads about claims without reading them: their groups, keys and questions. */
  claimTables: ClaimTables;
  inferences: { negated: ConceptId; implies: ConceptId }[];
  /** Concepts a pronoun subject carries over from the previous sentence. */
  actors: ConceptId[];
  /** The story's nouns that point back like a pronoun (Vocabulary's referringNouns). */
  referringNouns: string[];
  /** The story's nouns naming an actor again (Vocabulary's actorNouns), by actor. */
  actorNouns?: Record<ConceptId, string[]>;
  /** Concepts whose phrasings open on who acts (Vocabulary's subjectLed). */
  subjectLed?: ConceptId[];
  /** Concepts naming a plan by its noun alone (Vocabulary's barePlanNouns). */
  barePlanNouns?: ConceptId[];
  /** Words naming another group of an actor (Vocabulary's groupSubjects). */
  groupSubjects?: string[];
  /**
   * The concepts with a phrasing that spells a negation past its first word ("the fight ~ not
   * over"): a negation inside one of their hits is theirs. In any other concept's hit it stood
   * in a gap, and negates the hit (find-negations.ts, negatedWithin).
   */
  negationSpelled?: ConceptId[];
};

/** What the first look at a page reads of the topic (page/names-the-place.ts). */
export type FirstLookTerms = Pick<CompiledStory['topic'], 'anchorTerms' | 'anchorStarts'>;

export const FORMAT = 17;

export function compileStory(pack: StoryPack): CompiledStory {
  const { vocabulary, sources, questions, claims, origins } = pack;
  const kb: KnowledgeBase = { sources, questions, claims, ...(origins && { origins }) };
  return {
    format: FORMAT,
    kb,
    phrases: compilePhrases({ ...vocabulary.concepts, ...LANGUAGE_CONCEPTS }),
    entities: compileEntities(vocabulary.entities),
    topic: { ...vocabulary.topic, ...anchorTermsAndStarts(pack) },
    claimTables: compileClaims(kb, vocabulary.inferences ?? []),
    inferences: vocabulary.inferences ?? [],
    actors: vocabulary.actors ?? [],
    referringNouns: vocabulary.referringNouns ?? [],
    ...(vocabulary.actorNouns && { actorNouns: vocabulary.actorNouns }),
    ...(vocabulary.subjectLed && { subjectLed: vocabulary.subjectLed }),
    ...(vocabulary.barePlanNouns && { barePlanNouns: vocabulary.barePlanNouns }),
    ...(vocabulary.groupSubjects && { groupSubjects: vocabulary.groupSubjects }),
    negationSpelled: negationSpelled({ ...vocabulary.concepts, ...LANGUAGE_CONCEPTS }),
  };
}

/** Words of negation a phrasing may spell inside it. */
const SPELLED_CUES = new Set(['not', 'never', 'no', 'cannot', 'nor', 'neither', 'none', 'nobody']);

/** The concepts with a phrasing spelling a negation past its first word (CompiledStory). */
function negationSpelled(concepts: Record<ConceptId, string[]>): ConceptId[] {
  return Object.keys(concepts).filter((concept) =>
    (concepts[concept] ?? []).some((phrasing) =>
      parsePhrasing(phrasing)
        .slice(1)
        .some(
          (item) =>
            !item.gap && item.alternatives.some((w) => SPELLED_CUES.has(w) || w.endsWith("n't")),
        ),
    ),
  );
}

function anchorTermsAndStarts(pack: StoryPack): { anchorTerms: string[]; anchorStarts: string[] } {
  const terms = anchorTerms(pack);
  const starts = new Set<string>();
  for (const term of terms) {
    if (isAscii(term)) continue;
    // Not term.normalize(): a first letter written as a base and a combining mark is missed;
    // the names start with a composed one.
    const first = String.fromCodePoint(term.codePointAt(0) as number);
    for (const form of [first, first.toUpperCase()]) starts.add(form);
  }
  return { anchorTerms: terms, anchorStarts: [...starts] };
}

/** The literal words that can start an anchor concept's phrasing, and every anchor name's spellings. */
function anchorTerms(pack: StoryPack): string[] {
  const { concepts, entities, topic } = pack.vocabulary;
  const terms = new Set<string>();
  for (const anchor of topic.anchors) {
    for (const phrasing of concepts[anchor] ?? []) {
      const first = parsePhrasing(phrasing)[0];
      if (first && !first.gap)
        for (const word of first.alternatives) terms.add(word.replace(/^=|\*$/g, '').toLowerCase());
    }
    // Pages print names with their accents ("Orsabrücke"); the look-up lower-cases but does not fold.
    for (const name of entities[anchor] ?? [])
      for (const form of new Set([
        foldName(name),
        name
          .toLowerCase()
          .replace(/[\s-]+/g, ' ')
          .trim(),
      ]))
        for (const v of joinings(form)) terms.add(v);
  }
  // A name only the story's place carries lets a page through the first look as its names do
  // (topic-gate.ts counts them only where an article names none of the places).
  for (const mark of topic.placeMarks ?? []) terms.add(mark);
  // A term that contains another at a word start adds nothing to the count's lower bound.
  const all = [...terms].filter(Boolean);
  const covered = (t: string) =>
    all.some((u) => u !== t && (t.startsWith(u) || t.includes(` ${u}`) || t.includes(`-${u}`)));
  // In the pack's order, not sorted: the topic lists its most common name first, and a count
  // stops at its limit, so a page about the story is done at the first term instead of after a
  // scan of its whole text for each rare spelling that sorts before it ("ain al assad"…).
  return all.filter((t) => !covered(t));
}

/** A name as pages print it: each space may also be a hyphen ("Saint Ives", "Saint-Ives"). */
function joinings(name: string): string[] {
  let out = [''];
  name.split(' ').forEach((word, i) => {
    out = i === 0 ? [word] : out.flatMap((s) => [`${s} ${word}`, `${s}-${word}`]);
  });
  return out;
}
