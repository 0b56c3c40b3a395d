/**
 * "Council: budget approved.", "Harbour board: crossings resume in May.": a news ticker's line
 * opens with a single word in ordinary case and a colon, naming who reports or acts, where a
 * dateline in capitals ("RIVERTON: …") names where the story was filed. The word is read for
 * what it names, but not as a place: a place so named is the dateline's.
 */
import type { Token } from './tokenize';

/** Whether the sentence's dateline (`filed` tokens) is one word in ordinary case before a colon. */
export function namesItsSource(tokens: readonly Token[], text: string, filed: number): boolean {
  const first = tokens[0];
  if (filed !== 1 || first === undefined || text.charCodeAt(first.end) !== 58) return false;
  // "RIVERTON:" is a dateline's place in capitals.
  for (let i = 1; i < first.raw.length; i++) {
    const c = first.raw.charCodeAt(i);
    if (c >= 97 && c <= 122) return true;
  }
  return false;
}
