import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../page/article';
import { findArticleRoot } from '../../../page/find-article-root';
import { DOMS, readPage } from './load-page';

const PROSE = (n: number, word: string) =>
  Array.from(
    { length: n },
    (_, i) =>
      `<p>Paragraph ${i} of the ${word}, long enough to count, with a comma, and then some more words.</p>`,
  ).join('');
/** Paragraphs of two sentences each, as a reporter writes them (the folds and previews below). */
const LONG_PROSE = (n: number, word: string) =>
  Array.from(
    { length: n },
    (_, i) =>
      `<p>Paragraph ${i} of the ${word}, long enough to count, with a comma, and more words. A second sentence goes on for a while, as a reporter's sentences do.</p>`,
  ).join('');

describe.each(DOMS)('findArticleRoot in %s', (_name, parse) => {
  it("takes a short post before a longer readers' comment named as one (a link aggregator's quote), not a comment under an <h1> of its own", () => {
    const post = `<div id="post"><p>The ferry to Portsea sails again from the spring, the council said, with a comma, and more words.</p><blockquote><p>The pier is repaired, the lock keepers are back at work, and the timetable is printed, with a comma.</p></blockquote><p>Posting because the timetable is more specific than earlier reports, with a comma, and worth a look.</p></div>`;
    const comment = `<ul class="comments"><li class="comment"><div class="md">${LONG_PROSE(3, 'comment')}</div><button>Reply</button></li></ul>`;
    const doc = parse(`<body><main><h1>The ferry sails again</h1>${post}${comment}</main></body>`);
    expect(findArticleRoot(doc)?.contains(doc.getElementById('post'))).toBe(true);
    expect(extractArticle(doc).text).not.toContain('of the comment');
    // A wrapper named 'comment' holding the page's headline is the article's own (an opinion
    // section's tone class): nothing before it gives way.
    const opinion = parse(
      `<body><div id="note"><p>${'A note above the opinion piece, with a comma, and more words. '.repeat(6)}</p></div><article class="tone-comment"><h1>Why the ferry matters</h1><div id="body">${LONG_PROSE(4, 'opinion')}</div></article></body>`,
    );
    expect(findArticleRoot(opinion)?.id).toBe('body');
  });

  it('reads a <div> whose text is all in italics (a quoted summary), not one of labels in spans', () => {
    const quote = `<div id="summary" class="p"><i>A reader quotes a report:</i> <i>"The ferry to Portsea sails again from the spring, with a comma, and the pier is repaired. The lock keepers are back at work, with a comma, and the timetable is printed for the whole season, which the council says runs until October, with two more sailings on Sundays for the summer."</i></div>`;
    const doc = parse(
      `<body><div class="story"><h2>The ferry sails again</h2>${quote}</div><div class="c"><div><span>A label</span></div></div></body>`,
    );
    // Scored, the quote is the story's block (with its headline); unscored, the page is no article.
    expect(findArticleRoot(doc)?.className).toBe('story');
  });

  it("joins a list of facts right after the text (a release's 'Quick facts'), not a list of linked cards", () => {
    const facts = `<div id="facts"><h2>Quick facts</h2><ul><li><p>The ferry has sailed since 1921, with a break in the war.</p></li><li><p>About 40,000 passengers crossed last year.</p></li></ul></div>`;
    const doc = parse(
      `<body><main id="main"><h1>The ferry sails again</h1><div id="text">${PROSE(5, 'release')}</div>${facts}<div class="links"><h2>Associated links</h2><ul><li><a href="/a">Ferry timetable</a></li></ul></div></main></body>`,
    );
    expect(findArticleRoot(doc)?.id).toBe('main');
    expect(extractArticle(doc).text).toContain('About 40,000 passengers');
    const cards = `<div id="next"><h2>Next</h2><ul><li><a href="/o1">Other story one</a><p>A summary of another report about the harbour, with a comma.</p></li><li><a href="/o2">Other story two</a><p>A summary of another report about the pier, with a comma.</p></li></ul></div>`;
    const carded = parse(
      `<body><main><div id="text">${PROSE(5, 'release')}</div>${cards}</main></body>`,
    );
    expect(findArticleRoot(carded)?.id).toBe('text');
  });

  it('finds the prose inside a wrapper whose class names furniture', () => {
    const doc = parse(
      `<body><div class="article-share-container"><div class="share-tools"><a href="#">Share</a></div><div id="body">${PROSE(5, 'story')}</div></div></body>`,
    );
    expect(findArticleRoot(doc)?.id).toBe('body');
  });

  it('chooses among several <article> elements by content, and none when the story is elsewhere', () => {
    const promos = Array.from(
      { length: 6 },
      (_, i) =>
        `<article class="promo"><a href="/${i}"><h3>Promo ${i}</h3></a><p>A teaser line for another story, short.</p></article>`,
    ).join('');
    const doc = parse(`<body>${promos}<div id="story">${PROSE(4, 'story')}</div></body>`);
    expect(findArticleRoot(doc)?.id).toBe('story');
  });

  it("leaves out a row of cards whose headlines lead to other pages, however long their summaries, not a live blog's posts titled with links to themselves", () => {
    const summary =
      'A long summary of another day on the river, with its ferries, its pier, its lock keepers, its weather, its traffic, its markets and the council that argued about all of them until late in the evening, told at length. '.repeat(
        2,
      );
    const card = (i: number, href: string) =>
      `<article class="card"><a href="${href}"><h3>Another day ${i}</h3></a><p>${summary}</p></article>`;
    const post = (i: number, href: string) =>
      `<article class="post"><h2><a href="${href}">Update ${i}</a></h2><div class="post-body"><p>Update ${i} of the day on the river, the ferry running late, with a comma, and then some more words about the pier.</p></div></article>`;
    const page = (postHref: (i: number) => string, cardHref: string) =>
      parse(
        `<html><head><link rel="canonical" href="https://river.example/live/ferry-day"></head><body><main><div id="stream">${[1, 2, 3, 4, 5].map((i) => post(i, postHref(i))).join('')}</div><section id="more"><h2>More live pages</h2>${card(1, cardHref)}${card(2, cardHref)}</section></main></body></html>`,
      );
    // Posts titled with a link to a place on the page, or to the page's own address, written
    // whole or as a bare relative path ('ferry-day#post-2' from /live/ferry-day); the cards'
    // links lead to another page however written.
    for (const [href, cardHref] of [
      [(i: number) => `#post-${i}`, '/live/another-day'],
      [(i: number) => `/live/ferry-day?post=${i}`, '/live/another-day'],
      [(i: number) => `ferry-day#post-${i}`, 'another-day'],
      [(i: number) => `./ferry-day?post=${i}`, '../live/another-day'],
    ] as const) {
      const root = findArticleRoot(page(href, cardHref)) as Element;
      expect(root.id === 'stream' || root.querySelector('#stream') !== null).toBe(true);
      expect(root.closest('#more') ?? root.querySelector('#more')).toBeNull();
    }
    // Round 19's live blog: one paragraph a post, each titled 'coalition-talks-live.html#post-N',
    // read as the article's prose, not left out as cards' summaries.
    const blog = extractArticle(parse(readPage('shapes/liveblog-bare-relative-self-links.html')));
    expect(blog.text).toContain('several hundred coalition soldiers are to be gone');
    expect(blog.text).not.toContain('never discussed with Baghdad');
  });

  it("leaves out previews of other stories holding more text than a short article, each closing with a read-on link to its headline's page, not a listicle's sections under linked headings", () => {
    const preview = (i: number, close: (i: number) => string) =>
      `<div class="rec"><h2><a href="/2025/other-${i}">Another story ${i}</a></h2><div class="rec-text"><p>The first paragraph of another story about the harbour, long enough to count, with a comma, and then some more words.</p><p>Its second paragraph, about the ferry and the pier, long enough to count as well, with a comma, and more words still.</p></div>${close(i)}</div>`;
    const page = (close: (i: number) => string) =>
      parse(
        `<body><div id="wrap"><div id="story"><h1>The ferry sails again</h1><div id="text"><p>The short story's first paragraph, with a comma, and a few words more about the ferry.</p><p>Its second paragraph, with a comma, and a few more words on the pier and the tide.</p></div></div><div id="recs"><h3>Recommended for you</h3>${[1, 2, 3].map((i) => preview(i, close)).join('')}</div></div></body>`,
      );
    const readOn = (i: number) => `<a class="more" href="/2025/other-${i}">Continue reading</a>`;
    expect(findArticleRoot(page(readOn))?.id).toBe('text');
    // The read-on link written as a whole address with a tracking query.
    const whole = (i: number) =>
      `<a href="https://harbour.example/2025/other-${i}?ref=recs">Continue reading</a>`;
    expect(findArticleRoot(page(whole))?.id).toBe('text');
    // Sections under headings linked to other pages, with no second link to the same page:
    // a listicle's items, the page's own text.
    const root = findArticleRoot(page(() => '')) as Element;
    expect(root.id === 'recs' || root.querySelector('#recs') !== null).toBe(true);
  });

  it("keeps the article's block on a page of dozens of cards, not the column holding both", () => {
    const card = (i: number) =>
      `<article class="card"><a href="/${i}"><h3>Card ${i}</h3></a><p>A summary of another story on the front page, with a comma, and a line more.</p><time>1h ago</time></article>`;
    const grid = (g: number) =>
      `<section class="grid"><h2>Section ${g}</h2><div class="grid__cards">${Array.from({ length: 8 }, (_, i) => card(g * 10 + i)).join('')}</div></section>`;
    const doc = parse(
      `<body><main><div id="col"><article class="card card--hero"><h1>The ferry sails again</h1><div id="story">${PROSE(6, 'story')}</div></article>${[1, 2, 3, 4, 5].map(grid).join('')}</div></main></body>`,
    );
    expect(findArticleRoot(doc)?.id).toBe('story');
  });

  it('lets a class name tip a close call only', () => {
    const doc = parse(
      `<body><div id="a" class="sidebar">${PROSE(6, 'column')}</div><div id="b" class="story">${PROSE(2, 'story')}</div></body>`,
    );
    expect(findArticleRoot(doc)?.id).toBe('a');
    const close = parse(
      `<body><div id="a" class="sidebar">${PROSE(3, 'column')}</div><div id="b" class="story">${PROSE(3, 'story')}</div></body>`,
    );
    expect(findArticleRoot(close)?.id).toBe('b');
  });

  it("reads a page wrapper hidden by aria-hidden beside an open modal (a cookie wall), not the wall's text", () => {
    const wall = `<div id="consent"><div role="alertdialog" aria-modal="true"><p>We and our partners use cookies to store and read information on your device, to personalise content and adverts and to measure them, and you can accept all, reject all or choose which purposes you allow, and change your mind at any time from the privacy link at the bottom of every page of the site.</p><button>Accept</button></div></div>`;
    const doc = parse(
      `<body><div id="app" aria-hidden="true"><header><a href="/">Site</a></header><div id="story">${PROSE(5, 'story')}</div></div>${wall}</body>`,
    );
    expect(findArticleRoot(doc)?.id).toBe('story');
    // Without a modal beside it, an aria-hidden block is hidden: its prose is not the article's.
    const hidden = parse(
      `<body><div aria-hidden="true"><div id="hidden">${PROSE(8, 'copy')}</div></div><div id="story">${PROSE(4, 'story')}</div></body>`,
    );
    expect(findArticleRoot(hidden)?.id).toBe('story');
    // Deeper in the page, aria-hidden beside a dialog is a hidden slide, not a modal's background.
    const slides = parse(
      `<body><main><div><div class="carousel"><div aria-hidden="true"><div id="slide">${PROSE(8, 'slide')}</div></div><div role="dialog"><p>A lightbox.</p></div></div></div><div id="story">${PROSE(4, 'story')}</div></main></body>`,
    );
    expect(findArticleRoot(slides)?.id).toBe('story');
  });

  it("reads a modal whose <h1> the page's titles name as the page's story (an app's route over its home page)", () => {
    const tiles = Array.from(
      { length: 6 },
      (_, i) =>
        `<div class="tile"><a href="/${i}"><h2>Tile ${i}</h2></a><p>A summary of another story, long enough to count, with a comma.</p></div>`,
    ).join('');
    const modal = (headline: string) =>
      `<div role="dialog" aria-modal="true"><article><h1>${headline}</h1><div id="story">${PROSE(4, 'story')}</div></article></div>`;
    const home = `<div id="app" aria-hidden="true"><section id="grid">${tiles}</section></div>`;
    const doc = parse(
      `<html><head><title>The ferry to Portsea sails again - The Gazette</title></head><body>${home}${modal('The ferry to Portsea sails again')}</body></html>`,
    );
    expect(findArticleRoot(doc)?.id).toBe('story');
    // A modal whose heading the titles do not name, undated and asking for an address, is a
    // pop-up: its prose is never the article.
    const signUp = modal('Sign up to our newsletter today').replace(
      '</article>',
      '<form><input type="email"><button>Sign up</button></form></article>',
    );
    const popup = parse(
      `<html><head><title>The Gazette</title></head><body>${home}${signUp}</body></html>`,
    );
    expect(findArticleRoot(popup)?.id).not.toBe('story');
  });

  it("reads a dated story in a modal as the page's story where the app keeps its home page's titles", () => {
    const tiles = Array.from(
      { length: 6 },
      (_, i) =>
        `<div class="tile"><a href="/${i}"><h2>Tile ${i}</h2></a><p>A summary of another story, long enough to count, with a comma.</p></div>`,
    ).join('');
    const modal = (dated: string) =>
      `<div role="dialog" aria-modal="true"><article><h1>The ferry to Portsea sails again</h1>${dated}<div id="story">${PROSE(4, 'story')}</div></article></div>`;
    const home = `<div id="app" aria-hidden="true"><h1>Top stories</h1><section id="grid">${tiles}</section></div>`;
    const page = (dated: string) =>
      parse(
        `<html><head><title>The Gazette — Home</title></head><body>${home}${modal(dated)}</body></html>`,
      );
    expect(findArticleRoot(page('<time datetime="2024-09-27">27 September</time>'))?.id).toBe(
      'story',
    );
    // Undated, it may be a pop-up's pitch: its prose is not taken for the article.
    expect(findArticleRoot(page(''))?.id).not.toBe('story');
  });

  it("reads an undated story in a modal as the page's story where its <h1> is the page's only one", () => {
    const tiles = Array.from(
      { length: 6 },
      (_, i) =>
        `<div class="tile"><a href="/${i}"><h2>Tile ${i}</h2></a><p>A summary of another story, long enough to count, with a comma.</p><time datetime="2024-10-0${i + 1}">Oct ${i + 1}</time></div>`,
    ).join('');
    const page = (inside: string, top = '') =>
      parse(
        `<html><head><title>The Gazette — Home</title></head><body><div id="app" aria-hidden="true" inert>${top}<section id="grid">${tiles}</section></div><div role="dialog" aria-modal="true"><h1>The ferry to Portsea sails again</h1><div id="story">${PROSE(4, 'story')}</div>${inside}</div></body></html>`,
      );
    expect(findArticleRoot(page(''))?.id).toBe('story');
    // The home page's nameplate in an <h1> (its logo, a link home) is not a headline.
    const logo = '<h1><a href="/"><img src="/logo.svg" alt="The Gazette"></a></h1>';
    expect(findArticleRoot(page('', logo))?.id).toBe('story');
    expect(findArticleRoot(page('', '<h1><a href="/">The Gazette</a></h1>'))?.id).toBe('story');
    expect(findArticleRoot(page('', '<h1>Top stories today</h1>'))?.id).not.toBe('story');
    // A pitch asking for an address is a sign-up box, whatever it holds.
    expect(
      findArticleRoot(page('<form><input type="email"><button>Sign up</button></form>'))?.id,
    ).not.toBe('story');
  });

  it('reads the slides of a web story (custom elements of one paragraph each, with ids) together', () => {
    const slides = Array.from(
      { length: 4 },
      (_, i) =>
        `<amp-story-page id="p${i}"><amp-story-grid-layer><p>Slide ${i} of the story, long enough to count, with a comma, and more words.</p></amp-story-grid-layer></amp-story-page>`,
    ).join('');
    const doc = parse(`<body><amp-story id="story">${slides}</amp-story></body>`);
    expect(findArticleRoot(doc)?.id).toBe('story');
  });

  it("takes the story under the page's named <h1>, not a longer wire story repeated in a box beside it", () => {
    const doc = parse(
      `<html><head><title>The ferry to Portsea sails again | The Gazette</title></head><body><div class="col"><div class="item" id="story"><h1>The ferry to Portsea sails again</h1><div class="body">${PROSE(4, 'story')}</div></div><div class="box"><h3>From the wires</h3><h4>The pier at Riverton reopens</h4>${PROSE(8, 'wire')}</div></div></body></html>`,
    );
    expect(findArticleRoot(doc)?.id).toBe('story');
    // The page's <h1> in a header block apart, the box of the story block's class under a label.
    const apart = parse(
      `<html><head><title>The ferry to Portsea sails again | The Gazette</title></head><body><div class="col"><div class="head"><h1>The ferry to Portsea sails again</h1></div><div class="text" id="story">${PROSE(4, 'story')}</div><div class="text wire"><h2>From AFP</h2><h3>The pier at Riverton reopens</h3>${PROSE(8, 'wire')}</div></div></body></html>`,
    );
    expect(findArticleRoot(apart)?.id).toBe('story');
    // A long body opened by a subheading under a headline block with a lead: the body stays.
    const lead = parse(
      `<html><head><title>The ferry to Portsea sails again | The Gazette</title></head><body><div class="col"><div class="head"><h1>The ferry to Portsea sails again</h1>${PROSE(4, 'lead')}</div><div class="text" id="body"><h2>How it began</h2>${PROSE(16, 'body')}</div></div></body></html>`,
    );
    expect(findArticleRoot(lead)?.id).toBe('body');
  });

  it('does not let long comments of a thread titled as one outscore a short article above them', () => {
    const comment = `<div class="css-c3"><span>A reader</span><div class="css-c7"><p>${'A long comment from a reader, with commas, opinions, and memories of the base, '.repeat(8)}</p></div></div>`;
    const doc = parse(
      `<body><article><h1>Headline</h1><div id="story">${PROSE(4, 'story')}</div><section class="css-c0"><h2>4 Responses</h2><div class="css-c2">${comment}${comment}</div></section></article></body>`,
    );
    expect(findArticleRoot(doc)?.id).toBe('story');
  });

  it('does not count paragraphs of links, navigation or asides', () => {
    const links = Array.from(
      { length: 8 },
      (_, i) =>
        `<p><a href="/${i}">A headline of another story that is long enough, and a comma</a></p>`,
    ).join('');
    const doc = parse(
      `<body><div id="links">${links}</div><aside>${PROSE(8, 'aside')}</aside><div id="story">${PROSE(4, 'story')}</div></body>`,
    );
    expect(findArticleRoot(doc)?.id).toBe('story');
  });

  it('leaves out a block hidden or named for navigation further up a chain already found clear', () => {
    // The story's blocks are judged first and their shared wrapper found clear; blocks beside
    // them, under that wrapper, are still left out by their own tag, attribute or role.
    const hiders = [
      '<div hidden>',
      '<div aria-hidden="true">',
      '<div role="complementary">',
      '<section itemprop="comment">',
      '<div itemtype="https://schema.org/Comment">',
      '<footer>',
    ];
    for (const open of hiders) {
      const close = `</${open.slice(1).split(/[ >]/)[0]}>`;
      const doc = parse(
        `<body><div class="wrap"><div id="story">${PROSE(6, 'story')}</div><p>A short note.</p>${open}<div class="inner">${PROSE(12, 'hidden block')}</div>${close}</div></body>`,
      );
      expect(findArticleRoot(doc)?.id, open).toBe('story');
    }
  });

  it('keeps a block whose attributes name nothing that hides it, nor a hidden until found', () => {
    const doc = parse(
      `<body><div class="wrap" role="main" data-x="1"><div id="story" hidden="until-found">${PROSE(9, 'story')}</div><div>${PROSE(3, 'other')}</div></div></body>`,
    );
    expect(findArticleRoot(doc)?.id).toBe('story');
  });

  it('keeps a paragraph beside the best block, as Readability appends sibling paragraphs', () => {
    const lead =
      '<p>The lead paragraph of the story sits beside the block that holds the rest of the page, and it is long.</p>';
    const doc = parse(
      `<body><article id="a">${lead}<div id="filler">${PROSE(20, 'filler')}</div></article></body>`,
    );
    expect(findArticleRoot(doc)?.id).toBe('a');
  });

  it("keeps a lead paragraph set in a block of its own beside the body's block (a CMS's lead field)", () => {
    const lead =
      '<div class="field-lead"><p>The lead paragraph of the story sits in a field of its own above the body, and it is long.</p></div>';
    const doc = parse(
      `<body><div id="a">${lead}<div class="field-body">${PROSE(6, 'story')}</div></div></body>`,
    );
    expect(findArticleRoot(doc)?.id).toBe('a');
    // A block holding more than the one paragraph (a heading, a link list) is not a paragraph.
    const box =
      '<div class="box"><h3>More</h3><p>The lead paragraph of another story sits here with a heading, and it is long.</p></div>';
    const other = parse(
      `<body><div id="b">${box}<div id="body">${PROSE(6, 'story')}</div></div></body>`,
    );
    expect(findArticleRoot(other)?.id).toBe('body');
  });

  it("takes the story the page's title names, not the next story a stream appends after it with more text", () => {
    const story = (id: string, headline: string, n: number) =>
      `<article class="unit unit--${id}" id="${id}"><h1>${headline}</h1><div class="unit__body">${PROSE(n, id)}</div></article>`;
    const page = (title: string) =>
      parse(
        `<html><head><title>${title}</title></head><body><div class="stream">${story('first', 'The ferry to Portsea sails again', 5)}${story('next', 'The pier at Riverton reopens to walkers', 8)}</div></body></html>`,
      );
    expect(findArticleRoot(page('The ferry to Portsea sails again | The Gazette'))?.id).toBe(
      'first',
    );
    // A title naming neither story, or the longer one, leaves the choice to the content.
    expect(findArticleRoot(page('The Gazette: news from the coast'))?.parentElement?.id).toBe(
      'next',
    );
    expect(
      findArticleRoot(page('The pier at Riverton reopens to walkers - The Gazette'))?.parentElement
        ?.id,
    ).toBe('next');
    // A search headline in the <title>: the Open Graph title keeps the headline's words.
    const seo = parse(
      `<html><head><title>Portsea ferry: what the return means | The Gazette</title><meta property="og:title" content="The ferry to Portsea sails again"></head><body><div class="stream">${story('first', 'The ferry to Portsea sails again', 5)}${story('next', 'The pier at Riverton reopens to walkers', 8)}</div></body></html>`,
    );
    expect(findArticleRoot(seo)?.id).toBe('first');
  });

  it("does not take a header block beside the body for the titled story (a headline and a dek, no article's prose)", () => {
    const doc = parse(
      `<html><head><title>The ferry to Portsea sails again</title></head><body><div class="wrap"><div><h1>The ferry to Portsea sails again</h1><p>A dek line under the headline, long enough to be scored.</p></div><div id="body">${PROSE(3, 'story')}<h2>What the harbour master said next</h2>${PROSE(4, 'story')}</div></div></body></html>`,
    );
    expect(findArticleRoot(doc)?.id).toBe('body');
  });

  it('takes an article split into parts of one kind (sections with the same class, no id), nested too deep for their credit to meet, whole', () => {
    const part = (word: string) =>
      `<section><div><div class="gj"><div class="ab cb"><div class="ci bh">${PROSE(3, word)}</div></div></div></div></section>`;
    const doc = parse(
      `<body><article><div id="parts"><span></span>${part('first part')}<div role="separator"></div>${part('second part')}</div></article></body>`,
    );
    expect(findArticleRoot(doc)?.id).toBe('parts');
  });

  it("takes a body's clipped rest whose class adds a word of state ('is-locked') with its open part, split by a fade", () => {
    const doc = parse(
      `<body><div id="wrap"><div class="body-text section">${PROSE(2, 'open part')}</div><div class="fade"></div><div class="body-text section is-locked">${PROSE(3, 'locked part')}</div><div class="offer"><h2>Subscribe to read on</h2><a href="/subscribe">Subscribe now</a></div></div></body>`,
    );
    expect(findArticleRoot(doc)?.id).toBe('wrap');
    // A sibling whose class shares no word with the body's is another block.
    const other = parse(
      `<body><div id="wrap"><div class="promo-box">${PROSE(2, 'other thing')}</div><div class="fade"></div><div class="body-text section">${PROSE(3, 'story')}</div></div></body>`,
    );
    expect(findArticleRoot(other)?.className).toBe('body-text section');
  });

  it("takes a body's folded rest whose class adds a modifier of the body's word ('text--rest'), side by side and named by an id, with its first part", () => {
    const doc = parse(
      `<body><div id="wrap"><h1>Title</h1><div class="text">${PROSE(2, 'first part')}</div><div class="text text--rest" id="rest-1">${PROSE(3, 'folded rest')}</div><button>Read more</button><div class="more-news"><a href="/a">Another story</a></div></div></body>`,
    );
    expect(findArticleRoot(doc)?.id).toBe('wrap');
    // A box of its own kind under the body's class ('text wire-copy') is no modifier of it.
    const box = parse(
      `<body><div id="wrap"><div class="text">${PROSE(2, 'story')}</div><div class="text wire-copy" id="w1">${PROSE(3, 'wire story')}</div></div></body>`,
    );
    expect(findArticleRoot(box)?.id).toBe('w1');
  });

  it("takes a body's rest hidden apart under another class, a 'Read more' button after it, with the part before it", () => {
    const page = (rest: string) =>
      parse(
        `<body><div class="top"><a href="/">Site</a></div><div class="page"><div class="col"><h1>Title</h1><div class="info">By A. Writer | 27/09/2024</div><div class="story-text">${LONG_PROSE(2, 'first part')}</div>${rest}<div class="more"><h3>More news</h3><div class="item"><a href="/x">Short</a><p>A summary of another story, in a sentence of its own.</p></div></div></div></div></body>`,
      );
    const read = (doc: Document) => extractArticle(doc).text;
    const opened = read(
      page(
        `<div class="collapsed-content" hidden>${LONG_PROSE(3, 'folded rest')}</div><button>Read more</button>`,
      ),
    );
    expect(opened).toContain('Paragraph 0 of the first part');
    expect(opened).toContain('Paragraph 2 of the folded rest');
    expect(opened).not.toContain('A summary of another story');
    // Hidden with no control to open it, the block is not read, nor taken for the article.
    const shut = read(
      page(`<div class="collapsed-content" hidden>${LONG_PROSE(6, 'folded rest')}</div>`),
    );
    expect(shut).toContain('Paragraph 0 of the first part');
    expect(shut).not.toContain('folded rest');
  });

  it("takes a body's rest hidden only by a stylesheet's class, a 'Read more' button acting in place beside it, with the part before it; not a block whose 'Read more' links away", () => {
    const page = (rest: string) =>
      parse(
        `<html><head><style>.fold{display:none}</style></head><body><div class="col"><h1>Title</h1><div class="body"><div class="lead">${LONG_PROSE(2, 'first part')}</div>${rest}</div></div></body></html>`,
      );
    const read = (doc: Document) => extractArticle(doc).text;
    for (const control of [
      '<button type="button">Read more</button>',
      '<a href="#rest" class="more">Continue reading</a>',
      '<span role="button">Show more</span>',
    ]) {
      const opened = read(
        page(`<div class="fold">${LONG_PROSE(3, 'folded rest')}</div>${control}`),
      );
      expect(opened).toContain('Paragraph 0 of the first part');
      expect(opened).toContain('Paragraph 2 of the folded rest');
    }
    // The control before the rest, as some sites set it.
    const before = read(
      page(`<button>Read more</button><div class="fold">${LONG_PROSE(3, 'folded rest')}</div>`),
    );
    expect(before).toContain('Paragraph 0 of the first part');
    // A link to another page saying 'Read more' opens nothing here: the longer block is another
    // story's preview, and the part before it is not joined to it.
    const away = read(
      page(
        `<div class="fold">${LONG_PROSE(3, 'other story')}</div><a href="/news/other">Read more</a>`,
      ),
    );
    expect(away).not.toContain('first part');
  });

  it("does not take a writer's box beside a short piece for the article, however much biography it holds; a profile's block about someone else stays prose", () => {
    const bio = (name: string) =>
      `<div class="box"><img src="w.jpg" alt=""><div><p class="name">${name}</p><p>${name} is a correspondent who has reported from the river towns for many years, for papers and for radio, and who has sailed every ferry of the estuary.</p><p>Her first book, about the ferries of the estuary and the families who ran them, won a prize and was translated twice into other languages.</p><p>She teaches a summer class on reporting, lives by the harbour with two dogs, and sails whenever the weather lets her do so.</p></div></div>`;
    const page = (writer: string, name: string) =>
      parse(
        `<html><head><meta name="author" content="${writer}"></head><body><div class="main"><article><h1>The ferry sails again</h1><div class="body" id="story"><p>The ferry to Portsea will sail again from Monday, the council said, once the pier is repaired.</p><p>Its timetable, cut in half last winter, is to be restored in full by the spring.</p></div></article>${bio(name)}</div></body></html>`,
      );
    const read = (doc: Document) => extractArticle(doc).text;
    const writers = read(page('Jane Doe', 'Jane Doe'));
    expect(writers).toContain('The ferry to Portsea will sail again');
    expect(writers).not.toContain('a correspondent');
    // Not the page's writer: the block is not known as a writer's box, and its prose wins.
    expect(read(page('Jane Doe', 'Mary Major'))).toContain('Mary Major is a correspondent');
  });

  it("leaves out a lone preview of another story under its linked headline ('Next article'), not a section of the story under a linked subhead, nor a post whose linked headline the page's title names", () => {
    const preview = `<div class="next-article"><h2><a href="/news/the-next-story">The lock keepers go on strike over pay</a></h2><div class="excerpt">${LONG_PROSE(4, 'next story')}</div></div>`;
    const page = (title: string, body: string) =>
      parse(
        `<html><head><title>${title}</title></head><body><div class="wrap"><h1>The ferry sails again</h1><div class="body">${body}</div></div>${preview}</body></html>`,
      );
    const read = (doc: Document) => extractArticle(doc).text;
    const story = read(page('The ferry sails again | Harbour News', LONG_PROSE(2, 'story')));
    expect(story).toContain('Paragraph 1 of the story');
    expect(story).not.toContain('next story');
    // The story's own section under a subhead linked elsewhere, after its first paragraphs.
    const section = read(
      parse(
        `<html><head><title>The ferry sails again</title></head><body><h1>The ferry sails again</h1><div class="body">${LONG_PROSE(1, 'story')}<h2><a href="/pier">The pier</a></h2>${LONG_PROSE(2, 'section')}</div></body></html>`,
      ),
    );
    expect(section).toContain('Paragraph 1 of the section');
    // A blog's name as its <h1>, the post's headline linked to its permalink, named by the title.
    const post = read(
      parse(
        `<html><head><title>The lock keepers go on strike over pay – River Notes</title></head><body><h1>River Notes</h1><div class="post"><h2><a href="/2024/10/lock-keepers">The lock keepers go on strike over pay</a></h2><div class="entry">${LONG_PROSE(3, 'post')}</div></div></body></html>`,
      ),
    );
    expect(post).toContain('Paragraph 2 of the post');
  });

  it("does not take a sibling of the same class for a part where the paragraphs' credit reaches their parent ('More news')", () => {
    const doc = parse(
      `<body><div id="wrap"><div class="content-block">${PROSE(5, 'story')}</div><div class="content-block"><h2>More news</h2>${PROSE(2, 'other story')}</div></div></body>`,
    );
    expect(findArticleRoot(doc)?.className).toBe('content-block');
    expect(findArticleRoot(doc)?.textContent).not.toContain('More news');
  });

  it('does not take a column beside the article for one of its parts (ids, table cells)', () => {
    const doc = parse(
      `<body><div id="wrap"><div id="left">${PROSE(6, 'story')}</div><div id="right"><div class="box"><p>A sentence in a box of the other column, long enough to count.</p></div></div></div></body>`,
    );
    expect(findArticleRoot(doc)?.id).toBe('left');
    const table = parse(
      `<body><table><tr><td id="l"><div><p>A sentence in a box of the left column, long enough to count.</p></div></td><td id="m">${PROSE(6, 'story')}</td></tr></table></body>`,
    );
    expect(findArticleRoot(table)?.id).toBe('m');
  });

  it("keeps a summary list above the text ('Key points') with the article, not a list of links", () => {
    const points =
      '<div class="KeyPoints_k"><h2>Key points:</h2><ul><li>The first point of the story, as a sentence</li><li>The second point of the story, as a sentence</li></ul></div>';
    const doc = parse(
      `<body><div id="render">${points}<div id="body">${PROSE(6, 'story')}</div></div></body>`,
    );
    expect(findArticleRoot(doc)?.id).toBe('render');
    const links =
      '<div><h2>Top stories</h2><ul><li><a href="/1">A headline of another story here</a></li><li><a href="/2">A headline of yet another story</a></li></ul></div>';
    const other = parse(
      `<body><div id="render">${links}<div id="body">${PROSE(6, 'story')}</div></div></body>`,
    );
    expect(findArticleRoot(other)?.id).toBe('body');
    const far = parse(
      `<body><div id="render">${points}<div>One</div><div>Two</div><div>Three</div><div id="body">${PROSE(6, 'story')}</div></div></body>`,
    );
    expect(findArticleRoot(far)?.id).toBe('body');
  });

  it("keeps a box of headed points above the text ('What's new?' over its answer) with the article", () => {
    const point = (q: string) =>
      `<div class="item"><h3>${q}</h3><p>An answer to the question, written as a sentence of the summary.</p></div>`;
    const box = `<div class="what-is-new">${point("What's new?")}${point('Why does it matter?')}</div>`;
    const doc = parse(
      `<body><div id="main">${box}<div id="body">${PROSE(6, 'story')}</div></div><aside><p>Aside.</p></aside></body>`,
    );
    expect(findArticleRoot(doc)?.id).toBe('main');
    // Cards of other stories are headed too, but their headlines are links.
    const card = (h: string) =>
      `<div class="card"><h3><a href="/${h.length}">${h}</a></h3><p>A line about that other story.</p></div>`;
    const cards = parse(
      `<body><div id="main"><div class="grid">${card('A headline of another story here')}${card('A headline of yet another story')}</div><div id="body">${PROSE(6, 'story')}</div></div></body>`,
    );
    expect(findArticleRoot(cards)?.id).toBe('body');
  });

  it('reads <div>s of bare text as paragraphs when the <p>s hold no article (a sidebar beside it)', () => {
    const divs = Array.from(
      { length: 5 },
      (_, i) =>
        `<div>Paragraph ${i} of the story, written as a div, with a comma, and more words.</div>`,
    ).join('');
    const doc = parse(
      `<body><main><div class="col-main"><h1>Title</h1><div id="text">${divs}</div></div><div class="col-side"><div class="box"><h3>Opinion</h3><p>A paragraph of another column, long enough to score, with a comma.</p></div></div></main></body>`,
    );
    expect(findArticleRoot(doc)?.id).toBe('text');
  });

  it('reads <div>s of bare text beside <p>s that hold more than a few lines but less than a short article (a list of summaries, a sign-off)', () => {
    const divs = Array.from(
      { length: 6 },
      (_, i) =>
        `<div class="para">Paragraph ${i} of the report, each one a div of its own, with a comma, and enough words to read as prose.</div>`,
    ).join('');
    const summaries = Array.from(
      { length: 3 },
      (_, i) =>
        `<li><a href="/other-${i}">Other story ${i}</a><p>A summary of another report, a full sentence about the harbour, with a comma, and then some more words.</p></li>`,
    ).join('');
    const doc = parse(
      `<body><article><h1>Title</h1><div id="text">${divs}<p>Reporting by a writer; editing by another writer.</p></div><div class="next"><h2>Next</h2><ul>${summaries}</ul></div></article><footer><p>All figures are given as reported to the desk, with a comma, at the time.</p></footer></body>`,
    );
    expect(findArticleRoot(doc)?.id).toBe('text');
    // A story of <p>s as long as a short article is not second-guessed by the page's <div>s.
    const long = parse(
      `<body><div id="story">${PROSE(7, 'story')}</div><div id="rail">${divs}</div></body>`,
    );
    expect(findArticleRoot(long)?.id).toBe('story');
  });
  it('reads the article inside a <form> wrapping the page (ASP.NET WebForms), not inside a form box', () => {
    const doc = parse(
      `<body><form id="aspnetForm"><input type="hidden" name="__VIEWSTATE"><div id="news"><h1>Title</h1>${PROSE(5, 'story')}</div></form></body>`,
    );
    expect(findArticleRoot(doc)?.id).toBe('news');
    const box = parse(
      `<body><div id="page"><div id="story">${PROSE(5, 'story')}</div><form class="reply">${PROSE(8, 'form')}<textarea></textarea><button>Send</button></form></div></body>`,
    );
    expect(findArticleRoot(box)?.id).toBe('story');
    // A form asking nothing of the reader wraps content: a forum's page of posts, wrapped for
    // its moderators' tools (SMF's quick-moderation form).
    const posts = parse(
      `<body><div id="page"><div id="note">${PROSE(2, 'note')}</div><form id="quickModForm"><div id="posts">${PROSE(8, 'post')}</div></form></div></body>`,
    );
    expect(findArticleRoot(posts)?.contains(posts.getElementById('posts'))).toBe(true);
  });

  it("reads a lead block split off by a 'Related' box as a part, not a same-class block titled apart", () => {
    const split = parse(
      `<body><article><section id="body"><div class="RichText">${PROSE(2, 'lead')}</div><div class="box"><span>Related</span><ul><li><a href="/a">Another story</a></li></ul></div><div class="RichText">${PROSE(3, 'rest')}</div></section></article></body>`,
    );
    expect(findArticleRoot(split)?.id).toBe('body');
    const titled = parse(
      `<body><div id="page"><div class="block">${PROSE(4, 'story')}</div><div class="ad"></div><div class="block"><h2>More news</h2>${PROSE(2, 'news')}</div></div></body>`,
    );
    expect(findArticleRoot(titled)?.id).not.toBe('page');
  });

  it("reads blocks of paragraphs side by side as one text where they are named as their holder's parts", () => {
    // Movable Type's entry: 'asset-body', then the part after the jump in '#more.asset-more'.
    const entry = parse(
      `<body><div class="entry-asset"><h1>Two dates</h1><div id="content" class="asset-content entry-content"><div class="asset-body">${PROSE(2, 'lead')}</div><div id="more" class="asset-more">${PROSE(3, 'rest')}</div></div></div></body>`,
    );
    expect(findArticleRoot(entry)?.id).toBe('content');
    // A paywalled page: the free lead named as the body's element, the locked rest apart.
    const paywalled = parse(
      `<body><article><div id="body" class="article-body"><div class="article-body__free">${PROSE(2, 'lead')}</div><div class="paywalled-body">${PROSE(3, 'rest')}</div></div></article></body>`,
    );
    expect(findArticleRoot(paywalled)?.id).toBe('body');
    // Near misses: a grid's columns ('col-…' in a 'row'), and a part holding more than paragraphs.
    const grid = parse(
      `<body><div id="row" class="row"><div class="col-md-8">${PROSE(5, 'story')}</div><div class="col-md-4">${PROSE(2, 'side')}</div></div></body>`,
    );
    expect(findArticleRoot(grid)?.id).not.toBe('row');
    const headed = parse(
      `<body><div id="content" class="asset-content"><div class="asset-body">${PROSE(5, 'story')}</div><div class="asset-related"><h3>Earlier</h3>${PROSE(2, 'earlier')}</div></div></body>`,
    );
    expect(findArticleRoot(headed)?.id).not.toBe('content');
  });

  it('reads two columns of one text in two languages (each its own lang) as one article', () => {
    const columns = (enLang: string) =>
      `<body><div id="row"><div class="col" lang="${enLang}">${PROSE(3, 'statement')}</div><div class="col" lang="ar" dir="rtl">${PROSE(6, 'translation')}</div></div><div class="box">${PROSE(1, 'box')}</div></body>`;
    expect(findArticleRoot(parse(columns('en')))?.id).toBe('row');
    // Columns of one language are two blocks: the longer is taken.
    expect(findArticleRoot(parse(columns('ar')))?.id).not.toBe('row');
  });

  it('reads a text given in Arabic and then in English, the English marked only by its direction, as one article', () => {
    const stacked = (enDir: string) =>
      `<html lang="ar" dir="rtl"><body><div id="story"><h1>Title</h1><div class="text">${PROSE(6, 'translation')}</div><div class="text-en"${enDir}>${PROSE(3, 'statement')}</div></div><div class="box">${PROSE(1, 'box')}</div></body></html>`;
    expect(findArticleRoot(parse(stacked(' dir="ltr"')))?.id).toBe('story');
    // Without a direction of its own, the second block is another text of the page's language.
    expect(findArticleRoot(parse(stacked('')))?.id).not.toBe('story');
    // A short box set left to right beside the Arabic text (an 'English edition' teaser) is
    // no translation of it.
    const box = `<html lang="ar" dir="rtl"><body><div id="story"><h1>Title</h1><div class="text" id="text">${PROSE(8, 'translation')}</div><div class="english-box" dir="ltr"><h3>English edition</h3>${PROSE(1, 'teaser')}</div></div></body></html>`;
    expect(findArticleRoot(parse(box))?.id).toBe('text');
  });

  it("does not take a forum's replies marked as comments in microdata for the article", () => {
    const reply = (i: number) =>
      `<div class="topic-body" itemprop="comment" itemscope itemtype="http://schema.org/Comment">${PROSE(4, `reply ${i}`)}</div>`;
    const doc = parse(
      `<body><div id="topic"><div class="topic-body" id="op">${PROSE(3, 'opening post')}</div>${reply(1)}${reply(2)}</div></body>`,
    );
    expect(findArticleRoot(doc)?.id).toBe('op');
  });

  it('falls back to <article>, articleBody, main or body without prose to score', () => {
    expect(findArticleRoot(parse('<body><main id="m"><p>Short.</p></main></body>'))?.id).toBe('m');
    expect(findArticleRoot(parse('<body><p>Short.</p></body>'))?.localName).toBe('body');
  });

  it('scores the bare text of a block broken by <br> as its paragraph, and a comment thread at half', () => {
    const post = Array.from(
      { length: 5 },
      (_, i) => `Line ${i} of the post, a sentence of some length about the day's news.<br><br>`,
    ).join('');
    const comment = (i: number) =>
      `<li class="comment"><div class="comment-block"><p>${'A long comment, with commas, and more words in it. '.repeat(6)} ${i}</p></div></li>`;
    const doc = parse(
      `<body><div class="blog-posts"><article id="post"><h3>Note</h3><div class="post-body"><div class="separator"><a href="/i.jpg"><img src="/i.jpg"></a></div>${post}</div></article><section id="comments"><ol>${comment(1)}${comment(2)}${comment(3)}</ol></section></div></body>`,
    );
    const root = findArticleRoot(doc) as Element;
    expect(root.matches('.post-body') || !!root.querySelector('.post-body')).toBe(true);
    expect(root.closest('#comments, .comment-block')).toBeNull();
  });

  it("reads a <br>'s parent for its loose text only, beside its paragraphs (scored on their own)", () => {
    const doc = parse(
      `<body><div id="story">${PROSE(4, 'story')}<br><span>A caption line</span></div></body>`,
    );
    expect(findArticleRoot(doc)?.id).toBe('story');
  });

  it('takes a text split into sections of one class, each a subhead and a paragraph, as one, not a column of cards of that class', () => {
    // A health guide's sections (round 19's shape page, without the <head> whose titles
    // other rules read): the longest holds a quarter of the text, under the climb's share.
    const page = readPage('shapes/healthline-reviewed-history.html').replace(
      /<head>[\s\S]*<\/head>/,
      '<head></head>',
    );
    const root = findArticleRoot(parse(page));
    expect(root?.localName).toBe('article');
    expect(root?.querySelectorAll('h2').length).toBe(3);
    // Blocks of that class titled by a headline leading to another page: cards.
    const words = (n: number, topic: string) =>
      Array.from({ length: n }, (_, i) => `Note ${i} on ${topic}, in plain words.`).join(' ');
    const card = (topic: string, n: number) =>
      `<div class="c-9x1q"><h3><a href="/guides/${topic}">${topic}</a></h3><div class="c-0"><p>${words(n, topic)}</p></div></div>`;
    const column = parse(
      `<body><main><h1>A guide to coming home</h1><div id="column"><div class="c-9x1q" id="lead"><div class="c-0"><p>${words(12, 'sleep')}</p></div></div>${card('hearing', 11)}${card('breathing', 10)}${card('mood', 9)}${card('diet', 9)}${card('rest', 8)}</div></main></body>`,
    );
    expect(findArticleRoot(column)?.id).toBe('lead');
  });

  it("reads a paragraph set in a component's wrappers (a text block around a container around the <p>) as that paragraph, so a live blog's posts of such blocks are read together", () => {
    const text = (words: string) =>
      `<div class="text-block"><div class="rich"><p>${words}, long enough to count as prose, with a comma, and some more words after it.</p></div></div>`;
    const post = (i: number, blocks: string) =>
      `<li class="item"><article class="post"><header><time datetime="2024-05-0${i}T10:00Z">10:0${i} BST</time><h3>Update ${i}</h3></header><div class="post-body">${blocks}</div><footer><button>Share</button></footer></article></li>`;
    const doc = parse(
      `<body><main><h1>Ferry strike: live</h1><ol id="stream">${post(3, text('The third update on the ferry with the crew still on the quay and the timetable torn up'))}${post(2, text('The second update on the ferry with the council meeting the union at noon in the town hall'))}${post(1, text('The first update, from the pier, the quay, the lock, the harbour wall, the ticket office, the car park, and the slipway') + text('Then a second'))}</ol></main></body>`,
    );
    const root = findArticleRoot(doc) as Element;
    expect(root.id === 'stream' || root.querySelector('#stream') !== null).toBe(true);
    // A wrapper holding a heading beside its paragraph is no paragraph: a box stays apart.
    const box = parse(
      `<body><div id="a"><div class="box"><div class="inner"><h3>More</h3><p>The lead paragraph of another story sits here with a heading, and it is long.</p></div></div><div id="body">${PROSE(6, 'story')}</div></div></body>`,
    );
    expect(findArticleRoot(box)?.id).toBe('body');
  });

  it("reads a page builder's numbered text modules split by an image module as one body, not a grid's columns", () => {
    const module = (i: number, n: number) =>
      `<div class="et_pb_module et_pb_text et_pb_text_${i}"><div class="et_pb_text_inner">${LONG_PROSE(n, `module ${i}`)}</div></div>`;
    const doc = parse(
      `<body><div class="et_pb_row"><div class="et_pb_column et_pb_column_4_4" id="column">${module(0, 2)}<div class="et_pb_module et_pb_image"><img src="a.jpg" alt=""></div>${module(1, 3)}</div></div></body>`,
    );
    expect(findArticleRoot(doc)?.id).toBe('column');
    // Two columns of a grid, numbered by their widths and sharing no other word, stay apart.
    const grid = parse(
      `<body><div class="row" id="row"><div class="col-lg-8" id="story">${LONG_PROSE(4, 'story')}</div><hr><div class="col-lg-4">${LONG_PROSE(2, 'sidebar')}</div></div></body>`,
    );
    expect(findArticleRoot(grid)?.id).toBe('story');
  });

  it("reads a page builder's numbered rows, each wrapping a text module in layout blocks, as one body; not columns numbered by width, nor rows of cards", () => {
    const row = (i: number, inner: string, extra = '') =>
      `<div class="fusion-fullwidth fullwidth-box fusion-builder-row-${i}${extra}"><div class="fusion-builder-row fusion-row"><div class="fusion-layout-column fusion-one-full"><div class="fusion-column-wrapper">${inner}<div class="fusion-clearfix"></div></div></div></div></div>`;
    const text = (i: number, n: number) =>
      `<div class="fusion-text fusion-text-${i}">${LONG_PROSE(n, `row ${i}`)}</div>`;
    const doc = parse(
      `<body><article><h1>The story</h1><div class="post-content" id="content">${row(1, text(1, 2), ' nonhundred-percent-fullwidth')}${row(2, `<div class="fusion-title"><h2>A subhead</h2></div>${text(2, 2)}`)}</div></article></body>`,
    );
    expect(findArticleRoot(doc)?.id).toBe('content');
    expect(extractArticle(doc).text).toContain('Paragraph 1 of the row 2');
    // Columns numbered by their widths ('-66' beside '-33') are not rows in page order.
    const column = (w: number, id: string, n: number, word: string) =>
      `<div class="layout-column layout-col-${w}"><div class="column-wrap"><div class="text-module" id="${id}">${LONG_PROSE(n, word)}</div></div></div>`;
    const columns = parse(
      `<body><div class="layout-row" id="row">${column(66, 'story', 4, 'story')}${column(33, 'side', 2, 'sidebar')}</div></body>`,
    );
    const chosen = findArticleRoot(columns) as Element;
    expect(chosen.querySelector('#side')).toBeNull();
    expect(chosen.textContent).toContain('of the story');
    // The next row a grid of cards whose headlines lead to other stories: no part of the text.
    const cards = `<div class="fusion-text fusion-text-2"><a href="/other"><h3>Another story</h3></a>${LONG_PROSE(2, 'card')}</div>`;
    const withCards = parse(
      `<body><div id="content">${row(1, `<div class="fusion-text fusion-text-1" id="text">${LONG_PROSE(3, 'story')}</div>`)}${row(2, cards)}</div></body>`,
    );
    expect(findArticleRoot(withCards)?.id).toBe('text');
  });

  it("reads a page builder's unnumbered rows (one first class word, or none) as one body; not a stream's next story or a footer template", () => {
    const row = (inner: string, cls = 'vc_row wpb_row vc_row-fluid') =>
      `<div class="${cls}"><div class="wpb_column vc_column_container"><div class="vc_column-inner"><div class="wpb_wrapper">${inner}</div></div></div></div>`;
    const text = (n: number, word: string, id = '') =>
      `<div class="wpb_text_column wpb_content_element"${id ? ` id="${id}"` : ''}><div class="wpb_wrapper">${LONG_PROSE(n, word)}</div></div>`;
    const doc = parse(
      `<body><div class="entry-content" id="content">${row('<h1>The story</h1>')}${row(text(2, 'first row'))}${row(`<div class="vc_separator"></div>${text(3, 'second row')}`)}</div></body>`,
    );
    expect(findArticleRoot(doc)?.id).toBe('content');
    expect(extractArticle(doc).text).toContain('Paragraph 1 of the first row');
    // Unnamed rows of a grid (Umbraco's sections) are rows of one template too.
    const bare = (inner: string) =>
      `<div><div class="container"><div class="row"><div class="col-md-8 column"><div><div class="rte">${inner}</div></div></div></div></div></div>`;
    const grid = parse(
      `<body><div class="grid-section" id="grid">${bare('<h1>The story</h1>')}${bare(LONG_PROSE(2, 'first row'))}${bare(LONG_PROSE(3, 'second row'))}</div></body>`,
    );
    expect(findArticleRoot(grid)?.id).toBe('grid');
    // The next row a story of its own (its <h1> and <time>) or a footer template: no part of the text.
    const next = parse(
      `<body><div id="stream">${row(text(3, 'story', 'text'))}${row(`<h1>The next story</h1><time datetime="2024-10-01">1 October</time>${text(3, 'next story')}`)}</div></body>`,
    );
    expect(findArticleRoot(next)?.querySelector('h1')).toBeNull();
    const footer = parse(
      `<body><div id="page">${row(text(3, 'story', 'text'), 'elementor elementor-102 elementor-location-single')}${row(text(2, 'site footer'), 'elementor elementor-95 elementor-location-footer')}</div></body>`,
    );
    expect(findArticleRoot(footer)?.textContent).not.toContain('site footer');
  });

  it("leaves out a row of cards in the text's own module after a page builder's text rows, not a row of the text", () => {
    const row = (inner: string) =>
      `<div class="vc_row wpb_row vc_row-fluid"><div class="wpb_column vc_column_container"><div class="vc_column-inner"><div class="wpb_wrapper">${inner}</div></div></div></div>`;
    const module = (inner: string) =>
      `<div class="wpb_text_column wpb_content_element"><div class="wpb_wrapper">${inner}</div></div>`;
    const card = (i: number) =>
      module(`<h3><a href="/other/${i}">Another story ${i}</a></h3>${LONG_PROSE(2, `card ${i}`)}`);
    const doc = parse(
      `<body><div class="entry-content" id="content">${row(module(LONG_PROSE(2, 'first row')))}${row(module(LONG_PROSE(2, 'second row')))}${row(card(1))}${row(card(2))}</div></body>`,
    );
    expect(findArticleRoot(doc)?.id).toBe('content');
    const text = extractArticle(doc).text;
    expect(text).toContain('Paragraph 1 of the second row');
    expect(text).not.toContain('of the card');
    // A row of the text under a subhead linked to its own section stays.
    const own = parse(
      `<body><div class="entry-content" id="content">${row(module(LONG_PROSE(2, 'first row')))}${row(module(`<h3><a href="#part">The second part</a></h3>${LONG_PROSE(2, 'second row')}`))}</div></body>`,
    );
    expect(extractArticle(own).text).toContain('Paragraph 1 of the second row');
  });

  it("leaves out a row of previews (a linked headline and a few paragraphs, no read-on link) set apart from the block holding the <h1> and the story, not a digest's items in the <h1>'s block", () => {
    const preview = (i: number) =>
      `<div class="preview"><h3><a href="/other/${i}">Another story ${i}</a></h3>${LONG_PROSE(3, `preview ${i}`)}</div>`;
    const row = `<div class="more-row" id="row">${preview(1)}${preview(2)}${preview(3)}</div>`;
    const apart = parse(
      `<body><main><div class="story"><h1>The story</h1><div id="text">${LONG_PROSE(2, 'story')}</div></div>${row}</main></body>`,
    );
    expect(findArticleRoot(apart)?.id).toBe('text');
    // The same items under the <h1> and an intro in one block: the page's own text.
    const digest = parse(
      `<body><main><article id="digest"><h1>The briefing</h1>${LONG_PROSE(2, 'intro')}${row}</article></main></body>`,
    );
    const root = findArticleRoot(digest) as Element;
    expect(root.id === 'digest' || root.id === 'row').toBe(true);
    expect(extractArticle(digest).text).toContain('Paragraph 0 of the preview 2');
  });

  it("leaves out a row of previews each signed by its own byline, even in the short story's own block, not a digest's or a timeline's unsigned or dated items", () => {
    const card = (i: number, line: string) =>
      `<div class="preview"><h3><a href="/other/${i}">Another story ${i}</a></h3>${line}${LONG_PROSE(2, `preview ${i}`)}</div>`;
    const row = (line: (i: number) => string) =>
      `<div class="row">${card(1, line(1))}${card(2, line(2))}${card(3, line(3))}</div>`;
    const page = (line: (i: number) => string) =>
      parse(
        `<body><main id="main"><h1>The story</h1><p>By Mark Ellison</p>${LONG_PROSE(2, 'story')}${row(line)}</main></body>`,
      );
    const signed = page((i) => `<p class="meta">By Dana Brooks${i} · Oct. ${i}, 2024</p>`);
    expect(findArticleRoot(signed)?.id).toBe('main');
    expect(extractArticle(signed).text).toContain('Paragraph 1 of the story');
    expect(extractArticle(signed).text).not.toContain('of the preview 2');
    // 'Written by' signs too.
    const written = page(() => '<span class="credit">Written by Tess Ruiz</span>');
    expect(extractArticle(written).text).not.toContain('of the preview 2');
    // A day alone is a timeline's entry, and a line opening 'By' a date is no byline.
    for (const line of [
      (i: number) => `<p class="when">Oct. ${i}, 2024</p>`,
      () => '<p>By September 2025.</p>',
      () => '',
    ])
      expect(extractArticle(page(line)).text).toContain('Paragraph 0 of the preview 2');
  });

  it("climbs past a note beside the text to the block holding the page's <h1> and its lead, not to a lead-less one", () => {
    // A video page: a summary paragraph under the headline, then a transcript tab panel whose
    // notice beside the transcript makes the panel the text's block.
    const page = (lead: string) =>
      parse(
        `<body><div id="page"><div id="inner"><h1>The segment</h1><div class="byline">By Dana Brooks</div><div class="desc">${lead}</div><div role="tablist"><button>Transcript</button></div><div id="panel" role="tabpanel"><p class="notice">Notice: transcripts are machine and human generated and lightly edited, so they may contain errors.</p><div class="lines">${LONG_PROSE(6, 'transcript')}</div></div></div><aside class="rail">${PROSE(1, 'rail')}</aside></div></body>`,
      );
    const withLead = page(
      '<p>The summary of the segment, long enough to be a paragraph of prose, with a comma and more words.</p>',
    );
    expect(findArticleRoot(withLead)?.id).toBe('inner');
    expect(extractArticle(withLead).text).toContain('The summary of the segment');
    // A short dek or a line of links under the headline is no lead: the panel stays the text.
    const dekOnly = page('<p>A short dek.</p>');
    expect(findArticleRoot(dekOnly)?.id).toBe('panel');
    const links = page(
      '<p><a href="/a">A link to another page of the site</a> and <a href="/b">another link to one more page</a></p>',
    );
    expect(findArticleRoot(links)?.id).toBe('panel');
  });
});

