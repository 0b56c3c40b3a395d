/**
 * Furniture inside the article's root (issue 18): author cards, share and action bars,
 * recirculation and "most read" lists, card grids of other stories, newsletter boxes. Judged by
 * what a block holds (links, form controls, a row of cards) and, for a small block, by its name;
 * a block holding half the article or more is never furniture, whatever its class says.
 */

import { isSpace } from '../engine/char-class';
import {
  customTagWords,
  dataNameWords,
  hasWord,
  isDenied,
  isListed,
  nameWords,
  wordList,
} from './class-words';
import { isReplyPost, isTitledDiscussion } from './discussion-title';
import { precedes } from './document-order';
import { laterPagePosts, mayBeLaterTopicPage } from './later-page';
import { lazyPattern } from './lazy-pattern';
import { linkShare } from './link-text';
import { namedAsWriters } from './page-writers';
import { isAwayLabel } from './wrapped-lines';

/** Blocks that can be furniture; a paragraph or an inline element is judged with its block. */
const CONTAINERS = new Set(
  'div section ul ol dl table tbody tr td figure center details'.split(' '),
);

/**
 * Class/id words of furniture. Whole words only ("ad-slot", "share_bar"), so "header",
 * "shadow" or "broad" never match; camelCase is split ("adContainer" → "ad container").
 */
const FURNITURE = wordList(
  ...'ad ads advert* sidebar related share sharing social comment comments newsletter signup'.split(
    ' ',
  ),
  ...'promo* sponsor* subscribe subscription outbrain taboola paywall cookie popup modal'.split(
    ' ',
  ),
  ...'footer nav navbar menu widget popular trending recirc* most next author bio bios'.split(' '),
  ...'discussion replies rail toolbar action'.split(' '),
  // A list of the sources an article cites (Wikipedia's .reflist > ol.references, a "Further
  // reading" .refbegin, a report's bibliography): the quotes in its citations are the sources'
  // words, not the article's.
  ...'reflist refbegin references citations bibliography'.split(' '),
  // The site's legal line, wherever a layout puts it.
  ...'copyright colophon'.split(' '),
  // A forum member's signature under each of their posts: their tagline, not the post.
  'signature',
  // A mail archive's quote of the message replied to (HyperKitty's div.quoted-text): an
  // earlier message's words, not this one's. A pull quote or a quoted statement is a 'quote'.
  'quoted',
  // A notice the site prints above every page (phpBB's #phpbb_announcement, an announcement
  // bar): the board's, not the page's.
  'announcement',
);

/**
 * A paywall's name is on two kinds of block: the gate (a box offering a subscription) and the
 * text behind it, which a subscriber's page holds in full (`<div class="paywall">` around the
 * rest of the article). Named so and by nothing else, a block is judged by what it holds.
 */
const GATE = new Set(['paywall', 'paywalled']);

/** Whether `words` name furniture only by a paywall's name. */
function isGateOnly(words: readonly string[]): boolean {
  // Most named blocks are no paywall's: asked of every one, the words are sorted only for one.
  let gate = false;
  for (let i = 0; i < words.length && !gate; i++) gate = GATE.has(words[i] as string);
  if (!gate) return false;
  const others: string[] = [];
  for (const word of words) if (!GATE.has(word)) others.push(word);
  return !hasWord(others, FURNITURE);
}

/** Prose paragraphs the text behind a paywall holds at least; a gate's box holds one at most. */
const MIN_GATED_PARAGRAPHS = 2;

/** A paragraph of prose is longer than this (a gate's offer and log-in lines are shorter). */
const GATED_PARAGRAPH_CHARS = 80;

/**
 * Whether a block named as a paywall is the article's text behind it: paragraphs of prose, few
 * links, no form control (a gate's box has its offer, a button and a log-in link).
 */
function isGatedText(el: Element, length: number): boolean {
  if (length === 0 || linkShare(el, length) >= 0.25) return false;
  if (el.querySelector('input, button, select, textarea')) return false;
  const paragraphs = el.getElementsByTagName('p');
  let prose = 0;
  for (let i = 0; i < paragraphs.length && prose < MIN_GATED_PARAGRAPHS; i++)
    if (((paragraphs[i] as Element).textContent ?? '').trim().length > GATED_PARAGRAPH_CHARS)
      prose++;
  return prose >= MIN_GATED_PARAGRAPHS;
}

/** A block holding at least this share of the article's characters is the article's. */
const ARTICLE_SHARE = 0.5;
/** Links are more than this share of a block's text: a list of other pages. */
const LINK_LIST = 0.5;
/** A form control in a block shorter than this: a sign-up box, a poll, a search. */
const FORM_BOX_CHARS = 600;
/** Cards in a row: at least this many children, each a link with a heading or a picture. */
const MIN_CARDS = 3;
/** A card's text, at most: a headline and a line, not a section of the article. */
const MAX_CARD_CHARS = 300;

/**
 * Whether an element of this tag can be furniture by what it holds (a block, not a <p>). A
 * custom element (a hyphen in its tag: a web story's `<amp-story-page>`, a site's
 * `<related-list>`) is a block too; one holding half the article or more is still the article's.
 */
export function isFurnitureTag(tag: string): boolean {
  return CONTAINERS.has(tag) || tag.includes('-');
}

/** Whether the class or id of `el` names furniture. */
export function isNamedFurniture(el: Element): boolean {
  return namesFurniture(el, nameWords(el));
}

/** Whether the class or id of `el` names furniture by a word other than `except`. */
export function isNamedFurnitureBut(el: Element, except: string): boolean {
  return namesFurniture(
    el,
    nameWords(el).filter((word) => word !== except),
  );
}

/** Whether the class or id of `el` names furniture by a word not in `except`. */
export function isNamedFurnitureBeyond(el: Element, except: ReadonlySet<string>): boolean {
  return (
    except.size === 0 ||
    namesFurniture(
      el,
      nameWords(el).filter((word) => !except.has(word)),
    )
  );
}

/** The words a forum names its posts with ('ipsComment_content', 'comment-body', 'replies'). */
const DISCUSSION = wordList('comment', 'comments', 'replies', 'discussion');

/**
 * Whether `words`, the class and id words of `el`, name furniture. On a later page of a topic
 * every post is a reply and the posts are the page's text (later-page.ts): a forum that names
 * its posts as comments (Invision's `ipsComment`) does not make them furniture there.
 */
function namesFurniture(el: Element, words: readonly string[]): boolean {
  if (!hasWord(words, FURNITURE)) return false;
  // A post itself (or the list item wrapping it) is the page's text there, whatever a word of
  // its class says (WoltLab's `messageSidebarOrientationLeft` sets where the writer's cell goes).
  if (isLaterPagePost(el)) return false;
  let named = false;
  for (let i = 0; i < words.length; i++) {
    const word = words[i] as string;
    if (!isListed(word, FURNITURE) || isDenied(words, i)) continue;
    if (!isListed(word, DISCUSSION)) return true;
    named = true;
  }
  return named && !aroundLaterPagePosts(el);
}

/**
 * Whether `el` holds or is held by the posts of a later page of a topic: the posts, their
 * parts, and the wrappers a forum names for its comments around them (Vanilla's
 * `div.DataBox-Comments` under a 'Comments' heading) are the page's text there.
 */
function aroundLaterPagePosts(el: Element): boolean {
  const posts = laterPagePosts(el.ownerDocument);
  return !!posts && (posts.contains(el) || el.contains(posts));
}

/**
 * Whether `el` is one of the posts of a later page of a topic, or inside the item wrapping one:
 * a unit of the posts' block with one of its kind beside it (tag and first class), as the
 * thread's posts are (a board's announcement above them is not). Asked only where the page's
 * address may say so (mayBeLaterTopicPage, two string tests).
 */
function isLaterPagePost(el: Element): boolean {
  const doc = el.ownerDocument;
  if (!mayBeLaterTopicPage(doc)) return false;
  const posts = laterPagePosts(doc);
  const parent = el.parentElement;
  if (!posts || !parent) return false;
  const unit = parent === posts ? el : parent.parentElement === posts ? parent : null;
  if (!unit) return false;
  const kind = (unit.getAttribute('class') ?? '').trim().split(/\s+/)[0] ?? '';
  const alike = (s: Element | null) =>
    !!s &&
    s.localName === unit.localName &&
    s.getAttribute('class')?.trim().split(/\s+/)[0] === kind;
  return kind !== '' && (alike(unit.previousElementSibling) || alike(unit.nextElementSibling));
}

/** Whether a block's naming data attributes (data-qa, data-testid…) name furniture. */
function isDataNamedFurniture(el: Element): boolean {
  return namesFurniture(el, dataNameWords(el));
}

/**
 * The length of the article root's text: a number, or a length it is known to reach and a way
 * to read it, asked only when a block is long enough for the answer to matter (reading a long
 * article's whole text costs milliseconds).
 */
export type ArticleChars = number | { atLeast: number; read(): number };

/**
 * Whether `el`, inside the article, is furniture. `articleChars`: the length of the article
 * root's text, half of which no furniture holds.
 */
