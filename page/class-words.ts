/**
 * The words of an element's class and id ("share-bar", "contentWithSidebar" → share, bar,
 * content, with, sidebar), and whether they hold one of a list's. A character loop rather than
 * a regular expression: a scan is always a page's first, and compiling a long alternation of
 * words for its first test cost more than the whole of a short page's scoring.
 *
 * A word ends at whitespace (what `\s` matches), `_` or `-`, and between a lower-case and an
 * upper-case ASCII letter; words are compared in ASCII lower case, so "Sidebar" and "SIDEBAR"
 * are "sidebar", while a word with any other letter matches no list (the lists are ASCII).
 */
import { isSpace } from '../engine/char-class';

/** Words to find: whole words, and stems that any run of letters and digits may follow. */
export type WordList = { words: ReadonlySet<string>; stems: readonly string[] };

/** A list from its words, a stem written with a trailing `*` ("promo*": promo, promos, promotion). */
export function wordList(...words: string[]): WordList {
  return {
    words: new Set(words.filter((w) => !w.endsWith('*'))),
    stems: words.filter((w) => w.endsWith('*')).map((w) => w.slice(0, -1)),
  };
}

/** The lower-cased ASCII words of `el`'s class and id; none when it has neither. */
export function nameWords(el: Element): string[] {
  if (!el.hasAttributes()) return [];
  const names = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
  return names.length < 2 ? [] : splitWords(names);
}

/**
 * The words of a custom element's tag ('tw-promo' → tw, promo): a web component names what it
 * is by its tag, as a `<div>` does by its class. None for a standard element.
 */
export function customTagWords(el: Element): string[] {
  const tag = el.localName;
  return tag.includes('-') ? splitWords(tag) : [];
}

/**
 * The data attributes sites name their blocks with where classes are hashed ("wpds-c-gEpxJt",
 * "sc-18fde0d6-0"): `data-qa="author-bio"`, `data-testid="related-topics"`,
 * `data-component="most-popular"`, `data-module`, and `data-role`, by which a forum's scripts
 * find a post's parts where its classes only say how they look (Invision's
 * `data-role="memberSignature"` on a `div.ipsResponsive_hidePhone`).
 */
const DATA_NAMES = ['data-qa', 'data-testid', 'data-component', 'data-module', 'data-role'];

/** The lower-cased ASCII words of `el`'s naming data attributes (DATA_NAMES); none without. */
export function dataNameWords(el: Element): string[] {
  let names = '';
  for (const name of DATA_NAMES) {
    const value = el.getAttribute(name);
    if (value) names += ` ${value}`;
  }
  return names.length < 2 ? [] : splitWords(names);
}

/**
 * Whether one of `words` is in `list`. Indexed loops: asked of every named block of a page's
 * first scan, where for…of would call the array iterator per word before V8 optimises it.
 */
export function hasWord(words: readonly string[], list: WordList): boolean {
  for (let i = 0; i < words.length; i++) if (isListed(words[i] as string, list)) return true;
  return false;
}

/**
 * Whether `words[i]` is denied by the word before it: a class word naming what the block is
 * not (Weebly's content wrapper 'wsite-not-footer', a layout's 'no-sidebar', 'without-ads').
 */
export function isDenied(words: readonly string[], i: number): boolean {
  return i > 0 && NEGATION.has(words[i - 1] as string);
}

/** Class words denying the word after them. */
const NEGATION = new Set(['not', 'no', 'non', 'without']);

/** Whether one of `words` is in `list` and not denied by the word before it (isDenied). */
export function hasUndeniedWord(words: readonly string[], list: WordList): boolean {
  for (let i = 0; i < words.length; i++)
    if (isListed(words[i] as string, list) && !isDenied(words, i)) return true;
  return false;
}

/** Whether `word` is in `list`: one of its words, or a stem followed by letters and digits. */
export function isListed(word: string, list: WordList): boolean {
  if (list.words.has(word)) return true;
  const { stems } = list;
  for (let i = 0; i < stems.length; i++) {
    const stem = stems[i] as string;
    if (word.startsWith(stem) && isAlphanumeric(word, stem.length)) return true;
  }
  return false;
}

function splitWords(names: string): string[] {
  const out: string[] = [];
  let start = 0;
  let ascii = true;
  let previous = 0;
  for (let i = 0; i <= names.length; i++) {
    const c = i < names.length ? names.charCodeAt(i) : 32;
    const camel = previous >= 97 && previous <= 122 && c >= 65 && c <= 90;
    if (isSeparator(c) || camel) {
      if (i > start && ascii) out.push(names.slice(start, i).toLowerCase());
      start = camel ? i : i + 1;
      ascii = true;
    } else if (c > 127) ascii = false;
    previous = c;
  }
  return out;
}

/** `\s` (the ECMAScript white space and line terminators), `_` and `-`. */
function isSeparator(c: number): boolean {
  return c === 95 || c === 45 || isSpace(c);
}

/** Whether `word` from `from` on is ASCII letters and digits only (what `\w` leaves after a stem). */
function isAlphanumeric(word: string, from: number): boolean {
  for (let i = from; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (!((c >= 48 && c <= 57) || (c >= 97 && c <= 122))) return false;
  }
  return true;
}
