/**
 * Where a page's article is, judged by what its blocks hold rather than what they are called
 * (issue 18): every paragraph scores its parent and grandparents by its length and commas, as
 * Mozilla's Readability does, a block's score is cut by the share of its text that is links, and
 * a class or id only tips a close call (×1.15 for "article", "story"…, ×0.85 for "sidebar",
 * "share"…). A wrapper whose class says "share" or "sidebar" can therefore still hold the
 * article, and a page of `<article>` promos with the story in a plain `<div>` gives the `<div>`.
 *
 * Readability itself was measured as this step's engine and lost on cost (issue 18's closing
 * note): it can only run on a clone of the document (it rewrites the DOM it reads), which costs
 * a full copy of the page, and it runs in one piece, unsliced.
 *
 * Standard DOM only (querySelectorAll, closest, textContent), so happy-dom, linkedom and the
 * browser choose the same block.
 */

import { hasUndeniedWord, hasWord, nameWords, wordList } from './class-words';
import { isTitledDiscussion } from './discussion-title';
import { precedes } from './document-order';
import { isFormBox } from './form-box';
import { inWriterBox } from './furniture';
import {
  laterPagePosts,
  laterPagePostsAround,
  mayBeLaterTopicPage,
  pageAddresses,
  withoutOrigin,
} from './later-page';
import { lazyPattern } from './lazy-pattern';
import { linkChars, linkShare } from './link-text';
import { opensInPlace, opensOnRequest } from './opens-on-request';
import { postBeforeComments } from './readers-comments';
import {
  openShadowRootsSteps,
  SHADOW_LOOK_BELOW_CHARS,
  SHADOW_SEARCH_MAX_ELEMENTS,
  shadowRootOf,
} from './shadow-text';
import { isStoryModal, MODAL } from './story-modal';
import { titledSibling } from './story-stream';
import { openingPost } from './thread-posts';

/** Shorter paragraphs (a dateline, a caption, "Advertisement") say nothing about where prose is. */
const MIN_PARAGRAPH_CHARS = 25;

/**
 * Below this much scored prose the page's light DOM holds no article we can see (an app that
 * renders it into a shadow root, a page of one-liners): the semantic fallback decides.
 */
const MIN_ARTICLE_CHARS = 280;

/**
 * Scoring stops after this much prose (about 8,000 words): by then the article's block leads by
 * far, and a 50,000-word page costs no more to place than a long article.
 */
const MAX_SCORED_CHARS = 50_000;

/** Paragraphs scored between two yields of findArticleRootSteps(). */
const PARAGRAPHS_PER_STEP = 64;

/**
 * Containers whose paragraphs are never the article's: navigation, asides, hidden blocks, and
 * readers' comments marked as such in microdata (a forum's replies, longer than its opening post).
 */
const NOT_PROSE =
  'nav, aside, footer, template, noscript, dialog, [hidden]:not([hidden="until-found" i]), ' +
  '[aria-hidden="true"], [role="navigation"], [role="complementary"], [role="contentinfo"], [role="menu"], ' +
  '[role="dialog"], [role="alertdialog"], [role="search"], [itemprop~="comment"], ' +
  '[itemtype$="/Comment"], [itemtype$="/UserComments"]';

/** NOT_PROSE but for aria-hidden: what a modal's background is not excluded by. */
const NOT_PROSE_BUT_ARIA_HIDDEN = NOT_PROSE.replace('[aria-hidden="true"], ', '');

/**
 * The closest ancestor of `el` (or `el`) that holds no prose, passing over a modal's
 * background: while a cookie wall or a sign-up box is open, modal scripts set aria-hidden on
 * the page's wrapper beside it (react-modal's app element, a11y-dialog's siblings), hiding the
 * article from assistive technology for as long as the box stays, not from the reader, who
 * reads it a click later. Each excluding ancestor is judged once (`judged`).
 */
function excludingAncestor(el: Element, judged: Map<Element, boolean>): Element | null {
  let found = closestComposed(el, NOT_PROSE);
  while (found) {
    let passed = judged.get(found);
    if (passed === undefined) {
      passed = isModalBackground(found) || isStoryModal(found) || isFoldedRest(found);
      judged.set(found, passed);
    }
    if (!passed) return found;
    const parent = composedParent(found);
    found = parent ? closestComposed(parent, NOT_PROSE) : null;
  }
  return null;
}

/**
 * Whether `el` is hidden by its `hidden` attribute as the article's folded rest is, a
 * 'Read more' control beside it or naming it (opensOnRequest): its paragraphs are scored as
 * the reader who opens it reads them, where the rest is set apart from the body's first part
 * ('div.story-text', then 'div.collapsed-content[hidden]' and its button). Never one behind
 * aria-hidden.
 */
function isFoldedRest(el: Element): boolean {
  return (
    el.hasAttribute('hidden') && el.getAttribute('aria-hidden') !== 'true' && opensOnRequest(el)
  );
}

/**
 * Whether `el`, beside the article's best block, is the body's folded rest, however it is
 * hidden: by its `hidden` attribute (isFoldedRest), or by a class a stylesheet hides and a
 * 'Read more' button beside it shows (opensInPlace). No DOM reading sees a stylesheet's rule,
 * in the browser or the CLI: the rest is the article's text, shown or not, as the reader who
 * presses the button reads it. Never one behind aria-hidden.
 */
function isFold(el: Element): boolean {
  return isFoldedRest(el) || (el.getAttribute('aria-hidden') !== 'true' && opensInPlace(el));
}

/**
 * Whether `el` is hidden only by aria-hidden, beside an open modal: a sibling is one or holds
 * one. Modal scripts hide the page's top-level blocks (the body's children, or those of the
 * one wrapper under it), so only such an element is asked, and only its first MODAL_SIBLINGS
 * siblings are looked at: a carousel's aria-hidden slides never cost a search.
 */
function isModalBackground(el: Element): boolean {
  if (el.getAttribute('aria-hidden') !== 'true' || el.matches(NOT_PROSE_BUT_ARIA_HIDDEN))
    return false;
  const parent = el.parentElement;
  if (!parent || (parent.localName !== 'body' && parent.parentElement?.localName !== 'body'))
    return false;
  let looked = 0;
  for (let s = parent.firstElementChild; s && looked < MODAL_SIBLINGS; s = s.nextElementSibling) {
    if (s === el) continue;
    looked++;
    if (s.matches(MODAL) || s.querySelector(MODAL)) return true;
  }
  return false;
}

/** Siblings of a hidden page wrapper looked at for a modal (scripts, portals, the modal). */
const MODAL_SIBLINGS = 20;

/** Class/id words of an article's container: a close call goes its way. */
const ARTICLE_NAME = wordList(
  'article*',
  'story',
  'body',
  'content',
  'entry',
  'post',
  'text',
  'main',
  'blog',
);

/**
 * Class/id words of a reader's discussion: a block so named, and not named as the article too,
 * counts half. A comment thread can hold more prose than a short post above it (a blog's three
 * long comments under a five-line note), and a page's comments never are its article.
 */
const DISCUSSION_NAME = wordList(
  'comment',
  'comments',
  'discussion',
  'disqus',
  'replies',
  'responses',
);

/**
 * A paragraph whose text is more than this share link, and whose other text is only a label
 * (isTeaser), is a teaser ("Read more: <a>another story's headline</a>"), not prose: it
 * scores nothing, and the reader leaves it out.
 */
const TEASER_LINK_SHARE = 0.6;

/** A teaser is a headline and its label: longer, a paragraph is prose whatever its links. */
const MAX_TEASER_CHARS = 320;

/** How deep below a paragraph its text outside links is looked for. */
const TEASER_LABEL_DEPTH = 6;

/**
 * Whether a paragraph that is mostly link is a teaser: its text outside links is nothing, or a
 * label ("Read more:", "READ MORE", "<strong>Related</strong>", "Watch —"). Prose whose
 * sentence runs into a link (an unclosed `<a>` in messy markup: "Diplomats in <a>Baghdad said
 * …") is not. Asked only of the few paragraphs that are mostly link.
 */
function isTeaser(p: Element): boolean {
  const label = { text: '', plain: false };
  textOutsideLinks(p, false, 0, label);
  const text = label.text.trim();
  if (text === '' || !label.plain) return true;
  if (/[:|»›–—-]$/.test(text)) return true;
  if (text.length <= MAX_LABEL_CHARS && (TEASER_LABEL().test(text) || TEASER_TAG().test(text)))
    return true;
  return text === text.toUpperCase() && text !== text.toLowerCase();
}

/**
 * A teaser's label with a tag of the linked story after it, in a run of its own ("Read more
 * <span>Subscribers only</span> <a>…</a>", "See also · Video"): the label's words first, then a
 * few words that end no sentence. Asked only of a short label of a paragraph that is mostly link.
 */
const TEASER_TAG = lazyPattern(
  () => /^(?:read (?:more|also|next)|also read|see also|related)\b[^.!?]*$/i,
);

/**
 * The words sites label a link to another story with, unpunctuated and not bold ("Read more
 * <a>…</a>", "See also <a>…</a>"): the whole of the text outside the link.
 */
