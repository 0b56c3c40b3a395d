/**
 * Lays an eval article out the way a reader meets it: a news page with a masthead and section
 * nav, the headline in `<h1>`, the body in paragraphs of two to five sentences with the odd
 * subhead, inline links and emphasis that split sentences into several text nodes, ad slots
 * between paragraphs, a sidebar and a footer. A line that a real page prints as an element of
 * its own (a reader's comment or forum reply opening on its writer's handle, a time-stamped
 * entry, a thread's numbered post, a letter's signature) always starts a block: comment
 * templates, forums, live pages and letters pages never run one into the line before, and a
 * paragraph that did would hand the next line the words of the last (`opensPost`). The
 * publication date is only in the page's metadata (`article:published_time`, exactly as the set
 * gives it), so the eval reads it the way the extension does.
 *
 * The layout is seeded by the article's id: the same article gives the same page on every run.
 * Every character of the set's text is HTML-escaped; the furniture is our own words.
 */
import type { EvalArticle } from './eval-set';
import { between, pick, seededRandom } from './seeded-random';

/** How often a subhead is an `<h2>` rather than a bold paragraph of its own. */
const SUBHEAD_CHANCE = 0.6;
/** How often a sentence gets a link or emphasis around a few words in its middle. */
const INLINE_CHANCE = 0.3;
/** How often an ad slot sits between two body blocks. */
const AD_CHANCE = 0.3;
/** How often a "related stories" box sits inside the article between two blocks. */
const RELATED_CHANCE = 0.15;
/** A subhead is at most this many words. */
const SUBHEAD_WORDS = 8;
/** A letter's signature (a dash, a name, a place) is at most this many words. */
const SIGNATURE_WORDS = 8;

const SECTIONS = ['World', 'Politics', 'Business', 'Science', 'Sport', 'Culture', 'Opinion'];
const UNRELATED_STORIES = [
  'Heatwave keeps beaches busy well into the autumn',
  'Central bank leaves interest rates where they were',
  'Cup final settled on penalties after a goalless draw',
  'New rail timetable adds late trains on weekends',
  'Museum reopens its textile gallery after repairs',
  'Farmers report an early start to the grape harvest',
  'Chess prodigy, 12, wins the national championship',
  'Ten recipes for the last tomatoes of the season',
  'Smartphone makers race to shrink their chargers',
  'City council approves a new cycle lane network',
];
const FOOTER_LINKS = ['About us', 'Contact', 'Terms of use', 'Privacy', 'Advertise with us'];

