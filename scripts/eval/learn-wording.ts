/**
 * Learns a claim's wording from examples: sentences labelled with the claims they state (the
 * paraphrase bank, the dev sets, any set in the eval format). Where an example misses its claim
 * because one of the claim's required concept groups has no word in it ("the troops pulled out"
 * when the concept knows "withdraw" and "leave"), the words of the example that no concept
 * explains are candidate phrasings of that group's concepts. A candidate is kept only when
 * examples from at least two articles ask for it, and when, added to the vocabulary and
 * compiled, it gains hits on the examples and costs none: no hit lost, no false alarm, no wrong
 * claim, no highlight in a negative article, no wrong side. What is learnt is a proposal for
 * the editor, who adds it to data/vocabulary.json (reviewed like code); nothing is applied here.
 *
 * The engine's own word reader decides what a sentence names, and the eval's scorer
 * (score.ts) decides what a change gains or costs, so a suggestion is judged exactly as
 * `npm run eval` would judge the pack with it.
 */
import { compileStory } from '../../engine/compile-story';
import { parsePublished, resolveDates } from '../../engine/resolve-dates';
import { createWordReader, readWords } from '../../engine/sentence-facts';
import type { StoryPack } from '../../engine/types';
import type { EvalArticle } from './eval-set';
import { type Annotate, annotateAndScore, type Counts, type Labelled } from './score';

/** One candidate phrasing for one concept, with what it does to the examples. */
export type Suggestion = {
  concept: string;
  phrasing: string;
  /** Claims whose examples asked for it. */
  claims: string[];
  /** Example sentences that lack the concept and hold the word, and their articles. */
  support: { sentences: number; articles: string[] };
  /** Of the example sentences holding the word, the share that asked for it. */
  specificity: number;
  /** Hits gained on the examples once the phrasing is compiled in (net of hits lost). */
  gained: number;
  /** False alarms, wrong claims, highlights on negative articles and wrong sides it adds. */
  cost: number;
};

export type LearnOptions = {
  /** The pack to extend (not modified). */
  pack: StoryPack;
  /** Labelled example articles. */
  articles: readonly EvalArticle[];
  /** Which claims the examples' labels can name (score.ts). */
  labelled: Labelled;
  /** Builds the eval's annotator for a pack (cli/annotate.ts createAnnotator ∘ compileStory). */
  annotatorFor: (pack: StoryPack) => Annotate;
  /** Articles a candidate must be asked for by (default 2: one sentence is not a pattern). */
  minArticles?: number;
  /**
   * Of the example sentences holding the word, the share that lack the concept for their claim
   * (default 0.5). A word of the story's background ("war", "leaders") turns up everywhere;
   * the wording of a claim turns up where the claim is stated.
   */
  minSpecificity?: number;
};

/**
 * Words that carry no claim of their own: a phrasing made of one of them would fire on every
 * sentence. General English, in any story.
 */
const FUNCTION_WORDS = new Set(
  (
    'a an the and or but nor so yet for of in on at to from by with without within into onto ' +
    'over under about above below after before since until during through across along among ' +
    'around as than then that this these those there here it its it’s they them their he him his ' +
    'she her we us our you your i me my who whom whose which what when where why how all any ' +
    'some each every both either neither no not only also just even still already more most ' +
    'less least very much many few several other another such same own is are was were be been ' +
    'being am has have had having do does did doing will would shall should can could may might ' +
    'must said says say told according if whether while because although though however ' +
    'mr ms mrs one two three four five six seven eight nine ten first second last next new'
  ).split(/\s+/),
);

/** Shortest word worth learning. */
const MIN_LETTERS = 3;
/** Endings stripped to make a word's stem ("relocated" → "relocat*"), longest first. */
const ENDINGS = ['ing', 'ed', 'es', 's', 'e'];

/** The phrasings a word suggests: itself, and its stem with a wildcard when it has an ending. */
export function phrasingsOf(word: string): string[] {
  const out = [word];
  for (const ending of ENDINGS)
    if (word.endsWith(ending) && word.length - ending.length >= 4) {
      out.push(`${word.slice(0, -ending.length)}*`);
      break;
    }
  return out;
}

/** Whether a phrasing's word (a word, or a stem ending in "*") matches a folded word. */
function fits(phrasing: string, word: string): boolean {
  return phrasing.endsWith('*') ? word.startsWith(phrasing.slice(0, -1)) : word === phrasing;
}

