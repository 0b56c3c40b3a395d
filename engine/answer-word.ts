/**
 * "No — officials speak of a transition.", "Yes, the crews stay.": a word of answer opening the
 * sentence (or an interview's "A:") and set off by a dash or a comma answers the question
 * before; the statement after it stands as told, and the "No" negates nothing in it.
 */
import type { Token } from './tokenize';

/** A dash, a comma or a colon after the answer word: "No — …", "No, …", "No - …", "No: …". */
const SET_OFF = /^\s*[—–-]\s|^[,:]\s/;

/** Whether the token at `at` is an answer word opening the sentence, set off from what follows. */
export function answerWord(tokens: readonly Token[], sentence: string, at: number): boolean {
  const first = tokens[0];
  const opens =
    at === 0 ||
    (at === 1 &&
      first !== undefined &&
      first.norm === 'a' &&
      /^\s*:/.test(sentence.slice(first.end, (tokens[1] as Token).start)));
  const next = tokens[at + 1];
  if (!opens || next === undefined) return false;
  return SET_OFF.test(sentence.slice((tokens[at] as Token).end, next.start));
}

/** Words of answer that may open a sentence set off by a dash ("Yes — …", "No — …"). */
const ANSWERS = new Set(['yes', 'no']);

/**
 * Whether the sentence opens with "Yes —" or "No —" (or a comma): an answer, not a dateline's
 * place ("PORTSEA — …"), so what it carries from the question stands at its first word.
 */
export function opensWithAnswer(tokens: readonly Token[], sentence: string): boolean {
  return ANSWERS.has(tokens[0]?.norm ?? '') && answerWord(tokens, sentence, 0);
}
