import { describe, expect, it } from 'vitest';
import { findArticleRoot } from '../../../page/find-article-root';
import { openingPost } from '../../../page/thread-posts';
import { DOMS } from './load-page';

const SENTENCE =
  'The ferry to Portsea will sail again from the spring, the council said, once the pier is repaired.';

/** A forum's post: a header with its date, a user cell, then its text. */
const post = (id: string, date: string, sentences: number) =>
  `<article class="message message--post" id="${id}"><header class="message-attribution"><time datetime="${date}">${date.slice(0, 10)}</time></header><div class="message-cell message-cell--user"><a href="/members/${id}">${id}</a></div><div class="message-cell message-cell--main"><div class="bbWrapper" id="${id}-text">${Array.from({ length: sentences }, () => SENTENCE).join('<br><br>')}</div></div></article>`;

describe.each(DOMS)('openingPost in %s', (_name, parse) => {
  const thread = (posts: string) =>
    parse(
      `<html><body><div class="thread"><h1>The ferry sails again</h1>${posts}</div></body></html>`,
    );
  const all = () => true;

  it("gives the opening post's text where a longer reply was chosen, posts dated oldest first", () => {
    const doc = thread(
      post('p1', '2024-09-27T08:41:00Z', 4) +
        post('p2', '2024-09-27T10:05:00Z', 9) +
        post('p3', '2024-09-28T19:12:00Z', 2),
    );
    const reply = doc.getElementById('p2-text') as Element;
    expect(openingPost(reply, all)?.id).toBe('p1-text');
    // The chosen block in the opening post stays the article; an opening post without an
    // article's prose is none.
    expect(openingPost(doc.getElementById('p1-text') as Element, all)?.id).toBe('p1-text');
    expect(openingPost(reply, () => false)).toBeNull();
    const root = findArticleRoot(doc);
    expect(root?.contains(doc.getElementById('p1-text'))).toBe(true);
    expect(root?.contains(reply)).toBe(false);
  });

  it('knows the writers of posts named in capitals (Vanilla: a.Username in span.Author)', () => {
    const item = (id: string, date: string, sentences: number) =>
      `<li class="Item ItemComment" id="${id}"><div class="Comment"><div class="Item-Header"><span class="Author"><a class="Username" href="/profile/${id}">${id}</a></span><span class="MItem DateCreated"><time datetime="${date}">${date.slice(0, 10)}</time></span></div><div class="Item-Body"><div class="Message userContent" id="${id}-text">${Array.from({ length: sentences }, () => `<p>${SENTENCE}</p>`).join('')}</div></div></div></li>`;
    const doc = thread(
      `<ul class="MessageList">${item('c1', '2024-09-27T08:41:00Z', 3)}${item('c2', '2024-09-27T10:05:00Z', 8)}${item('c3', '2024-09-28T19:12:00Z', 2)}</ul>`,
    );
    expect(openingPost(doc.getElementById('c2-text') as Element, all)?.id).toBe('c1-text');
  });

  it('gives the opening post where the posts would be read together as parts of one article', () => {
    const shallow = (id: string, date: string, sentences: number) =>
      `<div class="post" id="${id}"><span class="post-date">${date}</span><a class="username" href="/u/${id}">${id}</a>${Array.from({ length: sentences }, () => `<p>${SENTENCE}</p>`).join('')}</div>`;
    const doc = thread(
      shallow('p1', '09-27-2024, 09:14 AM', 4) +
        shallow('p2', '09-27-2024, 11:52 AM', 7) +
        shallow('p3', '09-29-2024, 07:03 PM', 3),
    );
    expect(findArticleRoot(doc)?.id).toBe('p1');
  });

  it('gives the opening post where the posts are dated in numbers either way round (10-09-2024)', () => {
    const shallow = (id: string, date: string, sentences: number) =>
      `<div class="post" id="${id}"><span class="post_date">${date}</span><a class="username" href="/u/${id}">${id}</a>${Array.from({ length: sentences }, () => `<p>${SENTENCE}</p>`).join('')}</div>`;
    const doc = thread(
      shallow('p1', '10-09-2024, 07:52 AM', 4) +
        shallow('p2', '10-09-2024, 11:30 AM', 9) +
        shallow('p3', '10-10-2024, 09:14 PM', 4),
    );
    expect(findArticleRoot(doc)?.id).toBe('p1');
    // Read one way, the dates must rise: 10-09 then 09-10 falls month first, rises day first.
    const either = thread(
      shallow('p1', '09-09-2024, 07:52 AM', 4) +
        shallow('p2', '10-09-2024, 11:30 AM', 9) +
        shallow('p3', '09-10-2024, 09:14 PM', 4),
    );
    expect(findArticleRoot(either)?.id).toBe('p1');
    const neither = thread(
      shallow('p1', '10-09-2024, 07:52 AM', 4) +
        shallow('p2', '09-10-2024, 11:30 AM', 9) +
        shallow('p3', '10-08-2024, 09:14 PM', 4),
    );
    expect(openingPost(neither.getElementById('p2') as Element, all)).toBeNull();
  });

  it("reads the <time> a post's date line wraps: replies of one day follow one another by the hour", () => {
    const timed = (id: string, date: string, sentences: number) =>
      `<div class="post" id="${id}"><div class="post_timestamp"><time datetime="${date}">${date.slice(0, 10)}</time></div><a class="username" href="/u/${id}">${id}</a>${Array.from({ length: sentences }, () => `<p>${SENTENCE}</p>`).join('')}</div>`;
    const doc = thread(
      timed('p1', '2024-10-08T09:14:00', 4) +
        timed('p2', '2024-10-08T11:02:00', 9) +
        timed('p3', '2024-10-08T15:47:00', 4),
    );
    expect(findArticleRoot(doc)?.id).toBe('p1');
  });

  it("reads every post of a topic's later page (<link rel=prev>): none is the opening post", () => {
    const posts =
      post('p21', '2024-10-02T19:12:00Z', 4) +
      post('p22', '2024-10-03T08:47:00Z', 9) +
      post('p23', '2024-10-04T13:02:00Z', 2);
    const doc = parse(
      `<html><head><link rel="prev" href="/threads/ferry.55/"></head><body><div class="thread"><h1>The ferry sails again</h1><div class="posts" id="posts">${posts}</div></div></body></html>`,
    );
    expect(openingPost(doc.getElementById('p22-text') as Element, all)?.id).toBe('posts');
    expect(openingPost(doc.getElementById('p21-text') as Element, all)?.id).toBe('posts');
    const root = findArticleRoot(doc);
    expect(root?.contains(doc.getElementById('p21-text'))).toBe(true);
    expect(root?.contains(doc.getElementById('p23-text'))).toBe(true);
  });

  it('leaves alone units dated oldest first that name no writers, or one (a live blog sorted so)', () => {
    const entriesOf = () =>
      thread(
        post('e1', '2024-09-27T09:00:00Z', 4) +
          post('e2', '2024-09-27T12:00:00Z', 9) +
          post('e3', '2024-09-27T17:00:00Z', 2),
      );
    const writerLinks = (doc: Document) => Array.from(doc.querySelectorAll('a[href^="/members/"]'));
    const entries = entriesOf();
    const unnamed = entriesOf();
    for (const link of writerLinks(unnamed)) link.remove();
    expect(openingPost(unnamed.getElementById('e2-text') as Element, all)).toBeNull();
    const oneWriter = entriesOf();
    for (const link of writerLinks(oneWriter)) link.textContent = 'Live desk';
    expect(openingPost(oneWriter.getElementById('e2-text') as Element, all)).toBeNull();
    expect(openingPost(entries.getElementById('e2-text') as Element, all)?.id).toBe('e1-text');
  });

  it('leaves alone entries oldest first by writers the page names as its own (a live blog by two reporters)', () => {
    const posts =
      post('e1', '2024-09-27T09:00:00Z', 4) +
      post('e2', '2024-09-27T12:00:00Z', 9) +
      post('e3', '2024-09-27T17:00:00Z', 2);
    const byline = (names: string) =>
      parse(
        `<html><head><meta name="author" content="${names}"></head><body><div class="thread"><h1>The ferry sails again</h1>${posts}</div></body></html>`,
      );
    expect(
      openingPost(byline('e1, e2 and e3').getElementById('e2-text') as Element, all),
    ).toBeNull();
    // A forum's page names its opening post's writer at most: the repliers stay a thread.
    expect(openingPost(byline('e1').getElementById('e2-text') as Element, all)?.id).toBe('e1-text');
    // A discussion's structured data names its repliers as commenters, not as the page's writers.
    const data = parse(
      `<html><head><script type="application/ld+json">{"@type":"DiscussionForumPosting","author":{"name":"e1"},"comment":[{"@type":"Comment","author":{"name":"e2"}},{"@type":"Comment","author":{"name":"e3"}}]}</script></head><body><div class="thread">${posts}</div></body></html>`,
    );
    expect(openingPost(data.getElementById('e2-text') as Element, all)?.id).toBe('e1-text');
    // Nor does a page typed as no piece of writing (a forum's WebPage) name its writers.
    const webPage = parse(
      `<html><head><script type="application/ld+json">{"@type":"WebPage","author":[{"@type":"Person","name":"e1"},{"@type":"Person","name":"e2"},{"@type":"Person","name":"e3"}]}</script></head><body><div class="thread">${posts}</div></body></html>`,
    );
    expect(openingPost(webPage.getElementById('e2-text') as Element, all)?.id).toBe('e1-text');
    const article = parse(
      `<html><head><script type="application/ld+json">{"@type":"LiveBlogPosting","author":[{"@type":"Person","name":"e1"},{"@type":"Person","name":"e2"},{"@type":"Person","name":"e3"}]}</script></head><body><div class="thread">${posts}</div></body></html>`,
    );
    expect(openingPost(article.getElementById('e2-text') as Element, all)).toBeNull();
  });

  it("leaves a live blog's entries, newest first, and undated units alone", () => {
    const blog = thread(
      post('e3', '2024-09-27T17:00:00Z', 2) +
        post('e2', '2024-09-27T12:00:00Z', 9) +
        post('e1', '2024-09-27T09:00:00Z', 2),
    );
    expect(openingPost(blog.getElementById('e2-text') as Element, all)).toBeNull();
    const undated = thread(
      post('p1', '', 4) + post('p2', '', 9).replace(/<time[^>]*>[^<]*<\/time>/, ''),
    );
    expect(openingPost(undated.getElementById('p2-text') as Element, all)).toBeNull();
  });
});
