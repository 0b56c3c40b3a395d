/**
 * Splits article text into sentences, keeping offsets into the original string.
 * Blank lines (block boundaries from page/article.ts) always end a sentence, and a list bullet
 * starts one; inside a block a sentence ends at . ! ? (or their Arabic-script and CJK counterparts), plus closing
 * quotes/brackets, followed by a capitalised start or a letter of a script without case (an English quote inside an
 * Arabic paragraph is a sentence of its own), unless the dot belongs to an abbreviation such
 * as "U.S." or "Gen.".
 */

import { hasProperty, isSpace, LETTER, NUMBER, OTHER_LETTER, UPPER } from './char-class';
import { MONTH_NAMES } from './month-names';

export type Span = { start: number; end: number };

/** Lower-cased abbreviations (without their final dot) that do not end a sentence. */
const ABBREVIATIONS = new Set([
  'u.s',
  'u.k',
  'u.n',
  'e.u',
  'gen',
  'lt',
  'col',
  'maj',
  'capt',
  'cpt',
  'sgt',
  // The other ranks the press abbreviates before a name ("Spc. Lee", "Pfc. Ortiz").
  'spc',
  'pfc',
  'pvt',
  'cpl',
  'cdr',
  'adm',
  'brig',
  'cmdr',
  'dr',
  'mr',
  'mrs',
  'ms',
  'prof',
  'sen',
  'rep',
  'gov',
  'pres',
  'st',
  'jr',
  'sr',
  'no',
  'vs',
  'etc',
  'approx',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
  'a.m',
  'p.m',
  'i.e',
  'e.g',
]);

