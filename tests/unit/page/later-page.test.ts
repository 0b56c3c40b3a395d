import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../page/article';
import { isLaterPage, laterPagePosts } from '../../../page/later-page';
import { findPublishedDate } from '../../../page/published-date';
import { DOMS } from './load-page';

const SENTENCE =
  'The ferry to Portsea will sail again from the spring, the council said, once the pier is repaired.';

/** A forum's post named as a comment, as Invision names its posts, with its writer and date. */
const post = (id: string, writer: string, date: string, text: string) =>
  `<article class="cPost ipsComment" id="${id}"><aside class="ipsComment_author"><h3 class="cAuthorPane_author">${writer}</h3></aside><div class="ipsComment_content"><div class="ipsComment_meta"><time datetime="${date}">${date.slice(0, 10)}</time></div><div data-role="commentContent" class="ipsType_richText"><p>${text}</p><p>${SENTENCE}</p></div><div data-role="memberSignature" class="ipsResponsive_hidePhone"><p>My signature says the pier is older than the town.</p></div></div></article>`;

const POSTS =
  post('c41', 'Harbour_Watcher', '2024-10-05T08:31:00Z', 'The first reply on this page.') +
  post('c42', 'Pier_Fan', '2024-10-05T14:07:00Z', 'The second reply on this page.') +
  post('c43', 'Old_Salt', '2024-10-06T09:52:00Z', 'The third reply on this page.');

const page = (head: string, pager: string) =>
  `<html><head>${head}</head><body><div id="main"><div class="header"><h1>The ferry sails again</h1><p>By Old_Salt, <time datetime="2024-09-27T08:00:00Z">September 27, 2024</time></p></div>${pager}<div id="comments" class="cTopic">${POSTS}</div><div class="similar"><h2>Similar topics</h2><p>A teaser of another topic, long enough to look like a paragraph of prose.</p></div></div></body></html>`;

