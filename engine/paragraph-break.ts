/**
 * Whether the text between two sentences (`from` to `to`) holds a paragraph break (a blank
 * line). Asked once per sentence and per sentence looked back at: read in place, where a slice
 * of the gap would be a new string each time (and `indexOf` could run on to the text's end).
 */
export function breaksParagraph(text: string, from: number, to: number): boolean {
  for (let i = from; i + 1 < to; i++)
    if (text.charCodeAt(i) === 10 && text.charCodeAt(i + 1) === 10) return true;
  return false;
}