const CLOSERS = new Set(['"', "'", '”', '’', ')', ']', '»']);
const OPENERS = /["'“‘([«]/;

/**
 * Sentence-ending marks: Latin, the Arabic question mark (؟) and full stop (۔), and the CJK full
 * stop and full-width ! and ? (an English sentence quoted in Japanese or Chinese text).
 */
const END_MARKS = '.!?\u061f\u06d4\u3002\uff01\uff1f';

function isEnd(ch: string | undefined): boolean {
  return ch !== undefined && ch.length === 1 && END_MARKS.includes(ch);
}

/** A letter or a full stop ("U.S."), ASCII read from the code. */
function isLetterOrDot(code: number): boolean {
  return code === 46 || hasProperty(code, LETTER);
}

/** A capital, a letter of a script without case or a digit: what a new sentence starts with. */
function startsWithCapital(code: number): boolean {
  return hasProperty(code, UPPER) || hasProperty(code, OTHER_LETTER) || hasProperty(code, NUMBER);
}

/**
 * List bullets. A page that flattens a list ("• The ferry left. • The pier closed.") leaves its
 * items in one block: each bullet after a space starts a sentence, whether or not the item
 * before it ended with a full stop.
 */
const BULLETS = '\u2022\u25e6\u25aa\u2023\u25cf\u25a0\u25ba\u25b8';

/** Where a sentence may end: a line break (a blank line ends one), an end mark or a bullet. */
const BREAK_OR_END = new RegExp(`[\n${END_MARKS}${BULLETS}]`, 'g');

export function segmentSentences(text: string): Span[] {
  const spans: Span[] = [];
  let start = 0;
  const push = (end: number) => {
    let s = start;
    let e = end;
    while (s < e && isSpace(text.charCodeAt(s))) s++;
    while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
    if (e > s) spans.push({ start: s, end: e });
  };

  // Only a line break or an end mark can end a sentence: the search jumps from one to the next
  // (in the regular expression engine's compiled code) rather than visiting every character.
  let i = 0;
  while (i < text.length) {
    BREAK_OR_END.lastIndex = i;
    if (!BREAK_OR_END.test(text)) break;
    i = BREAK_OR_END.lastIndex - 1;
    const ch = text[i] as string;
    if (BULLETS.includes(ch)) {
      if (i > start && isSpace(text.charCodeAt(i - 1))) {
        push(i);
        start = i;
      }
      i++;
      continue;
    }
    if (ch === '\n') {
      if (/\n[ \t]*\n/y.test(text.slice(i, i + 64))) {
        push(i);
        while (i < text.length && isSpace(text.charCodeAt(i))) i++;
        start = i;
      } else i++;
      continue;
    }
    let j = i + 1;
    while (j < text.length && isEnd(text[j])) j++;
    while (j < text.length && CLOSERS.has(text[j] as string)) j++;
    // CJK text puts no space after its full stop; other scripts do ("3.5", "e.g.x" are no end).
    const fullWidth = ch === '\u3002' || ch === '\uff01' || ch === '\uff1f';
    if (j < text.length && !fullWidth && !isSpace(text.charCodeAt(j))) {
      i = j;
      continue;
    }
    let k = j;
    while (k < text.length && /[ \t\u00a0]/.test(text[k] as string)) k++;
    const next = text[k];
    const startsSentence =
      next === undefined ||
      next === '\n' ||
      startsWithCapital(next.charCodeAt(0)) ||
      OPENERS.test(next) ||
      PAGE_LINE.test(text.slice(k, k + 8)) ||
      STARRED_LINE.test(text.slice(k, k + 2));
    if (
      startsSentence &&
      !(ch === '.' && (isAbbreviation(text, i) || isEntryLabel(text.slice(start, j))))
    ) {
      push(j);
      start = j;
    }
    i = j;
  }
  push(text.length);
  return spans;
}

/**
 * "* Formed: 1998. * Members: 12.": a plain-text list (a wire story's fact box) marks its lines with
 * an asterisk and a space; after a full stop the asterisk opens the next line, whose first word
 * may be in lower case. A footnote's star sits against its word ("2,500.*") and opens nothing.
 */
const STARRED_LINE = /^\*\s/;

/**
 * "p. 47, line 12: …", "pp. 80–81: …": a page reference after a full stop opens a line of its own
 * (an errata slip's or an index's lines run on in one block), though it starts in lower case.
 */
const PAGE_LINE = /^pp?\.\s*\d/;

/** "(Haddad 2025, p. 211)", "pp. 80–81": the page's abbreviation goes on with its number. */
const PAGE_ABBREVIATION = /^pp?$/;

/**
 * "2014 (September). The works begin …", "2026 (17 January). …": a chronology's entry headed by its
 * year, then the month (with its day) in brackets. The heading is no sentence of its own: it dates
 * what follows, as "March 2019: …" does.
 */
const ENTRY_LABEL = new RegExp(`^\\s*\\d{4} \\((?:\\d{1,2} )?(?:${MONTH_NAMES.join('|')})\\)\\.$`);

function isEntryLabel(sentence: string): boolean {
  return sentence.length < 24 && ENTRY_LABEL.test(sentence);
}

/** Abbreviations of a country or a union: a title ("Gen.", "Dr.") goes on with a name. */
const PLACE_ABBREVIATIONS = new Set(['u.s', 'u.k', 'u.n', 'e.u']);

/** Capitalised words that go on a name begun by an abbreviation ("the U.K. Embassy said"). */
const NAME_GOES_ON = new Set(
  'Embassy Army Navy Air Marine Marines Military Government Administration Department Ministry Ambassador President Envoy Mission Command Forces Treasury Congress Senate House Office Council Agency Consulate Coast Secretary Spokesman Spokeswoman Official Officials'.split(
    ' ',
  ),
);

/**
 * "… with the U.K. Harlow said on Monday": after an abbreviation, one capitalised word and a verb
 * of saying start a sentence of their own, unless the word goes on the abbreviation's name.
 */
function speakerStarts(after: string): boolean {
  const m = /^\s+([A-Z][\p{L}'’-]+)\s+(said|says|told|added)\b/u.exec(after);
  return m !== null && !NAME_GOES_ON.has(m[1] as string);
}

/** True when the dot at `dot` closes an abbreviation or an initial ("J. Smith"). */
function isAbbreviation(text: string, dot: number): boolean {
  let s = dot;
  while (s > 0 && isLetterOrDot(text.charCodeAt(s - 1))) s--;
  const word = text.slice(s, dot).toLowerCase();
  if (word.length === 0) return false;
  // "U.S." or a letter ends a sentence when the next word is a capitalised function word ("… the
  // U.S. The …", "… wrote on X. He …"): no name goes on so.
  const rest = text.slice(dot + 1, dot + 12);
  // "No." abbreviates a number only before one ("No. 10", "no. 3"): "… they said no. Then …" ends.
  if (word === 'no') return /^\s*(\d|#)/.test(rest);
  if (PAGE_ABBREVIATION.test(word)) return /^\s*\d/.test(rest);
  if (ABBREVIATIONS.has(word))
    return (
      !/^\s+(The|This|That|It|He|She|They|We|But|In|On|A)\b/.test(rest) &&
      !(PLACE_ABBREVIATIONS.has(word) && speakerStarts(text.slice(dot + 1, dot + 40)))
    );
  // The letters before the dot are read one code unit at a time, so an initial is one ("J. A.
  // Smith": "A" may be another initial).
  return (
    dot - s === 1 &&
    hasProperty(text.charCodeAt(s), UPPER) &&
    !/^\s+(The|This|That|It|He|She|They|We|But|In|On)\b/.test(rest)
  );
}
