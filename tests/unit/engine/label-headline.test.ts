import { describe, expect, it } from 'vitest';
import { formatTitle, labelTitle } from '../../../engine/label-headline';
import { tokenize } from '../../../engine/tokenize';

const isLabel = (text: string) => labelTitle(tokenize(text), text);

describe('labelTitle', () => {
  it('reads a section label and a title with no verb as naming a topic', () => {
    expect(isLabel("Timeline: The Ferry's Long Road Out Of Riverton")).toBe(true);
    expect(isLabel('Opinion: The Quiet End Of The Portsea Pier')).toBe(true);
  });

  it('keeps a label followed by a statement', () => {
    expect(isLabel('Analysis: Riverton Shrinks Its Ferry Service, But Not To Zero')).toBe(false);
    expect(isLabel('Explained: the plan to close the Portsea pier')).toBe(false);
    expect(isLabel('Opinion: The Pier Is Riverton’s Again')).toBe(false);
    expect(isLabel('Timeline: how the ferries left Riverton after crews pulled out')).toBe(false);
  });

  it('leaves a speaker’s name before the colon alone', () => {
    expect(isLabel('Mayor: The End Of The Portsea Ferry')).toBe(false);
  });
});

const isFormat = (text: string) => formatTitle(tokenize(text), text);

describe('formatTitle', () => {
  it('reads a title with no verb and a tail that promises a format as naming a topic', () => {
    expect(isFormat("The Ferry's Exit From Riverton: What We Know So Far")).toBe(true);
    expect(isFormat('Pier Closure: Five Questions For The Harbour Board')).toBe(true);
    expect(isFormat('Portsea Ferry Timetable: Explained')).toBe(true);
    expect(isFormat('Riverton Pier: 3 Takeaways')).toBe(true);
  });

  it('keeps a title that may hold a verb, and a tail that tells news', () => {
    expect(isFormat('Crews Leave The Portsea Pier: What We Know')).toBe(false);
    expect(isFormat('Riverton Closes Its Pier: What Comes Next')).toBe(false);
    expect(isFormat('Ferry to Quit Riverton: What It Means')).toBe(false);
    expect(isFormat('Pier Closure: Riverton Council Confirms May Date')).toBe(false);
    expect(isFormat('Pier Closure: Five Crews Leave Early')).toBe(false);
    expect(isFormat('Pier Closure What We Know')).toBe(false);
  });
});
