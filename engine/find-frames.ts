/**
 * Frames: the phrases a writer sets around the clause that asserts something, to say what it
 * takes for granted. "Under the agreement, the last ferries sail in May" states the date and
 * presupposes the agreement; "After the vote, the council closed the bridge" reports the
 * closure. A frame opens the sentence (or follows a comma) with one of these words and runs
 * to the next comma, within a few words; what it names is not what the sentence asserts.
 *
 * A frame can also close the sentence: "The ferries stopped on Monday, marking a step in the
 * agreed closure of the pier", "… as part of the plan agreed with the council". Opened after a
 * comma, or by a phrase of several words anywhere, it runs to the sentence's end.
 */
import type { Token } from './tokenize';
import { inClass, wordClass } from './word-class';

/** Openers that name a time: "after the handover", "before the vote". */
const TIMED_BY = new Set(['after', 'following', 'before']);
/**
 * Words that open a frame. "as part of", "in line with", "in keeping with", "as agreed" (an
 * arrangement made before: "As agreed in the spring, the last ferries sailed in May") open with
 * their first word.
 */
const OPENERS = new Set([
  'under',
  'following',
  'after',
  'amid',
  'despite',
  'with',
  'before',
  // "The council, which later ran the harbour, backed …": an aside between commas.
  'which',
  // "…, although some crews remain at the pier": a concession the main clause outweighs.
  'although',
]);
const PHRASES: readonly (readonly string[])[] = [
  ['as', 'part', 'of'],
  ['in', 'line', 'with'],
  ['in', 'keeping', 'with'],
  ['in', 'accordance', 'with'],
  ['in', 'the', 'wake', 'of'],
  ['as', 'agreed'],
  ['as', 'planned'],
  ['as', 'promised'],
  ['as', 'scheduled'],
];
/** First words of PHRASES: a word that is none of these opens no phrase. */
const PHRASE_STARTS = new Set(PHRASES.map((phrase) => phrase[0] as string));
/**
 * Words that open a comment on the clause before them, after a comma: "…, marking the end of",
 * "…, signalling a shift". What the comment names is the writer's framing, not the report.
 */
const COMMENTS = new Set(['marking', 'signalling', 'signaling', 'underscoring', 'paving']);
const COMMENT = 1;
const OPENER = 2;
const PHRASE_START = 4;
/** Each word of COMMENTS, OPENERS and PHRASE_STARTS with the bits of its kinds: one look-up per word. */
const FRAME_WORDS = new Map<string, number>();
for (const [words, bit] of [
  [COMMENTS, COMMENT],
  [OPENERS, OPENER],
  [PHRASE_STARTS, PHRASE_START],
] as const)
  for (const w of words) FRAME_WORDS.set(w, (FRAME_WORDS.get(w) ?? 0) | bit);
/** The words of FRAME_WORDS as a word class: most words are none, and are not looked up. */
const FRAME_WORD = wordClass(FRAME_WORDS.keys());
/** Longest frame, in words: a longer stretch before a comma is a clause of its own. */
const MAX_WORDS = 9;
/** Longest frame that closes a sentence, in words. */
const MAX_CLOSING_WORDS = 18;
/**
 * "…, with a ferry leaving the pier" reports as much as the clause before it: "with" opens
 * frames at the start of a sentence only.
 */
const NOT_CLOSING = new Set(['with', 'which']);

/**
 * "Earlier than originally agreed", "sooner than planned": the standard of a comparison is taken
 * for granted. Only a short one (up to this many words after "than"), closed by a break or the
 * sentence's end: "fewer ferries than expected will sail" goes on to assert.
 */
const MAX_COMPARISON_WORDS = 3;
/**
 * "Than originally agreed", "than first planned": an adverb of an earlier time before the
 * participle names a plan made before, wherever the sentence goes on ("the timetable, shorter
 * than initially agreed has angered the crews").
 */
const EARLIER = new Set(['originally', 'initially', 'previously', 'first', 'earlier']);

export type Frame = {
  from: number;
  to: number;
  opener: string;
  /** A time named inside a clause ("stayed after the handover, …"), not opening the sentence. */
  timed?: true;
  /** A question after a statement's colon ("…: will the ferries stop?", asked-after-colon.ts). */
  asked?: true;
  /**
   * An arrangement named with its own verb of making it ("under the agreement signed between the
   * two councils", settledWithin): the frame tells that it was made, which the sentence states
   * when its main clause states nothing else.
   */
  settled?: true;
};

