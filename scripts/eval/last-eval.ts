/**
 * What `npm run eval` last wrote (eval-output/eval.json), read back for the tools that study its
 * misses (`npm run miss-groups`, scripts/carry-reach.ts): each set's confusion lines, the
 * articles of every set it scored (the library's too, when ../shared has it), and the article
 * and sentence a MISS line names.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defaultSets, LIBRARY_SET, libraryLabels } from '../eval';
import { type EvalArticle, readJsonl } from './eval-set';
import { type ClaimQuestions, readLibrarySet } from './library-set';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** eval-output/eval.json, where `npm run eval` writes its scores. */
export const LAST_EVAL = path.join(root, 'eval-output/eval.json');

/** One set's name and confusion lines, as score.ts writes them. */
export type ScoredSet = { set: string; confusion: string[] };

/** The sets of an eval's output file (LAST_EVAL unless given). */
export function readLastEval(file = LAST_EVAL): ScoredSet[] {
  if (!existsSync(file)) throw new Error(`no ${file}: run \`npm run eval\` first`);
  return (JSON.parse(readFileSync(file, 'utf8')) as { sets: ScoredSet[] }).sets;
}

/** The articles of each set the eval scores by default, by the set's name in its output. */
export function articlesBySet(claims: ClaimQuestions): Map<string, EvalArticle[]> {
  const articlesOf = new Map<string, EvalArticle[]>();
  for (const file of defaultSets())
    if (file.endsWith('.jsonl')) articlesOf.set(path.relative(root, file), readJsonl(file));
  const library = readLibrarySet(
    path.resolve(root, '../shared/library/articles.jsonl'),
    libraryLabels,
    claims,
  );
  if (library) articlesOf.set(LIBRARY_SET, library);
  return articlesOf;
}

/** White space folded, as score.ts quotes a sentence. */
export const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

/** A MISS line's article id and the start of its sentence, as score.ts writes them. */
const MISS = /^MISS(?: \([^)]*\))? (\S+): "(.*?)(…?)"\n/;

/** The article and sentence a confusion line reports missed, with the quoted start; else undefined. */
export function missAt(
  line: string,
  articles: readonly EvalArticle[],
): { article: EvalArticle; at: number; quoted: string } | undefined {
  const m = MISS.exec(line);
  if (!m) return undefined;
  const quoted = m[2] as string;
  const article = articles.find((a) => a.id === m[1]);
  const at = article?.sentences.findIndex((s) => squash(s.text).startsWith(quoted));
  if (!article || at === undefined || at < 0) return undefined;
  return { article, at, quoted };
}
