/**
 * What a sentence takes for granted, word by word: the stretches a writer uses to name a thing
 * the reader already knows, not the news the main clause tells. "The crews that spent the winter
 * on the pier have gone home" asserts the going home; the winter on the pier is presupposed by
 * the relative clause on the subject. "Residents welcomed the decision to keep the ferry running,
 * saying the bridge was unsafe" tells what the residents said; the decision is named as known.
 *
 * "The crossings resumed ahead of the timetable agreed in May" reports the early crossings; the
 * timetable, a thing named with a participle of arranging after a preposition, is known.
 *
 * A reading of a claim whose groups are met only in such stretches explains less of what the
 * sentence asserts than one met in its main clause: between readings of equal score, the one
 * with fewer such groups wins (pick-best.ts, outranks()), before the words each explains; and a
 * claim whose key concept is named only there ranks below the main clause's, as one keyed in a
 * clause of time does (recognize.ts). Neither refuses it: a sentence whose one claim is
 * presupposed still gets it (a frame's key concept would not: find-frames.ts).
 */
import { appositiveRelatives } from './appositive-relative';
import { comparedStandards } from './compared-standard';
import { cueClass, hasCue } from './cue-words';
import type { ConceptHit } from './find-concepts';
import type { SentenceFacts } from './sentence-facts';
import type { Token } from './tokenize';
import { untilClauses } from './until-clause';
import { whoRelatives } from './who-relative';
import { gapHas } from './word-gaps';

/** Marks between two words that end a stretch of the sentence. */
const BREAKS = ',;:\u2013\u2014';

/** The first word from `from` on with a break before it, or the sentence's end. */
function toBreak(tokens: readonly Token[], text: string, from: number): number {
  let end = from;
  while (end < tokens.length && !gapHas(tokens, text, end, BREAKS)) end++;
  return end;
}

/** Words that open a noun phrase standing as the sentence's subject: "The crews that …". */
const SUBJECT_DETERMINERS = new Set(
  'the a an these those its their our many some all most several'.split(' '),
);
/** How many words a subject may have between its determiner and "that"/"which". */
const SUBJECT_WORDS = 4;
/** Longest relative clause on a subject, in words: a longer stretch has a verb of its own. */
const RELATIVE_WORDS = 12;
/** Auxiliaries that open the main clause after a relative one ("… that left in May have moved"). */
const MAIN_AUXILIARIES = new Set(
  'is are was were will would has have had can could may might must should'.split(' '),
);
/**
 * Words that, before "that", make it a conjunction and not a relative pronoun: "The council
 * said that …", "The report warns that …", "so that".
 */
const NOT_ANTECEDENT = new Set(
  'said says say told tells added adds announced announces stated states warned warns argued argues insisted insists believe believes believed noted notes reported reports claimed claims indicated indicates confirmed confirms explained explains stressed stresses revealed reveals acknowledged acknowledges so such now given'.split(
    ' ',
  ),
);

/**
 * The tokens [from, to) of a restrictive relative clause on the sentence's opening subject
 * ("The crews that spent the winter on the pier have gone home": "that … pier"), closed by the
 * main clause's auxiliary before any punctuation; null when there is none.
 */
export function subjectRelative(
  tokens: readonly Token[],
  text: string,
): readonly [number, number] | null {
  if (!SUBJECT_DETERMINERS.has(tokens[0]?.norm ?? '')) return null;
  for (let k = 2; k <= SUBJECT_WORDS + 1 && k < tokens.length; k++) {
    const t = tokens[k] as Token;
    if (gapHas(tokens, text, k, BREAKS)) return null;
    const before = (tokens[k - 1] as Token).norm;
    if (MAIN_AUXILIARIES.has(before) || NOT_ANTECEDENT.has(before)) return null;
    if (t.norm !== 'that' && t.norm !== 'which') continue;
    for (let j = k + 2; j < tokens.length && j <= k + RELATIVE_WORDS; j++) {
      if (gapHas(tokens, text, j, BREAKS)) return null;
      const word = (tokens[j] as Token).norm;
      // "The committee that runs the pier announced on Sunday that it is closed": the main
      // clause's verb came first, and the auxiliary is a report's.
      if (NOT_ANTECEDENT.has(word)) return null;
      // "… that sailed in May were late": "May" is the month, not the auxiliary.
      if (MAIN_AUXILIARIES.has(word) && (tokens[j] as Token).raw.charCodeAt(0) >= 97) return [k, j];
    }
    return null;
  }
  return null;
}

/** Words that make the noun after them a known one: "the decision", "its promise". */
const DEFINITE = new Set('the its their this that his her our'.split(' '));
/**
 * Nouns of an intention or a choice that take "to" and a verb: "the decision to keep …", "its
 * pledge to end …". Named with a definite word, the thing intended is named as known.
 */
const INTENT_NOUNS = new Set(
  'decision decisions plan plans promise promises pledge pledges commitment move bid effort efforts intention order'.split(
    ' ',
  ),
);
/** A sentence with no such noun names no intention (cue-words.ts). */
const INTENT_CUE = cueClass(INTENT_NOUNS);

/**
 * The tokens [from, to) of each known intention named with its content ("the decision to keep
 * the ferry running"): from the definite word to the next break or the sentence's end.
 */
