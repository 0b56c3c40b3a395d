/**
 * "The board said several crews were ready to hand back their berths. Two of them said no.": a
 * refusal with no object of its own ("said no", "refused", "declined") refuses what the sentence
 * before told, so it is read with that sentence's concepts, carried to its verb.
 */

import { inferred, withHits } from './carry-context';
import { type ConceptHit, possessive } from './find-concepts';
import { refusalBeforeTail } from './refusal-tail';
import type { SentenceWords } from './sentence-facts';
import type { Token } from './tokenize';

/** Verbs of refusing that may close a sentence with nothing after them. */
const REFUSING = new Set(['refused', 'refuse', 'refuses', 'declined', 'declines', 'balked']);
/** Verbs of saying before a closing "no" ("said no", "have said no"). */
const SAYING = new Set(['said', 'say', 'says', 'answered', 'replied']);

/** Where the sentence's closing refusal starts, or -1: "… said no.", "… refused." */
function closingRefusal(tokens: readonly Token[], text: string): number {
  const last = tokens.length - 1;
  const end = tokens[last];
  if (!end) return -1;
  // The words first: nearly every sentence ends on none of them, and is done without a copy of
  // its tail. Closed by the sentence's own mark: "refused to comment on it" goes on.
  const at = refusalAt(tokens, last, end);
  return at !== -1 && /^\s*[.!]?["”’']?\s*$/.test(text.slice(end.end)) ? at : -1;
}

/** closingRefusal's words: where the refusal closing on `end` starts, or -1. */
function refusalAt(tokens: readonly Token[], last: number, end: Token): number {
  if (end.norm === 'no' && SAYING.has(tokens[last - 1]?.norm ?? '')) return last - 1;
  if (REFUSING.has(end.norm)) return last;
  // "… refused to follow", "… declined to do the same": what they refuse is the act told before.
  const following = followingTail(tokens, last);
  if (following > 1 && tokens[following - 1]?.norm === 'to') {
    const verb = following - 2;
    if (REFUSING.has(tokens[verb]?.norm ?? '')) return verb;
  }
  // "… that they would not go along", "… refused to go along": from its modal or its verb.
  if (end.norm === 'along' && tokens[last - 1]?.norm === 'go') {
    let k = last - 2;
    if (tokens[k]?.norm === 'to' && REFUSING.has(tokens[k - 1]?.norm ?? '')) return k - 1;
    const word = tokens[k]?.norm ?? '';
    if (word.endsWith("n't")) return k;
    if (word !== 'not' && word !== 'never') return -1;
    k--;
    return MODALS.has(tokens[k]?.norm ?? '') ? k : k + 1;
  }
  return -1;
}

/** Closing words that do again what was told before, as a refusal's object: "refused to follow". */
const FOLLOWING: readonly (readonly string[])[] = [
  ['follow'],
  ['follow', 'suit'],
  ['comply'],
  ['join', 'in'],
  ['do', 'so'],
  ['do', 'the', 'same'],
];

/** Where such closing words start, the sentence's last token being `last`, or -1. */
function followingTail(tokens: readonly Token[], last: number): number {
  for (const words of FOLLOWING) {
    const from = last - words.length + 1;
    if (from > 0 && words.every((w, i) => tokens[from + i]?.norm === w)) return from;
  }
  return -1;
}

/** Modals before a "not" that refuses ("would not go along"). */
const MODALS = new Set(['would', 'will', 'could', 'did', 'do', 'does', 'shall']);

/**
 * The sentence read with what the sentence before told, carried to its closing refusal; undefined
 * when it closes on none, names no one (the refusal is someone's), or the sentence before names
 * nothing. What it names itself stays; a concept it names is not carried again. When the sentence
 * before was carded (`afterCard`), a refusal followed by a tail with no object of its own
 * ("refused: X and Y", "said no on the spot", "refused, saying …": refusal-tail.ts) is read so too.
 */
export function refusesWhatWasTold(
  current: SentenceWords,
  previous: SentenceWords | undefined,
  actors: ReadonlySet<string>,
  afterCard = false,
): SentenceWords | undefined {
  if (!previous || previous.hits.length === 0) return undefined;
  let at = closingRefusal(current.tokens, current.text);
  // "Two refused: the Ashby and Portsea crews.": who refused may be listed after it.
  let listed = false;
  if (at < 0 && afterCard) {
    const tailed = refusalBeforeTail(current.tokens, current.text);
    if (tailed) ({ at, listed } = tailed);
  }
  // Most sentences close on no refusal: no lookup of tokens[-1], a slow one in V8.
  const by = at >= 0 ? current.tokens[at] : undefined;
  if (!by) return undefined;
  // A sentence telling something of its own besides ("…; the Ashby crew refused"), or a refusal
  // told as a condition ("what would happen if the crews refused"), refuses nothing told before.
  if (current.hits.some((h) => !actors.has(h.concept) && h.from < at)) return undefined;
  if (current.tokens.some((t) => CONDITIONS.has(t.norm))) return undefined;
  // "Two of them, the Ashby and Portsea crews, said no": those who refuse are named, or pointed at.
  const named = current.hits.some((h) => actors.has(h.concept) && (listed || h.from < at));
  const pointing = current.tokens.slice(0, at).some((t) => POINTING.has(possessive(t.norm)));
  if (!named && !pointing) return undefined;
  const own = new Set(current.hits.map((h) => h.concept));
  const carried: ConceptHit[] = [];
  for (const h of previous.hits)
    if (!h.inferred && !own.has(h.concept) && !carried.some((c) => c.concept === h.concept))
      carried.push(inferred(h, at, by));
  return carried.length ? withHits(current, carried) : undefined;
}

/** Words that make the refusal a condition, not a report. */
const CONDITIONS = new Set(['if', 'whether', 'unless', 'should']);

/** Words that point at those the sentence before told of ("two of them", "most of the crews"). */
const POINTING = new Set(['them', 'they', 'those', 'these', 'most', 'some', 'others']);
