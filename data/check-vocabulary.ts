/**
 * Checks the story's vocabulary (data/vocabulary.json): every phrasing must be one the engine can
 * compile, no phrasing may be listed twice, and every concept the topic or an inference names
 * must exist. Messages name the file, the entry and the field, like check.ts.
 */
import { z } from 'zod';
import { parsePhrasing } from '../engine/compile-phrases';
import { LANGUAGE_CONCEPTS } from '../engine/english';
import { KEBAB } from './schema';

const conceptId = z.string().regex(KEBAB, 'must be a kebab-case concept id (e.g. "withdraw")');
const phrasing = z.string();

export const VocabularySchema = z.strictObject({
  concepts: z.record(conceptId, z.array(phrasing).min(1, 'must list at least one phrasing')),
  entities: z.record(conceptId, z.array(phrasing).min(1, 'must list at least one spelling')),
  topic: z.strictObject({
    anchors: z.array(conceptId).min(1, 'must name at least one concept for the story’s place'),
    regional: z.array(conceptId).optional(),
    otherTheatres: z.array(z.string().regex(/^[\p{Ll}\p{N}' -]+$/u, 'must be a lower-case word')),
    years: z
      .strictObject({ from: z.number().int(), to: z.number().int() })
      .refine((y) => y.from <= y.to, 'from must not be after to'),
  }),
  inferences: z.array(z.strictObject({ negated: conceptId, implies: conceptId })).optional(),
});

export type VocabularyCheck = {
  errors: string[];
  /** Every concept a recognizer may name (phrased concepts, names and the language's own). */
  known: Set<string>;
};

/** Why a phrasing cannot be compiled, or null. */
export function phrasingProblem(text: string): string | null {
  if (text.trim() === '') return 'is empty; write the words, or remove the entry';
  const items = parsePhrasing(text);
  if (items[0]?.gap || items.at(-1)?.gap)
    return `"${text}" starts or ends with "~"; a gap only joins two words`;
  for (const item of items) {
    if (item.gap) continue;
    for (const word of item.alternatives) {
      const bare = word.replace(/^=/, '').replace(/\*$/, '');
      if (bare === '' || /[*=|~]/.test(bare))
        return `"${text}" has an empty or malformed word ("${word}"); see the syntax in engine/types.ts (Vocabulary)`;
      if (word.endsWith('*') && bare.length < 3)
        return `"${text}": the prefix "${word}" is too short to mean anything; use at least three letters`;
    }
  }
  return null;
}

export function checkVocabulary(raw: unknown, file: string): VocabularyCheck {
  const errors: string[] = [];
  const known = new Set(Object.keys(LANGUAGE_CONCEPTS));
  const parsed = VocabularySchema.safeParse(raw);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const where = issue.path.map(String).join('.');
      errors.push(
        `${file}: ${where || 'file'} → ${issue.message}${issue.message.endsWith('.') ? '' : '.'}`,
      );
    }
    return { errors, known };
  }
  const v = parsed.data;
  for (const id of [...Object.keys(v.concepts), ...Object.keys(v.entities)]) known.add(id);

  const seen = new Map<string, string>();
  for (const [kind, table] of [
    ['concept', v.concepts],
    ['entity', v.entities],
  ] as const) {
    for (const [id, list] of Object.entries(table)) {
      list.forEach((text, i) => {
        const at = `${file}: ${kind} "${id}" → ${kind === 'concept' ? 'phrasings' : 'spellings'}[${i}]`;
        const problem =
          kind === 'concept'
            ? phrasingProblem(text)
            : text.trim()
              ? null
              : 'is empty; write the name, or remove the entry';
        if (problem) {
          errors.push(`${at}: ${problem}.`);
          return;
        }
        const key = `${kind}:${text.trim().toLowerCase()}`;
        const first = seen.get(`${id}|${key}`);
        if (first)
          errors.push(`${at}: "${text}" is already listed as ${first}; remove the duplicate.`);
        else seen.set(`${id}|${key}`, `${kind === 'concept' ? 'phrasings' : 'spellings'}[${i}]`);
      });
    }
  }

  const need = (id: string, where: string) => {
    if (!known.has(id))
      errors.push(
        `${file}: ${where}: "${id}" is not a concept of this vocabulary; define it under "concepts" or "entities", or fix the spelling.`,
      );
  };
  v.topic.anchors.forEach((id, i) => {
    need(id, `topic → anchors[${i}]`);
  });
  (v.topic.regional ?? []).forEach((id, i) => {
    need(id, `topic → regional[${i}]`);
  });
  (v.inferences ?? []).forEach((inf, i) => {
    need(inf.negated, `inferences[${i}].negated`);
    need(inf.implies, `inferences[${i}].implies`);
  });
  return { errors, known };
}