const TEASER_LABEL = lazyPattern(
  () =>
    /^(?:read (?:more|also|next|this)|also read|see (?:also|more)|related(?: stories| articles| coverage)?|more on this(?: story)?|more from [^.!?]*|recommended|don't miss|must read|watch|listen)$/i,
);

/**
 * Whether a paragraph that is mostly link is a sentence running through its links: its words
 * outside them are as many as its links at least ('The coalition <a>that fought ISIS</a> is
 * <a>getting a date</a> to leave'), where a list of links run together has a label and
 * punctuation between them ('More: <a>…</a>, <a>…</a>, <a>…</a>.'). Asked only of the few
 * paragraphs that are mostly link.
 */
function runsThroughLinks(p: Element): boolean {
  const outside = { text: '', plain: false };
  textOutsideLinks(p, false, 0, outside);
  let words = 0;
  const letter = LETTER();
  for (const token of outside.text.split(/\s+/)) if (letter.test(token)) words++;
  return words >= Math.max(MIN_RUNNING_WORDS, p.getElementsByTagName('a').length);
}

/** A letter of any script: a word, not punctuation between links. */
const LETTER = lazyPattern(() => /\p{L}/u);

/** A sentence running through its links has a few words of its own at least. */
const MIN_RUNNING_WORDS = 3;

/** A teaser's label is at most this long. */
const MAX_LABEL_CHARS = 40;

/** Appends to `label` the text of `el` outside links; `plain`: some of it is not bold. */
function textOutsideLinks(
  el: Element,
  bold: boolean,
  depth: number,
  label: { text: string; plain: boolean },
): void {
  for (let node = el.firstChild; node; node = node.nextSibling) {
    if (node.nodeType === 3) {
      const data = (node as Text).data;
      if (data.trim() === '') continue;
      label.text += data;
      if (!bold) label.plain = true;
    } else if (node.nodeType === 1 && depth < TEASER_LABEL_DEPTH) {
      const tag = (node as Element).localName;
      if (tag === 'a') continue;
      textOutsideLinks(node as Element, bold || tag === 'strong' || tag === 'b', depth + 1, label);
    }
  }
}

/** Class/id words of furniture: a close call goes against it. */
const FURNITURE_NAME = wordList(
  'sidebar',
  'side',
  'rail',
  'related',
  'share',
  'social',
  'comment',
  'comments',
  'footer',
  'foot',
  'nav',
  'menu',
  'promo*',
  'widget',
  'popular',
  'trending',
  'recirc*',
  'sponsor*',
  'ad',
  'ads',
  'masthead',
  'header',
);

/** Scores per tag, when a block is first credited (Readability's initializeNode). */
const TAG_SCORE: Record<string, number> = {
  div: 5,
  article: 5,
  section: 3,
  main: 3,
  td: 3,
  pre: 3,
  blockquote: 3,
  address: -3,
  ol: -3,
  ul: -3,
  dl: -3,
  dd: -3,
  dt: -3,
  li: -3,
  form: -3,
  h1: -5,
  h2: -5,
  h3: -5,
  h4: -5,
  h5: -5,
  h6: -5,
  th: -5,
};

/** The article's root element, or null for an empty document. */
export function findArticleRoot(doc: Document): Element | null {
  const steps = findArticleRootSteps(doc);
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value?.root ?? null;
  }
}

/** Where the article is. */
export type ArticlePlace = {
  root: Element;
  /**
   * Paragraphs scored that are mostly a link ("Read more: …", a related story's headline set
   * between the article's paragraphs): never the article's prose, left out by the reader.
   */
  teasers: ReadonlySet<Element>;
  /**
   * A length the root's textContent is known to reach (the prose scored below it; 0 when
   * unknown), so that the furniture check can often do without reading all of that text.
   */
  atLeast: number;
};

/** findArticleRoot() in steps: a very long page hands control back between groups of paragraphs. */
export function* findArticleRootSteps(doc: Document): Generator<void, ArticlePlace | null, void> {
  // linkedom hands back an empty detached <body> for HTML that has no <html> element.
  const body = doc.body?.firstChild ? doc.body : doc.documentElement;
  if (!body) return null;
  const scoring: Scoring = {
    blocks: new Map(),
    parents: new Map(),
    prose: 0,
    seen: 0,
    bounded: true,
    teasers: new Set(),
    brBlocks: null,
    bareRead: false,
    hidden: new Map(),
    rows: new Map(),
  };
  yield* scoreParagraphs(body.querySelectorAll(PARAGRAPHS), scoring, false);
  // An app can render its article into shadow roots, which querySelectorAll does not enter,
  // beside light-DOM prose of its own (an about box, a notice, a footer). Their paragraphs are
  // scored with the light DOM's, and the content decides, unless the light DOM already holds a
  // long article or the search would cost too much (shouldLookInShadows).
  let best = bestBlock(scoring.blocks);
  if (shouldLookInShadows(doc, body, scoring, best)) {
    for (const shadow of yield* openShadowRootsSteps(doc)) {
      if (scoring.prose >= MAX_SCORED_CHARS) break;
      yield* scoreParagraphs(shadow.querySelectorAll(PARAGRAPHS), scoring, true);
    }
    best = bestBlock(scoring.blocks);
  }
  // A page whose prose is in <div>s of bare text, not <p>s (some CMSs write every paragraph
  // so): only where the <p>s hold no article, those <div>s are scored as paragraphs, as
  // Readability reads a <div> without blocks inside as a <p>. Other pages never pay for it.
  // So too where the best block of <p>s holds less than a short article and no bare text broken
  // by <br>s was read: a site whose story is in <div>s can still write its sign-off, a list's
  // summaries or its footer as <p>s.
  if (
    scoring.prose < MIN_ARTICLE_CHARS ||
    (!scoring.bareRead && proseBelow(scoring, best) < SHORT_ARTICLE_CHARS)
  ) {
    yield* scoreParagraphs(yield* bareDivs(body), scoring, false);
    best = bestBlock(scoring.blocks);
  }
  // A comment outscoring the post it answers gives way to the post (readers-comments.ts).
  if (best)
    best =
      postBeforeComments(
        best,
        body,
        scoring.blocks,
        discountedScore,
        (block) => block.chars - block.linked,
        MIN_ARTICLE_CHARS,
      ) ?? best;
  const { blocks, prose, teasers } = scoring;
  // Without an article of prose around them, links are not told from prose: none is left out.
  // A later page of a topic whose posts the forum marks as comments has none scored: its
  // posts are its text.
  if (prose < MIN_ARTICLE_CHARS || !best)
    return {
      root: laterTopicPosts(doc) ?? semanticRoot(doc, body),
      atLeast: 0,
      teasers: new Set(),
    };
  const climbed = climb(best, blocks, body, teasers);
  // A block with less prose than an article's is never taken for the page's story.
  const proseOf = (el: Element) => {
    const block = blocks.get(el);
    return block ? block.chars - block.linked : 0;
  };
  const holdsArticle = (el: Element) => proseOf(el) >= MIN_ARTICLE_CHARS;
  // Another unit the page's titles name is the story; units read as parts of one article
  // (the parent of `climbed`) are a forum's posts where they are dated oldest first, and a
  // reply chosen for its length gives way to the topic's opening post.
  const titled = titledSibling(doc, climbed, holdsArticle, proseOf);
  // A later page of a topic: its posts, all replies, are its text, whatever the climb joined
  // them with (the topic's header, a 'Similar topics' box). A forum marking its posts as
  // comments in microdata (WoltLab's itemtype Comment) leaves them unscored, and the topic's
  // description above them is then the best block: on such a page the posts are looked for
  // from their dates.
  const posts = laterPagePostsAround(best) ?? laterTopicPosts(doc);
  const root =
    (titled && !titled.contains(climbed) ? titled : null) ??
    (posts?.contains(best) && climbed.contains(posts) ? posts : null) ??
    (posts && !posts.contains(best) && !best.contains(posts) ? posts : null) ??
    openingPost(climbed, holdsArticle) ??
    titled ??
    climbed;
  // The root holds the best block (climb only goes up), and a block's text holds that of the
  // paragraphs credited to it, each once unless one sits inside another.
  const atLeast = scoring.bounded
    ? Math.max(blocks.get(best)?.chars ?? 0, blocks.get(root)?.chars ?? 0)
    : 0;
  return { root, atLeast, teasers };
}

/** The posts of a later page of a topic, looked for where the page's address may say it is one. */
function laterTopicPosts(doc: Document): Element | null {
  return mayBeLaterTopicPage(doc) ? laterPagePosts(doc) : null;
}

/**
 * What is scored as a paragraph: `<p>` and `<pre>`, and a block of bare text broken by `<br>`
 * (a blog's post body with no `<p>` at all, as Readability reads a `<div>` of inline content),
 * found through its `<br>`s, which few pages have many of.
 */
const PARAGRAPHS = 'p, pre, br';

/** Inside these, a `<br>` is a line break of a paragraph already scored. */
const BR_IN_PARAGRAPH = 'p, pre';