/** Escapes text for element content and double-quoted attributes. */
export function escapeHtml(s: string): string {
  return s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** Ends in . ! ? or … (closing quotes and brackets allowed after it). */
export function endsSentence(text: string): boolean {
  return /[.!?…]["'”’»)\]]*$/.test(text.trim());
}

/**
 * The realistic page (the default). A short sentence without final punctuation is a subhead
 * and stands alone; a longer one (an excerpt cut short, a line ending in a colon) ends its
 * paragraph: glued to the next sentence it would read as one sentence no page ever printed.
 */
export function renderPage(article: EvalArticle): string {
  const random = seededRandom(article.id);
  const [headline = '', ...body] = article.sentences.map((s) => s.text.trim());
  const blocks: string[] = [];
  let paragraph: string[] = [];
  let size = between(random, 2, 5);
  const closeParagraph = () => {
    if (paragraph.length === 0) return;
    const gap = random() < 0.5 ? ' ' : '\n      ';
    blocks.push(`<p>${paragraph.join(gap)}</p>`);
    paragraph = [];
    size = between(random, 2, 5);
  };
  for (const [index, sentence] of body.entries()) {
    const ended = endsSentence(sentence);
    if (!ended && isSubheadLike(sentence)) {
      closeParagraph();
      // Sites print subheads as headings or as a bold line of their own.
      const text = escapeHtml(sentence);
      blocks.push(
        random() < SUBHEAD_CHANCE ? `<h2>${text}</h2>` : `<p><strong>${text}</strong></p>`,
      );
      continue;
    }
    // Each post, turn, entry or signature is an element of its own on a real page: it never
    // shares a paragraph with the line before it.
    const post = opensPost(sentence);
    if (post) closeParagraph();
    paragraph.push(withInlineMarkup(sentence, random));
    const paragraphEnd = article.sentences[index + 1]?.paragraphEnd === true;
    if (!ended || paragraphEnd || post === 'signature' || paragraph.length >= size)
      closeParagraph();
  }
  closeParagraph();

  const furnished = withFurniture(blocks, random);
  const outlet = escapeHtml(article.outlet);
  const sidebar = pick(random, UNRELATED_STORIES, 4)
    .map((title) => `<li><a href="/news/${slug(title)}">${escapeHtml(title)}</a></li>`)
    .join('');
  return `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>${escapeHtml(headline)} | ${outlet}</title>
  <meta property="og:site_name" content="${outlet}">
  <meta property="og:type" content="article">
  <meta property="article:published_time" content="${escapeHtml(article.published)}">
  <link rel="stylesheet" href="/static/site.css">
</head>
<body>
  <header class="masthead">
    <a class="brand" href="/">${outlet}</a>
    <nav aria-label="Sections"><ul>${SECTIONS.map((s) => `<li><a href="/${s.toLowerCase()}">${s}</a></li>`).join('')}</ul></nav>
  </header>
  <main>
    <article>
      <header><h1>${escapeHtml(headline)}</h1></header>
      <div class="article-body">
      ${furnished.join('\n      ')}
      </div>
    </article>
    <aside class="sidebar"><h2>Most read</h2><ol>${sidebar}</ol></aside>
  </main>
  <footer class="site-footer">
    <ul>${FOOTER_LINKS.map((l) => `<li><a href="/${slug(l)}">${l}</a></li>`).join('')}</ul>
    <p>© ${outlet}</p>
  </footer>
</body>
</html>
`;
}

/**
 * The old layout, kept for `npm run eval -- --flat`: one paragraph per sentence, no metadata
 * (the caller passes the date to the engine directly).
 */
export function renderFlat(article: EvalArticle): string {
  const body = article.sentences.map((s) => `<p>${escapeHtml(s.text)}</p>`).join('\n');
  return `<!doctype html><html><head><title>${escapeHtml(article.outlet)}</title></head><body><article>${body}</article></body></html>`;
}

/**
 * A line that opens a block of its own on a real page, which the set gives only by its shape:
 * a comment or a forum reply opens on its writer's handle and a colon ("jb_in_ohio: …", "Reply
 * from doc_h: …"; a label of the text's own, "Q:" or "Correction:", is no handle), a show's
 * notes or a live page's entry on a time-stamp ("(03:15) …", "09:40 — …"), a thread's post on
 * its number ("2/ …"), and a letter's signature ("— Dilan R., Ankawa") stands on a line after the letter. Comment
 * templates, forums, list items and letters pages print each in its own element, so none of
 * them runs on from the line before, whether or not that line ends with a full stop.
 */
export function opensPost(text: string): 'post' | 'signature' | null {
  if (/^[—–]\s?\p{Lu}/u.test(text) && text.split(/\s+/).length <= SIGNATURE_WORDS)
    return 'signature';
  const label = /^(?:[Rr]eply (?:from|to) )?(@?[\w.-]{1,24}):\s/u.exec(text);
  if (label && isHandle(label[1] as string, label[0].length > (label[1] as string).length + 2))
    return 'post';
  if (/^\(?\d{1,2}:\d{2}(?::\d{2})?\)?\s/.test(text)) return 'post';
  if (/^\d{1,2}\/\s/.test(text)) return 'post';
  return null;
}

/**
 * A writer's handle, not a label of the text's own ("Correction:", "Update:", "Q:", "ANCHOR:",
 * which sit in the article's prose or in a transcript's paragraphs): an @, a digit, an
 * underscore or a dot in it, a lower-case start or a capital inside a word ("MaryK"); or any
 * name after "Reply from".
 */
function isHandle(label: string, replied: boolean): boolean {
  return replied || /^@|[\d_.]|^\p{Ll}|\p{Ll}\p{Lu}/u.test(label);
}

/** Short, starts like a title ("Repeated delays"), and does not trail off with , : or ;. */
function isSubheadLike(text: string): boolean {
  const words = text.split(/\s+/);
  return words.length <= SUBHEAD_WORDS && /^[\p{Lu}\d"“‘']/u.test(text) && !/[,:;–—-]$/.test(text);
}

/** Ads between some blocks (at least one when there are two), and now and then a related box. */
function withFurniture(blocks: string[], random: () => number): string[] {
  const out: string[] = [];
  let ads = 0;
  blocks.forEach((block, i) => {
    out.push(block);
    if (i === blocks.length - 1) return;
    const forceAd = ads === 0 && i === Math.floor((blocks.length - 1) / 2);
    if (forceAd || random() < AD_CHANCE) {
      out.push('<div class="ad-slot">Advertisement</div>');
      ads++;
    } else if (random() < RELATED_CHANCE) {
      const [story = ''] = pick(random, UNRELATED_STORIES, 1);
      out.push(
        `<aside class="related"><h3>Related</h3><ul><li><a href="/news/${slug(story)}">${escapeHtml(story)}</a></li></ul></aside>`,
      );
    }
  });
  return out;
}

/**
 * The sentence escaped, sometimes with a link or emphasis around two or three plain words (no
 * punctuation inside, as an editor would link a name or a phrase) that are neither its first
 * nor its last, so its text spans several text nodes.
 */
function withInlineMarkup(sentence: string, random: () => number): string {
  const words = Array.from(sentence.matchAll(/\S+/g));
  if (words.length < 6 || random() >= INLINE_CHANCE) return escapeHtml(sentence);
  const count = between(random, 2, 3);
  const plain = (w: RegExpMatchArray | undefined) => !!w && /^[\p{L}\p{N}'’-]+$/u.test(w[0]);
  const starts: number[] = [];
  for (let i = 1; i + count < words.length; i++)
    if (words.slice(i, i + count).every(plain)) starts.push(i);
  if (starts.length === 0) return escapeHtml(sentence);
  const first = starts[between(random, 0, starts.length - 1)] as number;
  const from = (words[first] as RegExpMatchArray).index as number;
  const lastWord = words[first + count - 1] as RegExpMatchArray;
  const to = (lastWord.index as number) + lastWord[0].length;
  const inner = sentence.slice(from, to);
  const [open, close] =
    random() < 0.5 ? [`<a href="/topics/${slug(inner)}">`, '</a>'] : ['<em>', '</em>'];
  return `${escapeHtml(sentence.slice(0, from))}${open}${escapeHtml(inner)}${close}${escapeHtml(sentence.slice(to))}`;
}

function slug(s: string): string {
  return (
    s
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'topic'
  );
}
