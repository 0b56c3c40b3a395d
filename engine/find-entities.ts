/**
 * Names that outlets spell differently (Ain al-Asad / Ayn al-Asad, Soleimani / Suleimani) are
 * found with fuse.js fuzzy search over capitalised word runs. The only file importing fuse.js.
 */
import Fuse from 'fuse.js/basic';
import type { ConceptHit } from './find-concepts';
import { fold, type Token } from './tokenize';
import type { ConceptId } from './types';

type Alias = { concept: ConceptId; alias: string };

export type EntityFinder = (tokens: Token[], sentence: string) => ConceptHit[];

/** Fuse score at or below which a word run counts as the name (0 = exact). */
const MAX_SCORE = 0.2;
const MAX_WORDS = 5;

export function createEntityFinder(entities: Record<ConceptId, string[]>): EntityFinder {
  const aliases: Alias[] = Object.entries(entities).flatMap(([concept, names]) =>
    names.map((alias) => ({ concept, alias: fold(alias).replace(/-/g, ' ') })),
  );
  const fuse = new Fuse(aliases, {
    keys: ['alias'],
    includeScore: true,
    threshold: 0.3,
    ignoreLocation: true,
  });

  // Spelling variants keep their first letter (every variant that does not is listed as an alias),
  // so only word runs starting like some alias, of a similar length, are worth a fuzzy search.
  const lengthsByInitial = new Map<string, number[]>();
  for (const { alias } of aliases)
    lengthsByInitial.set(alias[0] as string, [
      ...(lengthsByInitial.get(alias[0] as string) ?? []),
      alias.length,
    ]);
  const plausible = (query: string) =>
    (lengthsByInitial.get(query[0] as string) ?? []).some(
      (n) => query.length >= n * 0.75 && query.length <= n * 1.34,
    );
  const cache = new Map<string, Alias | null>();
  const lookup = (query: string): Alias | null => {
    let found = cache.get(query);
    if (found === undefined) {
      const [top] = plausible(query) ? fuse.search(query, { limit: 1 }) : [];
      found = top && (top.score ?? 1) <= MAX_SCORE ? top.item : null;
      cache.set(query, found);
    }
    return found;
  };

  return (tokens, sentence) => {
    const hits: ConceptHit[] = [];
    let at = 0;
    while (at < tokens.length) {
      const first = tokens[at] as Token;
      if (!/^\p{Lu}/u.test(first.raw)) {
        at++;
        continue;
      }
      let best: ConceptHit | undefined;
      for (let n = Math.min(MAX_WORDS, tokens.length - at); n >= 1; n--) {
        const words = tokens.slice(at, at + n);
        const query = words.map((t) => t.norm).join(' ');
        if (query.length < 4) continue;
        const top = lookup(query);
        if (!top) continue;
        const ratio = query.length / top.alias.length;
        if (ratio < 0.75 || ratio > 1.34) continue;
        const last = words[words.length - 1] as Token;
        // "Kurdistan 24" is a broadcaster, not the region: a name followed by a figure is a brand.
        if (tokens[at + n]?.value !== undefined && !/^\d{4}$/.test(tokens[at + n]?.raw ?? ''))
          break;
        best = {
          concept: top.concept,
          from: at,
          to: at + n,
          text: sentence.slice(first.start, last.end),
        };
        break;
      }
      if (best) {
        hits.push(best);
        at = best.to;
      } else at++;
    }
    return hits;
  };
}