/** The block with the best score, its links discounted; null when none scored above 0. */
function bestBlock(blocks: Map<Element, Block>): Element | null {
  let best: Element | null = null;
  let bestScore = 0;
  for (const [el, block] of blocks) {
    const score = discountedScore(block);
    if (score > bestScore) [best, bestScore] = [el, score];
  }
  return best;
}

/** A block's score, its links discounted (Readability's link density). */
function discountedScore(block: Block): number {
  return block.score * (1 - block.linked / Math.max(1, block.chars));
}

/**
 * A best block holding this much prose (links left out) is a long article: a shadow root beside
 * it is not looked for. The pages where it would matter are apps whose light DOM holds the
 * site's furniture only.
 */
const LONG_ARTICLE_CHARS = 5_000;

/**
 * Whether an article can be in an open shadow root and should be looked for: always on a page
 * with little light text (as the first look, shadow-text.ts); beside more light prose, when
 * the light DOM's best block is not a long article and the page is small enough that looking
 * costs little. The content then decides between the light DOM's blocks and the shadow roots'.
 */
function shouldLookInShadows(
  doc: Document,
  body: Element,
  scoring: Scoring,
  best: Element | null,
): boolean {
  if (
    scoring.prose < SHADOW_LOOK_BELOW_CHARS &&
    (body.textContent ?? '').length < SHADOW_LOOK_BELOW_CHARS
  )
    return true;
  const block = best ? scoring.blocks.get(best) : undefined;
  if (block && block.chars - block.linked >= LONG_ARTICLE_CHARS) return false;
  return doc.getElementsByTagName('*').length <= SHADOW_SEARCH_MAX_ELEMENTS;
}

/** What scoring the paragraphs has found so far. */
type Scoring = {
  /** Per block: its score, and the characters and link characters of the paragraphs below it. */
  blocks: Map<Element, Block>;
  /**
   * Per paragraph parent, asked once for all its paragraphs: whether it sits in navigation or
   * an aside, and the blocks its paragraphs credit (walking up from every paragraph was the
   * step's largest cost).
   */
  parents: Map<Element | null, Parent>;
  /** Characters of prose scored, links left out. */
  prose: number;
  /** Paragraphs looked at. */
  seen: number;
  /**
   * Whether a block's chars are a length its textContent reaches: not when a scored paragraph
   * sits inside another (counted twice) or in a shadow root (textContent leaves it out).
   */
  bounded: boolean;
  /** Paragraphs mostly link (TEASER_LINK_SHARE): teasers the reader leaves out. */
  teasers: Set<Element>;
  /** The parents of `<br>`s already looked at (made at the first `<br>`). */
  brBlocks: Set<Element> | null;
  /** Whether the bare text of a block broken by `<br>`s was scored as a paragraph. */
  bareRead: boolean;
  /** Per ancestor excluding paragraphs: whether it is a modal's background. */
  hidden: Map<Element, boolean>;
  /** Per row of twin previews: whether it stands apart from the page's story (followsStoryApart). */
  rows: Map<Element, boolean>;
};

/**
 * Scores `paragraphs` (those of the light DOM, or of one shadow root) into `score`, until
 * MAX_SCORED_CHARS of prose have been.
 */
function* scoreParagraphs(
  paragraphs: ArrayLike<Element>,
  score: Scoring,
  inShadow: boolean,
): Generator<void, void, void> {
  const { blocks, parents } = score;
  // Indexed, not copied to an array: scoring usually stops long before the last paragraph. The
  // length read once (a static list, or our own array): each read is a call into the DOM.
  for (let i = 0, n = paragraphs.length; i < n; i++) {
    const p = paragraphs[i] as Element;
    if (++score.seen % PARAGRAPHS_PER_STEP === 0) yield;
    // A <br> stands for the bare text of its parent, a paragraph whose parent is that block.
    const br = p.localName === 'br';
    const bare = br ? bareText(p, score) : null;
    if (!bare && br) continue;
    const text = bare ? bare.text : (p.textContent ?? '');
    const length = text.trim().length;
    if (length < MIN_PARAGRAPH_CHARS) continue;
    const parentEl = bare ? bare.block : composedParent(p);
    let parent = parents.get(parentEl);
    if (parent === undefined) {
      parent = {
        excluded:
          !!parentEl &&
          (!!excludingAncestor(parentEl, score.hidden) ||
            inFormBox(parentEl) ||
            inTitledDiscussion(parentEl) ||
            inWriterBox(parentEl)),
        card: !bare && !!parentEl && isCardOfRow(parentEl, score.rows),
        chain: null,
      };
      parents.set(parentEl, parent);
      if (inShadow || parentEl?.closest('p, pre')) score.bounded = false;
    }
    if (parent.excluded || (!bare && p.hasAttributes() && p.matches(NOT_PROSE))) continue;
    if (bare) score.bareRead = true;
    const linked = Math.min(length, bare ? bare.linked : linkChars(p));
    const mostlyLink = linked > length * TEASER_LINK_SHARE;
    // A card's summary, however long, is another page's: left out as a teaser is.
    const teaser =
      (!bare && mostlyLink && length <= MAX_TEASER_CHARS && isTeaser(p)) || parent.card;
    if (teaser) score.teasers.add(p);
    // A paragraph that is all link is a teaser, not prose: it scores nothing, but its links
    // still count against the blocks above it. A sentence whose phrases are links (an
    // explainer linking most of its words to older stories) is prose: its links count once,
    // against the blocks above it (as Readability weighs a block by its link density), not
    // twice. A list of links run together ('More: <a>…</a>, <a>…</a>, <a>…</a>.') is not.
    const own = teaser
      ? 0
      : mostlyLink && (bare || !runsThroughLinks(p))
        ? paragraphScore(text, length) * (1 - linked / length)
        : paragraphScore(text, length);
    score.prose += length - linked;
    // Made at the first paragraph that credits them, as Readability's initializeNode does.
    parent.chain ??= chainAbove(parentEl, blocks);
    // Indexed: once per paragraph and block above it, in a scan that runs cold.
    const { chain } = parent;
    for (let c = 0; c < chain.length; c++) {
      const { block, divider } = chain[c] as Credit;
      block.score += (own / divider) * block.factor;
      block.chars += length;
      block.linked += linked;
    }
    if (score.prose >= MAX_SCORED_CHARS) return;
  }
}

/**
 * The bare text of the block a `<br>` breaks, the first time one of its `<br>`s is met: its text
 * nodes and inline elements, not its blocks (scored on their own), as Readability wraps a
 * `<div>`'s loose text in paragraphs of that `<div>`. None inside a paragraph.
 */
function bareText(
  br: Element,
  score: Scoring,
): { block: Element; text: string; linked: number } | null {
  const block = br.parentElement;
  if (!block) return null;
  score.brBlocks ??= new Set();
  if (score.brBlocks.has(block)) return null;
  score.brBlocks.add(block);
  if (block.closest(BR_IN_PARAGRAPH)) return null;
  let text = '';
  let linked = 0;
  for (let node = block.firstChild; node; node = node.nextSibling) {
    if (node.nodeType === 3) text += (node as Text).data;
    else if (node.nodeType === 1) {
      const el = node as Element;
      const tag = el.localName;
      if (NOT_INLINE.has(tag)) continue;
      const inner = el.textContent ?? '';
      text += inner;
      linked += tag === 'a' ? inner.length : linkChars(el);
    }
  }
  return { block, text, linked };
}

/**
 * A best block of `<p>`s holding less prose than this (links left out) is not yet taken for the
 * article: `<div>`s of bare text are scored beside it (a story written in `<div>`s whose page
 * keeps a few `<p>`s of furniture).
 */
const SHORT_ARTICLE_CHARS = 600;

/** The prose (links left out) scored below `el`; 0 for none. */
function proseBelow(scoring: Scoring, el: Element | null): number {
  const block = el ? scoring.blocks.get(el) : undefined;
  return block ? block.chars - block.linked : 0;
}

/** `<div>`s looked at between two yields of bareDivs(). */
const DIVS_PER_STEP = 256;

/**
 * The `<div>`s under `body` holding text and no block: paragraphs written as `<div>`s. Then the
 * table cells holding such text, as Readability scores a `<td>`: a newsletter's layout tables
 * set each paragraph in a cell of its own (an e-mail read in webmail).
 */
function* bareDivs(body: Element): Generator<void, Element[], void> {
  const out: Element[] = [];
  yield* bareOf(body.getElementsByTagName('div'), out);
  yield* bareOf(body.getElementsByTagName('td'), out);
  return out;
}