describe.each(DOMS)('later pages of a topic in %s', (_name, parse) => {
  it('knows a later page by <link rel=prev>, its address or its pager, and page 1 by none', () => {
    expect(isLaterPage(parse(page('<link rel="prev" href="/topic/9/">', '')))).toBe(true);
    for (const address of ['/topic/9-ferry/page/3/', '/threads/ferry.9/page-3', '/t/9?page=3'])
      expect(
        isLaterPage(parse(page(`<link rel="canonical" href="https://f.example${address}">`, ''))),
      ).toBe(true);
    expect(
      isLaterPage(
        parse(page('<meta property="og:url" content="https://f.example/topic/9/page/2/">', '')),
      ),
    ).toBe(true);
    const pager =
      '<ul class="ipsPagination"><li><a href="/topic/9/">1</a></li><li><a href="#">Page 3 of 5</a></li></ul>';
    expect(isLaterPage(parse(page('', pager)))).toBe(true);
    const current =
      '<nav class="pagination"><a href="/t/9">1</a><a aria-current="page" href="#">2</a></nav>';
    expect(isLaterPage(parse(page('', current)))).toBe(true);
    // A pager named for comments says which page of them is shown: a community that calls its
    // posts comments is on a later page of its topic (a story above its readers' comments keeps
    // them its comments: laterPagePosts, below).
    const comments =
      '<nav class="navigation comments-pagination"><a class="page-numbers" href="#">1</a><span aria-current="page" class="page-numbers current">2</span></nav>';
    expect(isLaterPage(parse(page('', comments)))).toBe(true);
    // Page 1: no prev link, its address names no page, its pager marks page 1.
    const first = '<ul class="ipsPagination"><li><a href="#">Page 1 of 5</a></li></ul>';
    expect(
      isLaterPage(
        parse(page('<link rel="canonical" href="https://f.example/topic/9-ferry/">', first)),
      ),
    ).toBe(false);
    expect(
      isLaterPage(
        parse(page('<link rel="canonical" href="https://f.example/pages/pier-history">', '')),
      ),
    ).toBe(false);
  });

  it('reads every post of a later page known by its pager, though the forum names its posts as comments, and not the signatures', () => {
    const pager = '<ul class="ipsPagination"><li><a href="#">Page 3 of 5</a></li></ul>';
    const doc = parse(page('', pager));
    expect(laterPagePosts(doc)?.id).toBe('comments');
    const { text } = extractArticle(doc);
    expect(text).toContain('The first reply on this page.');
    expect(text).toContain('The third reply on this page.');
    expect(text).not.toContain('signature');
    expect(text).not.toContain('Similar topics');
  });

  it("leaves the first page of a topic alone, and an article's later page: comments stay furniture", () => {
    expect(laterPagePosts(parse(page('', '')))).toBe(null);
    const pager = '<ul class="ipsPagination"><li><a href="#">Page 3 of 5</a></li></ul>';
    // An article says so in its structured data or its microdata.
    const typed = parse(
      page('<script type="application/ld+json">{"@type":"NewsArticle"}</script>', pager),
    );
    expect(isLaterPage(typed)).toBe(true);
    expect(laterPagePosts(typed)).toBe(null);
    const marked = parse(
      page('', `${pager}<div itemprop="articleBody"><p>The story's second page.</p></div>`),
    );
    expect(laterPagePosts(marked)).toBe(null);
  });

  it('knows a later page by the offset forums put in its address, and by a pager marking its page by class', () => {
    for (const address of [
      '/viewtopic.php?t=4812&start=20',
      '/index.php?topic=4812.15',
      '/discussion/4471/ferry-timetable/p2',
    ])
      expect(
        isLaterPage(parse(page(`<link rel="canonical" href="https://f.example${address}">`, ''))),
      ).toBe(true);
    for (const address of [
      '/viewtopic.php?t=4812&start=0',
      '/index.php?topic=4812.0',
      '/index.php?topic=4812.msg55210',
      '/discussion/4471/ferry-timetable',
    ])
      expect(
        isLaterPage(parse(page(`<link rel="canonical" href="https://f.example${address}">`, ''))),
      ).toBe(false);
    const active =
      '<div class="pagination"><ul><li><a href="/t/9">1</a></li><li class="active"><span>2</span></li></ul></div>';
    expect(isLaterPage(parse(page('', active)))).toBe(true);
    const first =
      '<div class="pagination"><ul><li class="active"><span>1</span></li><li><a href="/t/9?start=20">2</a></li></ul></div>';
    expect(isLaterPage(parse(page('', first)))).toBe(false);
  });

  it("dates a later page by its first post, not by the topic's metas; keeps its first post's subject", () => {
    const pager = '<ul class="ipsPagination"><li><a href="#">Page 3 of 5</a></li></ul>';
    const doc = parse(
      page(
        '<meta property="og:type" content="article"><meta property="article:published_time" content="2024-09-27T08:00:00Z"><meta property="og:url" content="https://f.example/discussion/9/ferry/p3">',
        pager,
      ),
    );
    expect(findPublishedDate(doc)).toBe('2024-10-05');
  });

  it('reads every reply of a later page whose first post has a subject of its own', () => {
    const reply = (id: string, writer: string, date: string, subject: string) =>
      `<div class="post bg1" id="${id}"><div class="postbody"><h3><a href="#${id}">${subject}</a></h3><p class="author">by <a class="username" href="/u/${writer}">${writer}</a> <time datetime="${date}">${date.slice(0, 10)}</time></p><div class="content">A reply long enough to be read as a paragraph of the page's text, about the pier.<br><br>${SENTENCE}</div></div></div>`;
    const doc = parse(
      `<html><head><link rel="canonical" href="https://f.example/viewtopic.php?t=9&amp;start=20"></head><body><div id="page-body"><h2>The ferry sails again</h2>${reply('p1', 'Harbour_Watcher', '2024-10-05T08:31:00Z', 'Numbers from the council')}${reply('p2', 'Pier_Fan', '2024-10-05T14:07:00Z', 'Re: The ferry sails again')}${reply('p3', 'Old_Salt', '2024-10-06T09:52:00Z', 'Re: The ferry sails again')}</div></body></html>`,
    );
    expect(laterPagePosts(doc)?.id).toBe('page-body');
    const { text } = extractArticle(doc);
    expect(text).toContain('Re: The ferry sails again');
    expect(text.split('about the pier.').length).toBe(4);
  });

  it("reads a forum's later page whose meta says og:type=article: a forum is not an article because its meta says so", () => {
    const pager = '<ul class="ipsPagination"><li><a href="#">Page 3 of 5</a></li></ul>';
    const forum = '<link rel="canonical" href="https://f.example/topic/9-ferry/page/3/">';
    const doc = parse(page(`<meta property="og:type" content="article">${forum}`, pager));
    expect(laterPagePosts(doc)?.id).toBe('comments');
    expect(extractArticle(doc).text).toContain('The third reply on this page.');
    // On an address that names no forum topic, og:type=article still says an article's page.
    const news = '<link rel="canonical" href="https://news.example/world/ferry-sails/page/2/">';
    expect(
      laterPagePosts(parse(page(`<meta property="og:type" content="article">${news}`, ''))),
    ).toBe(null);
  });

  it("reads and dates a topic's later page known only by its pager, its posts' dates printed as text and their writers in a microdata header (NodeBB)", () => {
    // NodeBB: the address and the head name no page; og:type=article and the topic's start in
    // article:published_time; each post's header, marked as its author, prints the writer's
    // name, 'wrote', the date as text in a.timeago and the post's number.
    const nodebbPost = (n: number, writer: string, iso: string, shown: string) =>
      `<li component="post" class="pt-4" data-index="${n}"><a component="post/anchor" id="${n}"></a><div class="post-container"><div class="post-header" itemprop="author" itemscope itemtype="https://schema.org/Person">
        <a href="/user/${writer}"><span itemprop="name">${writer}</span></a>
        <span class="text-muted">wrote</span> <a href="/post/${n}" class="timeago text-muted" title="${iso}">${shown}</a>
        <a href="/post/${n}" class="post-index">#${n + 1}</a></div><div class="content" component="post/content"><p>Reply ${n} on this page.</p><p>${SENTENCE}</p></div></div></li>`;
    const html = (pager: string) =>
      `<html><head><meta property="og:type" content="article"><meta property="article:published_time" content="2024-09-26T07:40:00Z"><link rel="canonical" href="https://f.example/topic/3317/the-ferry-sails-again"></head><body><main><h1>The ferry sails again</h1><ul component="topic" class="posts" id="posts">${nodebbPost(20, 'harbour_watcher', '2024-10-03T09:12:00.000Z', 'Oct 3, 2024, 9:12 AM')}${nodebbPost(21, 'pier_fan', '2024-10-03T13:00:00.000Z', 'Oct 3, 2024, 1:00 PM')}${nodebbPost(22, 'old_salt', '2024-10-04T08:45:00.000Z', 'Oct 4, 2024, 8:45 AM')}</ul>${pager}</main></body></html>`;
    const pager = (current: number) =>
      `<div component="pagination" class="pagination-container"><ul class="pagination"><li class="page-item${current === 1 ? ' active' : ''}"><a href="?page=1">1</a></li><li class="page-item${current === 2 ? ' active' : ''}"><a href="?page=2">2</a></li></ul></div>`;
    const doc = parse(html(pager(2)));
    expect(laterPagePosts(doc)?.id).toBe('posts');
    expect(findPublishedDate(doc)).toBe('2024-10-03');
    const { text } = extractArticle(doc);
    expect(text).toContain('Reply 20 on this page.');
    expect(text).toContain('Reply 22 on this page.');
    // Page 1 of the same topic keeps the topic's date.
    expect(findPublishedDate(parse(html(pager(1))))).toBe('2024-09-26');
  });

  it("leaves a story's readers' comments under a pager named only as one alone, on an address in a forum's words: a story stands between the <h1> and them", () => {
    const comment = (id: string, writer: string, date: string) =>
      `<li class="comment" id="${id}"><article class="comment-body"><footer class="comment-meta"><div class="comment-author"><b class="fn">${writer}</b></div><div class="comment-metadata"><time datetime="${date}">${date.slice(0, 10)}</time></div></footer><div class="comment-content"><p>${SENTENCE}</p></div></article></li>`;
    const story = (paragraphs: number) =>
      Array.from(
        { length: paragraphs },
        (_, i) =>
          `<p>Paragraph ${i} of the story about the ferry, long enough to be prose, with a clause or two more.</p>`,
      ).join('');
    const html = (paragraphs: number) =>
      `<html><head><meta property="article:published_time" content="2024-10-10T09:00:00Z"><link rel="canonical" href="https://news.example/topic/harbour/the-ferry-sails-again/"></head><body><main><article><h1>The ferry sails again</h1>${story(paragraphs)}</article><div id="comments"><ul class="pagination"><li class="page-item"><a href="?cp=1">1</a></li><li class="page-item active"><a href="?cp=2">2</a></li></ul><ol class="comment-list" id="list">${comment('c1', 'Harbour_Watcher', '2024-10-11T07:00:00Z')}${comment('c2', 'Pier_Fan', '2024-10-11T12:00:00Z')}${comment('c3', 'Old_Salt', '2024-10-12T08:00:00Z')}</ol></div></main></body></html>`;
    const doc = parse(html(4));
    expect(laterPagePosts(doc)).toBe(null);
    expect(findPublishedDate(doc)).toBe('2024-10-10');
    // With only a line between the title and the posts, the page is the topic's later page.
    const topic = parse(html(0));
    expect(laterPagePosts(topic)?.id).toBe('list');
    expect(findPublishedDate(topic)).toBe('2024-10-11');
    // No <h1>: the title in an <h2> naming the page's title, or in no heading at all.
    const titled = (heading: string) =>
      html(4)
        .replace('<head>', '<head><title>The ferry sails again - News</title>')
        .replace('<h1>The ferry sails again</h1>', heading);
    for (const heading of ['<h2 class="news-title">The ferry sails again</h2>', ''])
      expect(findPublishedDate(parse(titled(heading)))).toBe('2024-10-10');
    // A topic's description under its title, two long paragraphs, is no story.
    const description =
      '<p>This topic collects what members have heard about the ferry, from the first council meeting to the vote on the timetable, with sources.</p><p>Please keep the discussion civil, post a source with every claim, and use the harbour board for questions about parking at the pier.</p>';
    const described = parse(html(0).replace('</h1>', `</h1>${description}`));
    expect(laterPagePosts(described)?.id).toBe('list');
    expect(findPublishedDate(described)).toBe('2024-10-11');
    // Three long paragraphs are no story where they speak of the thread itself, however long;
    // three paragraphs about the ferry are.
    const third =
      '<p>The short version: the council has met twice since the summer, the pier needs new piles, and nobody has said when the work ends.</p>';
    const longer = parse(html(0).replace('</h1>', `</h1>${description}${third}`));
    expect(laterPagePosts(longer)?.id).toBe('list');
    expect(findPublishedDate(longer)).toBe('2024-10-11');
  });

  it('knows a description of three long paragraphs, two speaking of the megathread and its moderators, from a story', () => {
    const comment = (id: string, writer: string, date: string) =>
      `<li class="comment" id="${id}"><div class="comment-author">${writer}</div><time datetime="${date}">${date.slice(0, 10)}</time><p>${SENTENCE}</p></li>`;
    const above = (paragraphs: string[]) =>
      `<html><head><link rel="canonical" href="https://f.example/forum/harbour/77-ferry-megathread/page3"></head><body><h1>Ferry megathread</h1>${paragraphs.map((p) => `<p>${p}</p>`).join('')}<ol id="list">${comment('c1', 'Harbour_Watcher', '2024-10-11T07:00:00Z')}${comment('c2', 'Pier_Fan', '2024-10-11T12:00:00Z')}${comment('c3', 'Old_Salt', '2024-10-12T08:00:00Z')}</ol></body></html>`;
    const talk = [
      'This megathread follows the ferry from the first council meeting to the vote on the timetable, and new topics on it are merged here.',
      'The short version: the council has met twice since the summer, the pier needs new piles, and nobody has said when the work ends.',
      'Rules: a source with every claim, no parking questions, and the moderators remove posts that break them without a warning.',
    ];
    expect(laterPagePosts(parse(above(talk)))?.id).toBe('list');
    const story = [
      'The ferry to Portsea will sail again from the spring, the council said on Friday, once the old pier has been repaired.',
      'The work needs new piles along the whole length of the pier, and the contractor has asked for two more months to finish.',
      'Councillors said the timetable would be published once the harbour master had signed off on the repairs in person.',
    ];
    expect(laterPagePosts(parse(above(story)))).toBe(null);
    // A pager between the three paragraphs and the posts, outside any block holding the posts
    // alone, pages the topic: the paragraphs are its description.
    const pager =
      '<div class="pages"><ul class="pagination"><li><a href="/forum/harbour/77-ferry-megathread">1</a></li><li class="active"><span>3</span></li></ul></div>';
    const paged = parse(above(story).replace('<ol id="list">', `${pager}<ol id="list">`));
    expect(laterPagePosts(paged)?.id).toBe('list');
    // A pager in the comments' own block (a story's comments paged under their title) is not.
    const comments = parse(
      above(story)
        .replace('<ol id="list">', `<div id="comments"><h2>Comments</h2>${pager}<ol id="list">`)
        .replace('</ol>', '</ol></div>'),
    );
    expect(laterPagePosts(comments)).toBe(null);
  });

  it("reads a later page's posts that the forum marks as comments in microdata under a long description, whatever a word of their class says (WoltLab)", () => {
    const wbb = (id: string, writer: string, date: string) =>
      `<li class="anchorFixedHeader"><article class="wbbPost message messageSidebarOrientationLeft" id="${id}" itemscope itemtype="http://schema.org/Comment"><aside class="messageSidebar"><a class="username" itemprop="author">${writer}</a></aside><div class="messageContent"><ul class="messageHeaderMetaData"><li><time datetime="${date}">${date.slice(0, 10)}</time></li></ul><div class="messageText"><p>Post ${id} of the page, by ${writer}.</p><p>${SENTENCE}</p></div><div class="messageSignature"><div>My signature says the pier is older than the town.</div></div></div></article></li>`;
    const html = `<html><head><link rel="canonical" href="https://f.example/thread/9-the-ferry/?pageNo=2"></head><body><header><h1>The ferry sails again</h1><time datetime="2024-09-01T08:00:00Z">Sep 1st 2024</time></header><div class="contentHeaderDescription"><p>This topic collects what members have heard about the ferry, from the first council meeting to the vote on the timetable, with sources.</p><p>Please keep the discussion civil, post a source with every claim, and use the harbour board for questions about parking at the pier.</p></div><ul class="wbbThreadPostList" id="list">${wbb('p1', 'Harbour_Watcher', '2024-10-05T08:31:00Z')}${wbb('p2', 'Pier_Fan', '2024-10-05T14:07:00Z')}${wbb('p3', 'Old_Salt', '2024-10-06T09:52:00Z')}</ul></body></html>`;
    const doc = parse(html);
    expect(isLaterPage(doc)).toBe(true);
    expect(laterPagePosts(doc)?.id).toBe('list');
    const { text } = extractArticle(doc);
    expect(text.split(SENTENCE).length).toBe(4);
    expect(text).not.toContain('signature');
    expect(text).not.toContain('This topic collects');
    expect(findPublishedDate(doc)).toBe('2024-10-05');
  });
});
