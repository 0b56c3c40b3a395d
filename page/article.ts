/**
 * Reads a news page as the engine needs it: one plain string of the article's prose, plus a map
 * from every character of that string back to the Text node it came from (see page/ranges.ts).
 *
 * Standard DOM only (no innerText, no layout, no TreeWalker), so the browser, happy-dom and the
 * CLI's linkedom produce the same text and the same offsets. The walk is iterative because a
 * hostile page can nest elements deeper than the JS stack.
 */

import { type ArticlePlace, findArticleRootSteps } from './find-article-root';
import { isFormBox } from './form-box';
import {
  type ArticleChars,
  isBlockLinkCard,
  isDivSignOffBio,
  isFurnitureBlock,
  isFurnitureTag,
  isNamedFurniture,
  isPlayerCaption,
  isPrintEditionLine,
  isSignOffBio,
  isUnderAboutLabel,
} from './furniture';
import { laterPagePosts, mayBeLaterTopicPage } from './later-page';
import { lazyPattern } from './lazy-pattern';
import { leadCaptions } from './lead-caption';
import { opensOnRequest } from './opens-on-request';
import { shadowRootOf } from './shadow-text';
import { breakContinuesLine, continuesLine, isLabelledAway } from './wrapped-lines';

/** A run of `text` whose characters map one-to-one onto `node.data` from `offset` on. */
export type TextSegment = {
  /** First character in the extracted text. */
  start: number;
  /** One past the last character in the extracted text. */
  end: number;
  node: Text;
  /** Position in `node.data` of the character at `start`. */
  offset: number;
};

export type Article = {
  /** Article prose: blocks separated by "\n\n", whitespace collapsed to single spaces. */
  text: string;
  /** Sorted, non-overlapping; the "\n\n" between blocks belongs to no segment. */
  segments: TextSegment[];
  /** The open shadow roots read (a document's mutation observer does not see into them). */
  shadowRoots: ShadowRoot[];
};

export type ExtractOptions = {
  /** Stop reading after this many characters (a pathological page must not stall the tab). */
  maxChars?: number;
  /** false: leave the headline and headings out, so only the prose is read (default true). */
  headlines?: boolean;
};

const HEADING = /^h[1-6]$/;

const SKIPPED_TAGS = new Set(
  (
    'nav aside footer form script style noscript template svg math iframe frame object embed ' +
    'canvas video audio picture img input textarea select option button dialog menu head link ' +
    'meta title'
  ).split(' '),
);

const SKIPPED_ROLES = new Set(
  (
    'navigation menu menubar banner complementary contentinfo search dialog alertdialog alert ' +
    'toolbar ' +
    'tablist'
  ).split(' '),
);

/** Tags that end a sentence run: the engine must not glue a headline to the first paragraph. */
const BLOCK_TAGS = new Set(
  (
    'address article aside blockquote br caption center dd details div dl dt fieldset ' +
    'figcaption figure footer h1 h2 h3 h4 h5 h6 header hgroup hr legend li main ol p pre ' +
    'section summary table tbody td tfoot th thead tr ul'
  ).split(' '),
);

const SPACE = 0;
const INVISIBLE = 1;
const TEXT = 2;

/**
 * What only the character-by-character path handles: whitespace other than a lone space, NBSP,
 * and the invisible characters of charKind(). Most text nodes of an article have none of it.
 */
const NEEDS_CARE = /[\t\n\f\r\u00a0\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2069\u061c\ufeff]| {2}/;

/**
 * Whitespace HTML collapses; NBSP is not one of them (it is text) but is read as a space.
 * Invisible: soft hyphens, zero-width characters, and the bidi marks and isolates RTL pages put
 * around embedded English ("\u200fIraq" must still read as "Iraq").
 */
function charKind(c: number): number {
  if (c === 32 || c === 9 || c === 10 || c === 13 || c === 12) return SPACE;
  if (
    c === 0xad ||
    (c >= 0x200b && c <= 0x200f) ||
    (c >= 0x202a && c <= 0x202e) ||
    (c >= 0x2060 && c <= 0x2069) ||
    c === 0x61c ||
    c === 0xfeff
  )
    return INVISIBLE;
  return TEXT;
}