export function isFurnitureBlock(el: Element, articleChars: ArticleChars): boolean {
  const container = isFurnitureTag(el.localName);
  // A block's data attributes are read only when its class and id say nothing (a hashed class).
  // A custom element is named by its tag too (`<tw-promo>`, `<related-list>`).
  const classWords = nameWords(el);
  const tagWords = customTagWords(el);
  const words = tagWords.length > 0 ? classWords.concat(tagWords) : classWords;
  const byName = namesFurniture(el, words);
  const named = byName || (container && el.hasAttributes() && isDataNamedFurniture(el));
  if (!named && !container) return false;
  // A thread titled as one ("4 Comments", "Join the conversation") is the readers', however
  // long: a few long comments can hold more text than a short article above them.
  if (container && isTitledDiscussion(el) && !aroundLaterPagePosts(el)) return true;
  const length = (el.textContent ?? '').length;
  // A writer's box is the writer's even where it holds half of a short piece's text (four
  // paragraphs of biography under two of news): its name line, its biography going on from
  // that name and the page naming that name as its writer tell it, not its length.
  if (length > 0 && holdsHalf(length, articleChars))
    return container && length <= MAX_WRITER_BOX_CHARS && isWriterBox(el);
  // A reply titled as one ("Re: …"), longer than the post it answers, is the readers' too;
  // but a thread's later page holds replies only, and they are its text, the first of them
  // titled as a reply or not (later-page.ts knows the page by its address or pager).
  if (container && isReplyPost(el) && !amongRepliesOnly(el) && !aroundLaterPagePosts(el))
    return true;
  if (named) return !(isGateOnly(byName ? words : dataNameWords(el)) && isGatedText(el, length));
  if (length === 0) return false;
  if (isListUnderAwayLabel(el)) return true;
  // A block of text alone (a kicker, a byline line) holds no link, control, picture or card:
  // only its words can make it furniture. The checks below would find as much, after a query
  // each that a first scan pays cold.
  if (!el.firstElementChild)
    return length <= MAX_SMALL_BOX_CHARS && opensAuthorLabel(el.textContent ?? '');
  if (linkShare(el, length) > LINK_LIST) return true;
  if (length < FORM_BOX_CHARS && holdsFormControl(el)) return true;
  if (length <= MAX_WRITER_BOX_CHARS && isWriterBox(el)) return true;
  if (length <= OTHER_STORIES_CHARS && isUnderOtherStoriesHeading(el)) return true;
  if (
    length <= MAX_SMALL_BOX_CHARS &&
    (isTeaserCard(el) ||
      isHeadlineLinkCard(el) ||
      isReadOnCard(el, length) ||
      isPlayerWithCaption(el) ||
      isAuthorCard(el) ||
      isUnlinkedAuthorCard(el) ||
      opensAuthorLabel(el.textContent ?? ''))
  )
    return true;
  return isCardRow(el);
}

/**
 * Whether a list of links stands right under a heading that labels what follows as away from
 * the text ("See also", "Further reading", "External links"): its items lead to other pages,
 * each perhaps with a line describing it, whatever share of its text the links hold. The
 * heading may sit in a wrapper of its own (a wiki's heading block beside its edit link). Two
 * property reads for any other block; the text read is a heading's.
 */
function isListUnderAwayLabel(el: Element): boolean {
  const tag = el.localName;
  if (tag !== 'ul' && tag !== 'ol') return false;
  let label = el.previousElementSibling;
  if (label && !HEADINGS.has(label.localName)) {
    const first = label.localName === 'div' ? label.firstElementChild : null;
    label = first && HEADINGS.has(first.localName) ? first : null;
  }
  if (!label) return false;
  const text = (label.textContent ?? '').trim();
  return text.length <= MAX_AWAY_LABEL_CHARS && isAwayLabel(text) && !!el.querySelector('a[href]');
}

/** A section's label is a heading of a few words. */
const MAX_AWAY_LABEL_CHARS = 40;

/**
 * Whether a block opens with a heading naming what follows as other stories ('More news',
 * 'Most read', 'Related stories', 'You may also like') and holds a link to another page after
 * it: a box of other stories, whatever the length of their headlines or summaries. An
 * article's section opens with a subhead saying what it tells, never 'More news'. Two property
 * reads for a block not opening with a heading.
 */
function isUnderOtherStoriesHeading(el: Element): boolean {
  const heading = el.firstElementChild;
  if (!heading || !HEADINGS.has(heading.localName)) return false;
  const text = (heading.textContent ?? '').trim();
  if (text.length > MAX_AWAY_LABEL_CHARS || !OTHER_STORIES().test(text)) return false;
  for (let kid = heading.nextElementSibling; kid; kid = kid.nextElementSibling) {
    const link = kid.localName === 'a' ? kid : kid.querySelector('a[href]');
    const href = link?.getAttribute('href') ?? '';
    if (href !== '' && !href.startsWith('#') && !pointsToPage(href, el.ownerDocument)) return true;
  }
  return false;
}

/** A heading naming a box of other stories. */
const OTHER_STORIES = lazyPattern(
  () =>
    /^(?:more (?:news|stories|headlines|articles|coverage)|most (?:read|popular|viewed|shared|commented)(?: (?:stories|articles|news))?|related(?: news| stories| articles| coverage| posts)?|recommended(?: for you| stories| reading)?|you (?:may|might) (?:also )?like|(?:top|trending|popular|latest) (?:news|stories|headlines)|read (?:next|also)|also read|up next|in other news)$/i,
);

/** A box of other stories holds headlines and a line each, not an article's half. */
const OTHER_STORIES_CHARS = 3_000;

/**
 * Whether a short block holds a control a box asks the reader to use: a field (an e-mail
 * address, a search, a poll's choice) or a button that is not an action on the block's own
 * text. A live blog's entry, a post or a card carries its own "Share", "Like" and "Reply"
 * buttons, and an accordion's section the button that opens it (`aria-expanded`); a sign-up
 * box, a gate or a consent notice asks for a "Subscribe", a "Continue" or an "Accept".
 * Fields first (one query), then the buttons' words.
 */
function holdsFormControl(el: Element): boolean {
  const fields = el.querySelectorAll(FIELD);
  for (let i = 0; i < fields.length; i++)
    if (!isWordlessToggle(fields[i] as Element, el)) return true;
  const buttons = el.getElementsByTagName('button');
  for (let i = 0; i < buttons.length; i++) {
    const button = buttons[i] as Element;
    // A disclosure (an accordion's heading, a "Show more") opens the block's own text.
    if (button.hasAttribute('aria-expanded')) continue;
    // A post's counter is a button showing its count and naming its action in its label
    // ('14', 'Reply (14 replies)'): the count is passed over.
    const said = `${button.textContent ?? ''} ${button.getAttribute('aria-label') ?? ''}`
      .trim()
      .replace(LEADING_COUNT(), '');
    // An icon with no label (a share glyph) asks nothing in words.
    if (said !== '' && !OWN_ACTION().test(said)) return true;
  }
  // A link drawn as a button asks as a button does: a newsletter's captioned "Subscribe now",
  // a blog's "Join" card, a "Give" beside a plea for money (`a.button`, `a.btn`,
  // `a[role=button]`). A link of the prose is drawn as text. Asked only of a short block.
  const links = el.querySelectorAll(BUTTON_LINK);
  for (let i = 0; i < links.length; i++) {
    const link = links[i] as Element;
    if (link.getAttribute('role') !== 'button' && !hasWord(nameWords(link), BUTTON_WORDS)) continue;
    // A post's own counters and votes ('1 reply', '3') run a script where they are ('#'),
    // and say a number; a box's button says what to do and goes somewhere.
    const href = link.getAttribute('href') ?? '';
    if (href.startsWith('#') || href.startsWith('javascript:')) continue;
    const said = (link.textContent ?? '').trim();
    if (
      said.length > 0 &&
      said.length <= MAX_BUTTON_CHARS &&
      SAYS_WORDS().test(said) &&
      (!OWN_ACTION().test(said) || isUndatedCall(link, said, el))
    )
      return true;
  }
  return endsWithPlea(el);
}

/**
 * A button's words after any marks opening them: '→ Join' says 'Join'; '♥ 12', '+3' and '(2)'
 * say a number, a post's counter. Made on its first use (a short block holding a link drawn as
 * a button): a Unicode-property class costs its compilation.
 */
const SAYS_WORDS = lazyPattern(() => /^[^\p{L}\p{N}]*\p{L}/u);

/**
 * Whether a 'Share' is asked of the reader as a box's call: the link on a line of its own (its
 * parent holds its words only) in a block that, with the block around it, dates nothing. A
 * live blog's entry, a comment or a forum's post carries its Share beside its time; a
 * newsletter's captioned 'Share' box is a caption and the button. A post's other actions on
 * itself (Reply, Quote, Like) are never a box's call.
 */
function isUndatedCall(link: Element, said: string, block: Element): boolean {
  return (
    shareAlone(link, said) &&
    link.parentElement !== block &&
    !(block.parentElement ?? block).getElementsByTagName('time').length &&
    !sharedLikeItsKind(block)
  );
}