/** Adds to `out` those of `divs` whose own text makes a paragraph (bareDivs). */
function* bareOf(divs: HTMLCollectionOf<Element>, out: Element[]): Generator<void, void, void> {
  for (let i = 0; i < divs.length; i++) {
    if (i % DIVS_PER_STEP === DIVS_PER_STEP - 1) yield;
    const div = divs[i] as Element;
    // Its own text, not only its children's: a paragraph, not a wrapper of inline wrappers
    // (a hostile page nests thousands of <div><span>, each holding the rest of the page). Text
    // set in italics or bold, with no element inside, counts as its own (Slashdot quotes a
    // story's whole summary in <i>s): read by this div only, so the cost stays one pass. Not a
    // <span>'s or a link's: a label, a name or a count in a layout's box.
    let own = 0;
    let bare = true;
    for (let node = div.firstChild; node && bare; node = node.nextSibling) {
      if (node.nodeType === 3) own += (node as Text).data.trim().length;
      else if (node.nodeType === 1) {
        const el = node as Element;
        const tag = el.localName;
        if (NOT_INLINE.has(tag) || tag === 'br') bare = false;
        else if (EMPHASIS.has(tag) && !el.firstElementChild)
          own += (el.textContent ?? '').trim().length;
      }
    }
    if (bare && own >= MIN_PARAGRAPH_CHARS) out.push(div);
  }
}

/** Inline elements that set a paragraph's own text in another type, not a label's box. */
const EMPHASIS = new Set(['i', 'em', 'b', 'strong', 'q', 'cite']);

/** A block's children that are not part of its bare text: blocks, and what holds no prose. */
const NOT_INLINE = new Set(
  (
    'p pre div section article aside nav header footer main figure table ul ol dl blockquote ' +
    'h1 h2 h3 h4 h5 h6 form hr address details dialog script style noscript template iframe ' +
    'svg select textarea button'
  ).split(' '),
);

/** Whether `el` sits in a form that is a box of its own (form-box.ts), not a wrapper of content. */
function inFormBox(el: Element): boolean {
  const form = el.closest('form');
  return !!form && isFormBox(form);
}

/** How far above a paragraph's parent a discussion's title is looked for. */
const DISCUSSION_DEPTH = 8;

/**
 * Whether `el` sits in a readers' discussion titled as one ("4 Comments"), however its blocks
 * are named: long comments under a short article must not outscore it. Asked once per
 * paragraph parent, two property reads per level.
 */
function inTitledDiscussion(el: Element): boolean {
  let e: Element | null = el;
  for (let level = 0; e && level < DISCUSSION_DEPTH; level++, e = e.parentElement) {
    const tag = e.localName;
    if (tag === 'body' || tag === 'html') return false;
    if (isTitledDiscussion(e)) return true;
  }
  return false;
}

/** The parent element, or for the top of a shadow tree its host (the composed tree's parent). */
function composedParent(el: Element): Element | null {
  const parent = el.parentElement;
  if (parent) return parent;
  const node = el.parentNode as (Node & { host?: Element }) | null;
  return node?.nodeType === 11 ? (node.host ?? null) : null;
}

/** closest(), going on from the host of each shadow root `el` sits in. */
function closestComposed(el: Element, selector: string): Element | null {
  for (let e: Element | null = el; e; ) {
    const found = e.closest(selector);
    if (found) return found;
    e = shadowRootOf(e)?.host ?? null;
  }
  return null;
}

/**
 * What the paragraphs below a block credited it with, and its name's factor (read once per
 * block, not once per paragraph below it: a regular expression over its class and id).
 */
type Block = { score: number; chars: number; linked: number; factor: number };

/**
 * Whether `parentEl` (or the block around it, a level up) is a card of a row of them: it holds
 * this one paragraph and a headline (`<h2>`–`<h6>`) linked to another page, beside a block of
 * its tag and class. A story's own headline does not lead away from it, and a post of a live
 * blog or a thread links its title to itself (a '#' or the page's own address): neither is a
 * card. A card holding a preview of its story (two paragraphs or a few, more text than a short
 * article's) is one too where it closes with a read-on link to its headline's page ('Continue
 * reading'): a section of the page's own text under a linked heading does not send the reader
 * to the heading's page a second time; where its row stands apart from the block holding
 * the page's story (followsStoryApart); or where it signs its own story with a byline
 * (signedApart). Asked once per paragraph parent.
 */
function isCardOfRow(parentEl: Element, rows: Map<Element, boolean>): boolean {
  let unit: Element | null = parentEl;
  for (let up = 0; unit && up < CARD_LEVELS; up++, unit = unit.parentElement) {
    const paragraphs = unit.getElementsByTagName('p').length;
    if (paragraphs === 0 || paragraphs > MAX_PREVIEW_PARAGRAPHS) return false;
    const heading = unit.querySelector(CARD_HEADLINE);
    if (!heading) continue;
    const link = heading.closest('a[href]') ?? heading.querySelector('a[href]');
    if (!link || !leadsElsewhere(link)) return false;
    if (hasTwin(unit))
      return (
        paragraphs === 1 ||
        closesWithLinkTo(unit, link) ||
        followsStoryApart(unit, rows) ||
        signedApart(unit, heading)
      );
    return isLonePreview(unit, heading);
  }
  return false;
}

/**
 * Whether the row `unit` stands in is set apart from the page's story: the nearest block around
 * the page's `<h1>` that holds an article's prose (MIN_ARTICLE_CHARS in paragraphs) does not
 * hold the row. A row of previews of other stories, each a linked headline and a few
 * paragraphs with no read-on link, can hold more text than a short story above it ('More from
 * this week'); a digest's or a listicle's items under linked headlines stand in the same block
 * as the `<h1>` and the first prose around it, and stay the page's text. Asked only of
 * previews of several paragraphs in a row of twins, once per row and scan (`rows`).
 */
function followsStoryApart(unit: Element, rows: Map<Element, boolean>): boolean {
  const row = unit.parentElement;
  if (!row) return false;
  let apart = rows.get(row);
  if (apart === undefined) {
    apart = false;
    const h1 = row.ownerDocument.querySelector('h1');
    if (h1 && !row.contains(h1)) {
      for (let block = h1.parentElement; block && block.localName !== 'body'; ) {
        if (block.contains(row)) break;
        if (paragraphChars(block) >= MIN_ARTICLE_CHARS) {
          apart = true;
          break;
        }
        block = block.parentElement;
      }
    }
    rows.set(row, apart);
  }
  return apart;
}

/**
 * Whether a card of a row signs its own story: a line of its own, apart from its headline,
 * naming a writer ('By Dana Brooks · Oct. 9, 2024'). A digest's or a listicle's items are parts
 * of one piece, signed once by the page's byline; previews of other stories, even set in the
 * same block as a short story with no wrapper of its own, carry their stories' bylines. A day
 * alone signs nothing: a timeline's entries are dated under linked headings too.
 */
function signedApart(unit: Element, heading: Element): boolean {
  const lines = unit.querySelectorAll(SIGN_LINE);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as Element;
    if (line.contains(heading) || heading.contains(line)) continue;
    const text = (line.textContent ?? '').trim();
    if (text.length <= MAX_SIGN_CHARS && SIGNED_BY().test(text)) return true;
  }
  return false;
}

/** The elements a card's byline is set in. */
const SIGN_LINE = 'p, span, div, small, li';

/** A byline is short; a paragraph opening 'By …' is prose. */
const MAX_SIGN_CHARS = 80;

/**
 * A line naming its writer by two capitalised words: 'By Dana Brooks', 'Written by …' (not
 * 'By September 2025, …').
 */
const SIGNED_BY = lazyPattern(
  () => /^(?:[Bb]y|BY|Written by)\s+\p{Lu}[\p{L}'’.-]*\s+\p{Lu}[\p{L}'’-]/u,
);

/** The characters of a block's paragraphs long enough to be prose (MIN_PARAGRAPH_CHARS). */
function paragraphChars(block: Element): number {
  let chars = 0;
  const paragraphs = block.getElementsByTagName('p');
  for (let i = 0; i < paragraphs.length; i++) {
    const length = ((paragraphs[i] as Element).textContent ?? '').trim().length;
    if (length >= MIN_PARAGRAPH_CHARS) chars += length;
  }
  return chars;
}

/**
 * Whether `unit`, a block whose headline is linked to another page (`found`, the link or the
 * heading CARD_HEADLINE found), is a lone preview of that page's story: neither it nor the
 * blocks just above it stand beside a block of their kind, the headline is its only heading
 * and opens it (no paragraph before it), and the page's own `<h1>` stands outside it ('Next article', a lone 'Related' card of a few paragraphs and no
 * read-on link). A section of the page's own text goes on under a subhead after its first
 * paragraphs, and a story block's headline is the page's `<h1>`, leads to its own page, or
 * is named by the page's titles.
 */
function isLonePreview(unit: Element, found: Element): boolean {
  // A live blog's entries, each titled by a link to its own permalink, stand in a row of one
  // kind a level or two up: one of many is a part, not a lone preview.
  for (let e: Element | null = unit, up = 0; e && up < LONE_LEVELS; e = e.parentElement, up++)
    if (hasTwin(e)) return false;
  const heading = found.closest(HEADINGS) ?? found.querySelector(HEADINGS);
  if (!heading || unit.querySelectorAll(HEADINGS).length !== 1) return false;
  const first = unit.querySelector('p');
  if (first && precedes(first, heading)) return false;
  const doc = unit.ownerDocument;
  const h1 = doc.querySelector('h1');
  if (!h1 || unit.contains(h1)) return false;
  // A post whose headline links to its permalink under a blog's name set as the `<h1>`: the
  // page's titles name it.
  const headline = squashLower(heading.textContent ?? '');
  for (const title of [
    doc.title,
    doc.querySelector('meta[property="og:title"]')?.getAttribute('content'),
  ])
    if (title && squashLower(title).includes(headline)) return false;
  return true;
}