/** Whether a sentence holding these words may hold the phrasing (each of its words is there). */
function mayHold(phrasing: string, words: ReadonlySet<string>): boolean {
  return phrasing.split(' ').every((part) => [...words].some((w) => fits(part, w)));
}

/**
 * Particles that make a phrasal verb with the word before them: "put off", "pull out", "held
 * back". Function words alone, so they are learnt only after a word that is not.
 */
const PARTICLES = new Set(['off', 'out', 'back', 'up', 'down', 'aside', 'away', 'over', 'on']);

type Candidate = {
  concept: string;
  phrasing: string;
  claims: Set<string>;
  sentences: number;
  articles: Set<string>;
};

/** Everything a run learns, best first, with the examples' figures before and after. */
export type Learnt = {
  suggestions: Suggestion[];
  /** Candidates asked for by enough articles but turned down, with why. */
  rejected: (Suggestion & { why: string })[];
  /** Examples that missed their claim for want of a concept, and had a candidate word. */
  examplesAsking: number;
};

export function learnWording(options: LearnOptions): Learnt {
  const { pack, articles, labelled, annotatorFor } = options;
  const minArticles = options.minArticles ?? 2;
  const minSpecificity = options.minSpecificity ?? 0.5;
  const story = compileStory(pack);
  const reader = createWordReader(story);
  const claims = new Map(pack.claims.map((c) => [c.id, c]));

  // 1. Candidates: per example that names a claim, the groups of the claim it lacks; when one
  //    group is all it lacks, its unexplained words are candidate phrasings of that group.
  const candidates = new Map<string, Candidate>();
  let examplesAsking = 0;
  for (const article of articles) {
    if (article.kind === 'negative') continue;
    for (const sentence of article.sentences) {
      if (sentence.highlight !== true) continue;
      const words = readWords(sentence.text, reader);
      const named = new Set(words.hits.map((h) => h.concept));
      // Words a concept already explains, and dates (the engine reads those apart), are not wording.
      const explained = new Set<number>();
      for (const h of words.hits) for (let i = h.from; i < h.to; i++) explained.add(i);
      for (const d of resolveDates(words.tokens, sentence.text, parsePublished(article.published)))
        for (let i = d.from; i < d.to; i++) explained.add(i);
      // Title case ("Advisers To Stay On") capitalises every word: there a capital is no name.
      const capitals = words.tokens.filter((t) => /^[A-Z]/.test(t.raw)).length;
      const titleCase = capitals * 2 > words.tokens.length;
      const learnable = (i: number) => {
        const t = words.tokens[i];
        // A capitalised word past the first is a name ("Gaza", "Wadi"): a place or a person
        // says where or who, not what a claim says happened.
        const named = !titleCase && i > 0 && t !== undefined && /^[A-Z]/.test(t.raw);
        return (
          t !== undefined &&
          !named &&
          !explained.has(i) &&
          t.norm.length >= MIN_LETTERS &&
          /^[a-z]+$/.test(t.norm) &&
          !FUNCTION_WORDS.has(t.norm)
        );
      };
      // Single words, and a word with the particle after it ("put off", "pulled out").
      const free: string[][] = [];
      words.tokens.forEach((t, i) => {
        if (!learnable(i)) return;
        free.push(phrasingsOf(t.norm));
        const next = words.tokens[i + 1];
        if (next && !explained.has(i + 1) && PARTICLES.has(next.norm))
          free.push(phrasingsOf(t.norm).map((p) => `${p} ${next.norm}`));
      });
      let asked = false;
      const askedFor = new Set<string>();
      for (const id of sentence.claims ?? []) {
        const rule = claims.get(id)?.recognize;
        if (!rule) continue;
        const missing = rule.require.filter((group) => !group.some((c) => named.has(c)));
        if (missing.length !== 1) continue;
        for (const concept of missing[0] as string[])
          for (const forms of free)
            for (const phrasing of forms) {
              const key = `${concept}\u0000${phrasing}`;
              let c = candidates.get(key);
              if (!c) {
                c = { concept, phrasing, claims: new Set(), sentences: 0, articles: new Set() };
                candidates.set(key, c);
              }
              c.claims.add(id);
              if (!askedFor.has(key)) c.sentences++;
              askedFor.add(key);
              c.articles.add(article.id);
              asked = true;
            }
      }
      if (asked) examplesAsking++;
    }
  }

  // 2. Each candidate asked for widely enough is compiled in and judged on every example
  //    article holding a word it fits (no other article can change).
  const baseline = annotatorFor(pack);
  const scoreOf = (annotate: Annotate, article: EvalArticle): Counts =>
    annotateAndScore(article, annotate, labelled).counts;
  const before = new Map<string, Counts>();
  const suggestions: Suggestion[] = [];
  const rejected: (Suggestion & { why: string })[] = [];
  const sentenceWords = articles.map((a) =>
    a.sentences.map((s) => new Set(readWords(s.text, reader).tokens.map((t) => t.norm))),
  );
  for (const c of candidates.values()) {
    if (c.articles.size < minArticles) continue;
    let sentencesHolding = 0;
    const touched = articles.filter((_, i) => {
      const inArticle = (sentenceWords[i] ?? []).filter((w) => mayHold(c.phrasing, w)).length;
      sentencesHolding += inArticle;
      return inArticle > 0;
    });
    const specificity = sentencesHolding ? c.sentences / sentencesHolding : 0;
    if (specificity < minSpecificity) continue;
    const extended: StoryPack = {
      ...pack,
      vocabulary: {
        ...pack.vocabulary,
        concepts: {
          ...pack.vocabulary.concepts,
          [c.concept]: [...(pack.vocabulary.concepts[c.concept] ?? []), c.phrasing],
        },
      },
    };
    const annotate = annotatorFor(extended);
    let gained = 0;
    let cost = 0;
    for (const article of touched) {
      let old = before.get(article.id);
      if (!old) {
        old = scoreOf(baseline, article);
        before.set(article.id, old);
      }
      const now = scoreOf(annotate, article);
      gained += now.knownHits + now.eventHits - (old.knownHits + old.eventHits);
      cost +=
        Math.max(0, now.falseAlarms - old.falseAlarms) +
        Math.max(0, now.wrongClaims - old.wrongClaims) +
        Math.max(0, now.negativeHighlights - old.negativeHighlights) +
        Math.max(0, now.stanceErrors - old.stanceErrors);
    }
    const suggestion: Suggestion = {
      concept: c.concept,
      phrasing: c.phrasing,
      claims: [...c.claims].sort(),
      support: { sentences: c.sentences, articles: [...c.articles].sort() },
      specificity,
      gained,
      cost,
    };
    if (cost > 0) rejected.push({ ...suggestion, why: `costs ${cost} on the examples` });
    else if (gained < minArticles)
      rejected.push({ ...suggestion, why: `gains ${gained} hit${gained === 1 ? '' : 's'}` });
    else suggestions.push(suggestion);
  }
  const order = (a: Suggestion, b: Suggestion) =>
    b.gained - a.gained ||
    a.concept.localeCompare(b.concept) ||
    a.phrasing.localeCompare(b.phrasing);
  return {
    suggestions: keepBroadest(suggestions.sort(order)),
    rejected: rejected.sort(order),
    examplesAsking,
  };
}