/** Whether `link`, saying `said`, is a 'Share' alone on its line (its parent holds its words only). */
function shareAlone(link: Element, said: string): boolean {
  return SHARE().test(said) && (link.parentElement?.textContent ?? '').trim() === said;
}

/**
 * Whether a block beside `block`, of its tag and class, carries a 'Share' line of its own: the
 * entries of a live blog that prints no times, each made from one template with its Share row.
 * A box asking the reader to share is one of a kind. Asked only where a Share line would make
 * a short block a call; reads its two neighbours' links.
 */
function sharedLikeItsKind(block: Element): boolean {
  const kind = block.getAttribute('class');
  if (!kind) return false;
  for (const next of [block.previousElementSibling, block.nextElementSibling]) {
    if (!next || next.localName !== block.localName || next.getAttribute('class') !== kind)
      continue;
    const links = next.getElementsByTagName('a');
    for (let i = 0; i < links.length; i++) {
      const link = links[i] as Element;
      if (shareAlone(link, (link.textContent ?? '').trim())) return true;
    }
  }
  return false;
}

const SHARE = lazyPattern(() => /^share\b/i);

/**
 * Whether a short block ends with a plea drawn as a plain link: its last words a link asking the
 * reader to give or to join ('Give', 'Donate now', 'Become a member'), standing after its
 * sentences have ended (alone on its line, or after a full stop). A paragraph of prose ends
 * with its sentence, the link inside it. Only the block's last element is looked at, and the
 * words asked of one link: a cheap test for every short block.
 */
function endsWithPlea(el: Element): boolean {
  let last: Element = el;
  while (last.lastElementChild) last = last.lastElementChild;
  // The link holding the last element, if any, found between it and the block.
  let link: Element | null = last;
  while (link && link !== el && link.localName !== 'a') link = link.parentElement;
  if (!link || link === el || !link.hasAttribute('href')) return false;
  const said = (link.textContent ?? '').trim();
  if (said.length === 0 || said.length > MAX_BUTTON_CHARS) return false;
  const href = link.getAttribute('href') ?? '';
  if (href.startsWith('#') || href.startsWith('javascript:')) return false;
  // Nothing after the link but space.
  for (let node: Node | null = link; node && node !== el; node = node.parentNode)
    for (let next = node.nextSibling; next; next = next.nextSibling)
      if ((next.textContent ?? '').trim() !== '') return false;
  const line = link.parentElement as Element;
  const before = (line.textContent ?? '').trim().slice(0, -said.length).trim();
  const apart = before === '' || SENTENCE_END.has(before.charCodeAt(before.length - 1));
  return apart && PLEA().test(said);
}

/** A sentence's last character: a full stop, '!', '?', or a closing quote or bracket after one. */
const SENTENCE_END = new Set([46, 33, 63, 8221, 8217, 34, 41]);

/**
 * A plea's words: to give money, or to join the people who do, or to come (an events box's
 * 'Register' or 'RSVP' after a talk's line); in English, and in the French, Spanish and German
 * a site's other editions ask in ('Faire un don', 'Suscríbete', 'Jetzt spenden').
 */