/** Text in lower case with its white space squashed. */
const squashLower = (s: string) => s.replace(/\s+/g, ' ').trim().toLowerCase();

/** How many levels, from a preview up, hold no block of their kind beside them. */
const LONE_LEVELS = 3;

/** The headings a card's headline is set in. */
const HEADINGS = 'h1, h2, h3, h4, h5, h6';

/** A card's preview of its story holds at most this many paragraphs. */
const MAX_PREVIEW_PARAGRAPHS = 4;

/**
 * Whether the last link of `unit` is another link than `link` to the same page, written whole
 * or as a path, with a tracking query or not.
 */
function closesWithLinkTo(unit: Element, link: Element): boolean {
  const links = unit.getElementsByTagName('a');
  const last = links[links.length - 1];
  if (!last || last === link || link.contains(last)) return false;
  const href = pathOf((link.getAttribute('href') ?? '').trim());
  return href !== '' && pathOf((last.getAttribute('href') ?? '').trim()) === href;
}

/** A card's paragraph sits in it or in a block of its own inside it. */
const CARD_LEVELS = 2;

/** A headline linked: a heading inside a link, or a link inside a heading. */
const CARD_HEADLINE =
  'a[href] h2, a[href] h3, a[href] h4, a[href] h5, a[href] h6, ' +
  'h2 a[href], h3 a[href], h4 a[href], h5 a[href], h6 a[href]';

/** Whether a block holds a card's headline: one linked to another page. */
function hasCardHeadline(el: Element): boolean {
  const headline = el.querySelector(CARD_HEADLINE);
  const link = headline && (headline.closest('a[href]') ?? headline.querySelector('a[href]'));
  return !!link && leadsElsewhere(link);
}

/** Whether a link leads to another page: not a place on this one, nor this page's address. */
function leadsElsewhere(link: Element): boolean {
  const href = (link.getAttribute('href') ?? '').trim();
  if (href === '' || href.startsWith('#')) return false;
  const own = pageAddresses(link.ownerDocument);
  for (let i = 0; i < own.length; i++) {
    const page = own[i] as string;
    if (pathOf(page) === pathOf(againstPage(href, page))) return false;
  }
  return true;
}

/**
 * `href` as the page at `page` (a path) resolves it: a bare relative path ('story.html',
 * './story.html#p3') names a file in the page's own directory. An absolute path or address,
 * or one climbing up ('../'), is left as written.
 */
function againstPage(href: string, page: string): string {
  if (href.startsWith('?')) return page.split('?')[0] + href;
  if (href.startsWith('/') || href.startsWith('../') || href.includes('://')) return href;
  const name = href.startsWith('./') ? href.slice(2) : href;
  return page.slice(0, page.lastIndexOf('/') + 1) + name;
}

/** An address's path as two addresses of one page share it: no query, fragment or last '/'. */
function pathOf(address: string): string {
  let path = withoutOrigin(address);
  for (const mark of ['?', '#']) {
    const cut = path.indexOf(mark);
    if (cut >= 0) path = path.slice(0, cut);
  }
  return path.endsWith('/') ? path.slice(0, -1) : path;
}

/** Whether a sibling of `el` has its tag and its class (a row's other card). */
function hasTwin(el: Element): boolean {
  const cls = el.getAttribute('class') ?? '';
  for (const sib of [el.previousElementSibling, el.nextElementSibling])
    if (sib && sib.localName === el.localName && (sib.getAttribute('class') ?? '') === cls)
      return true;
  return false;
}

/** Readability's paragraph score: one, plus its commas, plus one a hundred characters (three at most). */
function paragraphScore(text: string, length: number): number {
  // indexOf rather than a character loop: a native search, even the first time a page runs it.
  let commas = 0;
  for (let c = 0; c < COMMAS.length; c++) {
    const comma = COMMAS[c] as string;
    for (let i = text.indexOf(comma); i >= 0; i = text.indexOf(comma, i + 1)) commas++;
  }
  return 1 + commas + Math.min(3, Math.floor(length / 100));
}

/** The comma, and the Arabic and full-width commas. */
const COMMAS = [',', '\u060c', '\uff0c'];

/** A paragraph parent: in navigation or an aside, and the blocks above it once known. */
/** `card`: the parent is a card of a row of them (isCardOfRow), its paragraph a summary. */
type Parent = { excluded: boolean; card: boolean; chain: Credit[] | null };

/** A block a paragraph credits, and what its score is divided by at that distance. */
type Credit = { block: Block; divider: number };

/**
 * The blocks a paragraph under `parent` credits: the parent whole, the grandparent half, then
 * less each level, five levels at most and never the body; each made when first credited.
 */
function chainAbove(parent: Element | null, blocks: Map<Element, Block>): Credit[] {
  const chain: Credit[] = [];
  let el = parent;
  for (let level = 0; el && level < 5; level++, el = composedParent(el)) {
    const tag = el.localName;
    if (tag === 'body' || tag === 'html') break;
    let block = blocks.get(el);
    if (!block) {
      const factor = nameFactor(el);
      block = { score: (TAG_SCORE[tag] ?? 0) * factor, chars: 0, linked: 0, factor };
      blocks.set(el, block);
    }
    chain.push({ block, divider: level === 0 ? 1 : level === 1 ? 2 : level * 3 });
  }
  return chain;
}

/** A class or id only tips a close call. */
function nameFactor(el: Element): number {
  const words = nameWords(el);
  if (words.length === 0) return 1;
  const article = hasWord(words, ARTICLE_NAME);
  if (!article && hasWord(words, DISCUSSION_NAME)) return 0.5;
  // A furniture word denied ('wsite-not-footer') names what the block is not, as furniture.ts reads it.
  const furniture = hasUndeniedWord(words, FURNITURE_NAME);
  return article === furniture ? 1 : article ? 1.15 : 0.85;
}

/**
 * From the best block up to its parent while the parent scores higher (the article's paragraphs
 * split over two blocks credit their common parent with both), and through wrappers that hold
 * nothing else. A parent whose prose is mostly not the best block's (CLIMB_SHARE) is a column
 * of the page, scoring higher only by the dozens of cards that credit it from further down (a
 * home-page-sized page whose article is one block among many): the best block stays.
 */
function climb(
  best: Element,
  blocks: Map<Element, Block>,
  body: Element,
  leftOut: Set<Element>,
): Element {
  let top = best;
  let last = blocks.get(best)?.score ?? 0;
  const threshold = last / 3;
  const bestChars = blocks.get(best)?.chars ?? 0;
  let below = bestChars;
  for (let parent = best.parentElement; parent && parent !== body; parent = parent.parentElement) {
    const block = blocks.get(parent);
    if (block === undefined) continue;
    const score = block.score;
    if (score < threshold) break;
    if (score > last) {
      if (bestChars < block.chars * CLIMB_SHARE && !inSectionsOfOneText(best, parent, blocks))
        break;
      // Credited with less prose than a block below it, a wrapper scores on the lines beside
      // the text (a menu's, a column's), its paragraphs deeper than the credit reaches: a
      // layout row around the <main> of an app whose every post nests its text deep.
      if (block.chars < below) break;
      top = parent;
      break;
    }
    last = score;
    below = Math.max(below, block.chars);
  }
  while (top.parentElement && top.parentElement !== body && top.parentElement.children.length === 1)
    top = top.parentElement;
  // Readability appends the best block's sibling paragraphs: a lead or a closing paragraph
  // beside the block that holds the rest (or beside a block of filler) is the article's too.
  const parent = top.parentElement;
  if (parent && parent !== body && hasSiblingProse(top, parent, blocks)) {
    // Taken for a note beside it (a transcript's notice), the parent may still stand below the
    // page's headline and its lead (a video page's summary above the transcript's tabs).
    const outer = parent.parentElement;
    return outer && outer !== body && leadUnderHeadline(parent, outer) ? outer : parent;
  }
  return builderRowsParent(best, top, blocks, body, leftOut) ?? top;
}

/**
 * The block holding the rows a page builder splits a text into, where the best block is the
 * text module of one of them: a row wraps its module in layout blocks (a column, a column's
 * wrapper), one per level and no other prose, so the module's siblings are a clearfix or a
 * row's own title, and the next row's module stands deeper than the paragraphs' credit reaches
 * (Avada's `fusion-fullwidth` rows of `fusion-layout-column` > `fusion-column-wrapper` >
 * `fusion-text`). The module is any classed block credited from `best` up to `top` (Beaver
 * Builder's climb ends at the row itself). Rows are of one template: blocks of one tag side by
 * side, numbered alike (numberedRows), or of one first class word (none for both) where they
 * carry no number at all (WPBakery's `vc_row`s, Beaver Builder's `fl-row`s named by hashed
 * node ids, a grid's unnamed section rows) and the other row is no story of its own
 * (plainRow); each reaching a module of one of the modules' tags and first class words whose
 * paragraphs scored as prose (SIBLING_PART_SHARE of its score, not mostly links, no headline
 * leading to another page: a grid of cards is no text). Up to ROW_LEVELS levels above it.
 * The rows' parent may hold, besides the text's rows, a row of the same template whose modules
 * are cards of other stories (leftOutCardRows): those go in `leftOut`, which the walk skips.
 */