/** How many words the opening subject before a participle's aside may run to. */
const ASIDE_SUBJECT_WORDS = 5;

/**
 * Participles telling how a thing came to be said or settled ("announced in May", "repeated
 * by every mayor"): an aside of these is the thing's history. Not one placing it ("stationed in
 * Portsea", "based at the pier"), which tells where the thing now is.
 */
const TOLD_OR_SETTLED = new Set(
  'announced repeated reiterated restated declared stated voiced unveiled proposed drafted negotiated agreed signed reached approved adopted endorsed ratified brokered struck sealed'.split(
    ' ',
  ),
);
const toldOrSettled = (word: string): boolean => TOLD_OR_SETTLED.has(word);

/**
 * "The timetable, announced in May, lets the crews stay", "The council's aim, repeated by every
 * mayor since the vote, has been to …": a past participle opening an aside between commas right
 * after the sentence's opening subject (no break before that comma) tells what the reader is to
 * take for granted about the subject, as ", which …," does. The token of its closing comma, or -1.
 */
function participleAsideEnd(tokens: readonly Token[], sentence: string, at: number): number {
  if (!breakBetween(sentence, tokens[at - 1] as Token, tokens[at] as Token)) return -1;
  if (!sentence.slice((tokens[at - 1] as Token).end, (tokens[at] as Token).start).includes(','))
    return -1;
  for (let k = 0; k < at - 1; k++)
    if (breakBetween(sentence, tokens[k] as Token, tokens[k + 1] as Token)) return -1;
  for (let k = at + 1; k < tokens.length - 1 && k <= at + MAX_WORDS + 4; k++)
    if (breakBetween(sentence, tokens[k] as Token, tokens[k + 1] as Token))
      return sentence.slice((tokens[k] as Token).end, (tokens[k + 1] as Token).start).includes(',')
        ? k
        : -1;
  return -1;
}

