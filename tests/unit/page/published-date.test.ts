import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  findPublishedDate,
  isDateOrMonth,
  parseDateString,
  readPublishedDateSteps,
  readVisibleDate,
} from '../../../page/published-date';
import { DOMS, happyDocument, readPage } from './load-page';

/** Each <template> of the fixture becomes a page of its own. */
const CASES = Array.from(
  happyDocument(readPage('date-variants.html')).querySelectorAll('template'),
).map((t) => ({
  name: t.getAttribute('data-case') ?? '',
  expect: t.getAttribute('data-expect') === 'null' ? null : t.getAttribute('data-expect'),
  html: `<!doctype html><html><head></head><body>${t.innerHTML}</body></html>`,
}));

/** Whole pages in tests/fixtures/pages/dates/, one per source; `<html data-expect>` is the answer. */
const PAGES = readdirSync(join(__dirname, '../../fixtures/pages/dates'))
  .filter((f) => f.endsWith('.html'))
  .sort()
  .map((file) => {
    const html = readPage(`dates/${file}`);
    const expected = /<html[^>]*\sdata-expect="([^"]*)"/.exec(html)?.[1];
    return { file, html, expect: expected === 'null' ? null : expected };
  });

describe.each(DOMS)('findPublishedDate in %s', (_name, parse) => {
  it.each(CASES)('$name', ({ html, expect: expected }) => {
    expect(findPublishedDate(parse(html))).toBe(expected);
  });

  it.each(PAGES)('dates/$file → $expect', ({ html, expect: expected }) => {
    expect(expected).not.toBeUndefined();
    expect(findPublishedDate(parse(html))).toBe(expected);
  });

  it("reads a blog post's microdata date in an <abbr title> in the post's footer line", () => {
    const doc = parse(
      `<html><head><link rel="canonical" href="https://notes.example/2024/10/ferry.html"></head><body><div class="post" itemscope itemtype="http://schema.org/BlogPosting"><h3 itemprop="name">The ferry</h3><div class="post-body" itemprop="description articleBody">The ferry to Portsea sails again.<br><br>The pier is repaired.</div><div class="post-footer"><span class="post-timestamp">at <abbr class="published" itemprop="datePublished" title="2024-10-01T18:30:00+03:00">6:30 PM</abbr></span></div></div><div class="sidebar"><div class="footer-list"><span itemprop="datePublished" content="2024-08-02">Aug 2</span></div></div></body></html>`,
    );
    expect(findPublishedDate(doc)).toBe('2024-10-01');
  });

  it("reads a date strip above the site's menu after the byline under the headline, and a date line over the headline in its own block", () => {
    const filler =
      '<p>Some words of the page, long enough to fill a paragraph of prose, and more.</p>'.repeat(
        20,
      );
    const strip = parse(
      `<html><head></head><body><form><div class="top-strip"><span class="top-date">Monday, 7 October 2024</span></div><ul class="main-menu"><li><a href="/a">Local</a></li></ul><div class="news-details"><h1>The ferry sails again</h1><div class="news-info"><span class="news-date">28/09/2024 14:02</span></div>${filler}</div></form></body></html>`,
    );
    expect(findPublishedDate(strip)).toBe('2024-09-28');
    // With no other date the strip's still gives one.
    const alone = parse(
      `<html><head></head><body><form><div class="top-strip"><span class="top-date">Monday, 7 October 2024</span></div><div class="news-details"><h1>The ferry sails again</h1>${filler}</div></form></body></html>`,
    );
    expect(findPublishedDate(alone)).toBe('2024-10-07');
    const cover = parse(
      `<html><head></head><body><div class="cover"><div class="uptitle">30 September 2024 · Long read</div><h1>The ferry sails again</h1><div class="descr">A pier, a timetable and the people in between.</div></div>${filler}</body></html>`,
    );
    expect(findPublishedDate(cover)).toBe('2024-09-30');
    // A kicker above the headline that only mentions a date later in its text dates nothing.
    const kicker = parse(
      `<html><head></head><body><div class="cover"><div class="kicker">Deadline: 30 September 2024</div><h1>The ferry sails again</h1></div>${filler}</body></html>`,
    );
    expect(findPublishedDate(kicker)).toBe(null);
  });

  it('reads a day alone on its line only right under the title set in no heading', () => {
    const page = (head: string) =>
      `<html><head><title>Statement on the ferry timetable - Docs</title>${head}</head><body><div id="contents"><p class="c2"><span>Office of the Harbour Master</span></p><p class="title"><span>Statement on the ferry timetable</span></p><p class="c1"><span>16 October 2024</span></p><p class="c5"><span></span></p><p class="c1"><span>The ferry to Portsea will sail again from the spring, the council said, once the pier is repaired.</span></p></div></body></html>`;
    expect(findPublishedDate(parse(page('')))).toBe('2024-10-16');
    // The same day alone elsewhere (a top bar, an event's date) is no dateline.
    const loose = parse(
      `<html><head><title>Statement on the ferry timetable - Docs</title></head><body><div class="top"><p>Weather: fair</p><p>5 December 2026</p></div><p>The ferry to Portsea will sail again from the spring, the council said, once the pier is repaired.</p></body></html>`,
    );
    expect(findPublishedDate(loose)).toBe(null);
  });

  it('reads the article fixture: JSON-LD first, the meta a day later agreeing with it', () => {
    expect(findPublishedDate(parse(readPage('withdrawal-timetable.html')))).toBe('2024-09-09');
  });

  it("dates a live blog by when its coverage began, not by its entries' later times", () => {
    const html = `<html><head><script type="application/ld+json">{"@type":"LiveBlogPosting","coverageStartTime":"2024-09-16T05:30:00Z","liveBlogUpdate":[{"@type":"BlogPosting","datePublished":"2024-09-17T18:52:00Z"}]}</script></head><body><article class="block"><time datetime="2024-09-17T18:52:00Z">19.52</time><p>Entry.</p></article></body></html>`;
    expect(findPublishedDate(parse(html))).toBe('2024-09-16');
  });

  it('takes no date from a list of dated headlines before the byline', () => {
    const html = `<html><head></head><body><ul><li><a href="/a">Ferry schedule changes for the coming winter</a><time datetime="2024-10-01">Oct. 1</time></li></ul><div class="strip"><div class="card"><a href="/b">School board delays its vote on the budget</a> <span><time datetime="2024-09-28">Sept. 28</time></span></div></div><h1>Headline</h1><div class="article-dateline">Originally published October 4, 2024 at 6:00 am</div></body></html>`;
    expect(findPublishedDate(parse(html))).toBe('2024-10-04');
    const byline = `<html><head></head><body><div class="entry-meta"><span><a href="/2024/09/10/x/" rel="bookmark"><time datetime="2024-09-10">September 10, 2024</time></a></span> by <a href="/author/t/">Tamsin Rhodes</a></div></body></html>`;
    expect(findPublishedDate(parse(byline))).toBe('2024-09-10');
    const prose = '<p>A paragraph of the article that runs on for a while, as they do. </p>'.repeat(
      8,
    );
    const inWrapper = `<html><head></head><body><div class="content"><div class="meta"><time datetime="2024-09-11">Sept. 11</time></div>${prose}<p>See <a href="/report">the report the ministry published last week</a>.</p></div></body></html>`;
    expect(findPublishedDate(parse(inWrapper))).toBe('2024-09-11');
  });

  it("takes the article's JSON-LD date over an embedded video's in an earlier block", () => {
    const html = `<html><head><script type="application/ld+json">{"@type":"VideoObject","datePublished":"2024-09-18T21:00:00Z"}</script><script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2024-10-26T10:00:00Z"}</script></head><body></body></html>`;
    expect(findPublishedDate(parse(html))).toBe('2024-10-26');
  });

  it("does not take a card's microdata date (a Trending strip of NewsArticle items) for the page's", () => {
    const card =
      '<div class="strip"><div itemscope itemtype="https://schema.org/NewsArticle"><a href="/a" itemprop="url"><span itemprop="headline">Old story</span></a><meta itemprop="datePublished" content="2024-07-01T10:00:00Z"><time itemprop="datePublished" datetime="2024-07-01">July 1</time></div></div>';
    const jsonLd =
      '<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2024-11-04T10:00:00Z"}</script>';
    expect(
      findPublishedDate(
        parse(`<html><head>${jsonLd}</head><body>${card}<p>Text.</p></body></html>`),
      ),
    ).toBe('2024-11-04');
    expect(
      findPublishedDate(parse(`<html><head></head><body>${card}<p>Text.</p></body></html>`)),
    ).toBe(null);
    const own =
      '<div itemscope itemtype="https://schema.org/NewsArticle"><meta itemprop="datePublished" content="2024-11-05"><h1 itemprop="headline">Ours</h1></div>';
    expect(findPublishedDate(parse(`<html><head></head><body>${own}</body></html>`))).toBe(
      '2024-11-05',
    );
  });

  it("ranks an ItemList entry's date (another story) after the page's own", () => {
    const list =
      '<script type="application/ld+json">{"@type":"ItemList","itemListElement":[{"@type":"ListItem","item":{"@type":"NewsArticle","datePublished":"2024-06-01"}}]}</script>';
    const article =
      '<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2024-11-04"}</script>';
    expect(
      findPublishedDate(parse(`<html><head>${list}${article}</head><body></body></html>`)),
    ).toBe('2024-11-04');
  });

  it("gives no date for a MediaWiki page, whose JSON-LD datePublished is the page's creation", () => {
    const head =
      '<meta name="generator" content="MediaWiki 1.43.0-wmf.26"><script type="application/ld+json">{"@type":"Article","datePublished":"2004-03-12T10:00:00Z","dateModified":"2024-10-03T18:44:10Z"}</script>';
    expect(findPublishedDate(parse(`<html><head>${head}</head><body></body></html>`))).toBe(null);
  });

  it("falls back on the date in the page's canonical address, and on an article's dateCreated", () => {
    const page = (head: string) => `<html><head>${head}</head><body><p>Text.</p></body></html>`;
    expect(
      findPublishedDate(
        parse(
          page('<link rel="canonical" href="https://news.example/2024/11/10/world/iraq.html">'),
        ),
      ),
    ).toBe('2024-11-10');
    expect(
      findPublishedDate(
        parse(page('<meta property="og:url" content="https://blog.example/2024/11/slug/">')),
      ),
    ).toBe('2024-11');
    expect(
      findPublishedDate(
        parse(page('<link rel="canonical" href="https://news.example/world/iraq-2024">')),
      ),
    ).toBe(null);
    // The month as its three-letter name, as some newspapers file their stories.
    expect(
      findPublishedDate(
        parse(page('<link rel="canonical" href="https://news.example/world/2024/oct/14/ferry">')),
      ),
    ).toBe('2024-10-14');
    expect(
      findPublishedDate(
        parse(page('<link rel="canonical" href="https://news.example/world/2024/octopus/ferry">')),
      ),
    ).toBe(null);
    expect(
      findPublishedDate(
        parse(
          page(
            '<script type="application/ld+json">{"@type":"NewsArticle","dateCreated":"2024-11-09T08:00:00Z"}</script>',
          ),
        ),
      ),
    ).toBe('2024-11-09');
  });

  it('reads the other meta names sites put their publication date in (ptime, cXense, DC.date)', () => {
    const page = (meta: string) => `<html><head>${meta}</head><body><p>Text.</p></body></html>`;
    expect(findPublishedDate(parse(page('<meta name="ptime" content="20241112103000">')))).toBe(
      '2024-11-12',
    );
    expect(
      findPublishedDate(
        parse(
          page('<meta name="cXenseParse:recs:publishtime" content="2024-11-12T10:30:00.000Z">'),
        ),
      ),
    ).toBe('2024-11-12');
    expect(findPublishedDate(parse(page('<meta name="DC.date" content="2024-11-12">')))).toBe(
      '2024-11-12',
    );
  });

  it('reads a camel-case publishedDate meta', () => {
    const html =
      '<html><head><meta name="publishedDate" content="2024-10-24T10:31:45"><meta name="lastDate" content="2024-10-25T13:05:12"></head><body></body></html>';
    expect(findPublishedDate(parse(html))).toBe('2024-10-24');
  });

  it("reads a byline whose spans' texts touch ('Published On 24 Oct 2024' then '24 Oct 2024')", () => {
    const html =
      '<html><head></head><body><div class="article-dates"><span class="screen-reader-text">Published On 24 Oct 2024</span><span aria-hidden="true">24 Oct 2024</span></div></body></html>';
    expect(findPublishedDate(parse(html))).toBe('2024-10-24');
  });

  it("reads a newsletter's issue date after its number ('Issue #112 · Thursday, September 12, 2024')", () => {
    const issue = (label: string) =>
      `<html><head></head><body><table><tr><td><h1>The Harbour Letter</h1><p>${label} Thursday, September 12, 2024</p></td></tr></table></body></html>`;
    expect(findPublishedDate(parse(issue('Issue #112 ·')))).toBe('2024-09-12');
    expect(findPublishedDate(parse(issue('Issue No. 7 |')))).toBe('2024-09-12');
    // Campaign Monitor's web versions print the number bare ('Issue 212 · Friday 3 October 2025').
    expect(findPublishedDate(parse(issue('Issue 212 ·')))).toBe('2024-09-12');
    // A number of another kind is no label: a date with nothing to say whose it is.
    expect(findPublishedDate(parse(issue('Pier #112 ·')))).toBeNull();
  });

  it("reads a line named for its writer and its date ('sfnewsAuthorAndDate') as a byline, not an author card", () => {
    const page = (cls: string) =>
      `<html><head></head><body><div class="sfnewsItem"><h1 class="sfnewsTitle">The ferry sails again</h1><div class="${cls}">Posted by <span>Ann Lee</span> on <span>Saturday, January 24, 2026</span></div><div class="sfnewsContent"><p>The ferry to Portsea sailed again on Friday.</p></div></div></body></html>`;
    expect(findPublishedDate(parse(page('sfnewsAuthorAndDate')))).toBe('2026-01-24');
    expect(findPublishedDate(parse(page('author-date')))).toBe('2026-01-24');
    // Another furniture word of its own (a related item's writer and date) still leaves it out.
    expect(findPublishedDate(parse(page('related-author-date')))).toBeNull();
  });

  it("reads a date line named 'time' (h-time, pub-time), its date and time in ISO form", () => {
    const page = (cls: string) =>
      `<html><head></head><body><div class="h-title">The ferry sails again</div><div class="h-info"><span class="${cls}">2024-09-27 22:14:05</span></div><p>The ferry to Portsea sailed again on Friday, long enough.</p></body></html>`;
    expect(findPublishedDate(parse(page('h-time')))).toBe('2024-09-27');
    expect(findPublishedDate(parse(page('pub-time')))).toBe('2024-09-27');
    expect(findPublishedDate(parse(page('timeline')))).toBeNull();
  });

  it('reads the byline under the headline however it is named, not a standfirst or the prose', () => {
    const page = (byline: string) =>
      `<html><head></head><body><div class="top"><h1>The ferry sails again</h1><h4>Sailings to resume in September 2025, says the council</h4></div><div class="detay-bilgi">${byline}</div><div class="body"><p>The ferry to Portsea sails again, the council said on 3 May 2021.</p></div></body></html>`;
    expect(
      findPublishedDate(
        parse(page('<a href="/p/ann">Ann Lee</a> | 27.09.2024 - Update : 28.09.2024')),
      ),
    ).toBe('2024-09-27');
    // No byline: the standfirst's month and the prose's day are not the page's date.
    expect(findPublishedDate(parse(page('<a href="/p/ann">Ann Lee</a>')))).toBeNull();
    // A strip of other stories' dated headlines between the headline and the byline.
    const strip =
      '<ul><li><a href="/a">The pier at Riverton reopens to walkers</a> <span>26.09.2024</span></li></ul>';
    const withStrip = page('<a href="/p/ann">Ann Lee</a> | 27.09.2024').replace(
      '<div class="detay-bilgi">',
      `${strip}<div class="strip"><a href="/b">The harbour dredging begins in the spring</a> 25.09.2024</div><div class="detay-bilgi">`,
    );
    expect(findPublishedDate(parse(withStrip))).toBe('2024-09-27');
  });

  it("reads a post's author line ('by name » Fri Sep 27, 2024'), a day only, not a card's", () => {
    const page = (cls: string, line: string) =>
      `<html><head></head><body><div class="post"><h3>The ferry sails again</h3><p class="${cls}">by <b>harbourmaster</b> » ${line}</p><div class="content">The ferry to Portsea sails again.</div></div><div class="post"><p class="author">by <b>quay</b> » Sat Sep 28, 2024 8:02 pm</p><div class="content">Good news.</div></div></body></html>`;
    expect(findPublishedDate(parse(page('author', 'Fri Sep 27, 2024 9:14 am')))).toBe('2024-09-27');
    expect(findPublishedDate(parse(page('post-author', 'Fri Sep 27, 2024')))).toBe('2024-09-27');
    // A line's month dates its writer ("since May 2019"), not the page.
    const alone = page('author', 'reporting since May 2019').replace(
      /<div class="post"><p class="author">by <b>quay.*?<\/div><\/div>/,
      '',
    );
    expect(findPublishedDate(parse(alone))).toBe(null);
    // An author card or bio is not an author line.
    const card =
      '<html><head></head><body><div class="author-bio">Ann Lee joined on Sep 27, 2019.</div><p>Text.</p></body></html>';
    expect(findPublishedDate(parse(card))).toBe(null);
    // A comment's author line is the comment's.
    const comment =
      '<html><head></head><body><p>Text.</p><div class="comments"><p class="author">by quay » Sep 28, 2024</p></div></body></html>';
    expect(findPublishedDate(parse(comment))).toBe(null);
  });

  it('reads a dateline named by a compound word (articledate, storyDate)', () => {
    const page = (cls: string) =>
      `<html><head></head><body><div class="${cls}">October 21, 2024</div><p>Text.</p></body></html>`;
    expect(findPublishedDate(parse(page('articledate')))).toBe('2024-10-21');
    expect(findPublishedDate(parse(page('storyDate')))).toBe('2024-10-21');
    expect(findPublishedDate(parse(page('candidate')))).toBe(null);
  });

  it("reads a byline's <time> inside a wrapper a furniture word names (Next.js's #__next)", () => {
    const html =
      '<html><head></head><body><div id="__next"><main><h1>Headline</h1><div class="Byline_time__Oq1"><time datetime="2024-10-01T20:05:00Z">Oct 1, 2024</time></div><p>Text.</p></main></div></body></html>';
    expect(findPublishedDate(parse(html))).toBe('2024-10-01');
    // A box so named that holds no headline, article or main is still furniture.
    const box =
      '<html><head></head><body><h1>Headline</h1><div class="next-up"><time datetime="2024-10-05">Oct 5</time></div></body></html>';
    expect(findPublishedDate(parse(box))).toBe(null);
    // Nor is a rail of <article> promos a page wrapper.
    const rail =
      '<html><head></head><body><h1>Headline</h1><div class="sidebar"><article class="card"><time datetime="2024-10-05">Oct 5</time><span>A promo</span></article></div></body></html>';
    expect(findPublishedDate(parse(rail))).toBe(null);
  });

  it("dates a forum's later page by its first post (article.message), not by the thread's start", () => {
    const post = (date: string) =>
      `<article class="message message--post"><div class="message-cell message-cell--main"><header class="message-attribution"><a href="/p"><time datetime="${date}">${date}</time></a></header><div class="bbWrapper">The ferry sails again.</div></div></article>`;
    const doc = parse(
      `<html><body><h1>The ferry</h1><div class="p-description"><span>Start date</span> <time datetime="2024-09-27T07:55:00Z">Sep 27, 2024</time></div><div class="block-body js-replyNewMessageContainer">${post('2024-10-02T19:12:00Z')}${post('2024-10-03T08:47:00Z')}</div></body></html>`,
    );
    expect(findPublishedDate(doc)).toBe('2024-10-02');
    // A site's message bar outside any article is a notice still.
    const bar = parse(
      `<html><body><div class="site-message"><time datetime="2026-03-14T10:00:00Z">Today</time></div><h1>The ferry</h1><p class="byline">Published <time datetime="2024-10-02T09:00:00Z">Oct 2, 2024</time></p></body></html>`,
    );
    expect(findPublishedDate(bar)).toBe('2024-10-02');
  });

  it('checks a machine date against the first byline line of a page with no <h1>', () => {
    const page = (json: string) =>
      parse(
        `<html><head><script type="application/ld+json">{"@type":"NewsArticle","datePublished":"${json}"}</script></head><body><p class="asset-title">Ferry to Portsea sails again</p><div class="release"><span class="release__date">Release date: 24 October 2024</span><p>The ferry sails again, the council said on Thursday.</p></div></body></html>`,
      );
    // A migration stamped the JSON-LD weeks later: the earlier, printed day.
    expect(findPublishedDate(page('2024-11-19T08:00:00+01:00'))).toBe('2024-10-24');
    // Within a day, the machine date stands.
    expect(findPublishedDate(page('2024-10-25T08:00:00+01:00'))).toBe('2024-10-25');
  });

  it("reads no 'Published' label in the body's text to cross-check a page with no <h1>", () => {
    // The check reads byline lines only (a <time> without datetime, a date line named so):
    // a label in plain text further down is read only where the page has no machine date.
    const json =
      '<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2024-11-19"}</script>';
    const body =
      '<body><h2>Ferry to Portsea sails again</h2><p>The ferry sails again, the council said.</p><p>Published 24 October 2024</p></body>';
    expect(findPublishedDate(parse(`<html><head>${json}</head>${body}</html>`))).toBe('2024-11-19');
    expect(findPublishedDate(parse(`<html><head></head>${body}</html>`))).toBe('2024-10-24');
    const time =
      '<body><h2>Ferry to Portsea sails again</h2><p class="meta">By Jane Doe <time>24 October 2024</time></p><p>The ferry sails again.</p></body>';
    expect(findPublishedDate(parse(`<html><head>${json}</head>${time}</html>`))).toBe('2024-10-24');
  });

  it("dates a news wiki's story by its published mark, an encyclopedia's page by nothing", () => {
    const wiki = (content: string) =>
      parse(
        `<html><head><meta name="generator" content="MediaWiki 1.43.0"><script type="application/ld+json">{"@type":"Article","datePublished":"2009-03-01T10:00:00Z"}</script></head><body><h1>Ferry sails again</h1><div class="mw-parser-output">${content}<p>The ferry to Portsea sails again.</p></div></body></html>`,
      );
    expect(
      findPublishedDate(
        wiki(
          '<p><strong class="published"><span class="value-title" title="2024-10-23"></span>Wednesday, October 23, 2024</strong></p>',
        ),
      ),
    ).toBe('2024-10-23');
    expect(
      findPublishedDate(
        wiki('<p><strong class="published">Wednesday, October 23, 2024</strong></p>'),
      ),
    ).toBe('2024-10-23');
    expect(findPublishedDate(wiki(''))).toBe(null);
  });

  it("reads a document's dateline, a line of a place and a day, where the page has no other date", () => {
    const doc = (line: string) =>
      parse(
        `<html><head></head><body><div class="WordSection1"><p class="MsoTitle">Statement on the ferry</p><p class="MsoNormal" align="right"><span>${line}</span></p><p class="MsoNormal"><span>The council met on Tuesday and agreed to restart the ferry in spring.</span></p></div></body></html>`,
      );
    expect(findPublishedDate(doc('Riverton, 15 October 2024'))).toBe('2024-10-15');
    expect(findPublishedDate(doc('Port of Riverton, October 15, 2024.'))).toBe('2024-10-15');
    // Prose holding a place and a day is not a dateline.
    expect(findPublishedDate(doc('The pier in Riverton, 15 October 2024, was closed'))).toBe(null);
  });

  it("does not take the body's layout classes ('one-sidebar sidebar-first') for furniture", () => {
    const html =
      '<html><head></head><body class="one-sidebar sidebar-first"><span class="date-display-single">Monday, September 23, 2024</span><p>Text.</p></body></html>';
    expect(findPublishedDate(parse(html))).toBe('2024-09-23');
  });

  it('reads a news-meta or story-meta line and RDFa Dublin Core dates (dc:date, dc:created)', () => {
    const meta =
      '<html><head></head><body><div class="news-meta"><span>Agency</span> | <span>12 Sep 2024 10:41</span></div></body></html>';
    expect(findPublishedDate(parse(meta))).toBe('2024-09-12');
    const rdfa =
      '<html><head></head><body><span property="dc:date dc:created" content="2024-09-23T00:00:00-04:00" datatype="xsd:dateTime">Submitted on Mon, 09/23/2024</span></body></html>';
    expect(findPublishedDate(parse(rdfa))).toBe('2024-09-23');
  });

  it("takes no date from the masthead's 'today' line (a header holding the menu, a .today-date)", () => {
    const page = (top: string) =>
      `<html><head></head><body><header class="site-header">${top}<a href="/">Logo</a><nav><a href="/">Home</a></nav></header><main><h1>Headline</h1><div class="byline">By Staff | Oct 9, 2024</div><p>Text.</p></main></body></html>`;
    expect(
      findPublishedDate(
        parse(page('<time datetime="2024-12-04">Wednesday, December 4, 2024</time>')),
      ),
    ).toBe('2024-10-09');
    expect(
      findPublishedDate(parse(page('<span class="today-date">Wednesday, December 4, 2024</span>'))),
    ).toBe('2024-10-09');
    // An article's own header (no menu) keeps its date.
    const own =
      '<html><head></head><body><article><header><h1>Headline</h1><time datetime="2024-10-09">Oct 9</time></header><p>Text.</p></article></body></html>';
    expect(findPublishedDate(parse(own))).toBe('2024-10-09');
  });

  it("takes the byline under the headline over a later machine date (an archive's capture time)", () => {
    const page = (meta: string) =>
      `<html><head><meta property="article:published_time" content="${meta}"></head><body><div id="HEADER">archived 14 Mar 2026</div><div><h1>Headline</h1><div>By Staff · September 26, 2024 6:40 pm</div><p>Text of the story, long enough to be prose.</p></div></body></html>`;
    expect(findPublishedDate(parse(page('2026-03-14T10:23:01Z')))).toBe('2024-09-26');
    // A day apart with the machine time's own offset is the publisher's day: it holds.
    expect(findPublishedDate(parse(page('2024-09-27T01:10:00-04:00')))).toBe('2024-09-27');
  });

  it("takes JSON-LD's datePublished over a meta and a byline printing the day its own dateModified gives (the last save)", () => {
    const page = (modified: string) =>
      `<html><head><script type="application/ld+json">{"@type":"BlogPosting","headline":"Headline","datePublished":"2024-10-15T11:00:00Z"${modified}}</script><meta property="article:published_time" content="2024-12-02T09:18:51Z"></head><body><article><h1>Headline</h1><div class="meta"><a href="/author/x">A Writer</a> <time datetime="2024-12-02 09:18:51">Dec 2, 2024 9:18:51 AM</time></div><p>Text of the post, long enough to be prose.</p></article></body></html>`;
    expect(findPublishedDate(parse(page(',"dateModified":"2024-12-02T09:18:51Z"')))).toBe(
      '2024-10-15',
    );
    // Without that account, the byline agreeing with the meta still decides.
    expect(findPublishedDate(parse(page('')))).toBe('2024-12-02');
  });

  it("reads the dateModified of the JSON-LD item that gave the date, nested in a graph, not another item's", () => {
    const page = (graph: string) =>
      `<html><head><script type="application/ld+json">{"@graph":[${graph}]}</script><meta property="article:published_time" content="2024-12-02T09:18:51Z"></head><body><article><h1>Headline</h1><div class="meta"><a href="/author/x">A Writer</a> <time datetime="2024-12-02 09:18:51">Dec 2, 2024 9:18:51 AM</time></div><p>Text of the post, long enough to be prose.</p></article></body></html>`;
    const post = (modified: string) =>
      `{"@type":"BlogPosting","headline":"Headline","datePublished":"2024-10-15T11:00:00Z"${modified}}`;
    const page2 = '{"@type":"WebPage","dateModified":"2024-12-02T09:18:51Z"}';
    expect(findPublishedDate(parse(page(post(',"dateModified":"2024-12-02T09:18:51Z"'))))).toBe(
      '2024-10-15',
    );
    // The web page's dateModified is not the article's account of its own dates.
    expect(findPublishedDate(parse(page(`${page2},${post('')}`)))).toBe('2024-12-02');
  });

  it("takes a <time> labelled as the first publication over an aggregator's earlier-placed 'Posted' time", () => {
    const page = (label: string) =>
      `<html><head></head><body><article><h1>Statement on the harbour</h1><dl class="meta"><dt>Posted</dt><dd><time datetime="2024-10-16T11:20:33+00:00">16 Oct 2024</time></dd><dt>${label}</dt><dd><time datetime="2024-10-15T12:00:00+00:00">15 Oct 2024</time></dd></dl><p>Text of the statement, long enough to be prose.</p></article></body></html>`;
    expect(findPublishedDate(parse(page('Originally published')))).toBe('2024-10-15');
    expect(findPublishedDate(parse(page('First published:')))).toBe('2024-10-15');
    // Another label leaves the page's order alone.
    expect(findPublishedDate(parse(page('Closing date')))).toBe('2024-10-16');
    // In running text too: 'First published <time>'.
    const inline = `<html><head></head><body><article><h1>Statement on the harbour</h1><p class="meta">Updated <time datetime="2024-10-18">18 Oct</time> · First published <time datetime="2024-10-15">15 Oct 2024</time></p><p>Text.</p></article></body></html>`;
    expect(findPublishedDate(parse(inline))).toBe('2024-10-15');
  });

  it("completes a day printed without its year from Unix time in the element's attribute, where they agree", () => {
    const page = (printed: string, value: string, around = (d: string) => d) =>
      `<html><head></head><body><div class="story"><div class="story__date">${around(`<dateformat time="${value}" mode="abs">${printed}</dateformat>`)}</div><h1>The ferry sails again</h1><p>The ferry to Portsea sails again from Monday, the council said.</p></div></body></html>`;
    // 12:20 UTC on 28 October 2024, printed as Moscow's 15:20.
    expect(findPublishedDate(parse(page('28 OCT, 15:20', '1730118000')))).toBe('2024-10-28');
    expect(findPublishedDate(parse(page('Oct 28, 3:20 PM', '1730118000000')))).toBe('2024-10-28');
    // Printed east of Greenwich past midnight: the next day in UTC+14 at most.
    expect(findPublishedDate(parse(page('29 Oct', '1730118000')))).toBe('2024-10-29');
    // A day the moment falls on in no zone, or a number that is no moment: no date.
    expect(findPublishedDate(parse(page('2 Nov', '1730118000')))).toBe(null);
    expect(findPublishedDate(parse(page('28 OCT, 15:20', '2214507')))).toBe(null);
    // A clock alone gives no day; a card's date dates another story.
    expect(findPublishedDate(parse(page('15:20', '1730118000')))).toBe(null);
    const card = (d: string) =>
      `<a href="/world/2213870">Drone attack reported near base in the desert ${d}</a>`;
    expect(findPublishedDate(parse(page('28 OCT, 15:20', '1730118000', card)))).toBe(null);
  });

  it('reads such a day after menus and asides, which are stepped over, and from a day split by a comment', () => {
    const stamp = (printed: string) =>
      `<dateformat time="1730118000" mode="abs">${printed}</dateformat>`;
    const page = (before: string, printed = '28 OCT, 15:20') =>
      `<html><head></head><body>${before}<div class="story"><div class="story__date">${stamp(printed)}</div><h1>The ferry sails again</h1><p>The ferry to Portsea sails again from Monday, the council said.</p></div></body></html>`;
    // A menu's and an aside's own stamped days are furniture; the story's after them is read.
    const menu = `<nav><ul><li><a href="/a">Ferries</a></li><li>${stamp('27 Oct')}</li></ul></nav>`;
    const aside = `<aside><p>Most read</p>${stamp('26 Oct')}</aside>`;
    expect(findPublishedDate(parse(page(menu + aside)))).toBe('2024-10-28');
    expect(findPublishedDate(parse(page(menu + aside, '')))).toBe(null);
    // An element's text in several nodes is read whole.
    expect(findPublishedDate(parse(page('', '28 <!-- day -->OCT, 15:20')))).toBe('2024-10-28');
    expect(findPublishedDate(parse(page('', '2 <!-- day -->OCT')))).toBe(null);
  });

  it("takes no date from a list of dated headlines set as text (a strip under no telling name), but from a byline's list item", () => {
    const item = (time: string, text: string) =>
      `<li class="strip__item"><span class="strip__time" data-ts="${time}">${time === '1730118000' ? '28 OCT, 15:20' : '28 OCT, 14:05'}</span> ${text}</li>`;
    const page = (list: string) =>
      `<html><head></head><body><ul class="strip">${list}</ul><div class="story"><h1>The ferry sails again</h1><p>The ferry to Portsea sails again from Monday, the council said.</p></div></body></html>`;
    const strip =
      item('1730118000', 'Governor opens a new water station in the east of the city') +
      item('1730113500', 'Road to the border crossing reopens after the floods');
    expect(findPublishedDate(parse(page(strip)))).toBe(null);
    // A headline set beside a `<time datetime>` in such a list dates its item too.
    const times = `<li><time datetime="2024-10-28">28 Oct</time> Governor opens a new water station in the east</li><li><time datetime="2024-10-27">27 Oct</time> Road to the border crossing reopens after the floods</li>`;
    expect(findPublishedDate(parse(page(times)))).toBe(null);
    // One item, or items holding a label beside their dates, are a byline's.
    expect(
      findPublishedDate(
        parse(page(item('1730118000', 'Governor opens a new water station in the east'))),
      ),
    ).toBe('2024-10-28');
    const meta = `<li>Published <time datetime="2024-10-28">28 Oct 2024</time></li><li>Updated <time datetime="2024-10-29">29 Oct 2024</time></li>`;
    expect(findPublishedDate(parse(page(meta)))).toBe('2024-10-28');
  });

  it("takes the byline's day over a machine time in UTC early on the next day (the publisher's evening west of Greenwich)", () => {
    const page = (head: string, byline: string) =>
      `<html><head>${head}</head><body><h1>Headline</h1><div class="byline">By Staff</div><div>${byline}</div><p>Text of the story, long enough to be prose, with a comma, and more.</p></body></html>`;
    const ld = (time: string) =>
      `<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"${time}"}</script>`;
    const evening = 'October 10, 2024 at 9:00 p.m. EDT';
    expect(findPublishedDate(parse(page(ld('2024-10-11T01:00:00.000Z'), evening)))).toBe(
      '2024-10-10',
    );
    expect(
      findPublishedDate(
        parse(
          page(
            '<meta property="article:published_time" content="2024-10-11T01:30:00+00:00">',
            evening,
          ),
        ),
      ),
    ).toBe('2024-10-10');
    // Past noon in UTC, or in the publisher's own zone, the machine's day is the publisher's.
    expect(findPublishedDate(parse(page(ld('2024-10-11T13:00:00Z'), evening)))).toBe('2024-10-11');
    expect(findPublishedDate(parse(page(ld('2024-10-11T00:15:03+02:00'), evening)))).toBe(
      '2024-10-11',
    );
    // A byline printing the same day, or none: the machine date.
    expect(findPublishedDate(parse(page(ld('2024-10-11T01:00:00Z'), 'October 11, 2024')))).toBe(
      '2024-10-11',
    );
    expect(findPublishedDate(parse(page(ld('2024-10-11T01:00:00Z'), '')))).toBe('2024-10-11');
  });

  it("takes the address's day after a machine time in UTC late on the day before (past midnight east of Greenwich), only so confirmed", () => {
    const page = (time: string, canonical: string, byline = '') =>
      `<html><head><link rel="canonical" href="${canonical}"><script type="application/ld+json">{"@type":"NewsArticle","datePublished":"${time}"}</script></head><body><h1>Headline</h1><div>${byline}</div><p>Text of the story, long enough to be prose, with a comma, and more.</p></body></html>`;
    const dated = 'https://news.example/world/2025/03/08/harbour-reopens';
    const slug = 'https://news.example/live/harbour-live-2025-03-08/';
    expect(findPublishedDate(parse(page('2025-03-07T21:40:00Z', dated)))).toBe('2025-03-08');
    expect(findPublishedDate(parse(page('2025-03-07T21:40:00+00:00', slug)))).toBe('2025-03-08');
    expect(
      findPublishedDate(parse(page('2025-03-07T21:40:00Z', dated, 'Published: 8 March 2025'))),
    ).toBe('2025-03-08');
    // The address naming the UTC day, or none; a time in the publisher's own offset; a UTC
    // time earlier in the day (past midnight nowhere this side of UTC+10): the machine's day.
    expect(findPublishedDate(parse(page('2025-03-07T21:40:00Z', slug.replace('08', '07'))))).toBe(
      '2025-03-07',
    );
    expect(findPublishedDate(parse(page('2025-03-07T21:40:00Z', 'https://news.example/a')))).toBe(
      '2025-03-07',
    );
    expect(findPublishedDate(parse(page('2025-03-07T21:40:00-05:00', dated)))).toBe('2025-03-07');
    expect(findPublishedDate(parse(page('2025-03-07T11:40:00Z', dated)))).toBe('2025-03-07');
    // A byline under the headline printing the machine's day keeps it, whatever the address.
    expect(findPublishedDate(parse(page('2025-03-07T21:40:00Z', dated, 'March 7, 2025')))).toBe(
      '2025-03-07',
    );
  });

  it('counts the day after across the end of a month, a year and a leap February', () => {
    const page = (time: string, canonical: string) =>
      `<html><head><link rel="canonical" href="${canonical}"><script type="application/ld+json">{"@type":"NewsArticle","datePublished":"${time}"}</script></head><body><h1>Headline</h1><p>Text of the story, long enough to be prose, with a comma, and more.</p></body></html>`;
    const filed = (day: string) => `https://news.example/world/${day.replaceAll('-', '/')}/ferry`;
    for (const [utc, next] of [
      ['2024-12-31', '2025-01-01'],
      ['2024-02-28', '2024-02-29'],
      ['2024-02-29', '2024-03-01'],
      ['2023-02-28', '2023-03-01'],
      ['2000-02-28', '2000-02-29'],
      ['2025-04-30', '2025-05-01'],
    ])
      expect(findPublishedDate(parse(page(`${utc}T22:15:00Z`, filed(next as string))))).toBe(next);
    // A day two after the UTC one is no time zone's: the machine's day stands.
    expect(findPublishedDate(parse(page('2024-12-30T22:15:00Z', filed('2025-01-01'))))).toBe(
      '2024-12-30',
    );
  });

  it("takes the byline's day after a UTC time late on the day before where its clock is that moment in a zone east of Greenwich, not a later update", () => {
    const page = (time: string, byline: string) =>
      `<html><head><link rel="canonical" href="https://news.example/world/harbour-reopens"><script type="application/ld+json">{"@type":"NewsArticle","datePublished":"${time}"}</script></head><body><h1>Headline</h1><div>${byline}</div><p>Text of the story, long enough to be prose, with a comma, and more.</p></body></html>`;
    // 00:40 at UTC+3, 02:10 at UTC+4:30, 12:40 AM at UTC+3 (a twelve-hour clock).
    expect(
      findPublishedDate(parse(page('2025-03-07T21:40:00Z', 'Published: 8 March 2025 00:40'))),
    ).toBe('2025-03-08');
    expect(findPublishedDate(parse(page('2025-03-07T21:40:00Z', 'Sat 8 Mar 2025, 2:10 AM')))).toBe(
      '2025-03-08',
    );
    expect(findPublishedDate(parse(page('2025-03-07T21:40:00Z', 'March 8, 2025 12:40 a.m.')))).toBe(
      '2025-03-08',
    );
    // A clock no zone's offset away (a later update printed unlabelled), two clocks (which is
    // the publication's?), no clock, or a UTC time early in the day: the machine's day.
    expect(
      findPublishedDate(parse(page('2025-03-07T21:40:00Z', 'March 8, 2025 9:12 a.m. ET'))),
    ).toBe('2025-03-07');
    expect(
      findPublishedDate(parse(page('2025-03-07T21:40:00Z', '8 March 2025 00:40, updated 02:15'))),
    ).toBe('2025-03-07');
    expect(findPublishedDate(parse(page('2025-03-07T21:40:00Z', 'March 8, 2025')))).toBe(
      '2025-03-07',
    );
    expect(findPublishedDate(parse(page('2025-03-07T09:40:00Z', 'March 8, 2025 00:40')))).toBe(
      '2025-03-07',
    );
  });

  it("reads the publication's clock on a line of two stamps, each a day and a clock, the second labelled an update", () => {
    const page = (time: string, byline: string) =>
      `<html><head><script type="application/ld+json">{"@type":"NewsArticle","datePublished":"${time}"}</script></head><body><h1>Headline</h1><div>${byline}</div><p>Text of the story, long enough to be prose, with a comma, and more.</p></body></html>`;
    // 12:20 am at UTC+3 is 21:20Z the day before; the update's 08:10 am is no offset's.
    for (const line of [
      'Published: 04 Oct 2024 - 12:20 am | Last updated: 04 Oct 2024 - 08:10 am',
      '4 October 2024 00:20, modified 4 October 2024 08:10',
    ])
      expect(findPublishedDate(parse(page('2024-10-03T21:20:00Z', line)))).toBe('2024-10-04');
    // The update printed first: the clock before its label is none, and the machine's day stands.
    expect(
      findPublishedDate(
        parse(
          page('2024-10-03T21:20:00Z', 'Updated: 04 Oct 2024 - 08:10 am | Published: 12:20 am'),
        ),
      ),
    ).toBe('2024-10-03');
  });

  it("takes a republished copy's first day where its address and a line of its text both give it", () => {
    const page = (canonical: string, note: string) =>
      `<html><head><link rel="canonical" href="${canonical}"><meta property="article:published_time" content="2024-10-04T09:00:00Z"></head><body><h1>Headline</h1><div>October 4, 2024</div><p>Text of the story, long enough to be prose, with a comma, and more.</p><p><em>${note}</em></p></body></html>`;
    const original = 'https://original.example/2024/10/02/ferry-returns/';
    expect(
      findPublishedDate(
        parse(page(original, 'This article was first published by The Harbour on 2 October 2024.')),
      ),
    ).toBe('2024-10-02');
    expect(
      findPublishedDate(
        parse(page(original, 'It originally appeared in The Harbour on Oct. 2, 2024.')),
      ),
    ).toBe('2024-10-02');
    // The address alone (a draft's day), the line alone, or the two giving different days: the
    // page's own date.
    expect(findPublishedDate(parse(page(original, 'Republished with permission.')))).toBe(
      '2024-10-04',
    );
    expect(
      findPublishedDate(
        parse(
          page(
            'https://copy.example/ferry-returns/',
            'This article was first published by The Harbour on 2 October 2024.',
          ),
        ),
      ),
    ).toBe('2024-10-04');
    expect(
      findPublishedDate(
        parse(page(original, 'This article was first published by The Harbour on 1 October 2024.')),
      ),
    ).toBe('2024-10-04');
  });

  it('takes no date from the home page behind a modal showing the story', () => {
    const prose = Array.from(
      { length: 4 },
      (_, i) =>
        `<p>Paragraph ${i} of the story, long enough to count, with a comma, and more words.</p>`,
    ).join('');
    const page = (dated: string) =>
      `<html><head><title>The Gazette</title></head><body><div id="app" aria-hidden="true"><div class="top"><time datetime="2024-10-02">Wednesday, October 2, 2024</time></div><div class="tile"><h2>Other story</h2><time datetime="2024-10-01T09:00:00Z">Yesterday</time></div></div><div role="dialog" aria-modal="true"><h1>The ferry to Portsea sails again</h1>${dated}${prose}</div></body></html>`;
    expect(findPublishedDate(parse(page('')))).toBeNull();
    expect(findPublishedDate(parse(page('<time datetime="2024-09-27">Sept. 27</time>')))).toBe(
      '2024-09-27',
    );
    // Behind a consent wall (no story in it), the page's own date holds.
    const wall =
      '<html><head></head><body><div id="page" aria-hidden="true"><h1>Headline</h1><time datetime="2024-09-27">Sept. 27</time><p>Text.</p></div><div role="alertdialog" aria-modal="true"><p>We use cookies.</p><button>Accept</button></div></body></html>';
    expect(findPublishedDate(parse(wall))).toBe('2024-09-27');
  });

  it("takes no date from a masthead with no menu: the nameplate's block, the day's date beside it", () => {
    const html =
      '<html><head></head><body><div class="top"><div class="when"><time datetime="2025-01-15">Wednesday, January 15, 2025</time></div><a href="/"><img src="/logo.svg" alt="The Ledger"></a><div>Cloudy, 41°F</div></div><nav><a href="/local">Local</a></nav><h1>Headline</h1><div class="byline-date">September 9, 2024</div><p>Text.</p></body></html>';
    expect(findPublishedDate(parse(html))).toBe('2024-09-09');
    // A block holding the headline beside the nameplate is the article's header: its date holds.
    const own =
      '<html><head></head><body><div class="head"><a href="/"><img src="/logo.svg" alt="Site"></a><h1>Headline</h1><time datetime="2024-09-09">Sept. 9</time></div><p>Text.</p></body></html>';
    expect(findPublishedDate(parse(own))).toBe('2024-09-09');
    // An outlet's logo in the article's own header (an aggregator's provider line) is no masthead.
    const provider =
      '<html><head></head><body><h1>Headline</h1><article><div class="provider"><a href="/"><img src="/wire.svg" alt="Wire"></a><time datetime="2024-09-09">Sept. 9</time></div><p>Text.</p></article></body></html>';
    expect(findPublishedDate(parse(provider))).toBe('2024-09-09');
    // Nor is one in a byline under the headline.
    const byline =
      '<html><head></head><body><h1>Headline</h1><div class="by"><a href="/"><img src="/wire.svg" alt="Wire"></a> By Staff <time datetime="2024-09-09">Sept. 9</time></div><p>Text.</p></body></html>';
    expect(findPublishedDate(parse(byline))).toBe('2024-09-09');
  });

  it('takes no date from a span of days (an event that lasts), at either end', () => {
    const html = (strip: string) =>
      `<html><head></head><body><div class="strip-date">${strip}</div><h1>Headline</h1><div class="info"><span class="date">Sept. 30, 2025</span></div><p>Text.</p></body></html>`;
    expect(findPublishedDate(parse(html('Heritage Month, Sept. 15 - Oct. 15, 2025')))).toBe(
      '2025-09-30',
    );
    expect(findPublishedDate(parse(html('Sept. 15, 2025 – Oct. 15, 2025')))).toBe('2025-09-30');
    expect(findPublishedDate(parse(html('15–30 September 2025')))).toBe('2025-09-30');
    expect(readVisibleDate('From Sept. 15 to Oct. 15, 2025')).toBeNull();
    // A time and a dash before a date is a byline, not a span.
    expect(readVisibleDate('10:41 - Sept. 9, 2024')).toBe('2024-09-09');
  });

  it("takes no visible date from a strip of other stories' headlines before the byline", () => {
    const html =
      '<html><head></head><body><div class="top-strip"><ul><li><a href="/a">Port revenue rises sharply in September</a> <span class="date">Oct 3, 2024</span></li><li><a href="/b">A border crossing opens</a> <time>Oct 2, 2024</time></li></ul></div><h1>Headline</h1><div class="post-date">Oct 9, 2024</div><p>Text.</p></body></html>';
    expect(findPublishedDate(parse(html))).toBe('2024-10-09');
  });

  it('reads a byline written in compound class names (an old table layout: td.bylinetext)', () => {
    const html =
      '<html><head></head><body><table><tr><td class="bylinelabel">By:</td><td class="bylinetext">JANE DOE, Staff Writer</td></tr><tr><td class="bylinelabel">Date:</td><td class="bylinetext">Friday, September 27, 2024 11:40 AM</td></tr><tr><td class="bylinelabel">Updated:</td><td class="bylinetext">Saturday, September 28, 2024</td></tr></table><p>Text.</p></body></html>';
    expect(findPublishedDate(parse(html))).toBe('2024-09-27');
  });

  it("reads a forum post's info line, beside the post's subject and a permalink printing its date", () => {
    const post = (date: string) =>
      `<div class="windowbg"><div class="keyinfo"><div class="subject_title"><a href="/m1">Re: The ferry sails again this spring</a></div><div class="postinfo"><a href="/m1" class="smalltext">${date}</a></div></div><div class="inner">Text of a reply.</div></div>`;
    const html = `<html><head><title>The ferry sails again this spring - Page 2</title></head><body><div class="user"><time datetime="2026-03-14T08:02:11Z">March 14, 2026</time></div><h1>Harbour Forum</h1>${post('September 28, 2024, 10:12:45 AM')}${post('September 29, 2024, 09:05:27 AM')}</body></html>`;
    // The visitor's clock in the forum's bar is the day the page was served: the earlier
    // byline is the page's.
    expect(findPublishedDate(parse(html))).toBe('2024-09-28');
  });

  it("takes no date from a <time> labelled as the last update ('Updated <time>3 hours ago</time>'), but the byline's text", () => {
    const html = (label: string) =>
      `<html><head></head><body><article><h1>Headline</h1><div class="dates"><span class="date-line__date">October 10, 2024 10:02 AM GMT+3</span> <span class="date-line__when">${label}<time datetime="2024-10-12T08:40:00Z">3 hours ago</time></span></div><p>Text.</p></article></body></html>`;
    expect(findPublishedDate(parse(html('Updated ')))).toBe('2024-10-10');
    expect(findPublishedDate(parse(html('Last updated: ')))).toBe('2024-10-10');
    // Unlabelled, the machine date is the page's.
    expect(findPublishedDate(parse(html('')))).toBe('2024-10-12');
  });

  it('takes no date from a card linked whole (its headline, summary and time in one link)', () => {
    const html =
      '<html><head></head><body><h1>Headline</h1><div class="story"><span>3 hours ago</span><p>Text.</p></div><ul class="more"><li><a href="/s/1"><span>How talks on the ferry began</span><span>A summary of that story.</span><time datetime="2024-09-20T11:00:00Z">Sep 20, 2024</time></a></li></ul></body></html>';
    expect(findPublishedDate(parse(html))).toBeNull();
    // A permalink holding only its time is a byline's.
    const permalink =
      '<html><head></head><body><h1>Headline</h1><div class="story"><a href="/s/2"><time datetime="2024-09-20T11:00:00Z">Sep 20, 2024</time></a><p>Text.</p></div></body></html>';
    expect(findPublishedDate(parse(permalink))).toBe('2024-09-20');
  });

  it("takes the JSON-LD article naming the page's own address, not a related story's listed before it in the graph", () => {
    const article = (slug: string, date: string) =>
      `{"@type":"NewsArticle","@id":"https://harbour.example/${slug}/#article","datePublished":"${date}","mainEntityOfPage":{"@id":"https://harbour.example/${slug}/"}}`;
    const graph = `{"@context":"https://schema.org","@graph":[${article('older-pier-story', '2024-08-02T09:00:00Z')},${article('ferry-returns', '2024-10-09T10:00:00Z')},{"@type":"WebPage","@id":"https://harbour.example/ferry-returns/"}]}`;
    const page = (canonical: string) =>
      `<html><head><link rel="canonical" href="${canonical}"><script type="application/ld+json">${graph}</script></head><body><article><h1>The ferry returns</h1><p>The ferry to Portsea sails again from Monday.</p></article></body></html>`;
    expect(findPublishedDate(parse(page('https://harbour.example/ferry-returns')))).toBe(
      '2024-10-09',
    );
    // Where no item names the page (a copy served under another address), nothing is moved.
    expect(findPublishedDate(parse(page('https://mirror.example/copy/88')))).toBe('2024-08-02');
  });

  it("reads a relative time's exact time from its title, outside furniture, where nothing else dates the page", () => {
    const doc = parse(
      `<html><head><title>Ask the board: the ferry timetable</title></head><body><table><tr><td class="title"><a href="item?id=7">Ask the board: the ferry timetable</a></td></tr><tr><td class="subtext">12 points by <a href="user?id=wren">wren</a> <span class="age" title="2024-10-14T07:12:40 1728889960"><a href="item?id=7">3 hours ago</a></span></td></tr><tr><td><div class="toptext">Does anyone know when the ferry to Portsea sails again?</div></td></tr></table><div class="comment"><span class="age" title="2024-10-15T08:00:00">2 hours ago</span> Next spring, I heard.</div></body></html>`,
    );
    expect(findPublishedDate(doc)).toBe('2024-10-14');
    // A title that is words, or a date under a text that is no relative time, dates nothing.
    const words = parse(
      `<html><body><span title="Posted by the harbour master">3 hours ago</span><span title="2024-10-14">Harbour notes</span><p>The ferry to Portsea sails again.</p></body></html>`,
    );
    expect(findPublishedDate(words)).toBe(null);
    // Last of all: a byline's day beats a rail's relative times, however they are titled.
    const bylined = parse(
      `<html><body><div class="col-side"><span class="when" title="2024-12-01T08:00:00">2 hours ago</span> <a href="/other">Another story</a></div><article><h1>The ferry sails again</h1><p class="byline">Published 14 October 2024</p><p>The ferry to Portsea sails again from the spring.</p></article></body></html>`,
    );
    expect(findPublishedDate(bylined)).toBe('2024-10-14');
  });

  it("reads a compact relative time's ('6h') day from a tooltip script's attribute (Lemmy's data-tippy-content), not a 'Nh' under no date", () => {
    const doc = parse(
      `<html><body><div class="post-listing"><h1><a href="https://wire.example/ferry">The ferry sails again</a></h1><div class="small"><a href="/u/wren">wren</a> <span class="moment-time" data-tippy-content="Monday, October 14, 2024 at 7:12:40 AM">6h</span></div><div class="md-div"><p>The ferry to Portsea sails again from the spring.</p></div></div></body></html>`,
    );
    expect(findPublishedDate(doc)).toBe('2024-10-14');
    const bootstrap = parse(
      `<html><body><h1>The ferry sails again</h1><span data-original-title="2024-10-14T07:12:40Z">6h ago</span><p>The ferry to Portsea sails again from the spring.</p></body></html>`,
    );
    expect(findPublishedDate(bootstrap)).toBe('2024-10-14');
    const notRelative = parse(
      `<html><body><h1>The ferry sails again</h1><span data-tippy-content="Monday, October 14, 2024">Pier 6</span><p>The ferry to Portsea sails again from the spring.</p></body></html>`,
    );
    expect(findPublishedDate(notRelative)).toBe(null);
  });

  it("reads a relative time's title written for people ('Thursday, October 10, 2024 at 9:14 AM'), a rail's before it in furniture", () => {
    const page = (title: string) =>
      `<html><body><aside class="latest"><h2>Latest</h2><ul><li><a href="/n/1">Pier lights fixed</a> <span class="ago" title="Friday, October 11, 2024 at 4:40 PM">2 hours ago</span></li></ul></aside><div class="story"><h1>The ferry sails again</h1><div class="meta"><a href="/u/wren">Wren Hale</a> <span class="ago" title="${title}">1 day ago</span></div><p>The ferry to Portsea sails again from the spring, the harbour board said.</p></div></body></html>`;
    expect(findPublishedDate(parse(page('Thursday, October 10, 2024 at 9:14 AM')))).toBe(
      '2024-10-10',
    );
    expect(findPublishedDate(parse(page('10 Oct 2024, 09:14')))).toBe('2024-10-10');
    // A month alone, a day either way round, or words are no day.
    expect(findPublishedDate(parse(page('October 2024')))).toBe(null);
    expect(findPublishedDate(parse(page('10/09/2024 9:14')))).toBe(null);
    expect(findPublishedDate(parse(page('Shown in your time zone')))).toBe(null);
  });

  it("takes Plone's effective day (DC.date.valid_range) over the record's earlier creation day", () => {
    const page = (metas: string) =>
      `<html><head>${metas}</head><body><article><h1>The ferry sails again</h1><p>The ferry to Portsea sails again.</p></article></body></html>`;
    const created = '<meta name="DC.date.created" content="2026-03-06T11:20:05+01:00">';
    expect(
      findPublishedDate(
        parse(page(`${created}<meta name="DC.date.valid_range" content="2026/03/10 - ">`)),
      ),
    ).toBe('2026-03-10');
    // A creation day is a draft's start: any other publication meta goes before it.
    expect(
      findPublishedDate(
        parse(page(`${created}<meta property="article:published_time" content="2026-03-10">`)),
      ),
    ).toBe('2026-03-10');
    // Alone, it dates the page.
    expect(findPublishedDate(parse(page(created)))).toBe('2026-03-06');
  });

  it('takes the earlier day where two publication metas disagree (a print date, then the web release)', () => {
    const page = (metas: string) =>
      `<html><head>${metas}</head><body><article><h1>The ferry sails again</h1><p>The ferry to Portsea sails again.</p></article></body></html>`;
    expect(
      findPublishedDate(
        parse(
          page(
            '<meta name="DC.date.issued" content="2024-10-10"><meta property="article:published_time" content="2024-10-11T07:00:00+02:00">',
          ),
        ),
      ),
    ).toBe('2024-10-10');
    // Either order; one meta alone is read as before.
    expect(
      findPublishedDate(
        parse(
          page(
            '<meta property="article:published_time" content="2024-10-09T23:00:00Z"><meta name="dc.date" content="2024-10-12">',
          ),
        ),
      ),
    ).toBe('2024-10-09');
    expect(
      findPublishedDate(
        parse(page('<meta property="article:published_time" content="2024-10-11T07:00:00+02:00">')),
      ),
    ).toBe('2024-10-11');
  });

  it('reads the day an edition picker labelled as the edition or issue shows, where nothing else dates the page', () => {
    const page = (label: string, byline = '') =>
      `<html><body><div class="bar"><a href="/">The Harbour Courier, replica</a> <label for="pick">${label}</label><select id="pick"><option value="2024-10-14" selected>Monday, 14 October 2024</option><option value="2024-10-13">Sunday, 13 October 2024</option></select></div><div class="story"><h1>The ferry sails again</h1>${byline}<p>The ferry to Portsea sails again from the spring, the harbour board said.</p></div></body></html>`;
    expect(findPublishedDate(parse(page('Edition')))).toBe('2024-10-14');
    expect(findPublishedDate(parse(page('Choose an issue')))).toBe('2024-10-14');
    // A picker labelled otherwise may show the day the page was served.
    expect(findPublishedDate(parse(page('Go to date')))).toBe(null);
    // Set to a day before another it offers, it was set to the page's own day; unset, never.
    const older = page('Go to date').replace(
      '<option value="2024-10-14" selected>',
      '<option value="2024-10-15">Tuesday, 15 October 2024</option><option value="2024-10-14" selected>',
    );
    expect(findPublishedDate(parse(older))).toBe('2024-10-14');
    expect(findPublishedDate(parse(older.replace(' selected', '')))).toBe(null);
    expect(findPublishedDate(parse(older.replace('Go to date', 'Sort by')))).toBe(null);
    // The option's text is read where its value is no date; a byline comes first.
    const worded = parse(page('Edition').replace(/value="[^"]*"/g, 'value="e1"'));
    expect(findPublishedDate(worded)).toBe('2024-10-14');
    const bylined = parse(page('Edition', '<p class="byline">Published 10 October 2024</p>'));
    expect(findPublishedDate(bylined)).toBe('2024-10-10');
  });

  it('never throws on hostile JSON-LD', () => {
    const deep = `${'['.repeat(5000)}1${']'.repeat(5000)}`;
    const html = `<html><head><script type="application/ld+json">${deep}</script><script type="application/ld+json">{"datePublished":{"@value":null},"@type":7,"@graph":[null,1,"x",{"datePublished":[null,"2024-09-08"]}]}</script></head><body></body></html>`;
    expect(findPublishedDate(parse(html))).toBe('2024-09-08');
  });
});

describe.each(DOMS)(
  'the byline fallback reads a bounded part of the page, in %s',
  (_name, parse) => {
    const page = (body: string) => `<!doctype html><html><head></head><body>${body}</body></html>`;
    /** A menu of `n` links, none of them named: what a site map or a mega-menu is. */
    const menu = (n: number) =>
      `<ul>${Array.from({ length: n }, (_, i) => `<li><a href="#${i}">Section ${i}</a></li>`).join('')}</ul>`;

    it('finds a "Published" byline after a long menu, and not a date in prose about another document', () => {
      const html = page(
        `${menu(500)}<div>By A. Writer · Published: Sept. 9, 2024</div><p>A survey published on 8 May 2023 counted them.</p>`,
      );
      expect(findPublishedDate(parse(html))).toBe('2024-09-09');
    });

    it('takes the first labelled date even when an earlier label has none after it', () => {
      const html = page(
        '<p>Published by the Ledger Company.</p><p>Posted in World</p><p>Published 10 September 2024</p>',
      );
      expect(findPublishedDate(parse(html))).toBe('2024-09-10');
    });

    it('does not read a labelled wrapper holding the whole article for its date, but its dateline', () => {
      const prose =
        '<p>The ferry company said in its report of 3 March 2021 that the pier would close.</p>'.repeat(
          20,
        );
      const html = page(
        `<div class="article-meta"><h1>Pier</h1><span class="dateline">12 June 2024</span>${prose}</div>`,
      );
      expect(findPublishedDate(parse(html))).toBe('2024-06-12');
    });

    it('does not let a long inline script use up its budget, nor read a label inside one', () => {
      const state = `<script>window.__state = ${JSON.stringify({ label: 'Published 1 January 2020', pad: 'x'.repeat(30_000) })};</script>`;
      const html = page(`${state}<p>By A. Writer</p><p>Published 10 September 2024</p>`);
      expect(findPublishedDate(parse(html))).toBe('2024-09-10');
    });

    it('reads no further than its budget: a label after 20,000 characters of menus is not searched for', () => {
      const html = page(`${menu(2500)}<p>Published 10 September 2024</p>`);
      expect(findPublishedDate(parse(html))).toBe(null);
    });

    it('still finds a dateline named by its class anywhere on the page, however long the menus', () => {
      const html = page(`${menu(2500)}<p class="dateline">10 September 2024</p>`);
      expect(findPublishedDate(parse(html))).toBe('2024-09-10');
    });
  },
);

describe('parseDateString (machine-readable dates)', () => {
  it.each([
    // HTML date, month and date-time strings
    ['2024-09-08', '2024-09-08'],
    ['2024-09', '2024-09'],
    ['2024-09-08T10:00', '2024-09-08'],
    ['2024-09-08T10:00:00Z', '2024-09-08'],
    ['2024-09-08 10:00', '2024-09-08'],
    ['2024-09-08T23:30:00.123-04:00', '2024-09-08'],
    ['2024-09-08T23:30:00+0300', '2024-09-08'],
    ['  2024-09-08  ', '2024-09-08'],
    // forms CMSs use
    ['2024/09/05', '2024-09-05'],
    ['2024.9.5', '2024-09-05'],
    ['20240908', '2024-09-08'],
    ['Sun, 08 Sep 2024 10:00:00 GMT', '2024-09-08'],
    ['September 2024', '2024-09'],
    // invalid
    ['2024-13', null],
    ['2024-00', null],
    ['2024-02-30', null],
    ['2023-02-29', null],
    ['2024-13-01', null],
    ['2024-09-08T25:00', null],
    ['2024-09-08T10:61', null],
    ['2024-09-08T10:00+25:00', null],
    ['2024-9', null],
    ['0001-01-01T00:00:00', null],
    ['1970-01-01', null],
    ['08/09/2024', null],
    ['yesterday', null],
    ['', null],
  ])('%s → %s', (raw, expected) => {
    expect(parseDateString(raw)).toBe(expected);
  });

  it('accepts the leap day of a leap year', () => {
    expect(parseDateString('2024-02-29')).toBe('2024-02-29');
  });
});

describe.each(DOMS)('a caption under the headline in %s', (_name, parse) => {
  it("dates the picture, not the page: the labelled 'Posted' day is read", () => {
    const page = (picture: string) =>
      parse(
        `<html><head></head><body><div class="title-bar"><h1>The base changes hands</h1></div><div class="meta-bar"><div><a href="/unit/task-force">Combined Joint Task Force of the Operation</a></div><div>Date Taken: 01.17.2026</div><div>Date Posted: 01.19.2026 10:42</div></div>${picture}<div class="story">The story's text, set without paragraphs.<br><br>${'More of the text, at length. '.repeat(12)}</div></body></html>`,
      );
    expect(
      findPublishedDate(
        page(
          '<div class="asset-image"><img src="x.jpg" alt=""><div class="asset-image-caption">An officer signs, Jan. 17, 2026. (Courtesy photo)</div></div>',
        ),
      ),
    ).toBe('2026-01-19');
    expect(
      findPublishedDate(
        page(
          '<figure><img src="x.jpg" alt=""><figcaption>An officer signs, Jan. 17, 2026.</figcaption></figure>',
        ),
      ),
    ).toBe('2026-01-19');
    // A byline with its writer's headshot is still a byline.
    expect(
      findPublishedDate(
        parse(
          '<html><head></head><body><h1>The base changes hands</h1><div class="writer"><img src="face.jpg" alt=""><span>By Dana Brooks, Jan. 18, 2026</span></div><p>The text.</p></body></html>',
        ),
      ),
    ).toBe('2026-01-18');
  });
});

describe('readVisibleDate (bylines)', () => {
  it.each([
    ['Published 8 September 2024', '2024-09-08'],
    ['By Desk Staff | Sept. 8, 2024', '2024-09-08'],
    ['SEPT. 8, 2024', '2024-09-08'],
    ['8th of September, 2024', '2024-09-08'],
    ['Published: 8 September ,2024: 10:15 AM GST', '2024-09-08'],
    ['Sunday, September 8th, 2024 10:15 AM', '2024-09-08'],
    ['First published on Sun 8 Sep 2024 10.00 BST', '2024-09-08'],
    ['Updated 10 September 2024, Published 8 September 2024', '2024-09-08'],
    ['Last updated: 10 Sep 2024', null],
    ['September 2024', '2024-09'],
    ['08/09/2024', null],
    ['13/09/2024', '2024-09-13'],
    // A forum's post date, month first with dashes; one that reads either way stays unread.
    ['09-27-2024, 09:14 AM', '2024-09-27'],
    ['27-09-2024', '2024-09-27'],
    ['10-09-2024', null],
    ['09-27/2024', null],
    ['09/13/2024', '2024-09-13'],
    // The clock's form a mail archive prints a message's date in: the year after the time.
    ['Thu Oct 10 09:14:02 UTC 2024', '2024-10-10'],
    // The year first with slashes or dots (a blog theme's '2024/09/08', an East Asian site's
    // '2024.09.08'): one reading only; a separator changing midway is no date.
    ['2024/09/08', '2024-09-08'],
    ['Posted 2024.9.8', '2024-09-08'],
    ['Updated 2024/09/10, posted 2024/09/08', '2024-09-08'],
    ['2024/13/08', null],
    ['2024/09.08', null],
    ['Oct 10 09:14 2024', '2024-10-10'],
    ['31 February 2024', null],
    ['they may 2024', null],
    ['No date here', null],
    // Labels and spans in capitals, and each word of a span: the cheap tests before the
    // expressions must let every one through.
    ['LAST UPDATED: 10 Sep 2024', null],
    ['POSTED ON 8 Sep 2024', '2024-09-08'],
    ['Issue #12 · 8 September 2024', '2024-09-08'],
    ['From 15 September THROUGH 30 September 2025', null],
    ['8 September 2024 UNTIL 9 September 2024', null],
    ['8 September 2024 till 9 September 2024', null],
    ['Revised 9 Sep 2024; 8 Sep 2024', '2024-09-08'],
    // A web address printed as a link's text (a link post's, cut short): its path's digits
    // date nothing here, and cut off they may be no day.
    ['news.example/world/2025/08/2…', null],
    ['news.example/world/2025/08/28/the-story', null],
    ['archive.example/2024-09-08...', null],
    ['Posted 2025/08/28 by a reader', '2025-08-28'],
  ])('%s → %s', (text, expected) => {
    expect(readVisibleDate(text)).toBe(expected);
  });
});

describe('isDateOrMonth', () => {
  it.each([
    ['2024-09-08', true],
    ['2024-09', true],
    ['2024-02-29', true],
    ['2024-13-45', false],
    ['2024-02-30', false],
    ['2024-13', false],
    ['2024-9-8', false],
    ['2024-09-08T10:00', false],
  ])('%s → %s', (s, expected) => {
    expect(isDateOrMonth(s)).toBe(expected);
  });
});

describe.each(DOMS)('page-state dates in %s', (_name, parse) => {
  const page = (state: string, h1 = 'The ferry sails again') =>
    `<html><head><title>${h1} - Harbour News</title></head><body><h1>${h1}</h1><p>The ferry to Portsea sails again from Monday, the council said.</p>${state}</body></html>`;

  it("reads Nuxt 2's window.__NUXT__, the record titled with the headline only, never run", () => {
    const state = `<script>window.__NUXT__=(function(a,b){return {data:[{related:[{title:"Pier repairs begin",publishedAt:b}],story:{title:"The ferry sails again",publishedAt:a}}]}}("2024-10-01T08:00:00Z","2024-08-12T08:00:00Z"));</script>`;
    expect(findPublishedDate(parse(page(state)))).toBe('2024-10-01');
    // No record titled with the headline: no date, not the related story's.
    expect(findPublishedDate(parse(page(state, 'Lock keepers strike')))).toBe(null);
    // A script of another form gives none.
    const run = `<script>window.__NUXT__=load({title:"The ferry sails again",publishedAt:"2024-10-01"});</script>`;
    expect(findPublishedDate(parse(page(run)))).toBe(null);
  });

  it('reads a count since the epoch, in milliseconds or seconds, as a number or a string of digits, as its UTC day', () => {
    const next = (value: string) =>
      `<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"story":{"title":"The ferry sails again","publishedAt":${value}}}}}</script>`;
    expect(findPublishedDate(parse(page(next('1727769600000'))))).toBe('2024-10-01');
    expect(findPublishedDate(parse(page(next('"1727769600000"'))))).toBe('2024-10-01');
    expect(findPublishedDate(parse(page(next('1727769600'))))).toBe('2024-10-01');
    // 23:59:59 UTC is still that day in UTC.
    expect(findPublishedDate(parse(page(next('1727827199000'))))).toBe('2024-10-01');
    // Other counts of digits are ids or years; the epoch itself is a missing date.
    expect(findPublishedDate(parse(page(next('172776960000'))))).toBe(null);
    expect(findPublishedDate(parse(page(next('"2024"'))))).toBe(null);
    // A compact date's eight digits are its text.
    expect(findPublishedDate(parse(page(next('"20241001"'))))).toBe('2024-10-01');
    expect(findPublishedDate(parse(page(next('0000000000000'))))).toBe(null);
    expect(findPublishedDate(parse(page(next('1727769600000.5'))))).toBe(null);
  });
});

describe.each(DOMS)("a site builder's and a template's dates in %s", (_name, parse) => {
  it('reads the line above a headline set alone in its text container, one paragraph in its own', () => {
    const page = (line: string) =>
      `<html><head></head><body><div class="post"><div class="box">${line}</div><div class="box"><h1>Headline</h1></div><div class="box"><p>By Staff</p></div></div><div class="text"><p>Text.</p></div></body></html>`;
    expect(findPublishedDate(parse(page('<p class="t">Oct 2, 2024</p>')))).toBe('2024-10-02');
    // A block of paragraphs above the headline is no date line.
    expect(
      findPublishedDate(parse(page('<p>Oct 2, 2024</p><p>A teaser of another story.</p>'))),
    ).toBeNull();
  });

  it("reads an all-digit day by the order the page's other dates with that separator show", () => {
    const page = (listed: string) =>
      `<html><head></head><body><h1>Headline</h1><div class="detail"><span class="news-date-time">05.10.2024</span> Text of the story.</div><aside class="sidebar"><div class="news-list"><p><span class="news-date-time">${listed}</span> <a href="/n/1">Another story</a></p></div></aside></body></html>`;
    expect(findPublishedDate(parse(page('29.09.2024')))).toBe('2024-10-05');
    expect(findPublishedDate(parse(page('09.29.2024')))).toBe('2024-05-10');
    // No date that tells, or dates that disagree, or another separator's: none.
    expect(findPublishedDate(parse(page('04.10.2024')))).toBeNull();
    expect(findPublishedDate(parse(page('29.09.2024, 09.29.2024')))).toBeNull();
    expect(findPublishedDate(parse(page('29/09/2024')))).toBeNull();
  });
});

describe.each(DOMS)('readPublishedDateSteps in %s', (_name, parse) => {
  const masthead =
    '<html><head></head><body><div class="top"><div class="when"><time datetime="2025-01-15">Wednesday, January 15, 2025</time></div><a href="/"><img src="/logo.svg" alt="The Ledger"></a></div><nav><a href="/local">Local</a></nav><h1>Headline</h1><div class="byline-date">September 9, 2024</div><p>Text.</p></body></html>';
  const headed =
    '<html><head></head><body><div class="head"><a href="/"><img src="/logo.svg" alt="Site"></a><h1>Headline</h1><time datetime="2024-09-10">Sept. 10</time></div><p>Text.</p></body></html>';

  it('yields between the sources and answers as the one-call reading does', () => {
    const doc = parse(masthead);
    const steps = readPublishedDateSteps(doc);
    let yields = 0;
    let next = steps.next();
    for (; !next.done; next = steps.next()) yields++;
    expect(yields).toBeGreaterThan(3);
    expect(next.value.date).toBe(findPublishedDate(doc));
  });

  it('keeps each reading to its own page, interleaved or abandoned between steps', () => {
    const a = readPublishedDateSteps(parse(masthead));
    const b = readPublishedDateSteps(parse(headed));
    let na = a.next();
    let nb = b.next();
    while (!na.done || !nb.done) {
      if (!na.done) na = a.next();
      if (!nb.done) nb = b.next();
    }
    expect([na.value.date, nb.value.date]).toEqual(['2024-09-09', '2024-09-10']);
    // A reading left after a few steps (a scan cancelled) lends the next page nothing.
    const left = readPublishedDateSteps(parse(headed));
    for (let i = 0; i < 4; i++) left.next();
    expect(findPublishedDate(parse(masthead))).toBe('2024-09-09');
  });
});

describe.each(DOMS)('dates of round 43 shapes in %s', (_name, parse) => {
  const page = (head: string, body: string) =>
    parse(`<!doctype html><html><head>${head}</head><body>${body}</body></html>`);
  const TEXT = `<p>${'The ferry to Portsea sails again from the spring, the council said. '.repeat(3)}</p>`;

  it('reads a day that is a path segment of its own in the address, not one run into a slug', () => {
    const at = (url: string) =>
      findPublishedDate(page(`<link rel="canonical" href="${url}">`, TEXT));
    expect(at('https://news.example.com/news/2024-10-03/Ferry-sails-again/index.html')).toBe(
      '2024-10-03',
    );
    expect(at('https://news.example.com/news/2024-10-03-ferry-sails-again')).toBeNull();
  });

  it("reads a meta list above the headline, its day an item ('Statement' · '03.10.2024' · 'Brussels'), not a list of headlines", () => {
    const related = '<div class="related"><span>Statement</span> <span>27.09.2024</span></div>';
    expect(
      findPublishedDate(
        page(
          '',
          `<div class="header"><ul class="ecl-page-header__meta"><li>Statement</li><li>03.10.2024</li><li>Brussels</li></ul><h1>On the ferry</h1></div>${TEXT}${related}`,
        ),
      ),
    ).toBe('2024-10-03');
    expect(
      findPublishedDate(
        page(
          '',
          `<div class="header"><ul><li>The council's vote on the harbour fees, postponed again</li><li>03.10.2024</li></ul><h1>On the ferry</h1></div>${TEXT}${related}`,
        ),
      ),
    ).toBeNull();
  });

  it("reads a webmail stamp's tooltip ('Thu, Oct 3, 6:40 PM (2 days ago)') in a message named 'ads' that holds prose, never an ad slot's", () => {
    const stamp =
      '<span class="g3" title="Thu, Oct 3, 2024, 6:40 PM">Thu, Oct 3, 6:40 PM (2 days ago)</span>';
    expect(
      findPublishedDate(page('', `<div class="adn ads">${stamp}${TEXT.repeat(4)}</div>`)),
    ).toBe('2024-10-03');
    expect(
      findPublishedDate(page('', `<div class="ads">${stamp}<p>Advertisement</p></div>${TEXT}`)),
    ).toBeNull();
  });

  it("reads a lone day among a document's header lines under a writer's line, as a news database prints a report", () => {
    const header = (byline: string) =>
      `<div class="article"><div id="hd"><span>Ferry sails again</span></div>${byline}<div>612 words</div><div>3 October 2024</div><div>18:40 GMT</div><div>Harbour Wire</div>${TEXT}</div>`;
    expect(findPublishedDate(page('', header('<div class="author">By Rena Ito</div>')))).toBe(
      '2024-10-03',
    );
    expect(findPublishedDate(page('', header('<div>Harbour desk</div>')))).toBeNull();
  });

  it('reads a stamp on a line right under the text the page describes (a social post)', () => {
    const post = 'The ferry to Portsea sails again from the spring, the council said on Thursday.';
    const body = `<div><div>${post} The pier is repaired.</div><div><div>October 3, 2024 at 6:40 PM</div><div>Everybody can reply</div></div></div>`;
    expect(
      findPublishedDate(page(`<meta property="og:description" content="${post}">`, body)),
    ).toBe('2024-10-03');
    expect(
      findPublishedDate(
        page(
          '<meta property="og:description" content="Another text altogether, which the page does not hold.">',
          body,
        ),
      ),
    ).toBeNull();
  });
});

describe.each(DOMS)('dates of round 44 shapes in %s', (_name, parse) => {
  const doc = (html: string) => parse(`<!doctype html>${html}`);
  const page = (head: string, body: string, lang = 'en') =>
    doc(`<html lang="${lang}"><head>${head}</head><body>${body}</body></html>`);
  const TEXT = `<p>${'The ferry to Portsea sails again from the spring, the council said. '.repeat(3)}</p>`;

  it("reads a post's time in its permalink, in its own footer, on a page whose every class carries a furniture word", () => {
    const post = (footer: string) =>
      doc(
        `<html><body class="tgme_widget body_widget_post"><div class="tgme_widget_message"><div class="tgme_widget_message_text">${TEXT}</div><div class="${footer}"><a class="tgme_widget_message_date" href="https://t.me/harbour/12"><time datetime="2024-10-03T15:40:12+00:00">15:40</time></a></div></div></body></html>`,
      );
    expect(findPublishedDate(post('tgme_widget_message_footer'))).toBe('2024-10-03');
    // The site's own footer holds no post's day.
    expect(findPublishedDate(post('site-footer'))).toBeNull();
    // Nor does a message bar, its day out of a permalink.
    expect(
      findPublishedDate(
        page(
          '',
          `<div class="site-message"><time datetime="2024-12-01">Maintenance on 1 December</time></div>${TEXT}`,
        ),
      ),
    ).toBeNull();
  });

  it("reads an all-digit day by the page's English (day first in Ireland, month first in the US) where none of its dates tells", () => {
    const byline =
      '<div class="article-byline"><span class="published">03/10/2024 18:40</span></div>';
    const body = `<h1>Ferry sails again</h1>${byline}${TEXT}`;
    expect(findPublishedDate(page('', body, 'en-IE'))).toBe('2024-10-03');
    expect(findPublishedDate(page('', body, 'en-US'))).toBe('2024-03-10');
    expect(findPublishedDate(page('', body, 'en'))).toBeNull();
    // The page's own dates outrank its language: '25/09/2024' puts the day first.
    expect(
      findPublishedDate(page('', `${body}<aside><span>25/09/2024</span></aside>`, 'en-US')),
    ).toBe('2024-10-03');
  });

  it("reads a details list's labelled day where the page dates itself nowhere else", () => {
    const details = (term: string) =>
      `<h1>Ferry at the pier</h1><p>A caption of the picture, long enough to be read as the page's text.</p><dl><dt>${term}</dt><dd>October 03, 2024</dd><dt>CREDIT:</dt><dd>Harbour Photo</dd></dl>`;
    expect(findPublishedDate(page('', details('DATE CREATED:')))).toBe('2024-10-03');
    expect(findPublishedDate(page('', details('Date')))).toBe('2024-10-03');
    expect(findPublishedDate(page('', details('Date taken:')))).toBeNull();
    expect(findPublishedDate(page('', details('Licence renewal:')))).toBeNull();
  });
});