function builderRowsParent(
  best: Element,
  top: Element,
  blocks: Map<Element, Block>,
  body: Element,
  leftOut: Set<Element>,
): Element | null {
  const modules: Element[] = [];
  for (let el: Element | null = best; el && el !== body; el = el.parentElement) {
    if (blocks.has(el) && firstClassWord(el) !== '') modules.push(el);
    if (el === top) break;
  }
  const module = modules[modules.length - 1];
  const own = module && blocks.get(module);
  if (!module || !own) return null;
  let unit = module;
  for (let level = 0; level < ROW_LEVELS; level++) {
    const parent = unit.parentElement;
    if (!parent || parent === body) return null;
    // A level holding prose of its own besides the module is no row's wrapper.
    const wrapper = blocks.get(parent);
    if (wrapper && wrapper.chars > own.chars * ROW_OWN_SHARE) return null;
    unit = parent;
    const rowKind = firstClassWord(unit);
    for (const step of ['previousElementSibling', 'nextElementSibling'] as const) {
      for (let prev = unit, sib = unit[step]; sib; prev = sib, sib = sib[step]) {
        if (sib.localName !== unit.localName) break;
        const numbered = rowKind !== '' && numberedRows(sib, prev, rowKind);
        if (!numbered && (firstClassWord(sib) !== rowKind || !plainRow(sib))) break;
        if (holdsTextModule(sib, modules, blocks)) {
          const rows = unit.parentElement;
          // A class the rows' parent carries too is on every block of the page (React Native
          // for Web's atomic `css-175oi2r`), no row's template: a post and its replies.
          if (!rows || rows === body || (rowKind !== '' && firstClassWord(rows) === rowKind))
            return null;
          leaveOutCardRows(unit, rows, modules, blocks, leftOut);
          return rows;
        }
      }
    }
  }
  return null;
}

/**
 * Adds to `leftOut` the rows of `unit`'s template under `rows` (its tag and first class word)
 * that hold no text module but one of the modules' kind opening with a card's headline (a
 * heading linked to another page, then its summary): a builder sets its 'More stories' row of
 * cards in the same text module as the story's, after the text's rows (WPBakery's
 * `wpb_text_column`, Avada's `fusion-text`). One pass over the parent's children.
 */
function leaveOutCardRows(
  unit: Element,
  rows: Element,
  modules: Element[],
  blocks: Map<Element, Block>,
  leftOut: Set<Element>,
): void {
  const kind = firstClassWord(unit);
  for (let row = rows.firstElementChild; row; row = row.nextElementSibling) {
    if (row === unit || row.localName !== unit.localName || firstClassWord(row) !== kind) continue;
    if (
      !row.contains(unit) &&
      holdsCardModule(row, modules, blocks) &&
      !holdsTextModule(row, modules, blocks)
    )
      leftOut.add(row);
  }
}

/** Whether `row` holds a scored module of one of `modules`' tags and first class words opening with a card's headline. */
function holdsCardModule(row: Element, modules: Element[], blocks: Map<Element, Block>): boolean {
  for (const module of modules) {
    const kind = firstClassWord(module);
    const found = row.getElementsByTagName(module.localName);
    for (let i = 0; i < found.length; i++) {
      const el = found[i] as Element;
      if (firstClassWord(el) === kind && blocks.has(el) && hasCardHeadline(el)) return true;
    }
  }
  return false;
}

/**
 * Whether an unnumbered row is a part of a text, not a story of a stream, a promo or a template
 * of the page's furniture: it is no `<article>`, holds no `<h1>` and no `<time>` (a story's
 * headline and its date) and is not named as furniture (Elementor's 'elementor-location-footer').
 */
function plainRow(row: Element): boolean {
  return (
    row.localName !== 'article' &&
    row.querySelector('h1, time') === null &&
    !hasUndeniedWord(nameWords(row), FURNITURE_NAME)
  );
}

/** The levels of layout a page builder wraps a text module in, below its row, at most. */
const ROW_LEVELS = 5;

/** A row's wrapper holds its module's prose and a little more (a caption, a title) at most. */
const ROW_OWN_SHARE = 1.2;

/**
 * Whether two neighbouring blocks are rows of one builder's template: their classes open with
 * the same word, and they number themselves in page order with a word of one stem, one after
 * the other ('fusion-builder-row-1', 'fusion-builder-row-2'), whatever words of options the rows
 * add. Stories of a stream are not numbered so, and columns' widths ('elementor-col-66' beside
 * '-33') are no order.
 */
function numberedRows(a: Element, b: Element, kind: string): boolean {
  if (firstClassWord(a) !== kind) return false;
  const numbers = (el: Element) => {
    const found = new Map<string, string>();
    for (const word of (el.getAttribute('class') ?? '').trim().split(/\s+/)) {
      const m = NUMBERED().exec(word);
      if (m) found.set(m[1] as string, m[2] as string);
    }
    return found;
  };
  const na = numbers(a);
  for (const [stem, n] of numbers(b)) {
    const m = na.get(stem);
    if (m !== undefined && Math.abs(Number(m) - Number(n)) === 1) return true;
  }
  return false;
}

/**
 * Whether a block is a part of the text `whole` is one part of: it scored as prose
 * (SIBLING_PART_SHARE of the other's score), is not mostly links, and opens with no headline
 * leading to another page (a card's).
 */
function isTextPart(el: Element, part: Block, whole: Block): boolean {
  return (
    part.linked < part.chars / 2 &&
    part.score >= whole.score * SIBLING_PART_SHARE &&
    !hasCardHeadline(el)
  );
}

/** The first word of an element's class, or ''. */
function firstClassWord(el: Element): string {
  return (el.getAttribute('class') ?? '').trim().split(/\s+/)[0] ?? '';
}

/** Whether `row` holds a text module of one of `modules`' tags and first class words that scored as prose. */
function holdsTextModule(row: Element, modules: Element[], blocks: Map<Element, Block>): boolean {
  for (const module of modules) {
    const own = blocks.get(module);
    const kind = firstClassWord(module);
    if (!own) continue;
    const found = row.getElementsByTagName(module.localName);
    for (let i = 0; i < found.length; i++) {
      const el = found[i] as Element;
      if (firstClassWord(el) !== kind) continue;
      const part = blocks.get(el);
      if (part && isTextPart(el, part, own)) return true;
    }
  }
  return false;
}

/**
 * Whether `outer` holds, before `block`, the page's `<h1>` (or a header around it) and after it
 * a paragraph of prose (long, not mostly links, alone in its block or not): the standfirst or
 * summary a story opens with under its headline, set apart from the text that follows. Only
 * `outer`'s children before `block` are looked at.
 */
function leadUnderHeadline(block: Element, outer: Element): boolean {
  const headline = outer.ownerDocument.querySelector('h1');
  if (!headline || !outer.contains(headline) || !precedes(headline, block)) return false;
  let under = false;
  for (let el = outer.firstElementChild; el && el !== block; el = el.nextElementSibling) {
    if (!under) {
      under = el === headline || el.contains(headline);
      continue;
    }
    const paragraph = el.localName === 'p' ? el : onlyParagraph(el);
    if (!paragraph) continue;
    const length = (paragraph.textContent ?? '').trim().length;
    if (length > SIBLING_PROSE_CHARS && linkShare(paragraph, length) < 0.25) return true;
  }
  return false;
}

/**
 * Whether the best block is one of the sections a text is split into under `parent`: the
 * child of `parent` holding it and its siblings of the same tag and class (a health guide's
 * sections, each a subhead and a paragraph or two) that scored as prose, are not mostly
 * link and open with no headline linked to another page (a card's), hold CLIMB_SHARE of
 * `parent`'s prose together. A column of cards of the article's own class keeps the climb
 * below it: its cards' headlines lead to their stories. Asked only where the climb would stop.
 */
function inSectionsOfOneText(best: Element, parent: Element, blocks: Map<Element, Block>): boolean {
  let unit = best;
  while (unit.parentElement && unit.parentElement !== parent) unit = unit.parentElement;
  const unitBlock = blocks.get(unit);
  const whole = blocks.get(parent);
  if (!unitBlock || !whole || unit.parentElement !== parent) return false;
  const cls = unit.getAttribute('class') ?? '';
  let chars = 0;
  for (let el = parent.firstElementChild; el; el = el.nextElementSibling) {
    const part = blocks.get(el);
    if (!part || el.localName !== unit.localName || (el.getAttribute('class') ?? '') !== cls)
      continue;
    if (isTextPart(el, part, unitBlock)) chars += part.chars;
  }
  return chars >= whole.chars * CLIMB_SHARE;
}