export function knownIntentions(tokens: readonly Token[], text: string): [number, number][] {
  const found: [number, number][] = [];
  if (!hasCue(tokens, INTENT_CUE)) return found;
  for (let k = 1; k + 2 < tokens.length; k++) {
    if (!INTENT_NOUNS.has((tokens[k] as Token).norm)) continue;
    if (!DEFINITE.has((tokens[k - 1] as Token).norm) || tokens[k + 1]?.norm !== 'to') continue;
    // "the plan to 2031", "the move to Portsea" go on with a date or a name, not a verb.
    const next = tokens[k + 2] as Token;
    if (next.value !== undefined || next.raw.charCodeAt(0) < 97) continue;
    const end = toBreak(tokens, text, k + 2);
    found.push([k - 1, end]);
    k = end;
  }
  return found;
}

/**
 * Participles of arranging: a thing named with one after it ("the timetable agreed in May") or
 * before it ("the agreed timetable") is an arrangement the reader is taken to know.
 */
const ARRANGED = new Set(
  'agreed planned scheduled promised announced proposed approved envisaged delayed'.split(' '),
);
/** A sentence with no such participle names no arrangement (cue-words.ts). */
const ARRANGED_CUE = cueClass(ARRANGED);
/** Prepositions that put a noun phrase under another word: "ahead of", "according to", "under". */
const PREPOSITIONS = new Set(
  'of to with under than on in for from by at after before since despite within beyond over'.split(
    ' ',
  ),
);

/**
 * The tokens [from, to) of each known arrangement named with its participle: "the agreed
 * timetable" or "an agreed timetable" (its three words), "… ahead of the timetable agreed in
 * May" (to the next break). A
 * participle after the noun is read so only after a preposition: "The council agreed in May to
 * …" is the sentence's own verb, and its news.
 */
export function arrangedNouns(tokens: readonly Token[], text: string): [number, number][] {
  const found: [number, number][] = [];
  if (!hasCue(tokens, ARRANGED_CUE)) return found;
  for (let k = 0; k + 2 < tokens.length; k++) {
    const word = (tokens[k] as Token).norm;
    const definite = DEFINITE.has(word);
    // "the agreed timetable"; "an agreed timetable would calm the towns" is one wished for or
    // supposed, not reported as arranged: asserted no more than "the agreed timetable" is.
    if (
      (definite || word === 'a' || word === 'an') &&
      ARRANGED.has((tokens[k + 1] as Token).norm)
    ) {
      found.push([k, k + 3]);
      k += 2;
      continue;
    }
    if (!definite) continue;
    if (k === 0 || !PREPOSITIONS.has((tokens[k - 1] as Token).norm)) continue;
    if (!ARRANGED.has((tokens[k + 2] as Token).norm)) continue;
    if (gapHas(tokens, text, k + 2, BREAKS)) continue;
    const end = toBreak(tokens, text, k + 3);
    found.push([k, end]);
    k = end;
  }
  return found;
}

/** The stretches of each sentence read, kept while its tokens are: several claims ask. */
const known = new WeakMap<readonly Token[], readonly (readonly [number, number])[]>();

/** The stretches of a sentence that take what they name for granted, in any order. */
export function stretchesOf(
  tokens: readonly Token[],
  text: string,
): readonly (readonly [number, number])[] {
  const kept = known.get(tokens);
  if (kept) return kept;
  const relative = subjectRelative(tokens, text);
  const found: (readonly [number, number])[] = [
    ...knownIntentions(tokens, text),
    ...arrangedNouns(tokens, text),
    ...comparedStandards(tokens, text),
    ...untilClauses(tokens, text),
    ...appositiveRelatives(tokens, text),
    ...whoRelatives(tokens, text),
  ];
  if (relative) found.push(relative);
  known.set(tokens, found);
  return found;
}

/** Whether the token at `at` lies where the sentence takes what it names for granted. */
export function takenForGranted(at: number, facts: SentenceFacts): boolean {
  for (const [from, to] of stretchesOf(facts.tokens, facts.text))
    if (at >= from && at < to) return true;
  return false;
}

/**
 * How many of a claim's groups the sentence names only where it takes them for granted: every
 * word of theirs lies in a relative clause on the subject, a known intention or a known
 * arrangement. A group met by words carried from the sentence before (inferred) is named nowhere
 * in it, and does not count. (A clause of time is weighed apart, by the key concept alone:
 * recognize.ts, subordinate().)
 */
export function presupposedGroups(
  groups: readonly (readonly string[])[],
  facts: SentenceFacts,
): number {
  const stretches = stretchesOf(facts.tokens, facts.text);
  // Most sentences have none: nothing to count.
  if (stretches.length === 0 && facts.frames.length === 0) return 0;
  // A frame takes what it names for granted too ("The handover came a month after the council had
  // promised the pier would close"); an aside opened by "which" still reports (find-frames.ts).
  const taken = (h: ConceptHit) =>
    stretches.some(([from, to]) => h.from >= from && h.from < to) ||
    facts.frames.some(
      (f) => h.from >= f.from && h.from <= f.to && f.opener.toLowerCase() !== 'which',
    );
  let count = 0;
  for (const group of groups) {
    let own = 0;
    let all = true;
    for (const concept of group)
      for (const k of facts.hitsOf(concept)) {
        const h = facts.hits[k] as ConceptHit;
        if (h.inferred) continue;
        own++;
        if (!taken(h)) all = false;
      }
    if (own > 0 && all) count++;
  }
  return count;
}
