import { describe, expect, it } from 'vitest';
import { hasUndeniedWord, hasWord, nameWords, wordList } from '../../../page/class-words';

const el = (className: string, id = '') => {
  const e = document.createElement('div');
  if (className) e.setAttribute('class', className);
  if (id) e.id = id;
  return e;
};

/** The regular expression the word lists replaced, as the reference they must agree with. */
const REFERENCE = /(?:^|[\s_-])(?:ads?|advert\w*|sidebar|promo\w*|story|article\w*)(?:$|[\s_-])/i;
const LIST = wordList('ad', 'ads', 'advert*', 'sidebar', 'promo*', 'story', 'article*');

describe('class and id words', () => {
  it('splits on whitespace, "_", "-" and camelCase, in ASCII lower case', () => {
    expect(nameWords(el('share-bar l_Sidebar', 'contentWithSidebar'))).toEqual([
      'share',
      'bar',
      'l',
      'sidebar',
      'content',
      'with',
      'sidebar',
    ]);
    expect(nameWords(el(''))).toEqual([]);
  });

  it('finds whole words and stems, never a word inside another', () => {
    const words = (c: string) => nameWords(el(c));
    expect(hasWord(words('ad-slot'), LIST)).toBe(true);
    expect(hasWord(words('adContainer'), LIST)).toBe(true);
    expect(hasWord(words('promotions'), LIST)).toBe(true);
    expect(hasWord(words('articleBody2'), LIST)).toBe(true);
    expect(hasWord(words('broad shadow header'), LIST)).toBe(false);
    expect(hasWord(words('promo.x'), LIST)).toBe(false);
    expect(hasWord(words('storyé'), LIST)).toBe(false);
  });

  it('reads a listed word denied by the word before it as naming what the block is not', () => {
    const words = (c: string) => nameWords(el(c));
    expect(hasUndeniedWord(words('wsite-not-sidebar'), LIST)).toBe(false);
    expect(hasUndeniedWord(words('layout no-ads'), LIST)).toBe(false);
    expect(hasUndeniedWord(words('non-promo without-sidebar'), LIST)).toBe(false);
    expect(hasUndeniedWord(words('not-sidebar promo'), LIST)).toBe(true);
    expect(hasUndeniedWord(words('sidebar-not-shown'), LIST)).toBe(true);
    expect(hasWord(words('wsite-not-sidebar'), LIST)).toBe(true);
  });

  it('agrees with the regular expression on random names', () => {
    const parts = [
      'ad',
      'ads',
      'Ad',
      'AD',
      'advert',
      'advertising',
      'sidebar',
      'SideBar',
      'promo',
      'promo1',
      'story',
      'Story',
      'article',
      'articleBody',
      'broad',
      'x',
      'é',
      '.',
      '1',
      ' ',
      '-',
      '_',
      '\u00a0',
      '\u2003',
      '\t',
      '\n',
      'aB',
      'ſtory',
      'K',
    ];
    let seed = 7;
    const random = () => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed / 0x7fffffff;
    };
    for (let n = 0; n < 3_000; n++) {
      const pick = () => parts[Math.floor(random() * parts.length)] as string;
      const className = Array.from({ length: 1 + Math.floor(random() * 6) }, pick).join('');
      const id = random() < 0.3 ? pick() + pick() : '';
      const names = `${className} ${id}`;
      const expected =
        names.length > 1 && REFERENCE.test(names.replace(/([a-z])([A-Z])/g, '$1 $2'));
      expect(hasWord(nameWords(el(className, id)), LIST), JSON.stringify(names)).toBe(expected);
    }
  });
});