export function findFrames(tokens: readonly Token[], sentence: string): Frame[] {
  const frames: Frame[] = [];
  for (let at = 0; at < tokens.length; at++) {
    // Most words open nothing: not "than", a year, "under"/"within" (termsEnd) nor a frame word.
    const t = tokens[at] as Token;
    // "The timetable, announced in May, lets …": a participle's aside on the opening subject.
    if (at > 0 && at <= ASIDE_SUBJECT_WORDS && toldOrSettled(t.norm)) {
      const end = participleAsideEnd(tokens, sentence, at);
      if (end > at) {
        frames.push({ from: at, to: end, opener: t.raw });
        at = end;
        continue;
      }
    }
    if (
      t.value === undefined &&
      (t.classes & FRAME_WORD) === 0 &&
      t.norm !== 'than' &&
      t.norm !== 'under' &&
      t.norm !== 'within'
    )
      continue;
    // "The ferry came weeks later than the board had promised": what was forecast before is the
    // standard the clause is measured by, taken for granted.
    if (at > 0 && inClass(tokens[at], MEASURED_BY_WORD)) {
      const end = forecastEnd(tokens, at);
      if (end > at) {
        frames.push({ from: at, to: end, opener: tokens[at]?.raw ?? '' });
        break;
      }
    }
    if (tokens[at]?.norm === 'than' && at > 0) {
      const end = comparisonEnd(tokens, sentence, at);
      if (end > at) {
        frames.push({ from: at, to: end, opener: tokens[at]?.raw ?? '' });
        at = end;
      }
      continue;
    }
    if (yearNamed(tokens, sentence, at)) {
      frames.push({ from: at, to: at + 1, opener: tokens[at]?.raw ?? '' });
      at++;
      continue;
    }
    const end = at > 0 ? termsEnd(tokens, sentence, at) : -1;
    if (end > at) {
      frames.push({ from: at, to: end, opener: tokens[at]?.raw ?? '' });
      at = end;
      continue;
    }
    // Most words open nothing: look them up, once, before reading the punctuation around them.
    if (!inClass(tokens[at], FRAME_WORD)) continue;
    const kind = FRAME_WORDS.get((tokens[at] as Token).norm) as number;
    const comment = at > 0 && (kind & COMMENT) !== 0;
    const length = comment ? 1 : openerLength(tokens, at, kind);
    if (length === 0) continue;
    // "Under 2,000 passengers will cross", "after 2026": a figure or a date, not a frame.
    if (length === 1 && tokens[at + 1]?.value !== undefined) continue;
    const afterBreak =
      at > 0 && breakBetween(sentence, tokens[at - 1] as Token, tokens[at] as Token);
    // "The crews stayed at the pier after the handover, running the ropes": a time named by one
    // known noun and closed by a break dates the clause before it; it is taken for granted.
    if (at > 0 && !afterBreak && length === 1 && TIMED_BY.has(tokens[at]?.norm ?? '')) {
      const end = at + 2;
      if (
        DEFINITE.has(tokens[at + 1]?.norm ?? '') &&
        end < tokens.length - 1 &&
        tokens[end]?.value === undefined &&
        breakBetween(sentence, tokens[end] as Token, tokens[end + 1] as Token)
      ) {
        frames.push({ from: at, to: end, opener: tokens[at]?.raw ?? '', timed: true });
        at = end;
        continue;
      }
      const dated = datedEventEnd(tokens, sentence, at);
      if (dated > 0) {
        frames.push({ from: at, to: dated, opener: tokens[at]?.raw ?? '', timed: true });
        at = dated;
        continue;
      }
    }
    // Mid-sentence, a single word opens a frame only after a comma ("crews under the command
    // of …" is no frame); a phrase of several words ("as part of") opens one anywhere.
    if (at > 0 && !afterBreak && length === 1) continue;
    let closed = false;
    if (!comment && (at === 0 || afterBreak))
      for (let k = at + length; k < tokens.length - 1 && k <= at + MAX_WORDS; k++)
        if (breakBetween(sentence, tokens[k] as Token, tokens[k + 1] as Token)) {
          // "With the ferry service due to end in May, …": an opening "with" clause telling a
          // plan of its own ("due to", "set to") states it; it is not taken for granted.
          if (tokens[at]?.norm === 'with' && plannedWithin(tokens, at + 1, k)) break;
          frames.push({ from: at, to: k, opener: tokens[at]?.raw ?? '' });
          at = k;
          closed = true;
          break;
        }
    if (closed || at === 0 || NOT_CLOSING.has(tokens[at]?.norm ?? '')) continue;
    // The sentence's last words: a frame to its end, when no break follows within it.
    const last = tokens.length - 1;
    if (last - at + 1 > MAX_CLOSING_WORDS) continue;
    // "The crews rotate home in spring, before the service is due to end in May": a closing
    // "before" clause telling a schedule in force ("is due to", "are set to") states it, as an
    // opening "With …" one does; one as it stood ("was due to") is the measure, taken for granted.
    if (tokens[at]?.norm === 'before' && scheduleInForce(tokens, at + 1, last)) continue;
    let open = true;
    for (let k = at; k < last && open; k++)
      open = !breakBetween(sentence, tokens[k] as Token, tokens[k + 1] as Token);
    if (open) {
      frames.push({ from: at, to: last, opener: tokens[at]?.raw ?? '' });
      break;
    }
  }
  for (const frame of frames) if (settledWithin(tokens, frame)) frame.settled = true;
  return frames;
}

/** Participles of making an arrangement, right after its noun: "the agreement signed in 2024". */
const MADE = new Set(
  'signed reached struck concluded sealed clinched agreed brokered finalised finalized inked'.split(
    ' ',
  ),
);

/**
 * "Under the agreement signed between the two councils, …", "… within the framework of the deal
 * reached last year": a noun of an arrangement (TERMS) inside the frame, its participle of
 * making right after it. Not a bare "under the agreement" (known, nothing told of it), nor an
 * event's frame ("after the deal was signed"), which withoutEventFrames weighs already.
 */
function settledWithin(tokens: readonly Token[], frame: Frame): boolean {
  if (frame.timed || frame.asked || tellsEvent(frame)) return false;
  for (let k = frame.from + 1; k < frame.to; k++)
    if (TERMS.has((tokens[k] as Token).norm) && MADE.has(tokens[k + 1]?.norm ?? '')) return true;
  return false;
}

/** Words that, before "to", tell a plan: "due to end", "set to close", "scheduled to sail". */
const PLANNED = new Set(['due', 'set', 'scheduled', 'slated', 'expected']);

/** Whether tokens from..to (inclusive) hold "due to", "set to", … */
function plannedWithin(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++)
    if (PLANNED.has((tokens[k] as Token).norm) && tokens[k + 1]?.norm === 'to') return true;
  return false;
}

/** Present forms before "due to", "set to", …: a schedule told as standing now. */
const IN_FORCE = new Set(['is', 'are', "'s", 'remains', 'remain']);

