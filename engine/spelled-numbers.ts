/**
 * Figures written in words: "two thousand", "twenty-five hundred", "two and a half thousand",
 * "three hundred and fifty". Only those with a hundred or a thousand in them: news writes
 * smaller figures in words too ("two ferries"), and those are no figure a claim is about.
 */
import type { NumberMention } from './sentence-facts';
import type { Token } from './tokenize';
import { wordClass } from './word-class';

const NO_NUMBERS: NumberMention[] = [];

/**
 * Numbers written as one word, one to ninety (resolve-dates.ts reads counts of periods with them too).
 * Without a prototype, so a word such as "constructor" is no key of it.
 */
export const NUMBER_WORDS: Record<string, number> = Object.assign(Object.create(null), {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
});

/**
 * The number words as a word class: a token's bit answers "is it one?" where a look-up in
 * NUMBER_WORDS would hash its word (most words of a sentence are none).
 */
export const NUMBER_WORD_CLASS = wordClass(Object.keys(NUMBER_WORDS));

/**
 * The figures a sentence spells out with a hundred or a thousand in them: "two thousand",
 * "twenty-five hundred", "two and a half thousand", "three hundred and fifty". Read only for a
 * claim about a figure that the sentence's digits do not give.
 */
export function spelledNumbers(tokens: readonly Token[]): NumberMention[] {
  let scale = -1;
  for (let k = 0; k < tokens.length && scale < 0; k++) {
    const w = (tokens[k] as Token).norm;
    if (w === 'hundred' || w === 'thousand') scale = k;
  }
  if (scale < 1) return NO_NUMBERS;
  const found: NumberMention[] = [];
  let i = Math.max(0, scale - 6);
  while (i < tokens.length) {
    if (NUMBER_WORDS[(tokens[i] as Token).norm] === undefined) {
      i++;
      continue;
    }
    const first = i;
    let total = 0;
    let current = 0;
    let scaled = false;
    for (; i < tokens.length; i++) {
      const w = (tokens[i] as Token).norm;
      const unit = NUMBER_WORDS[w];
      if (unit !== undefined) current += unit;
      else if (w === 'hundred' || w === 'thousand') {
        const scale = w === 'hundred' ? 100 : 1000;
        if (scale === 1000) {
          total += (current || 1) * scale;
          current = 0;
        } else current = (current || 1) * scale;
        scaled = true;
      } else if (w === 'and' && tokens[i + 1]?.norm === 'a' && tokens[i + 2]?.norm === 'half') {
        current += 0.5;
        i += 2;
      } else if (w !== 'and' || NUMBER_WORDS[tokens[i + 1]?.norm ?? ''] === undefined) break;
    }
    if (scaled)
      found.push({
        value: total + current,
        text: tokens
          .slice(first, i)
          .map((t) => t.raw)
          .join(' '),
      });
  }
  return found;
}
