/**
 * Zod schemas for the knowledge-base files (data/sources.json, questions.json, claims.json,
 * origins.json).
 * They mirror engine/types.ts; cross-file rules (references, anchors, copying) live in check.ts.
 * Messages are written for the journalists who edit the JSON: they say what to fix.
 */
import { z } from 'zod';
import { isDateOrMonth } from '../engine/resolve-dates';

export const KEBAB = /^[a-z0-9]+(-[a-z0-9]+)*$/;

const text = z.string().trim().min(1, 'must not be empty');

const kebabId = z
  .string()
  .regex(
    KEBAB,
    'must be kebab-case: lowercase letters and digits joined by single hyphens (e.g. "full-exit-2026")',
  );

/** "2024-09-08" or "2024-09", with a real month and day (the engine's own check). */
export const isIsoDate = isDateOrMonth;

function isHttpsUrl(value: string): boolean {
  try {
    return new URL(value).protocol === 'https:';
  } catch {
    return false;
  }
}

export const SourceSchema = z
  .strictObject({
    id: kebabId,
    outlet: text,
    outletNote: text.optional(),
    title: text,
    url: z.string().refine(isHttpsUrl, 'must be a full https:// address of the article'),
    published: z
      .string()
      .refine(
        isIsoDate,
        'must be an ISO date: "YYYY-MM-DD", or "YYYY-MM" when only the month is known',
      ),
    seedFile: z
      .string()
      .regex(/^[^/\\]+\.txt$/, 'must be the file name of the article text (e.g. "002_….txt")')
      .optional(),
    library: z
      .string()
      .regex(/^lib-\d+$/, 'must be the id of a library article (e.g. "lib-05")')
      .optional(),
  })
  .refine((s) => (s.seedFile === undefined) !== (s.library === undefined), {
    message:
      'must name its article text: "seedFile" for a seed article or "library" for a library article (e.g. "lib-05"), not both',
  });

export const OriginSchema = z.strictObject({
  id: kebabId,
  label: text,
  source: kebabId.optional(),
});

export const PositionSchema = z.strictObject({
  id: kebabId,
  label: text,
});

export const MilestoneSchema = z.strictObject({
  date: z.string().refine(isIsoDate, 'must be an ISO date: "YYYY-MM-DD", or "YYYY-MM" for a month'),
  label: text,
});

export const QuestionSchema = z.strictObject({
  id: kebabId,
  text,
  positions: z.array(PositionSchema).min(2, 'must list at least two positions (answers)'),
  milestones: z.array(MilestoneSchema).optional(),
});

export const ClaimDateSchema = z.strictObject({
  year: z
    .number()
    .int()
    .min(1900, 'must be a four-digit year')
    .max(2100, 'must be a four-digit year'),
  month: z.number().int().min(1, 'must be 1–12').max(12, 'must be 1–12').optional(),
});

export const RecognizerSchema = z
  .strictObject({
    require: z
      .array(z.array(kebabId).min(1, 'each group needs at least one concept id'))
      .min(1, 'needs at least one group of concept ids'),
    exclude: z.array(kebabId).optional(),
    polarity: z.enum(['affirm', 'negate']).optional(),
    date: ClaimDateSchema.optional(),
    dateRequired: z.boolean().optional(),
    retoldBy: z.array(kebabId).min(1, 'must list at least one concept').optional(),
    dateRole: z.enum(['deadline', 'any']).optional(),
    numbers: z.array(z.number()).min(1, 'must list at least one number').optional(),
    subjectFirst: z.boolean().optional(),
    headlineMayOmit: kebabId.optional(),
    deniedBy: z.array(kebabId).min(1, 'must list at least one concept').optional(),
    speakers: z.array(kebabId).min(1, 'must list at least one concept').optional(),
  })
  .refine(
    (r) => r.date !== undefined || (r.dateRequired === undefined && r.dateRole === undefined),
    {
      message: 'sets dateRequired/dateRole but no date; add "date" or remove them',
    },
  )
  .refine((r) => r.retoldBy === undefined || r.dateRequired === true, {
    message: 'retoldBy lets a plan with dateRequired go undated; set dateRequired or remove it',
    path: ['retoldBy'],
  })
  .refine(
    (r) =>
      r.headlineMayOmit === undefined ||
      r.require.slice(1).some((group) => group.includes(r.headlineMayOmit as string)),
    {
      message: 'headlineMayOmit must name a concept of one of the require groups after the first',
      path: ['headlineMayOmit'],
    },
  )
  .refine(
    (r) =>
      r.deniedBy === undefined ||
      (r.polarity === 'negate' && r.deniedBy.every((id) => r.require[0]?.includes(id))),
    {
      message:
        'deniedBy is for a denial (polarity "negate") and must name concepts of the first require group',
      path: ['deniedBy'],
    },
  );

export const SourceStatementSchema = z.strictObject({
  source: kebabId,
  says: text,
  attribution: text,
  anchor: text,
  value: text.optional(),
  origin: kebabId.optional(),
});

const isoDateField = z
  .string()
  .refine(
    isIsoDate,
    'must be an ISO date: "YYYY-MM-DD", or "YYYY-MM" when only the month is known',
  );

export const FulfilsSchema = z.strictObject({
  plan: kebabId,
  outcome: z.enum(['on-time', 'late', 'changed', 'not-done']),
});

export const ClaimSchema = z.strictObject({
  id: kebabId,
  statement: text,
  kind: z.enum(['plan', 'event']).optional(),
  due: isoDateField.optional(),
  happened: isoDateField.optional(),
  announced: isoDateField.optional(),
  // One plan, or a list when the event answers several (each with its own outcome).
  fulfils: z
    .union([
      FulfilsSchema,
      z.array(FulfilsSchema).min(1, 'must name at least one plan, or leave the field out'),
    ])
    .optional(),
  position: z.strictObject({ question: kebabId, position: kebabId }).optional(),
  value: text.optional(),
  recognize: RecognizerSchema,
  sources: z.array(SourceStatementSchema).min(1, 'must list at least one source'),
});
