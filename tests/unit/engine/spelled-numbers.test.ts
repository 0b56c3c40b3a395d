import { describe, expect, it } from 'vitest';
import { spelledNumbers } from '../../../engine/spelled-numbers';
import { tokenize } from '../../../engine/tokenize';

const read = (text: string) => spelledNumbers(tokenize(text)).map((n) => [n.value, n.text]);

describe('spelledNumbers', () => {
  it('reads figures with a hundred or a thousand in them', () => {
    expect(read('Some two thousand crew members stayed.')).toEqual([[2000, 'two thousand']]);
    expect(read('About twenty-five hundred passengers crossed.')).toEqual([
      [2500, 'twenty five hundred'],
    ]);
    expect(read('Nearly two and a half thousand tickets were sold.')).toEqual([
      [2500, 'two and a half thousand'],
    ]);
    expect(read('Three hundred and fifty boats sailed.')).toEqual([
      [350, 'Three hundred and fifty'],
    ]);
    expect(read('A thousand ferries left.')).toEqual([]);
  });

  it('leaves small figures and digits alone', () => {
    expect(read('Two ferries and 2,000 passengers left.')).toEqual([]);
    expect(read('The pier closed in May.')).toEqual([]);
  });

  it('takes no word for a number because an object has it as a property', () => {
    expect(read('A constructor and two hundred welders arrived.')).toEqual([[200, 'two hundred']]);
  });
});
