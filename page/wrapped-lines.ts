/**
 * Text laid out line by line, each line a block of its own: a PDF converted to HTML (pdf2htmlEX
 * writes every line of a page as a positioned `<div class="t …">`) breaks its sentences where
 * the page's lines broke, and a reader reads the lines as one paragraph. A line that runs on into
 * the next is joined to it with a space, not set apart as a paragraph of its own, or no sentence
 * longer than a line would ever be read whole.
 *
 * Judged by what the lines hold: blocks of one kind side by side, each a line's length of bare
 * text, the first not ending a sentence but visibly running on (a comma or a word such as
 * "the" at its end, the next in lower case, or the line full: broken because the next word did
 * not fit). A paragraph written as a `<div>` is longer than a line; a heading, a label or a
 * page number is shorter; a list of facts, one to a line, begins each with a capital and ends
 * short of the measure; a block that ends a sentence ends a line.
 */

import { lazyPattern } from './lazy-pattern';

/** A line of a page holds at most this much text; a paragraph is longer. */
const MAX_LINE_CHARS = 120;

/** A line that runs on holds at least this much: a heading, a label or a page number is shorter. */
const MIN_RUN_ON_CHARS = 40;

/** Lines come many to a block: a page of them, not two blocks that happen to share a class. */
const MIN_LINES = 4;