/**
 * A word and its stem often both pass ("withdrew", "withdr*"): keep one per concept and word,
 * the one that gains more, the exact word when they gain the same (the narrower phrasing).
 */
function keepBroadest(suggestions: Suggestion[]): Suggestion[] {
  const kept: Suggestion[] = [];
  for (const s of suggestions) {
    const head = (p: string) => (p.split(' ')[0] as string).replace(/\*$/, '');
    const rival = kept.find(
      (k) =>
        k.concept === s.concept &&
        (fits(k.phrasing.split(' ')[0] as string, head(s.phrasing)) ||
          fits(s.phrasing.split(' ')[0] as string, head(k.phrasing))),
    );
    if (!rival) kept.push(s);
    else if (rival.gained === s.gained && !s.phrasing.includes('*'))
      kept.splice(kept.indexOf(rival), 1, s);
  }
  return kept;
}

/** The pack with every suggestion added to its concept's phrasings. */
export function withSuggestions(pack: StoryPack, suggestions: readonly Suggestion[]): StoryPack {
  const concepts = { ...pack.vocabulary.concepts };
  for (const s of suggestions) concepts[s.concept] = [...(concepts[s.concept] ?? []), s.phrasing];
  return { ...pack, vocabulary: { ...pack.vocabulary, concepts } };
}