/** The article's text and its offset map. Never throws on odd markup; returns "" at worst. */
export function extractArticle(doc: Document, options: ExtractOptions = {}): Article {
  const steps = extractArticleSteps(doc, options);
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}

/** Nodes visited between two yields of extractArticleSteps(). */
const NODES_PER_STEP = 64;

/**
 * extractArticle() in steps: yields every few hundred nodes, so a caller on the page's main
 * thread can hand control back to the page on a very long document.
 */
export function* extractArticleSteps(
  doc: Document,
  options: ExtractOptions = {},
): Generator<void, Article, void> {
  const out = new TextBuilder(options.maxChars ?? 2_000_000);
  const place = yield* findArticleRootSteps(doc);
  if (!place) return out.finish();
  const { root } = place;
  // An article found inside a shadow root: the walk starts below it, so it would not be listed
  // by composedChildren(), and the watcher must observe it (and any it is nested in).
  for (let r = shadowRootOf(root); r; r = shadowRootOf(r.host)) out.shadowRoots.push(r);
  const headings = options.headlines ?? true;
  const headline = headings ? doc.querySelector('h1') : null;
  if (headline && !(root.contains(headline) && !isSkippedWithin(headline, root))) {
    if (!isSkippedWithin(headline, doc.documentElement, root)) {
      yield* walk({ root: headline, atLeast: 0, teasers: NO_TEASERS }, out, true);
      out.breakBlock();
    }
    // The lead picture's caption between the headline and the body's block (lead-caption.ts).
    if (!root.contains(headline))
      for (const caption of leadCaptions(root, headline, isSkipped)) {
        yield* walk({ root: caption, atLeast: 0, teasers: NO_TEASERS }, out, true);
        out.breakBlock();
      }
  }
  yield* walk(place, out, headings);
  return out.finish();
}

/**
 * Page furniture by tag, role or name, hidden or editable content: nothing inside is the
 * article's prose (outside the article root; inside it, isSkippedIn() decides).
 */
export function isSkipped(el: Element): boolean {
  return isHiddenOrAside(el) || isNamedFurniture(el);
}

/** Not prose whatever it holds: a tag or role of furniture, hidden, or editable. */
function isHiddenOrAside(el: Element): boolean {
  const tag = el.localName?.toLowerCase() ?? '';
  if (SKIPPED_TAGS.has(tag)) return true;
  // Most of an article's elements (<p>, <em>, many links) carry no attribute at all.
  return el.hasAttributes() && isHiddenByAttribute(el);
}

/** Hidden, editable, or given a furniture role by its attributes. */
function isHiddenByAttribute(el: Element): boolean {
  // Most elements with attributes carry a class, an id or an href only: told by one call for
  // their names, not the seven attribute reads below.
  if (!hasAttributeOf(el, HIDING_ATTRIBUTES)) return false;
  const hidden = el.getAttribute('hidden');
  // `hidden=until-found` folds a section the way a closed <details> does: find-in-page and a
  // click open it, so the reader reads it.
  if (hidden !== null && hidden.toLowerCase() !== 'until-found') return !opensOnRequest(el);
  if (el.getAttribute('aria-hidden') === 'true') return true;
  const editable = el.getAttribute('contenteditable');
  if (editable !== null && editable.toLowerCase() !== 'false') return true;
  const role = el.getAttribute('role');
  if (role && SKIPPED_ROLES.has(role.toLowerCase())) return true;
  if (isMarkedComment(el)) return true;
  const style = el.getAttribute('style');
  return (
    !!style && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style) && !opensOnRequest(el)
  );
}

/**
 * A reader's comment as the page marks it for machines: schema.org microdata (`itemprop=comment`,
 * an `itemtype` of Comment), as forums (a Discourse topic's replies) and blog themes print
 * them. The mark says what the block is, whatever its length or class: replies to a short
 * opening post hold more text than it.
 */
