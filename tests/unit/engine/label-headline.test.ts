import { describe, expect, it } from 'vitest';
import { labelTitle } from '../../../engine/label-headline';
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
