/**
 * The library as an eval set ("library (real articles)"): the 50 real articles of
 * ../shared/library/articles.jsonl, labelled claim by claim in
 * tests/fixtures/eval/library/labels.json. The repository holds only the labels, never the
 * articles' text: each labelled sentence is named by its paragraph (-1 = the title) and its
 * position in that paragraph as the engine's own segmenter (engine/segment-sentences.ts) splits
 * it, with its length and a short SHA-256 prefix so a changed text or split is caught, not
 * silently mislabelled. Every sentence not listed is `highlight: false`.
 *
 * The articles are built at run time: the title is the headline (the first sentence), then every
 * paragraph's sentences in order; `published` is the article's own. A sentence's `claims` are
 * widened to every claim answering the same question (`position.question`), as the bank's are.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { segmentSentences } from '../../engine/segment-sentences';
import type { EvalArticle, EvalSentence } from './eval-set';

/** One labelled sentence of labels.json. */
export type LibraryLabel = {
  /** Paragraph index in `paragraphs`; -1 is the title. */
  p: number;
  /** Sentence index within that paragraph, as segmentSentences splits it. */
  s: number;
  /** The sentence's length in UTF-16 code units. */
  len: number;
  /** The first 8 hex digits of the SHA-256 of the sentence's UTF-8 text. */
  sha: string;
  highlight: boolean | null;
  claims?: string[];
  hinted_claims?: string[];
  note?: string;
};

export type LibraryLabels = { articles: Record<string, LibraryLabel[]> };

/** A library record (../shared/library/README.md). */
type LibraryRecord = {
  id: string;
  url?: string;
  outlet: string;
  published: string;
  title: string;
  paragraphs: string[];
};

/** The knowledge-base claims the loader needs: ids, and the question each answers. */
export type ClaimQuestions = readonly { id: string; position?: { question?: string } }[];

/** The drift check stored with a label: the first 8 hex digits of the text's SHA-256. */
export function shortHash(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 8);
}

/** The sentences of one paragraph, split by the engine's segmenter. */
export function sentencesOf(paragraph: string): string[] {
  return segmentSentences(paragraph).map((span) => paragraph.slice(span.start, span.end));
}

/** A malformed label or a text that no longer matches it: one line naming article and field. */
export class LibraryLabelError extends Error {}

function fail(article: string, where: string, message: string): never {
  throw new LibraryLabelError(`library labels: ${article} ${where}: ${message}`);
}

/** Builds the eval articles from the library's records and the labels. */
export function buildLibrarySet(
  records: readonly LibraryRecord[],
  labels: LibraryLabels,
  claims: ClaimQuestions,
): EvalArticle[] {
  const known = new Set(claims.map((c) => c.id));
  const byQuestion = new Map<string, string[]>();
  for (const c of claims) {
    const q = c.position?.question;
    if (q) byQuestion.set(q, [...(byQuestion.get(q) ?? []), c.id]);
  }
  const questionOf = new Map(claims.map((c) => [c.id, c.position?.question]));
  const widen = (ids: readonly string[]) => [
    ...new Set(ids.flatMap((id) => byQuestion.get(questionOf.get(id) ?? '') ?? [id])),
  ];
  if (!labels || typeof labels.articles !== 'object' || labels.articles === null)
    fail('(file)', 'articles', 'missing or not an object');
  const ids = new Set(records.map((r) => r.id));
  for (const id of Object.keys(labels.articles))
    if (!ids.has(id)) fail(id, 'id', 'no such article in the library');

  return records.map((record) => {
    const paragraphs = [record.title, ...record.paragraphs].map(sentencesOf);
    const sentences: EvalSentence[][] = paragraphs.map((ss) =>
      ss.map((text) => ({ text, highlight: false })),
    );
    const seen = new Set<string>();
    for (const label of labels.articles[record.id] ?? []) {
      const at = `sentence ${label?.p}.${label?.s}`;
      if (!Number.isInteger(label?.p) || !Number.isInteger(label?.s))
        fail(record.id, at, 'p and s must be integers');
      if (seen.has(at)) fail(record.id, at, 'labelled twice');
      seen.add(at);
      const slot = sentences[label.p + 1]?.[label.s];
      if (!slot) fail(record.id, `${at} p/s`, 'no such sentence in the article');
      const text = (slot as EvalSentence).text;
      if (label.len !== text.length)
        fail(record.id, `${at} len`, `${label.len} but the text has ${text.length}`);
      if (label.sha !== shortHash(text))
        fail(record.id, `${at} sha`, 'does not match the text (the article or the split changed)');
      if (label.highlight !== true && label.highlight !== false && label.highlight !== null)
        fail(record.id, `${at} highlight`, 'must be true, false or null');
      for (const field of ['claims', 'hinted_claims'] as const) {
        const list = label[field];
        if (list === undefined) continue;
        if (!Array.isArray(list)) fail(record.id, `${at} ${field}`, 'must be a list');
        for (const id of list)
          if (!known.has(id)) fail(record.id, `${at} ${field}`, `unknown claim "${id}"`);
      }
      const sentence: EvalSentence = { text, highlight: label.highlight };
      if (label.claims?.length) sentence.claims = widen(label.claims);
      if (label.hinted_claims?.length) sentence.hinted_claims = [...label.hinted_claims];
      if (label.note) sentence.note = label.note;
      (sentences[label.p + 1] as EvalSentence[])[label.s] = sentence;
    }
    // A real page keeps the article's paragraphs: a sentence never runs on into the next
    // paragraph's ("… the U.S." + "Name said …" is two sentences on the site).
    for (const paragraph of sentences) {
      const last = paragraph.at(-1);
      if (last) paragraph[paragraph.length - 1] = { ...last, paragraphEnd: true };
    }
    return {
      id: record.id,
      url: record.url,
      outlet: record.outlet,
      published: record.published,
      kind: 'on-topic' as const,
      sentences: sentences.flat(),
    };
  });
}

/** Reads the library and the labels; null when the library is absent (no ../shared/library). */
export function readLibrarySet(
  libraryFile: string,
  labelsFile: string,
  claims: ClaimQuestions,
): EvalArticle[] | null {
  if (!existsSync(libraryFile)) return null;
  const records = readFileSync(libraryFile, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as LibraryRecord);
  const labels = JSON.parse(readFileSync(labelsFile, 'utf8')) as LibraryLabels;
  return buildLibrarySet(records, labels, claims);
}
