import { describe, expect, it } from 'vitest';
import { isReplyPost, isTitledDiscussion } from '../../../page/discussion-title';
import { DOMS } from './load-page';

describe.each(DOMS)('isTitledDiscussion in %s', (_name, parse) => {
  const block = (html: string) =>
    parse(`<html><body>${html}</body></html>`).body.firstElementChild as Element;

  it('knows a thread by the heading it opens with, or its header bar opens with', () => {
    for (const title of [
      'Comments',
      '4 Comments',
      'Comments (12)',
      '1,204 comments',
      'Reader comments',
      'Responses (14)',
      '12 replies',
      'Join the conversation',
      'Leave a Reply',
    ])
      expect(isTitledDiscussion(block(`<section><h2>${title}</h2><div>…</div></section>`))).toBe(
        true,
      );
    expect(
      isTitledDiscussion(
        block('<div class="css-c0"><div class="css-bar"><h3>4 Comments</h3></div><ul></ul></div>'),
      ),
    ).toBe(true);
  });

  it('knows a thread titled by a plain block of text alone, not by a link or a paragraph', () => {
    expect(
      isTitledDiscussion(
        block('<div class="x4k1"><div class="ttl9">4 Comments</div><div>…</div></div>'),
      ),
    ).toBe(true);
    expect(
      isTitledDiscussion(
        block('<div><div class="bar"><span>Comments (12)</span></div><ul></ul></div>'),
      ),
    ).toBe(true);
    for (const html of [
      '<div><a href="#comments">4 Comments</a><h1>Headline</h1><p>Text.</p></div>',
      '<div><div>4 Comments on <a href="/x">the story</a></div><ul></ul></div>',
      '<div><div class="kicker">Comment and analysis of the week</div><p>Text.</p></div>',
      // An opinion piece's kicker above its headline.
      '<div><span class="kicker">Comment</span><h1>Why the ferry matters</h1><p>Text.</p></div>',
      '<div><div class="label">Discussion</div><p>Text of a story, long.</p></div>',
      // A count above a story's headline is the story's byline bar, not a thread.
      '<div><div><span>12 Comments</span></div><h1>Why the ferry matters</h1><p>Text.</p></div>',
    ])
      expect(isTitledDiscussion(block(html))).toBe(false);
  });

  it("leaves an article's own sections alone: 'Reactions' alone, a heading about comments, prose first", () => {
    for (const html of [
      '<section><h2>Reactions</h2><p>Governments abroad welcomed the plan.</p></section>',
      '<section><h2>Responses from the region</h2><p>Text.</p></section>',
      '<section><h2>Comments by the minister drew criticism</h2><p>Text.</p></section>',
      '<section><p>Comments</p><h2>4 Comments</h2></section>',
    ])
      expect(isTitledDiscussion(block(html))).toBe(false);
  });
});

describe.each(DOMS)('isReplyPost in %s', (_name, parse) => {
  const block = (html: string) =>
    parse(`<html><body>${html}</body></html>`).body.firstElementChild as Element;
  const post = (subject: string) =>
    `<div class="post"><div class="inner"><dl class="profile"><dt><a href="/u/1">quay</a></dt><dd>Posts: 41</dd></dl><div class="postbody"><h3><a href="#p2">${subject}</a></h3><p class="author">by quay » Sat Sep 28, 2024</p><div class="content">The ferry to Portsea sails again.</div></div></div></div>`;

  it("knows a forum's reply by its subject ('Re: …'), below its poster's profile", () => {
    expect(isReplyPost(block(post('Re: The ferry sails again')))).toBe(true);
    expect(isReplyPost(block(post('RE[2]: The ferry sails again')))).toBe(true);
    expect(isReplyPost(block(post('AW: Die Fähre fährt wieder')))).toBe(true);
  });

  it('does not take the opening post, a subhead or a heading far down for a reply', () => {
    expect(isReplyPost(block(post('The ferry sails again')))).toBe(false);
    expect(isReplyPost(block('<div><h2>Renewal: the pier reopens</h2><p>Text.</p></div>'))).toBe(
      false,
    );
    const deep = `<div>${'<p>Paragraph.</p>'.repeat(20)}<h3>Re: a letter</h3></div>`;
    expect(isReplyPost(block(deep))).toBe(false);
  });
});