/**
 * The share of a parent's prose the best block holds at least for the climb to take the parent:
 * the parts of an article split over blocks hold two fifths of it or more; a column of a page
 * of cards, where the article is one block among dozens, a sixth.
 */
const CLIMB_SHARE = 0.3;

/** Longer than this, a paragraph beside the best block is prose (Readability's rule). */
const SIBLING_PROSE_CHARS = 80;

/**
 * A block beside the best one, of the same tag and class, scoring at least this share of the
 * best's score, holds the article's other part (Readability's sibling threshold).
 */
const SIBLING_PART_SHARE = 0.2;

/**
 * Whether `parent` holds, beside `top`, a paragraph of prose (long, and not mostly links) or
 * another part of the article: a block of the same tag and class as `top`, neither with an id,
 * above which the paragraphs' credit does not reach or which opens with prose, not a heading of
 * its own, and is split from it by another element, whose paragraphs scored (an essay in several `<section>`s split by separators, a body cut in
 * two by an ad or a pull quote), or a summary list above it (isSummaryList). Only `parent`'s
 * children are looked at.
 */
function hasSiblingProse(top: Element, parent: Element, blocks: Map<Element, Block>): boolean {
  const topScore = blocks.get(top)?.score ?? 0;
  const topClass = top.getAttribute('class') ?? '';
  // A block named by an id is one of a kind (#leftColumn, #maincol): a column, not a part; and
  // table cells side by side are columns.
  const hasId = top.hasAttribute('id') || top.localName === 'td' || top.localName === 'th';
  // Parts are looked for only where the paragraphs sit too deep for their credit to reach
  // `parent` (chainAbove stops five levels up): where it reaches, the climb has weighed
  // `parent` already, and a sibling of the same class is another block ("More news").
  const partsUnseen = !blocks.has(parent);
  // The body's folded rest ('Read more' opens it) goes with the part before it, and that part
  // with it, whatever their classes. Asked of `top` only once a part stands before it.
  let topFolded: boolean | undefined;
  const isTopFolded = (): boolean => {
    if (topFolded === undefined) topFolded = isFold(top);
    return topFolded;
  };
  let before = true;
  for (let el = parent.firstElementChild; el; el = el.nextElementSibling) {
    if (el === top) {
      before = false;
      continue;
    }
    if (before && isSummaryList(el) && isJustBefore(el, top)) return true;
    if (!before && el === top.nextElementSibling && isFactList(el)) return true;
    // A block wrapping one paragraph and nothing else (a lead set in a field of its own above
    // the body's) is that paragraph, as Readability reads it.
    const paragraph = el.localName === 'p' ? el : onlyParagraph(el);
    if (!paragraph) {
      const part = blocks.get(el);
      if (part && part.linked < part.chars / 2 && (before ? isTopFolded() : isFold(el)))
        return true;
      // One text in two languages side by side (an English column beside an Arabic one, each
      // marked by its own lang): the two are one article, whichever holds more text.
      // Marked only by its direction, it holds a translation's share of the text: a box of
      // English links and teasers on an Arabic page is set left to right too.
      const language = part && part.linked < part.chars / 2 ? otherLanguage(el, top) : null;
      if (
        part &&
        (language === 'lang' ||
          (language === 'dir' && part.chars >= (blocks.get(top)?.chars ?? 0) * TRANSLATION_SHARE))
      )
        return true;
      const elClass = el.getAttribute('class') ?? '';
      // A class adding a modifier of its own word to the other's ('article-text' and
      // 'article-text article-text--rest', a body's folded rest that a script shows, found by
      // its id) makes the two one body's parts, side by side or apart, named by an id or not.
      if (
        part &&
        (modifiesClass(elClass, topClass) ||
          (!hasId &&
            !el.hasAttribute('id') &&
            (partsUnseen || (!opensWithHeading(el) && splitApart(el, top)))) ||
          isComponentPart(top)) &&
        el.localName === top.localName &&
        sameKindOfBlock(elClass, topClass) &&
        part.score >= topScore * SIBLING_PART_SHARE &&
        part.linked < part.chars / 2
      )
        return true;
      // A block of nothing but paragraphs right beside it, named as a part of the block
      // holding both (Movable Type's 'asset-body' and '#more.asset-more' in 'asset-content',
      // a paywall's 'article-body__free' lead beside its locked rest in 'article-body'): its
      // paragraphs are the text's, as Readability appends a scored sibling. Unnamed so, two
      // such blocks side by side are two texts, or a column (a grid's 'col-…' in a 'row').
      if (part && touches(el, top) && namedPartOf(el, parent) && paragraphsOnly(el)) return true;
      continue;
    }
    const length = (paragraph.textContent ?? '').trim().length;
    if (length > SIBLING_PROSE_CHARS && linkShare(paragraph, length) < 0.25) return true;
  }
  return false;
}

/**
 * Whether two blocks' classes name one kind of block: the same, or one's words all among the
 * other's, which adds a word or two of state ('articleBodyText section' and 'articleBodyText
 * section is-locked': a paywall's clipped rest, a collapsed part, of the same body).
 */
function sameKindOfBlock(a: string, b: string): boolean {
  return a === b || addedWords(a, b) !== undefined || numberedAlike(a, b);
}

/**
 * Whether two classes are one template's blocks numbered in page order: the same words but one,
 * which differs only in its number ('et_pb_module et_pb_text et_pb_text_0' and '… et_pb_text_1',
 * a page builder's text modules split by an image module), beside MIN_SHARED_WORDS words in
 * common. A grid's columns ('col-lg-8', 'col-lg-4') share fewer.
 */
function numberedAlike(a: string, b: string): boolean {
  const wa = a.trim().split(/\s+/);
  const wb = b.trim().split(/\s+/);
  if (wa.length !== wb.length || wa.length <= MIN_SHARED_WORDS) return false;
  let differing = 0;
  for (let i = 0; i < wa.length; i++) {
    const x = wa[i] as string;
    const y = wb[i] as string;
    if (x === y) continue;
    const nx = NUMBERED().exec(x);
    const ny = NUMBERED().exec(y);
    if (!nx || !ny || nx[1] !== ny[1] || ++differing > 1) return false;
  }
  return differing === 1;
}

/** The words two numbered blocks' classes share beside their numbered one, at least. */
const MIN_SHARED_WORDS = 2;

/** A class word ending in a number after '_' or '-': its stem, and the number. */
const NUMBERED = lazyPattern(() => /^(.*[a-z][_-])(\d+)$/i);

/**
 * Two different, non-empty classes as their words, the one with fewer and the one with more,
 * when all of the fewer are among the more and at most MAX_STATE_WORDS are added; else undefined.
 */
function addedWords(a: string, b: string): { fewer: string[]; more: string[] } | undefined {
  if (a === b || a === '' || b === '') return undefined;
  const wa = a.trim().split(/\s+/);
  const wb = b.trim().split(/\s+/);
  const [fewer, more] = wa.length < wb.length ? [wa, wb] : [wb, wa];
  return more.length - fewer.length <= MAX_STATE_WORDS && fewer.every((w) => more.includes(w))
    ? { fewer, more }
    : undefined;
}

/**
 * Whether one class is the other's with modifiers of its words added, as BEM writes a block's
 * state ('article-text' and 'article-text article-text--rest', 'body body_collapsed'): each
 * added word opens with one of the other's words and a '--' or '_'. An added word of its own
 * ('text-block wire-copy': a box of another kind under the body's class) is no modifier.
 */
function modifiesClass(a: string, b: string): boolean {
  const added = addedWords(a, b);
  if (!added) return false;
  const { fewer, more } = added;
  return more.every(
    (w) => fewer.includes(w) || fewer.some((f) => w.startsWith(`${f}--`) || w.startsWith(`${f}_`)),
  );
}

/** The words of state a part's class may add to its sibling's. */
const MAX_STATE_WORDS = 2;

/**
 * Whether a block opens with a heading of its own: beside the article's block, under the same
 * class, another block ("More news"), where the credit of their paragraphs reaches their parent.
 * A part of the article split off by a box between (a lead block above a 'Related' box) opens
 * with its prose.
 */
function opensWithHeading(el: Element): boolean {
  const first = el.firstElementChild;
  return (
    !first || /^h[1-6]$/.test(first.localName) || !!first.querySelector('h1, h2, h3, h4, h5, h6')
  );
}

/**
 * Whether another element stands between two sibling blocks of one class (an ad, a 'Related'
 * box splitting the text): columns side by side touch.
 */
function splitApart(a: Element, b: Element): boolean {
  const next = a.compareDocumentPosition(b) & 4 ? a.nextElementSibling : b.nextElementSibling;
  return !!next && next !== a && next !== b;
}

/**
 * How `a` and `b` are written in two languages, if they are: each names a language of its own,
 * and not the same one ('lang'); or one sets its own direction of writing against the other's
 * (an English text marked only `dir=ltr` after the Arabic one on a right-to-left page: 'dir'),
 * which two texts in one language never do; null otherwise.
 */