function isMarkedComment(el: Element): boolean {
  const prop = el.getAttribute('itemprop');
  const type = el.getAttribute('itemtype');
  const marked =
    (!!prop && /(?:^|\s)comment(?:$|\s)/i.test(prop)) ||
    (!!type && /[/#](?:Comment|UserComments)$/.test(type.trim()));
  // On a later page of a topic every post is a reply, and the replies are the page's text
  // (later-page.ts), however the forum marks them (WoltLab: itemtype Comment).
  return marked && !inLaterPagePosts(el);
}

/** Whether `el` is one of the posts of a later page of a topic, or inside one. */
function inLaterPagePosts(el: Element): boolean {
  const doc = el.ownerDocument;
  if (!mayBeLaterTopicPage(doc)) return false;
  return !!laterPagePosts(doc)?.contains(el);
}

/**
 * How deep below the root blocks are judged by content. Each judgement reads the block's text,
 * so on a hostile page of 20,000 nested <div>s judging every level would be quadratic; real
 * articles nest their furniture a few levels down.
 */
const MAX_JUDGED_DEPTH = 24;

/**
 * Inside the article root: hidden or aside, or furniture by what it holds; a name alone does
 * not skip a block holding half the article (a "share-container" wrapping the body).
 */
function isSkippedIn(
  el: Element,
  tag: string,
  rootChars: ArticleChars,
  depth: number,
  labelled: Map<Node, boolean>,
): boolean {
  // A form wrapping a page of posts for a forum's moderators is read; a sign-up box is not.
  if (SKIPPED_TAGS.has(tag)) return tag !== 'form' || isFormBox(el);
  if (
    tag === 'p' &&
    (isSignOffBio(el) ||
      isPrintEditionLine(el) ||
      isUnderAboutLabel(el, labelled) ||
      isPlayerCaption(el))
  )
    return true;
  // A line of a page laid out in lines, under "About the authors" or "Further reading" (a
  // PDF's lines as `<div>`s, or as `<span>`s split by `<br>`s in a viewer's text layer).
  if (tag === 'div' && (isLabelledAway(el) || isDivSignOffBio(el))) return true;
  if (tag === 'span' && el.previousElementSibling?.localName === 'br' && isLabelledAway(el))
    return true;
  // Another story's card drawn as one link holding its lines (a link in prose holds words),
  // or as a custom element that is its own link (`<story-card href="/world/…">`, its script
  // going there on a click; no `<a>` at all).
  if (
    (tag === 'a' || (tag.includes('-') && el.hasAttribute('href'))) &&
    el.firstElementChild !== null &&
    isBlockLinkCard(el)
  )
    return true;
  // The common case, read at the cost of two property reads: a <p>, <em> or <a> with nothing
  // that could make it furniture.
  const attributed = el.hasAttributes();
  const container = isFurnitureTag(tag);
  if (!attributed) return depth <= MAX_JUDGED_DEPTH && container && isFurnitureBlock(el, rootChars);
  if (tag === 'a' && isNoteReference(el)) return true;
  // An inline element whose attributes neither hide it nor name it (most of an article's
  // links: an href alone) is read, as the checks below would find after ten reads or more.
  if (!container && !hasTellingAttribute(el)) return false;
  if (isHiddenByAttribute(el)) return true;
  return depth > MAX_JUDGED_DEPTH ? isNamedFurniture(el) : isFurnitureBlock(el, rootChars);
}

/**
 * Whether a link is a note's reference mark: it leads to a place on this page ('#footnote-1',
 * '#cite_note-4', '#fn2') and reads as a number, bracketed or not, or a dagger ('1', '[4]',
 * '*'). Substack, Wikipedia and blogs set it right after a sentence's full stop
 * ('…last year.1 The next…'), where the engine would read one sentence running into the next;
 * the reader skips the mark as the eye does. Its text is read only for links to this page,
 * its neighbours' only for such a mark.
 */
function isNoteReference(el: Element): boolean {
  const href = el.getAttribute('href');
  if (href === null || href.length < 2 || href.charCodeAt(0) !== 35) return false;
  const text = (el.textContent ?? '').trim();
  if (text.length === 0 || text.length > MAX_NOTE_MARK_CHARS || !NOTE_MARK().test(text))
    return false;
  // Set against the word or stop before it, and followed by no letter or digit: a number
  // written in pieces ('the end of <a>2</a>025', 'of 2<a>025</a>,') or after a space
  // ('page <a>2</a>') is text. After a space, a mark still reads as one where no number would
  // stand so: in brackets or raised ('2025 <a>[2]</a>.', '2026 <sup><a>3</a></sup>,'), or
  // between two sentences ('troops. <a>4</a> Successive').
  const parent = el.parentElement;
  // Raised: a `<sup>` holding the mark alone, spaces around it at most.
  const raised =
    parent?.localName === 'sup' &&
    (parent.childNodes.length === 1 || (parent.textContent ?? '').trim() === text);
  const mark = raised ? parent : el;
  const before = mark.previousSibling?.textContent ?? '';
  const after = mark.nextSibling?.textContent ?? '';
  if (before === '' || /^[\p{L}\p{N}]/u.test(after)) return false;
  if (/\s$/.test(before))
    return (
      raised ||
      text.charCodeAt(0) === 91 ||
      (/[.!?]["'\u201d\u2019)]?\s+$/.test(before) && /^\s/.test(after))
    );
  // After a digit only a bracketed mark ('in 2014[3]'): a bare one is the number going on.
  return !/\p{N}$/u.test(before) || !/^\d/.test(text);
}

/** A note's mark: '12', '[3]', '(4)', '*', '†', '‡'. */
const NOTE_MARK = lazyPattern(() => /^(?:[[(]?\d{1,3}[\])]?|[*\u2020\u2021])$/);

/** '[123]' at most. */
const MAX_NOTE_MARK_CHARS = 5;

/** The attributes isHiddenByAttribute reads (isMarkedComment's included). */
const HIDING_ATTRIBUTES = new Set([
  'hidden',
  'aria-hidden',
  'contenteditable',
  'role',
  'itemprop',
  'itemtype',
  'style',
]);

/**
 * The attributes by which an element that is no block (isFurnitureTag) can be skipped inside
 * the article: those isHiddenByAttribute reads, and the class and id that name furniture.
 */
const TELLING_ATTRIBUTES = new Set([...HIDING_ATTRIBUTES, 'class', 'id']);

/** Whether `el` has one of TELLING_ATTRIBUTES. */
function hasTellingAttribute(el: Element): boolean {
  return hasAttributeOf(el, TELLING_ATTRIBUTES);
}

/**
 * Whether `el` has an attribute named in `names`. Names in any case count (getAttribute's own
 * matching is never wider), so a false answer is always safe. One call for all the names: the
 * `attributes` map would make an Attr node per attribute.
 */
function hasAttributeOf(el: Element, names: ReadonlySet<string>): boolean {
  const own = el.getAttributeNames();
  for (let i = 0; i < own.length; i++) if (names.has((own[i] as string).toLowerCase())) return true;
  return false;
}

/**
 * True when `el` or an ancestor below `stop` is skipped. An ancestor that also holds `article`
 * (the root being read) is a wrapper of the page, not furniture: Next.js's `#__next` ("next"),
 * a page wrapper hidden by aria-hidden behind a cookie wall. The headline beside the article
 * is read wherever the article is.
 */
function isSkippedWithin(el: Element, stop: Element | null, article?: Element): boolean {
  for (let e: Element | null = el; e && e !== stop; e = e.parentElement)
    if (isSkipped(e) && !(article && e.contains(article))) return true;
  return false;
}

/**
 * Where the children a reader sees begin: an open shadow root's content instead of the host's
 * light children (web components render their article there), and a slot's assigned nodes
 * instead of its fallback. Closed shadow roots stay closed to us.
 *
 * Children are then followed by `nextSibling` rather than read from `childNodes`: a content
 * script pays for every object it is handed, and a NodeList per element (each index a call
 * into the DOM) cost more than the nodes themselves on a long article.
 */
function childCursor(el: Element, name: string, tag: string, out: TextBuilder): Frame {
  const block = BLOCK_TAGS.has(tag);
  if (!NO_SHADOW_ROOT.has(tag)) {
    const shadow = (el as Element & { shadowRoot?: ShadowRoot | null }).shadowRoot;
    if (shadow) {
      out.shadowRoots.push(shadow);
      return { block, node: shadow.firstChild, list: null, index: 0 };
    }
  }
  if (name === 'slot') {
    const assigned = (el as HTMLSlotElement).assignedNodes?.();
    if (assigned && assigned.length > 0) return { block, node: null, list: assigned, index: 0 };
  }
  return { block, node: el.firstChild, list: null, index: 0 };
}

/**
 * Common inline tags that cannot host a shadow root (attachShadow() refuses them): their
 * `shadowRoot` is not asked for, a call saved on most of an article's elements.
 */
const NO_SHADOW_ROOT = new Set(
  'a em strong b i u s small mark code q abbr cite time sup sub br img li td'.split(' '),
);

/**
 * One element being read: the next of its composed children to read, followed by sibling
 * links, or (a slot's assigned nodes) by index in `list`.
 */
type Frame = { block: boolean; node: Node | null; list: ArrayLike<Node> | null; index: number };

/** The frame's next child, moving the frame on; null when all have been read. */
function nextChild(frame: Frame): Node | null {
  if (frame.list)
    return frame.index < frame.list.length ? (frame.list[frame.index++] as Node) : null;
  const node = frame.node;
  if (node) frame.node = node.nextSibling;
  return node;
}

/** For a walk outside the scored article (the headline). */
const NO_TEASERS: ReadonlySet<Element> = new Set();

function* walk(
  { root, atLeast, teasers }: ArticlePlace,
  out: TextBuilder,
  headings: boolean,
): Generator<void, void, void> {
  /** The root's length, against which a block's share of the article is judged (furniture.ts). */
  let length: number | undefined;
  const rootChars: ArticleChars = {
    atLeast,
    read: () => {
      length ??= (root.textContent ?? '').length;
      return length;
    },
  };
  /** The blocks of paragraphs known to hold an "About …" label or not, for this walk only. */
  const labelled = new Map<Node, boolean>();
  // An explicit stack, not recursion: a hostile page can nest deeper than the JS stack.
  const rootName = root.localName ?? '';
  const stack: Frame[] = [childCursor(root, rootName, rootName.toLowerCase(), out)];
  if (stack[0]?.block) out.breakBlock();
  // The `<pre>` being read (a mail archive's message, a plain-text document), and whether its
  // writer's signature has begun: the rest of it is left out.
  let pre: Frame | null = rootName.toLowerCase() === 'pre' ? (stack[0] as Frame) : null;
  let signed = false;
  let visited = 0;
  while (stack.length > 0 && !out.full) {
    const top = stack[stack.length - 1] as Frame;
    const node = nextChild(top);
    if (!node) {
      stack.pop();
      if (top === pre) [pre, signed] = [null, false];
      if (top.block) out.breakBlock();
      continue;
    }
    if (signed) continue;
    if (++visited % NODES_PER_STEP === 0) yield;
    const type = node.nodeType;
    if (type === 3) {
      if (pre) signed = addPreformatted(node as Text, out);
      else out.addText(node as Text);
    } else if (type === 1) {
      const el = node as Element;
      // The tag is read once per element: every property read is a call into the DOM.
      const name = el.localName ?? '';
      const tag = name.toLowerCase();
      if (
        isSkippedIn(el, tag, rootChars, stack.length, labelled) ||
        (!headings && HEADING.test(tag))
      ) {
        out.skipped();
        continue;
      }
      // A paragraph the scoring found mostly link: "Read more: <a>another story</a>".
      if (teasers.size > 0 && teasers.has(el)) continue;
      // A line break of a page set line by line (a PDF viewer's text layer) where the sentence
      // goes on: a space, not a break between two blocks.
      if (tag === 'br' && breakContinuesLine(el)) {
        out.breakBlock();
        out.joinLine();
        continue;
      }
      const frame = childCursor(el, name, tag, out);
      if (tag === 'pre' && !pre) pre = frame;
      if (frame.block) {
        // A line of text laid out line by line (a PDF's), running on from the line before.
        if (tag === 'div' && continuesLine(el)) out.joinLine();
        else out.breakBlock();
      }
      stack.push(frame);
    }
  }
}

/**
 * In preformatted text, a blank line between two paragraphs, or a line '-- ' (or '--') that
 * opens the writer's signature, as plain-text mail marks it.
 */
const PRE_BREAK = lazyPattern(() => /\n[ \t\r]*(?=\n)|(?<=^|\n)-- ?\r?(?:\n|$)/g);

/**
 * What a signature and a list's footer after it hold at most. A bare '--' line (mail's
 * delimiter is '-- ', with its space) followed by more is a plain-text document's rule
 * between its sections, not the start of a signature.
 */
const MAX_SIGNATURE_CHARS = 400;

/**
 * Whether a bare '--' line ending at `from` in `node` rules off a section of a plain-text
 * document: more follows it than a signature holds, or another such line does (a rule
 * repeated between sections).
 */
function rulesOffSection(node: Text, from: number): boolean {
  const data = node.data;
  if (BARE_RULE().test(data.slice(Math.max(0, from - 1)))) return true;
  let chars = data.length - from;
  for (let s = node.nextSibling; s && chars <= MAX_SIGNATURE_CHARS; s = s.nextSibling)
    chars += (s.textContent ?? '').length;
  return chars > MAX_SIGNATURE_CHARS;
}

/** A line holding '--' alone, after a line break. */
const BARE_RULE = lazyPattern(() => /\n--[ \t]*\r?(?:\n|$)/);

/**
 * Appends the text of a `<pre>`'s Text node, as its lines read: a blank line ends a paragraph
 * (where HTML's whitespace would run a plain-text message's paragraphs into one), and a
 * signature's opening line ends the message: true then, and the rest of the `<pre>` (the
 * writer's name, title and latest work, a list's footer) is not read.
 */
function addPreformatted(node: Text, out: TextBuilder): boolean {
  const data = node.data;
  let from = 0;
  const breaks = PRE_BREAK();
  breaks.lastIndex = 0;
  for (let m = breaks.exec(data); m; m = breaks.exec(data)) {
    out.addText(node, from, m.index);
    const end = m.index + m[0].length;
    if (m[0].includes('-') && (m[0].includes(' ') || !rulesOffSection(node, end))) return true;
    out.breakBlock();
    from = m.index + m[0].length;
  }
  out.addText(node, from, data.length);
  return false;
}

/** '.', ',', ';', ':', '!', '?', ')': what no space stands before in English prose. */
const CLOSING_STOP = new Set([46, 44, 59, 58, 33, 63, 41]);

/** Appends runs of text while keeping the offset map; owns whitespace collapsing. */
class TextBuilder {
  private parts: string[] = [];
  private length = 0;
  private segments: TextSegment[] = [];
  private pendingBreak = false;
  private pendingJoin = false;
  private pendingSpace: { node: Text; offset: number } | null = null;
  /** An element was left out after the pending space (a note's mark, a hidden word). */
  private skippedAfterSpace = false;
  full = false;
  readonly shadowRoots: ShadowRoot[] = [];

  constructor(private readonly maxChars: number) {}

  breakBlock(): void {
    if (this.length > 0) this.pendingBreak = true;
    this.pendingSpace = null;
  }

  /**
   * An inline element is left out here. If a space stood before it and the text after it opens
   * with a stop or a comma ('by 2025 <a href="#fn2">[2]</a>.'), the space goes with it: the
   * reader reads '2025.', and a sentence ending 'by 2025 .' would be read as no sentence.
   */
  skipped(): void {
    if (this.pendingSpace) this.skippedAfterSpace = true;
  }

  /**
   * The block that starts goes on with the text before it (continuesLine): the break the
   * last block's end asked for becomes a space, which belongs to no Text node, as a break's
   * "\n\n" does not.
   */
  joinLine(): void {
    if (!this.pendingBreak) return;
    this.pendingBreak = false;
    this.pendingJoin = true;
  }

  /** Appends the node's text, or its characters from `from` to `to`. */
  addText(node: Text, from = 0, to = -1): void {
    const data = node.data;
    if (!data) return;
    const whole = to < 0;
    const end = whole ? data.length : to;
    if (whole && !NEEDS_CARE.test(data)) {
      this.addPlainText(node, data);
      return;
    }
    // Runs of one kind of character: collapsible whitespace, invisible characters, or text. A
    // character loop rather than a regular expression, which runs in V8's slow regexp interpreter
    // the first times a page calls it (and a scan is always a first time).
    let i = from;
    while (i < end) {
      const kind = charKind(data.charCodeAt(i));
      let j = i + 1;
      while (j < end && charKind(data.charCodeAt(j)) === kind) j++;
      if (kind === SPACE) {
        if (this.length > 0 && !this.pendingBreak) this.pendingSpace = { node, offset: i };
      } else if (kind === TEXT) {
        // Invisible characters inside words ("with&shy;drawal") vanish from the text.
        this.flushPending(data.charCodeAt(i));
        const run = data.slice(i, j);
        this.push(run.includes('\u00a0') ? run.replaceAll('\u00a0', ' ') : run, node, i);
        if (this.full) return;
      }
      i = j;
    }
  }

  /**
   * Text whose only whitespace is single spaces: one run, but for a space at either end, which
   * collapses with its neighbours' (what the character loop would do, in one step).
   */
  private addPlainText(node: Text, data: string): void {
    let from = 0;
    let to = data.length;
    if (data.charCodeAt(0) === 32) {
      if (this.length > 0 && !this.pendingBreak) this.pendingSpace = { node, offset: 0 };
      from = 1;
    }
    if (from >= to) return;
    const trailing = data.charCodeAt(to - 1) === 32;
    if (trailing) to--;
    this.flushPending(data.charCodeAt(from));
    this.push(from === 0 && to === data.length ? data : data.slice(from, to), node, from);
    if (trailing && !this.full) this.pendingSpace = { node, offset: to };
  }

  finish(): Article {
    return { text: this.parts.join(''), segments: this.segments, shadowRoots: this.shadowRoots };
  }

  /** `next`: the code of the character about to be appended. */
  private flushPending(next: number): void {
    if (this.pendingBreak) {
      this.parts.push('\n\n');
      this.length += 2;
      this.pendingBreak = false;
    } else if (this.pendingJoin) {
      this.parts.push(' ');
      this.length += 1;
    } else if (this.pendingSpace && !(this.skippedAfterSpace && CLOSING_STOP.has(next))) {
      this.push(' ', this.pendingSpace.node, this.pendingSpace.offset);
    }
    this.pendingSpace = null;
    this.skippedAfterSpace = false;
    this.pendingJoin = false;
  }

  private push(run: string, node: Text, offset: number): void {
    const room = this.maxChars - this.length;
    if (run.length >= room) {
      run = run.slice(0, Math.max(0, room));
      this.full = true;
    }
    if (!run) return;
    const last = this.segments[this.segments.length - 1];
    if (
      last &&
      last.node === node &&
      last.end === this.length &&
      last.offset + (last.end - last.start) === offset
    ) {
      last.end += run.length;
    } else {
      this.segments.push({ start: this.length, end: this.length + run.length, node, offset });
    }
    this.parts.push(run);
    this.length += run.length;
  }
}