/** How a sentence (or a heading's colon) ends, closing quotes and brackets after it. */
const ENDS_SENTENCE = /[.!?:;…]["'”’)\]]*$/;

/**
 * Whether the block `el` goes on with the line before it: its previous sibling is a line of
 * the same kind (tag and first class) that does not end a sentence, among MIN_LINES or more
 * children of their parent. A few property reads for any block whose previous sibling is of
 * another kind; the two lines' text is read only when it is of the same kind.
 */
export function continuesLine(el: Element): boolean {
  if (isLineAmongLines(el) === null) return false;
  const prev = el.previousElementSibling as Element;
  if (prev.firstElementChild?.firstElementChild) return false;
  const before = (prev.textContent ?? '').trim();
  if (before.length < MIN_RUN_ON_CHARS || before.length > MAX_LINE_CHARS) return false;
  if (ENDS_SENTENCE.test(before)) return false;
  const own = (el.textContent ?? '').trim();
  if (own.length === 0 || own.length > MAX_LINE_CHARS) return false;
  if (!runsOn(prev, before, own, linePages.get(el.parentElement as Element) ?? null)) return false;
  return isInline(prev) && isInline(el) && !setApart(prev, el);
}

/**
 * Whether two lines are set in different type (another font or size): a title or a subhead
 * set larger or bolder above the prose is a line of its own, however long, and no sentence
 * runs on from it into the body's first line. pdf2htmlEX names a line's font and size in its
 * classes (`ff1 fs0`), a PDF viewer's text layer in the line's own style.
 */
function setApart(a: Element, b: Element): boolean {
  const x = typeOf(a);
  const y = typeOf(b);
  return x !== '' && y !== '' && x !== y;
}

/** A line's font and size as its classes (pdf2htmlEX's `ff…`, `fs…`) and style name them, or "". */
function typeOf(el: Element): string {
  let type = '';
  for (const name of (el.getAttribute('class') ?? '').split(/\s+/))
    if (FONT_CLASS.test(name)) type += `${name} `;
  const style = el.getAttribute('style') ?? '';
  if (style !== '') for (const m of style.matchAll(FONT_STYLE)) type += `${m[1]}:${m[2]} `;
  return type;
}

const FONT_CLASS = /^f[fs][0-9a-f]+$/;

const FONT_STYLE = /(font-(?:family|size))\s*:\s*([^;]+)/gi;

/**
 * Whether a line (`line`, its text trimmed `before`) visibly runs on into the next (`after`):
 * it ends on a comma or a word no sentence ends on, or the next begins in lower case, or the
 * line's own text ends in a space, as a word processor's PDF writes every line that goes on
 * (the space between its last word and the next line's first). A list of facts, one to a line,
 * begins each with a capital and ends each without a space.
 */
function runsOn(line: Element, before: string, after: string, page: LinePage | null): boolean {
  return (
    RUNS_ON().test(before) ||
    /^[a-z]/.test(after) ||
    endsInSpace(line) ||
    fillsLine(before, after, page)
  );
}

/**
 * Whether a line was broken because the next word did not fit: the line and the next line's
 * first word together reach nearly the longest line of its page, a page of prose (its lines
 * end sentences somewhere). A sentence wrapping before a name ("… the capital of the
 * Kurdistan" / "Region, until …") ends its line so; a heading, a title or a label ends short
 * of the measure, where the next line's first word would still have fitted; and a list of
 * facts typed one to a line, with no full stop, is no page of prose.
 */
function fillsLine(before: string, after: string, page: LinePage | null): boolean {
  if (!page?.prose) return false;
  const word = after.search(/\s/);
  const next = word < 0 ? after.length : word;
  return before.length + 1 + next >= page.longest * FULL_LINE_SHARE;
}

/** A page of lines: its longest line's length, and whether its lines end sentences (prose). */
type LinePage = { longest: number; prose: boolean };

/** A sentence ends in a line: a full stop, a question or an exclamation, then a space or the end. */
const SENTENCE_END = /[.!?]["'”’)\]]*(?:\s|$)/;

/** Adds a line's text to what is known of its page. */
function measure(page: LinePage, text: string): void {
  page.longest = Math.max(page.longest, text.length);
  if (!page.prose && SENTENCE_END.test(text)) page.prose = true;
}

/**
 * A line and the next one's first word reaching this share of the longest line fill it: lines
 * set in a proportional font hold fewer characters when their letters are wide.
 */
const FULL_LINE_SHARE = 0.85;

/** Whether the text of `el` ends in white space (its last Text node's). */
function endsInSpace(el: Element): boolean {
  let node: Node | null = el.lastChild;
  while (node && node.nodeType === 1) node = node.lastChild;
  return !!node && node.nodeType === 3 && /\s$/.test((node as Text).data);
}

/**
 * Whether the `<br>` `br` ends a line that runs on into the next, in a page of lines set as
 * inline runs (a PDF viewer's text layer: a positioned `<span>` per line, a `<br>` after
 * each): the line before it and the one after are runs of one kind among MIN_LINES or more,
 * nearly all of a line's length, and the sentence visibly goes on (runsOn). In prose, a `<br>`
 * between two runs of text breaks a line that a writer chose to end.
 */
export function breakContinuesLine(br: Element): boolean {
  const prev = br.previousElementSibling;
  const next = br.nextElementSibling;
  const parent = br.parentElement;
  if (!prev || !next || !parent || br.previousSibling !== prev || br.nextSibling !== next)
    return false;
  if (prev.localName !== 'span' || next.localName !== 'span') return false;
  if (!isRunLines(parent)) return false;
  const before = (prev.textContent ?? '').trim();
  if (before.length < MIN_RUN_ON_CHARS || before.length > MAX_LINE_CHARS) return false;
  if (ENDS_SENTENCE.test(before)) return false;
  const own = (next.textContent ?? '').trim();
  if (own.length === 0 || own.length > MAX_LINE_CHARS) return false;
  return (
    runsOn(prev, before, own, runLinePages.get(parent) ?? null) &&
    isInline(prev) &&
    isInline(next) &&
    !setApart(prev, next)
  );
}

/** Per parent of `<span>` lines split by `<br>`s, asked once: their page, or null when they are none. */
const runLinePages = new WeakMap<Element, LinePage | null>();

/**
 * Whether `parent` holds a page of lines as inline runs: MIN_LINES or more `<span>`s each
 * followed by a `<br>`, nearly all of a line's length, and nothing else but white space.
 */
function isRunLines(parent: Element): boolean {
  let known = runLinePages.get(parent);
  if (known === undefined) {
    let spans = 0;
    let lines = 0;
    const page: LinePage = { longest: 0, prose: false };
    let only = true;
    for (let node = parent.firstChild; node && only; node = node.nextSibling) {
      if (node.nodeType === 3) only = (node as Text).data.trim() === '';
      else if (node.nodeType === 1) {
        const tag = (node as Element).localName;
        if (tag === 'span') {
          spans++;
          const text = ((node as Element).textContent ?? '').trim();
          if (text.length <= MAX_LINE_CHARS) {
            lines++;
            measure(page, text);
          }
        } else only = tag === 'br' || tag === 'div';
      }
    }
    known = only && lines >= MIN_LINES && lines >= spans * LINE_SHARE ? page : null;
    runLinePages.set(parent, known);
  }
  return known !== null;
}

/** How a line whose sentence goes on ends: a comma, or a word that never ends a sentence. */
const RUNS_ON = lazyPattern(
  () =>
    /(?:,|\b(?:the|a|an|of|in|on|at|to|by|for|from|with|into|about|and|or|but|nor|that|which|who|whose|as|than|its|their|his|her|our|is|are|was|were|be|been|has|have|had|will|would|could|should|not))$/i,
);

/**
 * The label of a section of lines that is not the article's prose: who wrote it, what it
 * cites. In a page of lines, a section has no block of its own to be judged by; its label is
 * the nearest short line before it.
 */
const AWAY_LABEL = lazyPattern(
  () =>
    /^(?:about the (?:authors?|writers?|contributors?)|further reading|references|bibliography|sources|see also|external links|endnotes|notes|(?:recent|other|more|related|previous|latest)(?: [a-z]+)? (?:publications|papers|reports|briefs|notes|titles|reading))$/i,
);

/** Whether a short heading's text labels a section as not the article's prose (AWAY_LABEL). */
export function isAwayLabel(text: string): boolean {
  return AWAY_LABEL().test(text);
}

/** How far back a line looks for its section's label. */
const MAX_SECTION_LINES = 16;

/**
 * Whether the line `el` sits in a section labelled as furniture ("About the authors",
 * "Further reading"): among lines of one kind (as continuesLine reads them), the nearest short
 * line before it (a heading, a label, a page number) is such a label. Two property reads for
 * a block that is not a line among others.
 */
export function isLabelledAway(el: Element): boolean {
  const runs = el.localName === 'span' && !!el.parentElement && isRunLines(el.parentElement);
  const kind = runs ? '' : isLineAmongLines(el);
  if (kind === null) return false;
  const tag = runs ? 'span' : 'div';
  let prev = el.previousElementSibling;
  for (let i = 0; prev && i < MAX_SECTION_LINES; i++, prev = prev.previousElementSibling) {
    // A text layer's lines are split by `<br>`s.
    if (runs && prev.localName === 'br') {
      i--;
      continue;
    }
    if (prev.localName !== tag || firstClass(prev) !== kind) return false;
    const text = (prev.textContent ?? '').trim();
    if (text.length >= MIN_RUN_ON_CHARS) continue;
    return AWAY_LABEL().test(text);
  }
  return false;
}

/** `el`'s kind (its first class) when it is a `<div>` line beside one of its kind, else null. */
function isLineAmongLines(el: Element): string | null {
  const prev = el.previousElementSibling;
  const parent = el.parentElement;
  if (!prev || !parent || el.localName !== 'div' || prev.localName !== 'div') return null;
  const kind = firstClass(el);
  if (kind === '' || firstClass(prev) !== kind) return null;
  if (parent.childElementCount < MIN_LINES) return null;
  if (el.firstElementChild?.firstElementChild) return null;
  let page = linePages.get(parent);
  if (page === undefined) {
    page = pageOfLines(parent, kind);
    linePages.set(parent, page);
  }
  return page ? kind : null;
}

/** Per parent of blocks of one kind, asked once: their page, or null when they are none. */
const linePages = new WeakMap<Element, LinePage | null>();

/** Of a page's lines, this share at least is a line's length (a heading or a short last line less). */
const LINE_SHARE = 0.8;

/**
 * `parent`'s blocks of `kind` as a page of lines (MIN_LINES or more, nearly all of a line's
 * length), or null. Paragraphs written as `<div>`s of one class are mostly longer than a line.
 */
function pageOfLines(parent: Element, kind: string): LinePage | null {
  let blocks = 0;
  let lines = 0;
  const page: LinePage = { longest: 0, prose: false };
  for (let kid = parent.firstElementChild; kid; kid = kid.nextElementSibling) {
    if (kid.localName !== 'div' || firstClass(kid) !== kind) continue;
    blocks++;
    const text = (kid.textContent ?? '').trim();
    if (text.length <= MAX_LINE_CHARS) {
      lines++;
      measure(page, text);
    }
  }
  return lines >= MIN_LINES && lines >= blocks * LINE_SHARE ? page : null;
}

/** The first word of an element's class ("t" of "t m0 x1 h3 y4"), or "". */
function firstClass(el: Element): string {
  const names = (el.getAttribute('class') ?? '').trim();
  const space = names.search(/\s/);
  return space < 0 ? names : names.slice(0, space);
}

/** Whether `el` holds text and inline elements only (a line's spans for its word gaps). */
function isInline(el: Element): boolean {
  for (let kid = el.firstElementChild; kid; kid = kid.nextElementSibling)
    if (!INLINE.has(kid.localName)) return false;
  return true;
}

const INLINE = new Set('span a em strong b i u small sup sub font'.split(' '));
