import { describe, expect, it } from 'vitest';
import { opensInPlace, opensOnRequest } from '../../../page/opens-on-request';
import { DOMS } from './load-page';

const PROSE =
  '<p>A paragraph of the folded rest, long enough to count, with a comma, and more words after it. A second sentence goes on for a while, as a reporter does.</p>';

describe.each(DOMS)('opensInPlace in %s', (_name, parse) => {
  const block = (html: string) => {
    const doc = parse(`<body><div class="body">${html}</div></body>`);
    return doc.querySelector('.fold') as Element;
  };

  it('knows a block of prose beside a control that opens it in place, shown or not', () => {
    for (const control of [
      '<button>Read more</button>',
      '<a href="#">Continue reading</a>',
      '<a>Read the full story</a>',
      '<div role="button">Show more</div>',
      '<a href="/news/this-story" aria-expanded="false">Read more</a>',
    ])
      expect(opensInPlace(block(`<div class="fold">${PROSE}${PROSE}</div>${control}`))).toBe(true);
    expect(
      opensInPlace(
        block(`<button>Story continues</button><div class="fold">${PROSE}${PROSE}</div>`),
      ),
    ).toBe(true);
  });

  it('does not take a link to another page for one, nor a box of headlines, nor a block with no control', () => {
    const away = block(
      `<div class="fold">${PROSE}${PROSE}</div><a href="/news/other">Read more</a>`,
    );
    // As a hidden block's control, a link still counts: the hidden rest is the page's.
    expect(opensOnRequest(away)).toBe(true);
    expect(opensInPlace(away)).toBe(false);
    expect(
      opensInPlace(
        block(`<div class="fold"><h3>Another story</h3>${PROSE}</div><button>Show more</button>`),
      ),
    ).toBe(false);
    expect(opensInPlace(block(`<div class="fold">${PROSE}${PROSE}</div><p>Share</p>`))).toBe(false);
  });
});