/** Whether tokens from..to (inclusive) hold "is due to", "are scheduled to", … */
function scheduleInForce(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from + 1; k < to; k++)
    if (
      PLANNED.has((tokens[k] as Token).norm) &&
      tokens[k + 1]?.norm === 'to' &&
      IN_FORCE.has(tokens[k - 1]?.norm ?? '')
    )
      return true;
  return false;
}

/** Words measuring a clause against what was forecast: "later than …", "weeks after …". */
const MEASURED_BY = new Set(['than', 'after', 'before']);
const MEASURED_BY_WORD = wordClass(MEASURED_BY);
/** Verbs of forecasting, in the past perfect after MEASURED_BY: "than the board had promised". */
const FORECAST = new Set(
  'said forecast predicted promised planned expected announced estimated projected pledged'.split(
    ' ',
  ),
);
/** How many words the forecaster may run to ("the harbour's own engineers"). */
const FORECASTER_WORDS = 5;
/** Longest forecast frame, in words, from its opener to the sentence's end. */
const MAX_FORECAST_WORDS = 24;

/**
 * "The handover came three weeks after the board had said it would happen", "… later than the
 * crews had forecast in May, when they said …": "than"/"after"/"before", a subject and "had" with
 * a verb of forecasting open, to the sentence's end, what was said before it happened; the last
 * word of that frame, or -1. The forecast's "would" is not what the sentence tells.
 */
function forecastEnd(tokens: readonly Token[], at: number): number {
  const last = tokens.length - 1;
  if (last - at + 1 > MAX_FORECAST_WORDS) return -1;
  for (let k = at + 2; k <= at + 1 + FORECASTER_WORDS && k < last; k++) {
    const t = tokens[k] as Token;
    if (t.norm !== 'had') continue;
    return FORECAST.has(tokens[k + 1]?.norm ?? '') ? last : -1;
  }
  return -1;
}

/** The last word of a short comparison opened by "than" at `at`, or -1 ("than 2,000" is a figure). */
function comparisonEnd(tokens: readonly Token[], sentence: string, at: number): number {
  if (tokens[at + 1]?.value !== undefined) return -1;
  const last = tokens.length - 1;
  if (EARLIER.has(tokens[at + 1]?.norm ?? '') && at + 2 <= last) return at + 2;
  return breakWithin(tokens, sentence, at, MAX_COMPARISON_WORDS);
}

/** The last word before the first break (or the sentence's end) within `words` words after `at`, or -1. */
function breakWithin(
  tokens: readonly Token[],
  sentence: string,
  at: number,
  words: number,
): number {
  const last = tokens.length - 1;
  for (let k = at + 1; k <= at + words && k <= last; k++)
    if (k === last || breakBetween(sentence, tokens[k] as Token, tokens[k + 1] as Token)) return k;
  return -1;
}

/** A comma, semicolon, colon, dash or bracket between two words: where a frame opens or closes. */
function breakBetween(sentence: string, before: Token, after: Token): boolean {
  for (let i = before.end; i < after.start; i++) {
    const c = sentence.charCodeAt(i);
    if (c === 44 || c === 59 || c === 58 || c === 40 || c === 41 || c === 0x2014 || c === 0x2013)
      return true;
  }
  return false;
}

/** "last year's", "this spring's": a time of the calendar owning the noun after it. */
const RELATIVE_TIME = new Set(['last', 'this', 'next']);
const TIMES_OWNING = new Set(
  "year's month's week's spring's summer's autumn's fall's winter's".split(' '),
);

/**
 * "… were based there before last year's pull-out.": "after"/"before"/"following", a time of
 * the calendar owning one noun ("last year's", "this summer's"), closed by a break or the
 * sentence's end, is the time the clause is dated by, as "after the handover," is. The frame's
 * last token, or -1.
 */
function datedEventEnd(tokens: readonly Token[], sentence: string, at: number): number {
  if (!RELATIVE_TIME.has(tokens[at + 1]?.norm ?? '')) return -1;
  if (!TIMES_OWNING.has(tokens[at + 2]?.norm ?? '')) return -1;
  const end = at + 3;
  const noun = tokens[end];
  if (!noun || noun.value !== undefined) return -1;
  if (end === tokens.length - 1) return end;
  return breakBetween(sentence, noun, tokens[end + 1] as Token) ? end : -1;
}