describe.each(DOMS)('findArticleRoot on apps and e-mail in %s', (_name, parse) => {
  it("keeps a post's replies out where every block carries one atomic class and a layout row above <main> scores on its own lines", () => {
    // React Native for Web (a Bluesky post page): every <div> is `css-175oi2r`, the post's
    // text nests deep, the row around <main> holds the menu and a column of trends.
    const doc = parse(readPage('shapes/bluesky-post-thread-react-native-web-replies.html'));
    const texts = Array.from(doc.querySelectorAll('[data-testid="postText"]'));
    const root = findArticleRoot(doc);
    expect(root?.contains(texts[0] as Element)).toBe(true);
    expect(root?.contains(texts[1] as Element)).toBe(false);
    expect(root?.contains(texts[2] as Element)).toBe(false);
  });

  it('scores table cells of bare text, as a newsletter in webmail lays out its paragraphs', () => {
    const cell = (t: string) => `<tr><td style="padding:0 0 14px">${t}</td></tr>`;
    const doc = parse(
      `<body><div role="main"><table class="inbox"><tr><td><div><span>Sender</span></div></td><td><div><span>Subject</span><span> - A snippet of another message, long enough to count as text.</span></div></td></tr></table><div class="pane"><h2>The Harbour Letter</h2><div id="mail"><table><tbody>${cell('The ferry to Portsea sails again from the spring, the council said on Thursday, with a comma.')}${cell('The pier has been repaired and the lock keepers are back at work, with a comma, and more words.')}${cell('The first timetable is printed and the fares stay as they were last year, the operator said.')}</tbody></table></div></div></div></body>`,
    );
    const root = findArticleRoot(doc);
    expect(root && doc.getElementById('mail')?.contains(root)).toBe(true);
    expect(extractArticle(doc).text).not.toContain('snippet of another message');
  });
});