const PLEA = lazyPattern(
  () =>
    /^(?:give|donate|contribute|chip in|support us|support our|join|subscribe|sign up|register|rsvp|book (?:now|your (?:place|seat|ticket))|get tickets|become a (?:member|supporter|subscriber|donor|patron)|faire un don|je (?:donne|soutiens|fais un don|m['’]abonne)|soutenir|soutenez|s['’]abonner|abonnez-vous|adhérer|devenir (?:membre|abonné)|dona|donar|haz una donación|apoya|apóyanos|suscríbete|suscribirse|hazte (?:socio|miembro|suscriptor)|colabora|spenden|jetzt (?:spenden|unterstützen|abonnieren)|unterstützen|abonnieren|mitglied werden)(?![\p{L}\p{N}])/iu,
);

/**
 * Links that may be drawn as buttons, by their role or a class holding a button's name, in
 * lower case or as a component's capitalised name (CSS-in-JS labels: 'css-1ww3-InsetButton',
 * 'sc-CtaBtn'); a class's letters match case for case.
 */
const BUTTON_LINK =
  'a[href][role="button"], a[href][class*="btn"], a[href][class*="button"], a[href][class*="Btn"], a[href][class*="Button"]';

/** The class words of a link drawn as a button ('button primary', 'kg-btn', 'btn-cta'). */
const BUTTON_WORDS = wordList('button', 'btn');

/** A button says what it does in a few words; a longer link is a headline or a sentence. */
const MAX_BUTTON_CHARS = 32;

/**
 * A checkbox that only shows or hides something, asking the reader nothing in words: a
 * sidenote's or a menu's toggle, an `<input type=checkbox>` whose `<label>` (the glyph or the
 * number the reader clicks) holds no word. A poll's or a consent box's choices are labelled
 * in words. Its label is the one wrapping it or one in `block` naming its id.
 */
function isWordlessToggle(field: Element, block: Element): boolean {
  if (field.getAttribute('type')?.toLowerCase() !== 'checkbox') return false;
  let label: Element | null = field.closest('label');
  const id = field.getAttribute('id');
  if (!label && id) {
    const labels = block.getElementsByTagName('label');
    for (let i = 0; i < labels.length && !label; i++)
      if ((labels[i] as Element).getAttribute('for') === id) label = labels[i] as Element;
  }
  return !!label && (label.textContent ?? '').trim().length <= MAX_GLYPH_CHARS;
}

/** A toggle's label with no word: empty (a number drawn by CSS) or a glyph ('⊕', '☰'). */
const MAX_GLYPH_CHARS = 1;

/** A form control other than a button (a hidden input carries no question to the reader). */
const FIELD = 'input:not([type="hidden"]), select, textarea';

/** What a button on a post or an entry does with it: share it, react to it, answer it. */
const OWN_ACTION = lazyPattern(
  () =>
    /^(?:share|like|love|react|comment|reply|quote|copy(?: link)?|link|tweet|repost|post|email|e-mail|print|save|bookmark|report|upvote|downvote|vote|more|follow)\b/i,
);

/** A count opening a button's text ('14', '2.1K'), before the label naming its action. */
const LEADING_COUNT = lazyPattern(() => /^\d[\d.,]*[KkMm]?\s+/);

/**
 * A teaser or an author card holds at most this much: a headline or a name, and a line or two.
 * Only blocks this short are asked (isTeaserCard, isAuthorCard), with a query of their own.
 */
const MAX_SMALL_BOX_CHARS = 600;

/**
 * One card for another story between the paragraphs, unnamed ("READ MORE", a linked headline,
 * a line of summary): a heading inside a link, or a link filling a heading. An article's
 * prose never wraps its headings in links.
 */
function isTeaserCard(el: Element): boolean {
  // One query for both forms; the first form is asked again only where a linked heading that
  // makes no card comes first (rare: a block holding a linked heading at all is).
  const hit = el.querySelector(HEADLINE_OR_LINKED_HEADING);
  if (!hit) return false;
  if (hit.localName !== 'a') return true;
  return fillsHeadingAway(hit, el) || !!el.querySelector(TEASER_HEADLINE);
}

const TEASER_HEADLINE = 'a[href] h2, a[href] h3, a[href] h4, a[href] h5, a[href] h6';

/** A heading inside a link, or a link as a heading's child. */
const HEADLINE_OR_LINKED_HEADING = `${TEASER_HEADLINE}, h2 > a[href], h3 > a[href], h4 > a[href], h5 > a[href], h6 > a[href]`;

/**
 * Whether `box` is another story's card under a label: a short line holding no link ('Related
 * to this story'), then a heading filled by a link to another page (a headline's length), then
 * a summary, as a local paper sets one between the paragraphs (`h4` label, `h3 > a`, a line).
 * A live blog's entry or a forum's post opens with its linked title (or its time's link), no
 * label before it; a heading linked to the page itself (a blog post's title as its permalink)
 * or repeating the page's `<h1>` is the page's own. With no label, the card opens with its
 * picture linked where its headline goes (a thumbnail, a headline, a summary: TownNews' inline
 * card with its label left off): an entry's title and picture do not both lead away.
 */
function fillsHeadingAway(link: Element, box: Element): boolean {
  const href = link.getAttribute('href') ?? '';
  if (href === '' || href.startsWith('#')) return false;
  const title = (link.textContent ?? '').trim();
  const heading = link.parentElement as Element;
  if (title.length < HEADLINE_LINK_CHARS || (heading.textContent ?? '').trim() !== title)
    return false;
  // No link before the headline's but the card's picture (no text), to the same page: an
  // entry's time linked to it is not a label.
  const first = box.querySelector(CARD_LINK);
  if (first !== link && (first?.getAttribute('href') !== href || first.textContent?.trim()))
    return false;
  const text = (box.textContent ?? '').trim();
  const at = text.indexOf(title);
  const label = text.slice(0, at).trim();
  if (at < 0 || (label === '' && first === link) || label.length > MAX_LABEL_CHARS) return false;
  if (text.length - at <= title.length + HEADLINE_LINK_CHARS) return false;
  const doc = box.ownerDocument;
  if ((doc.querySelector('h1')?.textContent ?? '').trim() === title) return false;
  return !pointsToPage(href, doc);
}

/** Whether `href` is the page's own address (its canonical link or `og:url`), path or whole. */
function pointsToPage(href: string, doc: Document): boolean {
  const own =
    doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ??
    doc.querySelector('meta[property="og:url"]')?.getAttribute('content') ??
    '';
  if (own === '') return false;
  const path = (url: string) => url.replace(/^[a-z]+:\/\/[^/]+/i, '').replace(/[?#].*$/, '');
  return path(href) === path(own);
}

/**
 * A video between the paragraphs with its caption: a short block holding a player (a `<video>`,
 * an embed's frame, a player's element or placeholder marked with the video's id, as
 * Brightcove's `data-video-id`) beside a line or two of text, one paragraph at most and no
 * heading. The line says what the video shows (another report, often the network's own), not
 * the article's prose; a section of the article with a video in it has its subhead or more
 * paragraphs. A titled player (a podcast's or a video's embed: the show's name, the episode's
 * title, a line on it) is one too where the box is card-short and set between paragraphs, and
 * where its title is a heading in a wrapper apart (a section opens with its subhead as its own
 * child) or a second paragraph with the player wrapped apart from the lines (a section's
 * paragraphs and its video sit side by side).
 */
function isPlayerWithCaption(el: Element): boolean {
  const player = el.querySelector(PLAYER);
  const paragraphs = el.getElementsByTagName('p').length;
  if (!player || paragraphs > 2) return false;
  const heading = el.querySelector('h1, h2, h3, h4, h5, h6');
  if (!heading && paragraphs <= 1) return true;
  // A section opens with its subhead as its own child; a video's card puts its title after the
  // player (a thumbnail, then the title and a line).
  if (
    heading
      ? heading.parentElement === el && precedes(heading, player)
      : !isWrappedApart(player, el)
  )
    return false;
  return (el.textContent ?? '').length <= MAX_CARD_CHARS && standsAmongParagraphs(el);
}

/** Whether `player` sits in a wrapper of its own inside `box`, holding no text. */
function isWrappedApart(player: Element, box: Element): boolean {
  const wrapper = player.parentElement;
  return !!wrapper && wrapper !== box && (wrapper.textContent ?? '').trim() === '';
}

/**
 * Whether `el` sits in a run of prose: the element before or after it is a paragraph, or, where
 * a site wraps every paragraph and embed in a component of its own (Vox's
 * `article-body-component`s, BBC's text-blocks), the wrapper holding `el` alone has a neighbour
 * holding a paragraph alone. A few property reads, asked only of a short titled player's box.
 */
function standsAmongParagraphs(el: Element): boolean {
  if (el.previousElementSibling?.localName === 'p' || el.nextElementSibling?.localName === 'p')
    return true;
  const wrapper = el.parentElement;
  if (!wrapper || wrapper.firstElementChild !== el || wrapper.lastElementChild !== el) return false;
  return (
    holdsParagraphAlone(wrapper.previousElementSibling) ||
    holdsParagraphAlone(wrapper.nextElementSibling)
  );
}

/** Whether `el` holds one element, a paragraph (through one more wrapper of one child at most). */
function holdsParagraphAlone(el: Element | null): boolean {
  for (let depth = 0; el && depth < 2; depth++) {
    const only = el.firstElementChild;
    if (!only || only !== el.lastElementChild) return false;
    if (only.localName === 'p') return true;
    el = only;
  }
  return false;
}

/** The tags of a player that stands in a paragraph or fills a box alone. */
const PLAYER_TAGS = new Set(['video', 'iframe', 'video-js', 'amp-video', 'amp-youtube']);
/** A player anywhere in a box: one of PLAYER_TAGS, or an element a site marks as its video. */
const PLAYER = [...PLAYER_TAGS, '[data-video-id]'].join(', ');

/**
 * Whether a paragraph is a player's caption line, not prose: a short paragraph that opens with
 * the player itself (a classic editor's `<p><iframe>…</iframe><br>Watch: …</p>`), or that
 * stands right after a box holding a player and nothing else, set as a caption (all of it one
 * italic run, or named a caption). A paragraph of prose after a video is set as the others
 * are. One property read for most paragraphs (the element before it), a few for those after a
 * box.
 */
export function isPlayerCaption(p: Element): boolean {
  const first = p.firstElementChild;
  if (first && PLAYER_TAGS.has(first.localName)) {
    for (let node = p.firstChild; node && node !== first; node = node.nextSibling)
      if (node.nodeType === 3 && (node as Text).data.trim() !== '') return false;
    return (p.textContent ?? '').trim().length <= MAX_CARD_CHARS;
  }
  const box = p.previousElementSibling;
  if (!box || !isPlayerAlone(box)) return false;
  const text = (p.textContent ?? '').trim();
  if (text.length === 0 || text.length > MAX_CARD_CHARS) return false;
  if (hasWord(nameWords(p), CAPTION_NAME)) return true;
  const run = p.firstElementChild;
  return (
    !!run &&
    run === p.lastElementChild &&
    (run.localName === 'em' || run.localName === 'i') &&
    (run.textContent ?? '').trim() === text
  );
}

const CAPTION_NAME = wordList('caption', 'figcaption');

/**
 * Whether a box (a `<div>` or a `<figure>`) holds a player and nothing else: through wrappers
 * of one child each, PLAYER_ALONE_DEPTH deep at most, to the player, with no text on the way.
 */
function isPlayerAlone(box: Element): boolean {
  if (box.localName !== 'div' && box.localName !== 'figure') return false;
  let el: Element = box;
  for (let depth = 0; depth < PLAYER_ALONE_DEPTH; depth++) {
    const only = el.firstElementChild;
    if (!only || only !== el.lastElementChild) return false;
    if (PLAYER_TAGS.has(only.localName)) return (box.textContent ?? '').trim() === '';
    el = only;
  }
  return false;
}

/** Wrappers around a player alone looked through (a responsive box, its ratio keeper). */
const PLAYER_ALONE_DEPTH = 3;

/** A link this long, standing on its own line, is a headline (a name or "@account" is shorter). */
const HEADLINE_LINK_CHARS = 25;

/** Blocks that can hold a teaser's summary line. */
const SUMMARY_TAGS = new Set(['p', 'div', 'span']);

/**
 * One card for another story written without a heading (hashed classes, no name): the block
 * is links (a picture's, then a headline's) standing on their own, then at most one summary
 * line. An article's prose puts its links inside sentences, never a headline-long link alone
 * at the head of a block with no text around it.
 */
function isHeadlineLinkCard(el: Element): boolean {
  let headline = false;
  let summaries = 0;
  for (let node = el.firstChild; node; node = node.nextSibling) {
    if (node.nodeType === 3) {
      if ((node as Text).data.trim() !== '') return false;
      continue;
    }
    if (node.nodeType !== 1) continue;
    const kid = node as Element;
    if (kid.localName === 'a' && kid.hasAttribute('href') && summaries === 0) {
      if ((kid.textContent ?? '').trim().length >= HEADLINE_LINK_CHARS) headline = true;
      continue;
    }
    if (!headline || !SUMMARY_TAGS.has(kid.localName) || ++summaries > 1) return false;
  }
  return headline;
}

/**
 * Another story's card drawn as one link (`<a href><div>headline</div><div>summary</div></a>`):
 * a link to another page holding blocks, a heading or two lines or more, card-short. A link in
 * prose holds words, at most a picture; only a card wraps lines of its own. Asked only of a
 * link that holds an element.
 */
export function isBlockLinkCard(link: Element): boolean {
  const href = link.getAttribute('href') ?? '';
  if (href === '' || href.startsWith('#') || href.startsWith('javascript:')) return false;
  let lines = 0;
  for (let kid = link.firstElementChild; kid; kid = kid.nextElementSibling) {
    const tag = kid.localName;
    if (!LINK_CARD_LINES.has(tag) || (kid.textContent ?? '').trim() === '') continue;
    if (HEADINGS.has(tag)) lines++;
    lines++;
  }
  if (lines < 2) return false;
  const length = (link.textContent ?? '').trim().length;
  return (
    length >= HEADLINE_LINK_CHARS &&
    length <= MAX_CARD_CHARS &&
    !pointsToPage(href, link.ownerDocument)
  );
}

/** The blocks a card drawn as one link sets its lines in. */
const LINK_CARD_LINES = new Set(['div', 'p', 'h2', 'h3', 'h4', 'h5', 'h6']);

/**
 * Another story's card whose heading is no link: a card-short block holding a heading, one line
 * of summary at most, and a link saying only to read on ("Read more", "Continue reading", "Full
 * story") to another page. An article's section opens with its subhead too, but its links sit
 * in its sentences, never a bare "Read more" after one paragraph. Asked of short blocks only;
 * the phrase is tested on a link's text only where a heading stands in the block.
 */
function isReadOnCard(el: Element, length: number): boolean {
  if (length > MAX_CARD_CHARS || el.getElementsByTagName('p').length > 1) return false;
  const heading = el.querySelector('h2, h3, h4, h5, h6');
  if (!heading || heading.querySelector('a[href]')) return false;
  const links = el.getElementsByTagName('a');
  for (let i = 0; i < links.length; i++) {
    const link = links[i] as Element;
    const href = link.getAttribute('href') ?? '';
    if (href === '' || href.startsWith('#') || href.startsWith('javascript:')) continue;
    const said = (link.textContent ?? '').trim();
    if (said.length <= MAX_BUTTON_CHARS && READ_ON().test(said))
      return !pointsToPage(href, el.ownerDocument);
  }
  return false;
}

/**
 * A link's whole text saying to read, hear or watch it elsewhere ('Read more', 'Listen now',
 * 'Watch'), an arrow or a '»' after it at most.
 */
const READ_ON = lazyPattern(
  () =>
    /^(?:(?:read|listen|watch)(?: (?:more|on|now|here|the (?:full )?(?:story|article|episode|video)))?|continue reading|full (?:story|article)|more)\s*[›»→>.…]*$/i,
);

/**
 * An author card, unnamed: a short block whose first link goes to a writer's page
 * ("/author/…", "/people/…", "/by/…") and whose text goes on from that name as a biography
 * does ("Jane Doe is a correspondent…", "… covers …"). A byline above the lead paragraph
 * ("By Jane Doe, Reuters — BAGHDAD …") is not one.
 */
function isAuthorCard(el: Element): boolean {
  const link = el.querySelector('a[href]');
  const href = link?.getAttribute('href') ?? '';
  if (!link || !AUTHOR_PAGE().test(href)) return false;
  // "/people/…" also holds the pages of the people a story names ("<a>the minister</a> has
  // said…" opening a paragraph): only with a headshot is it a writer's card.
  if (!STAFF_PAGE().test(href) && !el.querySelector('img')) return false;
  const name = (link.textContent ?? '').trim();
  if (name.length < 3) return false;
  return goesOnAsBio(el.textContent ?? '', name);
}

/**
 * Whether `text` goes on from `name`, near its start, as a biography does. A card may print the
 * name twice, as its title and opening its bio ("Jane Doe" / "Jane Doe is a correspondent…"):
 * the second time it stands within the name's length of where the first may.
 */
function goesOnAsBio(text: string, name: string): boolean {
  const within = BIO_NAME_WITHIN + name.length;
  for (let at = text.indexOf(name); at >= 0 && at <= within; at = text.indexOf(name, at + 1))
    if (BIO_GOES_ON().test(text.slice(at + name.length))) return true;
  return false;
}

/**
 * An author card with no link at all: a headshot, then a bold name opening the text and a
 * biography going on from it ("<strong>Jane Doe</strong> covers…"). A photo's caption
 * naming who is pictured ("<b>The minister</b> is greeted…") sits in a figcaption: not one.
 */
function isUnlinkedAuthorCard(el: Element): boolean {
  if (el.localName === 'figure' || !el.querySelector('img')) return false;
  const bold = el.querySelector('strong, b');
  if (!bold || bold.closest('figcaption, a')) return false;
  const name = (bold.textContent ?? '').trim();
  if (!PERSON_NAME().test(name)) return false;
  return goesOnAsBio(el.textContent ?? '', name);
}

/**
 * A person's name as a bold run writes it: two to four capitalised words, in Latin letters
 * (a Unicode-property class would cost its compilation on a page's first scan).
 */
const PERSON_NAME = lazyPattern(
  () =>
    /^[A-Z\u00c0-\u00de][A-Za-z\u00c0-\u024f'’.-]+(?:\s+[A-Z\u00c0-\u00de][A-Za-z\u00c0-\u024f'’.-]*){1,3}$/,
);

/**
 * A writer's box however long (a magazine's contributor box of several paragraphs, longer
 * than a short piece above it): a heading near its top holding only a name, the text going on
 * from that name as a biography, and the page naming that name as its writer elsewhere (an
 * author meta, a byline). A profile's section headed by the person it is about names no
 * writer of the page. The heading is looked for by property reads among the box's first
 * children and theirs; the page's writers are asked only once one is found.
 */
function isWriterBox(el: Element): boolean {
  const heading = nameHeading(el);
  if (!heading) return false;
  const name = (heading.textContent ?? '').trim();
  // The name's own test first: the box's whole text is read only for a name.
  if (name.length > MAX_NAME_CHARS || !PERSON_NAME().test(name)) return false;
  if (!goesOnAsBio(el.textContent ?? '', name)) return false;
  return namedAsWriters(el.ownerDocument, [name], el).size > 0;
}

/**
 * Whether a paragraph's parent `el`, or the block around it, is a writer's box (isWriterBox):
 * asked where the article is looked for, so that a box of biography set beside a short piece,
 * outside its block and holding more prose, is not taken for it.
 */
export function inWriterBox(el: Element): boolean {
  for (let e: Element | null = el, up = 0; e && up < 2; e = e.parentElement, up++) {
    if (!CONTAINERS.has(e.localName) && e.localName !== 'aside') continue;
    if (isWriterBox(e) && (e.textContent ?? '').length <= MAX_WRITER_BOX_CHARS) return true;
  }
  return false;
}

/** A writer's name, as a heading prints it, is at most this long. */
const MAX_NAME_CHARS = 60;

/** A writer's box, its biography's paragraphs included, is at most this long. */
const MAX_WRITER_BOX_CHARS = 2_000;

/** How many of a box's first children (and of each of theirs) may come before its heading. */
const WRITER_HEADING_AMONG = 3;

/**
 * A heading (`<h2>`–`<h6>`) or a name line among the first children of `el` or of one of them,
 * or null.
 */
function nameHeading(el: Element): Element | null {
  let kid = el.firstElementChild;
  for (let i = 0; kid && i < WRITER_HEADING_AMONG; i++, kid = kid.nextElementSibling) {
    if (HEADINGS.has(kid.localName) || isNameLine(kid)) return kid;
    let inner = kid.firstElementChild;
    for (let j = 0; inner && j < WRITER_HEADING_AMONG; j++, inner = inner.nextElementSibling)
      if (HEADINGS.has(inner.localName) || isNameLine(inner)) return inner;
  }
  return null;
}

/**
 * Whether `el` is a line holding a name and nothing else, set as a writer's box sets its title
 * where it is no heading (`<p class="author-name">`, a `<span>` or bold run, a link to the
 * writer's page): a short block or run of text alone, at most a link or a bold run inside it.
 * Its words are tested as a name by isWriterBox; a line of the bio is longer.
 */
function isNameLine(el: Element): boolean {
  if (!NAME_LINE_TAGS.has(el.localName)) return false;
  const inner = el.firstElementChild;
  if (inner && (inner.nextElementSibling || !NAME_LINE_TAGS.has(inner.localName))) return false;
  if (inner?.firstElementChild) return false;
  const length = (el.textContent ?? '').trim().length;
  return length > 0 && length <= MAX_NAME_CHARS;
}

/** What a writer's box sets its name line in, when not in a heading. */
const NAME_LINE_TAGS = new Set(['p', 'div', 'span', 'strong', 'b', 'a']);

/** The path segments of the site's own writers' pages. */
const STAFF_SEGMENTS =
  'authors?|by|staff|contributors?|writers?|journalists?|reporters?|columnists?';

/** A path with one of `segments` followed by a page under it. */
const pageUnder = (segments: string) => new RegExp(`(?:^|\\/)(?:${segments})\\/[^/?#]`, 'i');

/** A page of the site's own writers only (not "/people/", "/profile/"). */
const STAFF_PAGE = lazyPattern(() => pageUnder(STAFF_SEGMENTS));

/** How far into an author card its writer's name can come ("About the author" before it). */
const BIO_NAME_WITHIN = 40;

/** What follows a writer's name in a biography. */
const BIO_GOES_ON = lazyPattern(
  () => /^\s*(?:is|was|has|covers|writes|reports|joined|leads|edits|previously)\b/,
);

/** How a short box about the writer begins, whatever its markup. */
const AUTHOR_LABEL = lazyPattern(
  () => /^\s*(?:about the (?:author|writer|reporter)|written by|author bio)/i,
);

/**
 * AUTHOR_LABEL's test, told without compiling it where the text's first letter is not one of
 * its words' (a, w, in either case): trimStart() skips what its `\s*` does.
 */
function opensAuthorLabel(text: string): boolean {
  const c = text.trimStart().charCodeAt(0) | 32;
  return (c === 97 || c === 119) && AUTHOR_LABEL().test(text);
}

/** A writer's page on a news site: a path segment naming its writers, or people and profiles. */
const AUTHOR_PAGE = lazyPattern(() => pageUnder(`${STAFF_SEGMENTS}|people|profiles?`));

/**
 * A writer's biography set as the article's closing paragraph, with no box, link or headshot
 * to know it by: the block's last paragraph, opened by an italic or bold run, reading as a
 * biography ("<em>Jane Doe covers security for …</em>", "<strong>Jane Doe</strong> is …"), or
 * in plain type opened by the name of the page's writer ("Jane Doe covers Iraq for …") or by
 * a name whose trade it says is writing ("Jane Doe is a freelance journalist …").
 * A few property reads and one anchored test of its opening words for any other paragraph.
 */
export function isSignOffBio(p: Element): boolean {
  // Only a block's last paragraph can be one: asked first, so that every other paragraph costs
  // two property reads, and the expressions run on a few paragraphs of a page, not on each.
  if (!isLastParagraph(p)) return false;
  // Set in plain type, it opens with the name of the page's writer (the byline's, the meta's).
  const first = p.firstChild;
  const plain = first?.nodeType === 3 ? (first as Text).data : '';
  // Or it says what it is ('Written by <a>Jane Doe</a>, who covers…', 'About the author: …').
  if (opensAuthorLabel(plain)) return (p.textContent ?? '').length <= MAX_SMALL_BOX_CHARS;
  if (plain.trim() !== '') {
    const opening = opensWithName(plain) ? BIO_OPENING().exec(plain) : null;
    if (!opening) return false;
    const name = opening[1] ?? '';
    return (
      isPlainWritersBio(p, name) ||
      (WRITER_TRADE().test(plain.slice(plain.indexOf(name) + name.length)) &&
        (p.textContent ?? '').length <= MAX_SMALL_BOX_CHARS)
    );
  }
  const run = p.firstElementChild;
  if (!run || !SIGN_OFF_RUN.has(run.localName)) return false;
  // The run opens the paragraph: nothing but white space before it; in italics, it is all of
  // it. A bold name opens a bio only after a rule ("<hr>") setting it off from the story: a
  // who's who of a story opens its paragraphs with bold names too.
  const italic = run.localName === 'em' || run.localName === 'i';
  for (let node = p.firstChild; node; node = node.nextSibling) {
    if (node === run) {
      if (italic) continue;
      break;
    }
    if (node.nodeType !== 3 || (node as Text).data.trim() !== '') return false;
  }
  if (!italic && p.previousElementSibling?.localName !== 'hr') return false;
  const text = p.textContent ?? '';
  return text.length <= MAX_SMALL_BOX_CHARS && opensWithName(text) && BIO_OPENING().test(text);
}

/**
 * The sign-off biography (isSignOffBio) on a page that sets its paragraphs as `<div>`s, with
 * no `<p>` at all (a React app's 'Text_block__x' divs): the last of a run of paragraph divs,
 * holding text and inline runs only, after a div that opens with text. Those property reads
 * come first, so the biography's test runs on a block's last text div only.
 */
export function isDivSignOffBio(div: Element): boolean {
  const before = div.previousElementSibling;
  if (before?.localName !== 'div' || !opensWithText(before)) return false;
  for (let next = div.nextElementSibling; next; next = next.nextElementSibling)
    if (next.localName === 'div' || next.localName === 'p') return false;
  for (let child = div.firstElementChild; child; child = child.nextElementSibling)
    if (!INLINE_RUNS.has(child.localName)) return false;
  return isSignOffBio(div);
}

/** Whether `el`'s first node is text with words: a paragraph set as a block of its own. */
function opensWithText(el: Element): boolean {
  const first = el.firstChild;
  return first?.nodeType === 3 && (first as Text).data.trim() !== '';
}

/** The runs a paragraph set as a `<div>` holds. */
const INLINE_RUNS = new Set(['a', 'em', 'i', 'strong', 'b', 'span', 'br']);

/**
 * A line closing the article that says where it appeared in print ("A version of this article
 * appears in print on …, with the headline: …", "This article appeared in the … section of the
 * print edition under the headline …"): the newspaper's record, the print headline quoted in
 * it no sentence of the story. The last paragraph of its block only, opened by 'A' or 'T'.
 */
export function isPrintEditionLine(p: Element): boolean {
  const first = p.firstChild;
  const plain = first?.nodeType === 3 ? (first as Text).data.trimStart() : '';
  const c = plain.charCodeAt(0);
  if ((c !== 65 && c !== 84) || !isLastParagraph(p)) return false;
  return PRINT_EDITION().test(plain);
}

const PRINT_EDITION = lazyPattern(
  () =>
    /^(?:a version of )?this (?:article|story|report|column|piece) (?:appears|appeared|ran|was published) .{0,80}?\bprint\b/i,
);

/**
 * Whether `text` opens as BIO_OPENING's name does: after white space, a capital, lower-case
 * letters (or ' ’ . -), white space, then another capital. Told from the characters, so that
 * a closing paragraph opening otherwise ("The talks resume…") never compiles the expression.
 */
function opensWithName(text: string): boolean {
  const t = text.trimStart();
  if (!isAsciiCapital(t.charCodeAt(0))) return false;
  let i = 1;
  while (i < t.length && isNameLetter(t.charCodeAt(i))) i++;
  if (i === 1 || i >= t.length || !isSpace(t.charCodeAt(i))) return false;
  while (i < t.length && isSpace(t.charCodeAt(i))) i++;
  return isAsciiCapital(t.charCodeAt(i));
}

/** A-Z. */
function isAsciiCapital(c: number): boolean {
  return c >= 65 && c <= 90;
}

/** What BIO_OPENING's `[a-z'’.-]` takes. */
function isNameLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || c === 39 || c === 0x2019 || c === 46 || c === 45;
}

/**
 * Whether the paragraph `p` is boilerplate under an "About …" label: a press release closes
 * with "About the Riverton Institute" (a bold line or a heading) and a paragraph on the
 * organisation, whatever it says; a blog post with "About the author" and a bio. The nearest
 * label among the few blocks before it decides; a subhead of the story ("About the deal", in
 * lower case) names no one, and a heading that is no such label ends the search.
 * A few property reads per paragraph; text is read only of a label's candidates.
 */
export function isUnderAboutLabel(p: Element, labelled?: Map<Node, boolean>): boolean {
  // Most blocks of paragraphs hold no "About …" label at all: known once per block when the
  // caller keeps `labelled` for a reading, so that each paragraph costs a lookup, not the
  // reads of the blocks before it.
  const block = p.parentNode;
  if (labelled && block) {
    let holds = labelled.get(block);
    if (holds === undefined) {
      holds = holdsAboutLabel(block);
      labelled.set(block, holds);
    }
    if (!holds) return false;
  }
  let prev = p.previousElementSibling;
  for (let i = 0; prev && i < ABOUT_REACH; i++, prev = prev.previousElementSibling) {
    const tag = prev.localName;
    const heading = HEADINGS.has(tag);
    const boldLine =
      tag === 'p' &&
      prev.childElementCount === 1 &&
      SIGN_OFF_RUN.has((prev.firstElementChild as Element).localName);
    if (!heading && !boldLine) continue;
    const text = shortLabel(prev);
    if (text === null) {
      if (heading) return false;
      continue;
    }
    if (isAboutLabel(text))
      return (
        WRITERS_LABEL().test(text) || namesTheSite(text, p.ownerDocument) || !storyGoesOn(prev)
      );
    if (heading || text === (prev.firstElementChild?.textContent ?? '').trim()) return false;
  }
  return false;
}

/**
 * Whether any child of `block` reads as an "About …" label where isUnderAboutLabel looks for
 * one (a heading, or a paragraph of one bold or italic run): without one, none of its
 * paragraphs is under such a label.
 */
function holdsAboutLabel(block: ParentNode): boolean {
  for (let el = block.firstElementChild; el; el = el.nextElementSibling) {
    const tag = el.localName;
    const boldLine =
      tag === 'p' &&
      el.childElementCount === 1 &&
      SIGN_OFF_RUN.has((el.firstElementChild as Element).localName);
    if (!HEADINGS.has(tag) && !boldLine) continue;
    const text = shortLabel(el);
    if (text !== null && isAboutLabel(text)) return true;
  }
  return false;
}

/**
 * Whether an "About …" label names the site itself ('About The Tigris Ledger' on The Tigris
 * Ledger): its boilerplate, wherever it stands and whatever its prose says ('We are a
 * reader-funded newsroom…' describes no organisation in the words a release uses). The site's
 * name is read where a page gives it: og:site_name, application-name, or the last part of its
 * `<title>` ('What the plan means – The Tigris Ledger'). Asked only of an "About" label.
 */
function namesTheSite(label: string, doc: Document): boolean {
  const named = comparable(label.replace(/^about\s+/i, ''));
  if (named.length < MIN_SITE_NAME_CHARS) return false;
  const names = [
    doc.querySelector('meta[property="og:site_name"]')?.getAttribute('content'),
    doc.querySelector('meta[name="application-name"]')?.getAttribute('content'),
    TITLE_SITE.exec(doc.title ?? '')?.[1],
  ];
  return names.some((name) => !!name && comparable(name) === named);
}

/** A site's name ends its `<title>` after a dash or a bar: 'Headline – Site', 'Headline | Site'. */
const TITLE_SITE = /\s[|\u2013\u2014-]\s([^|\u2013\u2014]{3,60})$/;

/** A site's name is longer than a word or two of letters ('Us' is WRITERS_LABEL's). */
const MIN_SITE_NAME_CHARS = 3;

/** A name as compared: lower case, without a leading 'the' and without punctuation. */
function comparable(name: string): string {
  return name
    .toLowerCase()
    .replace(/^\s*the\s+/, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** An "About" label naming the site or its writers, never a subhead of the story. */
const WRITERS_LABEL = lazyPattern(
  () => /^about\s+(?:the\s+)?(?:us|authors?|writers?|contributors?|editors?)\b/i,
);

/**
 * Whether the story goes on around the section an "About …" label opens: prose before the
 * label, and after the section a later subhead, not
 * another "About" nor a release's closing label (a contact, forward-looking statements), is
 * followed by a paragraph of prose. A news story's subhead "About Erbil" opens a section on
 * the place in the middle of the story; a press release's "About the Institute" closes its
 * text, with only contacts and legal notes after it. Reads up to ABOUT_AFTER blocks.
 */
function storyGoesOn(label: Element): boolean {
  // The section sits inside the story: prose before its label too.
  let before = false;
  let prev = label.previousElementSibling;
  for (let i = 0; prev && i < ABOUT_AFTER && !before; i++, prev = prev.previousElementSibling)
    before = prev.localName === 'p' && (prev.textContent ?? '').trim().length > ABOUT_PROSE_CHARS;
  if (!before) return false;
  // Another 'About' section before this one: a release's boilerplates, one after the other.
  for (
    let i = 0, e = label.previousElementSibling;
    e && i < ABOUT_AFTER;
    i++, e = e.previousElementSibling
  ) {
    const text = isLabelLine(e) ? shortLabel(e) : null;
    if (text !== null && isAboutLabel(text)) return false;
  }
  let subhead = false;
  // The section's own prose, up to a later subhead.
  let section = '';
  let el = label.nextElementSibling;
  for (let i = 0; el && i < ABOUT_AFTER; i++, el = el.nextElementSibling) {
    const tag = el.localName;
    const boldLine =
      tag === 'p' &&
      el.childElementCount === 1 &&
      SIGN_OFF_RUN.has((el.firstElementChild as Element).localName);
    if (HEADINGS.has(tag) || boldLine) {
      const text = shortLabel(el);
      if (text === null) continue;
      if (isAboutLabel(text) || CLOSING_LABEL().test(text)) return false;
      subhead = true;
    } else if (tag === 'p') {
      const text = (el.textContent ?? '').trim();
      // A contact or a legal note set in a paragraph ('<b>Media Contact:</b><br>Jane Doe').
      if (CLOSING_LABEL().test(text)) return false;
      if (subhead && text.length > ABOUT_PROSE_CHARS) return true;
      if (!subhead && section.length < ABOUT_SECTION_CHARS) section += ` ${text}`;
    }
  }
  // The section closes the story's block, with no contact or legal line after it: the story's
  // last section ('About Harir' ending a report from the base), unless its prose describes an
  // organisation as a boilerplate does ('… is an independent research institute founded in …').
  return !el && section.length > ABOUT_PROSE_CHARS && !SELF_DESCRIPTION().test(section);
}

/** How much of a section's prose is read for an organisation's self-description. */
const ABOUT_SECTION_CHARS = 1_200;

/**
 * How a boilerplate describes its organisation: what it is ('is a leading provider', 'is an
 * independent research institute', a newsroom's 'We are a reader-funded newsroom'), since when
 * and where, and where to learn more.
 */
const SELF_DESCRIPTION = lazyPattern(
  () =>
    /\b(?:is|are) (?:an?|the) (?:[\w,'’-]+ ){0,6}?(?:company|corporation|firm|organi[sz]ation|institute|agency|foundation|charity|association|network|group|provider|manufacturer|developer|publisher|operator|leader|non-?profit|think tank|university|college|bank|fund|society|council|centre|center|newsroom|newspaper|magazine|publication|news (?:site|outlet|service))\b|\b(?:founded|established|incorporated|headquartered) in\b|\bwww\.|\blearn more\b|\bvisit (?:us|our|www|https?)|\bfor more information\b|\b(?:NYSE|NASDAQ|LSE|TSX)\b/i,
);

/** Whether `el` is a heading or a paragraph that is one bold or italic run: a label's line. */
function isLabelLine(el: Element): boolean {
  if (HEADINGS.has(el.localName)) return true;
  return (
    el.localName === 'p' &&
    el.childElementCount === 1 &&
    SIGN_OFF_RUN.has((el.firstElementChild as Element).localName)
  );
}

/** How many blocks after an "About" label are read for the story going on. */
const ABOUT_AFTER = 12;

/** A paragraph of prose after a later subhead is longer than a contact line. */
const ABOUT_PROSE_CHARS = 80;

/** The labels that close a press release after its boilerplate. */
const CLOSING_LABEL = lazyPattern(
  () =>
    /^(?:media |press )?contacts?\b|^for (?:more|further) information|forward-looking|safe harbou?r|^source\b|disclaimer|notes? (?:to|for) editors/i,
);

/** How many blocks before a paragraph its "About …" label is looked for. */
const ABOUT_REACH = 6;

/** A label's text, trimmed, when it is short enough to be one; else null. */
function shortLabel(el: Element): string | null {
  const text = (el.textContent ?? '').trim();
  return text.length > 0 && text.length <= MAX_ABOUT_LABEL_CHARS ? text : null;
}

/** An "About …" label is a line: "About the Riverton Institute for Harbour Studies". */
const MAX_ABOUT_LABEL_CHARS = 80;

/**
 * Whether a label reads "About us", "About the author(s)", or "About" and a name, every word
 * of it capitalised ("About the Riverton Institute", "ABOUT PORTSEA FERRIES:").
 */
function isAboutLabel(text: string): boolean {
  // Asked of every heading in the article: most open with another word, told without
  // compiling the expression (it reads ASCII letters in either case only, as toLowerCase does).
  if (text.slice(0, 5).toLowerCase() !== 'about') return false;
  const m = /^about\s+(?:the\s+)?(.+?)\s*:?$/i.exec(text);
  if (!m) return false;
  const rest = m[1] as string;
  if (/^(?:us|authors?|writers?|contributors?|editors?)$/i.test(rest)) return true;
  return rest
    .split(/\s+/)
    .every((w) => /^[A-Z0-9&]/.test(w) || /^(?:of|for|and|the|on|in|de)$/.test(w));
}

/**
 * What a writer's biography says of its writer where the page names its writer nowhere else
 * (a byline 'Special to the Courier', an organisation as author): that writing is their trade
 * ("is a freelance journalist based in …", "writes about …"). A story's closing paragraph
 * about a person ("John Smith is the new harbour master") says another trade.
 */
const WRITER_TRADE = lazyPattern(
  () =>
    /^\s*(?:is an? (?:[A-Za-z-]+,? ){0,4}?(?:journalist|reporter|writer|correspondent|columnist|contributing editor|freelancer|photojournalist)\b|writes (?:about|on|for)\b)/,
);

/** Whether no `<p>` follows `p` in its block. */
function isLastParagraph(p: Element): boolean {
  for (let next = p.nextElementSibling; next; next = next.nextElementSibling)
    if (next.localName === 'p') return false;
  return true;
}

/**
 * Whether a short closing paragraph opened by `name` ("Jane Doe covers Iraq for …") is its
 * writer's biography: the page names `name` as its writer, in an author meta, its JSON-LD or a
 * byline. A story's last paragraph opened by a person it is about ("John Smith is the new
 * harbour master") names someone else.
 */
function isPlainWritersBio(p: Element, name: string): boolean {
  if ((p.textContent ?? '').length > MAX_SMALL_BOX_CHARS) return false;
  return namedAsWriters(p.ownerDocument, [name], p).size > 0;
}

/** The runs a sign-off biography is set in. */
const SIGN_OFF_RUN = new Set(['em', 'i', 'strong', 'b']);

/**
 * A name of two to four capitalised words, then what a biography says of its writer. Narrower
 * than BIO_GOES_ON ("has", "was" open many a closing sentence of news).
 */
const BIO_OPENING = lazyPattern(
  () =>
    /^\s*([A-Z][a-z'’.-]+(?:\s+[A-Z][A-Za-z'’.-]+){1,3})\s+(?:is an? |is the |covers|writes (?:about|on|for)|reports (?:on|for|from)|has (?:covered|reported|written)|joined|edits|previously (?:covered|reported|worked))/,
);

/**
 * Whether the reply `el` is one of a page of replies with no opening post among them (page 2
 * of a forum's topic): the nearest of `el` and its few ancestors that stands among siblings of
 * its kind (tag and first class: a thread's posts) has no sibling of that kind that is not a
 * reply. Asked only of a block titled as a reply; known once per parent of posts.
 */
function amongRepliesOnly(el: Element): boolean {
  let unit: Element | null = el;
  for (let level = 0; unit && level < POST_LEVELS; level++, unit = unit.parentElement) {
    const parent = unit.parentElement;
    if (!parent) return false;
    const kind = `${unit.localName} ${firstClassOf(unit)}`;
    let known = repliesOnly.get(parent)?.get(kind);
    if (known === undefined) {
      let posts = 0;
      let replies = 0;
      for (let s = parent.firstElementChild; s && posts <= MAX_POSTS; s = s.nextElementSibling)
        if (`${s.localName} ${firstClassOf(s)}` === kind) {
          posts++;
          if (isReplyPost(s)) replies++;
        }
      // Alone of its kind: not a post among posts; the climb goes on.
      known = posts < 2 ? null : replies === posts;
      let kinds = repliesOnly.get(parent);
      if (!kinds) {
        kinds = new Map();
        repliesOnly.set(parent, kinds);
      }
      kinds.set(kind, known);
    }
    if (known !== null) return known;
  }
  return false;
}

/** Per parent, per kind of child: whether its posts are all replies (null: not posts). */
const repliesOnly = new WeakMap<Element, Map<string, boolean | null>>();

/** How far above a reply's heading block its post is looked for. */
const POST_LEVELS = 6;

/** Posts of a page read for their subjects: a page of a topic holds twenty or so. */
const MAX_POSTS = 60;

/** The first word of an element's class, which names its kind ("post" of "post bg1"). */
function firstClassOf(el: Element): string {
  const names = (el.getAttribute('class') ?? '').trim();
  const space = names.search(/\s/);
  return space < 0 ? names : names.slice(0, space);
}

/** Whether `length` characters are half the article's or more. */
function holdsHalf(length: number, article: ArticleChars): boolean {
  if (typeof article === 'number') return length >= article * ARTICLE_SHARE;
  // Below half of what the article is known to reach, it is below half of the article.
  if (length < article.atLeast * ARTICLE_SHARE) return false;
  return length >= article.read() * ARTICLE_SHARE;
}

/**
 * Other stories: three or more children (two under a heading of their own, "More from …") that
 * are each short and a link with a heading or a picture, or an item that begins with its link
 * (a headline, then a line of summary).
 */
function isCardRow(el: Element): boolean {
  const kids = el.children;
  if (kids.length < MIN_TITLED_CARDS) return false;
  let cards = 0;
  let items = 0;
  let titled = false;
  for (let i = 0; i < kids.length; i++) {
    const kid = kids[i] as Element;
    if (i === 0 && (HEADINGS.has(kid.localName) || isLabel(kid))) {
      titled = true;
      continue;
    }
    items++;
    if (isCard(kid)) cards++;
  }
  if (cards < MIN_TITLED_CARDS || cards < items * 0.6) return false;
  if (cards >= MIN_CARDS || titled || titledInShadow(el)) return true;
  // Two cards under a title a few wrappers up, each with a headline of its own (a picture, a
  // heading, a link alone on its line): a list of names in sentences has none.
  let headlined = 0;
  for (let i = 0; i < kids.length; i++) if (isHeadlinedCard(kids[i] as Element)) headlined++;
  return headlined >= MIN_TITLED_CARDS && titledAbove(el);
}

/**
 * Whether `el` is a web component whose open shadow root titles the children it shows: a
 * heading or a label ('Also on …', 'Most read') before the root's first `<slot>`, the cards
 * being the host's own children slotted in. Asked only of a row already holding two cards.
 */
function titledInShadow(el: Element): boolean {
  const root = (el as { shadowRoot?: ShadowRoot | null }).shadowRoot;
  if (!root) return false;
  for (let kid = root.firstElementChild; kid; kid = kid.nextElementSibling) {
    const tag = kid.localName;
    if (tag === 'slot' || kid.querySelector('slot')) return false;
    if (tag !== 'style' && tag !== 'script' && (HEADINGS.has(tag) || isLabel(kid))) return true;
  }
  return false;
}

/**
 * A card with a headline of its own: a heading, a picture, a link alone on its line, or a link
 * opening the item with a sentence of its own after it (an archive's '9 October' or a title,
 * then a line of summary: not a name the sentence goes on from, 'al-Sudani, who…').
 */
function isHeadlinedCard(kid: Element): boolean {
  if (!isCard(kid)) return false;
  const link = kid.querySelector('a[href]') as Element;
  return (
    standsAlone(link, kid) ||
    !!kid.querySelector('h2, h3, h4, h5, h6, img') ||
    (link === kid.firstElementChild && (summaryFollows(kid, link) || summaryBlockFollows(link)))
  );
}

/**
 * Whether the item's opening `link` is followed, with only white space between, by a block of
 * its own (a `<p>` or `<div>`: the summary set on the line below the headline).
 */
function summaryBlockFollows(link: Element): boolean {
  const next = link.nextElementSibling;
  if (!next || (next.localName !== 'p' && next.localName !== 'div')) return false;
  for (let node = link.nextSibling; node && node !== next; node = node.nextSibling)
    if (node.nodeType === 3 && (node as Text).data.trim() !== '') return false;
  return (next.textContent ?? '').trim() !== '';
}

/**
 * Whether the text of `kid` after its opening `link` starts a sentence of its own: a capital
 * letter, after a separator (':', a dash, a bar, a bullet) or none. Only an item that opens
 * with its link (isCard) is asked.
 */
function summaryFollows(kid: Element, link: Element): boolean {
  const text = (kid.textContent ?? '').trimStart();
  const head = (link.textContent ?? '').trim();
  if (head === '' || !text.startsWith(head)) return false;
  let i = head.length;
  while (i < text.length && SUMMARY_SEPARATORS.includes(text[i] as string)) i++;
  const first = text[i];
  return i > head.length && !!first && first !== first.toLowerCase();
}

/** What may stand between an item's link and its summary: spaces, a colon, dashes, a bar, a bullet. */
const SUMMARY_SEPARATORS = ' \t\n\u00a0:\u2013\u2014-|\u00b7\u2022';

/** How many wrappers up a list's title is looked for (a carousel nests its items deep). */
const TITLE_LEVELS = 4;

/**
 * Whether a list sits under a title of its own a few wrappers up: each wrapper holds only the
 * list, and the first that has an element before it has a heading or a label there ("More from
 * the road" above a site builder's summary carousel), or a `<pre>`: a plain-text document
 * keeps its own lists in its text, so linked items set after it in markup are the site's.
 */
function titledAbove(el: Element): boolean {
  let e: Element | null = el;
  for (let level = 0; e && level < TITLE_LEVELS; level++, e = e.parentElement) {
    const before = e.previousElementSibling;
    if (before)
      return HEADINGS.has(before.localName) || isLabel(before) || isPlainTextDocument(before);
    if (e.nextElementSibling) return false;
  }
  return false;
}

/**
 * Whether `el` is a `<pre>` holding a plain-text document, not a listing in an article's
 * text: a listing is marked up as code (`<pre><code>`, as Markdown and highlighters write
 * it) or comes after the article's paragraphs (a `<p>` before it; a document's footer line
 * comes after it), and the list after it is the article's own.
 */
function isPlainTextDocument(el: Element): boolean {
  if (el.localName !== 'pre' || el.querySelector('code')) return false;
  for (let sib = el.previousElementSibling; sib; sib = sib.previousElementSibling)
    if (sib.localName === 'p') return false;
  return true;
}

/** A list's title written without a heading tag: a short line holding no link ("Related"). */
function isLabel(kid: Element): boolean {
  if (kid.firstElementChild?.localName === 'a' || kid.localName === 'a') return false;
  const text = (kid.textContent ?? '').trim();
  return text.length > 0 && text.length <= MAX_LABEL_CHARS && !kid.querySelector('a');
}

/** A label is at most this long. */
const MAX_LABEL_CHARS = 40;

/** Under a heading of their own, this many cards are a list of other stories. */
const MIN_TITLED_CARDS = 2;

const HEADINGS = new Set(['h2', 'h3', 'h4', 'h5', 'h6']);

/**
 * A link to another page, not to a named place on this one; a bare '#' is an app's link whose
 * script opens the page.
 */
const CARD_LINK = 'a[href]:not([href^="#"]), a[href="#"]';

/** A short link with a heading or a picture, or a short item whose first element is its link. */
function isCard(kid: Element): boolean {
  if ((kid.textContent ?? '').length > MAX_CARD_CHARS) return false;
  // A card leads to another page: a link to a place on this one (a post's permalink '#42', a
  // note's back link) makes none.
  const link = kid.querySelector(CARD_LINK);
  if (!link) return false;
  return (
    ((link === kid.firstElementChild || standsAlone(link, kid)) && beginsWith(kid, link)) ||
    !!kid.querySelector('h2, h3, h4, h5, h6, img')
  );
}

/**
 * Whether `link` is the whole text of a block of its own inside `kid` (a card's title line,
 * `<div class="summary-title"><a>…</a></div>`), as a headline stands, not a name in a sentence.
 */
function standsAlone(link: Element, kid: Element): boolean {
  const text = (link.textContent ?? '').trim();
  for (let e = link.parentElement; e && e !== kid; e = e.parentElement) {
    if ((e.textContent ?? '').trim() !== text) return false;
    if (LINE_BLOCKS.has(e.localName)) return true;
  }
  return false;
}

/** Blocks a card's title line is set in. */
const LINE_BLOCKS = new Set(['div', 'p', 'h2', 'h3', 'h4', 'h5', 'h6', 'header']);

/**
 * Whether `kid`'s text begins with `link`'s: a headline, then its summary; not a paragraph of
 * bare text whose first element is a link in its middle ("Officials in <a>Baghdad</a> said…").
 */
function beginsWith(kid: Element, link: Element): boolean {
  const head = (link.textContent ?? '').trim().slice(0, 20);
  return head !== '' && (kid.textContent ?? '').trimStart().startsWith(head);
}