/** Words that make what follows a known thing: "under the deal", "under their agreement". */
export const DEFINITE = new Set([
  'the',
  'their',
  'its',
  'this',
  'that',
  'these',
  'those',
  'our',
  'his',
  'her',
]);
/** Nouns of an arrangement someone works under. */
export const TERMS = new Set([
  'agreement',
  'agreements',
  'deal',
  'deals',
  'accord',
  'accords',
  'pact',
  'framework',
  'arrangement',
  'arrangements',
  'understanding',
  'terms',
]);
/** Nouns that hold another: "the framework of …", "the terms of …". */
const CONTAINERS = new Set(['framework', 'terms']);
const INDEFINITE = new Set(['a', 'an']);
/** Words between "under the" and its noun: "under their new bilateral agreement". */
const MAX_TERMS_GAP = 3;
/** Longest such frame, in words: it names the arrangement, whom it binds, when and what for. */
const MAX_TERMS_WORDS = 24;

/**
 * "… left under the agreement", "… met within their framework": a known arrangement ("the", "their")
 * that something happens under is taken for granted anywhere in the sentence, like a phrase;
 * "under a new deal" reports one, and "under the command of" names no arrangement.
 */
function termsFrame(tokens: readonly Token[], at: number): boolean {
  const word = tokens[at]?.norm;
  if (word !== 'under' && word !== 'within') return false;
  if (!DEFINITE.has(tokens[at + 1]?.norm ?? '')) return false;
  for (let k = at + 2; k <= at + 2 + MAX_TERMS_GAP && k < tokens.length; k++) {
    const noun = tokens[k]?.norm ?? '';
    if (!TERMS.has(noun)) continue;
    // "within the framework of a deal signed last year", "under the terms of an accord": the
    // deal itself is new, and reported.
    if (CONTAINERS.has(noun) && tokens[k + 1]?.norm === 'of')
      return !INDEFINITE.has(tokens[k + 2]?.norm ?? '');
    return true;
  }
  return false;
}

/** The last word of a known arrangement's frame opened at `at` (to the next break), or -1. */
function termsEnd(tokens: readonly Token[], sentence: string, at: number): number {
  return termsFrame(tokens, at) ? breakWithin(tokens, sentence, at, MAX_TERMS_WORDS) : -1;
}

/**
 * "The closure follows the 2023 agreement": a thing named by its year after "the", past the
 * sentence's opening subject, is one the reader knows, taken for granted as a frame's; the
 * sentence's news is elsewhere. Whether the
 * token at `at` is such a year, with the word it names right after it.
 */
function yearNamed(tokens: readonly Token[], sentence: string, at: number): boolean {
  const t = tokens[at] as Token;
  if (t.value === undefined || t.value < 1900 || t.value > 2100 || !/^\d{4}$/.test(t.raw))
    return false;
  // "The 2023 agreement was signed in May": the sentence's opening subject is its news.
  if (at < 2 || !DEFINITE.has(tokens[at - 1]?.norm ?? '')) return false;
  const next = tokens[at + 1];
  return next !== undefined && next.value === undefined && !breakBetween(sentence, t, next);
}

function openerLength(tokens: readonly Token[], at: number, kind: number): number {
  if ((kind & OPENER) !== 0) return 1;
  if ((kind & PHRASE_START) === 0) return 0;
  // "in" and "as" are common: the phrases are compared word by word, no callback per phrase.
  for (let p = 0; p < PHRASES.length; p++) {
    const phrase = PHRASES[p] as readonly string[];
    let i = 0;
    while (i < phrase.length && tokens[at + i]?.norm === phrase[i]) i++;
    if (i === phrase.length) return phrase.length;
  }
  return 0;
}

/**
 * Openers of a frame that tells an event ("…, after the crews began leaving the pier"): what it
 * reports happened, and is taken for granted only beside a claim the main clause asserts.
 */
const EVENT_OPENERS = new Set(['after', 'following', 'amid']);

/**
 * Whether what the frame names is stated when the main clause states nothing: an event it tells
 * (EVENT_OPENERS) or an arrangement it names as made (`settled`).
 */
export function toldAlone(frame: Frame): boolean {
  return frame.settled === true || tellsEvent(frame);
}

/** Whether the frame tells an event (EVENT_OPENERS). */
export function tellsEvent(frame: Frame): boolean {
  return EVENT_OPENERS.has(frame.opener.toLowerCase());
}

/** True when the token at `at` lies in one of the frames. */
export function isFramed(at: number, frames: readonly Frame[]): boolean {
  for (const f of frames) if (at >= f.from && at <= f.to) return true;
  return false;
}