function otherLanguage(a: Element, b: Element): 'lang' | 'dir' | null {
  const la = a.getAttribute('lang');
  const lb = b.getAttribute('lang');
  if (la && lb)
    return la.split('-')[0]?.toLowerCase() !== lb.split('-')[0]?.toLowerCase() ? 'lang' : null;
  if (!a.hasAttribute('dir') && !b.hasAttribute('dir')) return null;
  const da = writingDirection(a);
  const db = writingDirection(b);
  return da && db && da !== db ? 'dir' : null;
}

/**
 * The share of the chosen block's text a block marked only by its direction holds at least to
 * be its translation (a translation is seldom under half its original; a box is far shorter).
 */
const TRANSLATION_SHARE = 0.25;

/** The direction an element's text is set in ('ltr', 'rtl'), by its own `dir` or an ancestor's. */
function writingDirection(el: Element): string | null {
  const dir = el.closest('[dir]')?.getAttribute('dir')?.toLowerCase();
  return dir === 'ltr' || dir === 'rtl' ? dir : null;
}

/**
 * Whether `top` is one of a web component's parts: a custom element (a hyphen in its tag, as
 * a web story's `<amp-story-page>` slides, each holding one paragraph) whose parent is a
 * custom element too. Such parts carry an id as their key, not as a column's name, and a
 * paragraph apiece: their common parent scores little, however much prose they hold together.
 */
function isComponentPart(top: Element): boolean {
  return top.localName.includes('-') && !!top.parentElement?.localName.includes('-');
}

/**
 * The one `<p>` a `<div>` or `<section>` holds with no other element and no text of its own
 * (Readability's single-paragraph block), or null; through wrappers that each hold one block
 * and nothing else (a component per paragraph: a text block around a rich-text container
 * around the `<p>`), ONLY_PARAGRAPH_DEPTH of them at most. Two property reads for any other block.
 */
function onlyParagraph(el: Element): Element | null {
  let box = el;
  for (let depth = 0; depth < ONLY_PARAGRAPH_DEPTH; depth++) {
    const only = box.firstElementChild;
    if (!only || only !== box.lastElementChild) return null;
    if (box.localName !== 'div' && box.localName !== 'section') return null;
    for (let node = box.firstChild; node; node = node.nextSibling)
      if (node.nodeType === 3 && (node as Text).data.trim() !== '') return null;
    if (only.localName === 'p') return only;
    box = only;
  }
  return null;
}

/**
 * Whether a word of `el`'s class opens with the first segment of a word of `parent`'s (before
 * a '-' or '_': 'asset' of 'asset-content' in 'asset-more', 'article' of 'article-body' in
 * 'article-body__free'), as templates name a block's parts after it.
 */
function namedPartOf(el: Element, parent: Element): boolean {
  const own = (el.getAttribute('class') ?? '').trim();
  const outer = (parent.getAttribute('class') ?? '').trim();
  if (own === '' || outer === '') return false;
  const stems = outer.split(/\s+/).map((w) => w.split(/[-_]/)[0] ?? '');
  return own.split(/\s+/).some((w) => {
    const stem = w.split(/[-_]/)[0] ?? '';
    return stem !== '' && stem !== w && stems.includes(stem);
  });
}

/** Whether `a` and `b` are siblings with no element between them. */
function touches(a: Element, b: Element): boolean {
  return a.nextElementSibling === b || b.nextElementSibling === a;
}

/**
 * Whether a `<div>` or `<section>` holds paragraphs and nothing else (no element but `<p>`s,
 * no text of its own), one of them prose: longer than SIBLING_PROSE_CHARS and not mostly links.
 * A box of another story (a heading, a picture, a link list) or a form holds more than that.
 */
function paragraphsOnly(el: Element): boolean {
  if (el.localName !== 'div' && el.localName !== 'section') return false;
  for (let node = el.firstChild; node; node = node.nextSibling)
    if (node.nodeType === 3 && (node as Text).data.trim() !== '') return false;
  let prose = false;
  for (let kid = el.firstElementChild; kid; kid = kid.nextElementSibling) {
    if (kid.localName !== 'p') return false;
    if (prose) continue;
    const length = (kid.textContent ?? '').trim().length;
    prose = length > SIBLING_PROSE_CHARS && linkShare(kid, length) < 0.25;
  }
  return prose;
}

/** Wrappers around a single paragraph looked through: a component and its container or two. */
const ONLY_PARAGRAPH_DEPTH = 3;

/** A summary list above the text holds at most this much. */
const MAX_SUMMARY_CHARS = 1_000;
/** Its points: this many at least and at most, each at least SUMMARY_POINT_CHARS long. */
const MIN_SUMMARY_POINTS = 2;
const MAX_SUMMARY_POINTS = 8;
const SUMMARY_POINT_CHARS = 20;

/**
 * Whether `el`, above the article's text, is its summary ("Key points:", "In brief", a bullet
 * list of the story's points): a short block whose list holds a few points written as text,
 * not as links (a list of other stories is links). The newsroom wrote it and the reader reads
 * it first: it is the article's. Asked of the best block's few siblings only.
 */
function isSummaryList(el: Element): boolean {
  const tag = el.localName;
  if (tag !== 'ul' && tag !== 'ol' && tag !== 'div' && tag !== 'section') return false;
  // The list itself, or a child of the box (a heading, then the list): found without a search
  // of the sibling's subtree, and its text read only once its points are few.
  // Or a box of headed points ('What's new?', 'Why does it matter?', each over its answer).
  const list =
    tag === 'ul' || tag === 'ol'
      ? el
      : (summaryListIn(el) ?? (isHeadedPoint(el.firstElementChild) ? el : null));
  if (!list) return false;
  const points = list.children;
  if (points.length < MIN_SUMMARY_POINTS || points.length > MAX_SUMMARY_POINTS) return false;
  const text = el.textContent ?? '';
  if (text.length > MAX_SUMMARY_CHARS || linkShare(el, text.length) >= 0.25) return false;
  for (let i = 0; i < points.length; i++) {
    const point = points[i] as Element;
    if (point.localName !== 'li' && !(list === el && isHeadedPoint(point))) return false;
    if ((point.textContent ?? '').trim().length < SUMMARY_POINT_CHARS) return false;
  }
  return true;
}

/**
 * Whether `el`, right after the article's text, is its list of facts (a government release's
 * 'Quick facts', a 'Key facts' box set after the body as a block of the page builder's own):
 * a heading, then a summary's list (isSummaryList) whose every point is a sentence. A list of
 * other stories is links; one of tags or names ends no sentence.
 */
function isFactList(el: Element): boolean {
  const heading = el.firstElementChild;
  if (!heading || !/^h[2-4]$/.test(heading.localName) || !isSummaryList(el)) return false;
  const list = summaryListIn(el);
  if (!list) return false;
  for (let i = 0; i < list.children.length; i++) {
    const point = list.children[i] as Element;
    const text = (point.textContent ?? '').trim();
    if (!SENTENCE_ENDS.includes(text.charAt(text.length - 1))) return false;
    // A card opens with its headline, linked to its page: no fact does.
    const link = point.querySelector('a, h2, h3, h4, h5, h6');
    if (link && text.startsWith((link.textContent ?? '').trim())) return false;
  }
  return true;
}

/** How a sentence ends. */
const SENTENCE_ENDS = '.!?';

/** A summary sits right above the text: at most this many elements (an image, a byline) between. */
const SUMMARY_GAP = 2;

/** Whether `el` comes before `top` with at most SUMMARY_GAP elements between them. */
function isJustBefore(el: Element, top: Element): boolean {
  let next = el.nextElementSibling;
  for (let gap = 0; next && gap <= SUMMARY_GAP; gap++, next = next.nextElementSibling)
    if (next === top) return true;
  return false;
}

/** Whether `el` is a point of a box set as a heading over its paragraph (and no more). */
function isHeadedPoint(el: Element | null): boolean {
  if (!el || (el.localName !== 'div' && el.localName !== 'section') || el.children.length > 3)
    return false;
  const heading = el.firstElementChild;
  return (
    !!heading && /^h[2-6]$/.test(heading.localName) && heading.nextElementSibling?.localName === 'p'
  );
}

/** A box's list among its first few children (a heading and a list), or null. */
function summaryListIn(box: Element): Element | null {
  if (box.children.length > 3) return null;
  for (let kid = box.firstElementChild; kid; kid = kid.nextElementSibling)
    if (kid.localName === 'ul' || kid.localName === 'ol') return kid;
  return null;
}

/** Without prose to score: an `<article>` (the one with most paragraph text), `articleBody`, `main`, the body. */
function semanticRoot(doc: Document, body: Element): Element {
  const articles = Array.from(doc.querySelectorAll('article'));
  if (articles.length > 0) {
    let best = articles[0] as Element;
    let bestLength = -1;
    for (const a of articles) {
      let length = 0;
      for (const p of Array.from(a.querySelectorAll('p'))) length += p.textContent?.length ?? 0;
      if (length > bestLength) [best, bestLength] = [a, length];
    }
    return best;
  }
  return (
    doc.querySelector('[itemprop="articleBody"]') ??
    doc.querySelector('main, [role="main"]') ??
    body
  );
}
