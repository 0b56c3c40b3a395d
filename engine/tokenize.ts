/**
 * Words of a sentence with their offsets. Matching works on `norm` (lower-case, accents and
 * typographic quotes folded); `raw` keeps the page's casing for case-sensitive cues ("US" vs "us").
 * Hyphenated words are split ("al-Sudani" → "al", "sudani") so each part can match on its own.
 */

export type Token = {
  /** The word as written. */
  raw: string;
  /** Lower-case, accent-free, straight-quoted form used for matching. */
  norm: string;
  /** Offsets into the sentence string. */
  start: number;
  end: number;
  /** Numeric value for digit tokens ("2,500" → 2500). */
  value?: number;
};

const WORD = /\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|[\p{L}\p{M}]+(?:[.'’][\p{L}\p{M}]+)*\.?/gu;

export function fold(s: string): string {
  // Most words are plain ASCII letters: lower-casing is all they need.
  if (/^[A-Za-z0-9.,'-]*$/.test(s)) return s.toLowerCase();
  return s
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[’‘`´]/g, "'")
    .toLowerCase();
}

export function tokenize(sentence: string): Token[] {
  const tokens: Token[] = [];
  for (const m of sentence.matchAll(WORD)) {
    let raw = m[0];
    // Keep the dot only for dotted abbreviations ("U.S."), not for a sentence-final word.
    if (raw.endsWith('.') && !/\.[\p{L}]/u.test(raw.slice(0, -1))) raw = raw.slice(0, -1);
    const start = m.index ?? 0;
    const token: Token = { raw, norm: fold(raw), start, end: start + raw.length };
    if (/^\d/.test(raw)) token.value = Number(raw.replace(/,/g, ''));
    tokens.push(token);
  }
  return tokens;
}
