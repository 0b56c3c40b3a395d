/**
 * Common verbs whose simple past does not end in "-ed" ("The closure, due in May, came in June",
 * "after the crews left", "said on Tuesday"): one list for every reading that asks whether a
 * clause tells in the past (recognize.ts, time-clause.ts, weekday-tense.ts).
 */
export const IRREGULAR_PAST: ReadonlySet<string> = new Set(
  (
    'said told left met began made took gave came went held sent flew fled spoke wrote struck won ' +
    'set put cut quit drove rode withdrew broke brought bought kept led lost paid saw stood sought ' +
    'swore ran fell rose got became slid wound'
  ).split(' '),
);

/** Whether a word (normalised) reads as a past form: an irregular past, or a longer "-ed" word. */
export function pastForm(norm: string): boolean {
  return IRREGULAR_PAST.has(norm) || (norm.length > 4 && norm.endsWith('ed'));
}
