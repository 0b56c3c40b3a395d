/**
 * Validates the knowledge base and explains every problem in words a journalist can act on:
 * each message names the file, the entry and the field. Pure (no Node APIs), so tests and the
 * build hook share it; data/load-kb.ts reads the files from disk.
 */
import type { z } from 'zod';
import { knownSince, publishedBefore } from '../engine/known-since';
import { plansAnswered } from '../engine/plans-answered';
import { parsePublished } from '../engine/resolve-dates';
import type { Claim, Origin, Question, Source } from '../engine/types';
import { checkVocabulary } from './check-vocabulary';
import { ClaimSchema, OriginSchema, QuestionSchema, SourceSchema } from './schema';

export type KbFiles = {
  sources: unknown;
  questions: unknown;
  claims: unknown;
  vocabulary: unknown;
  /**
   * The original reports and speakers (origins.json). A pack without them does not track
   * origins: statements' `origin` fields are then not checked and each counts as its own.
   */
  origins?: unknown;
};

export type CheckOptions = {
  /** Folder shown in messages ("data"). */
  dir?: string;
  /**
   * Texts of the library articles (../shared/library/) keyed by URL. A source whose `url` is one
   * of them is checked against that text too: its anchors must occur in it and its summaries must
   * not copy it. Absent (no library beside the checkout): those checks are skipped.
   */
  library?: Map<string, string>;
  /**
   * The library's records by id (`lib-NN`): a source citing one (`library`) must give its `url`,
   * `outlet`, `title` and `published` as the record does (readers and the scoring recognise a
   * card's source by its link). Absent: not checked.
   */
  libraryRecords?: ReadonlyMap<string, LibraryRecordFields>;
};

/** The fields of a library record a source citing it repeats, character for character. */
export type LibraryRecordFields = { url: string; outlet: string; title: string; published: string };
const RECORD_FIELDS = ['url', 'outlet', 'title', 'published'] as const;

/**
 * Whether `name` is `whole` with a trailing note cut: what follows it is a comma or a bracket
 * ("Veldmark Courier" of "Veldmark Courier, served from its mirror"), so a reader never sees an
 * outlet renamed.
 */
export function isNameBeforeNote(name: string, whole: string): boolean {
  return (
    whole.length > name.length &&
    whole.startsWith(name) &&
    /^(,| \()/.test(whole.slice(name.length))
  );
}

/** Anchors longer than this do not make good text fragments and risk copying. */
export const MAX_ANCHOR_WORDS = 8;
/** Error messages list the known sources up to this many; past it, the first ones and the file. */
const SOURCES_LISTED = 8;
/** A `says` or `statement` sharing this many consecutive words with a seed counts as copied. */
export const COPY_RUN_WORDS = 8;

/** Curly quotes → straight, any whitespace run → one space. Nothing else changes. */
export function normaliseText(s: string): string {
  return s
    .replace(/[\u2018\u2019\u201A\u201B\u2032]/g, "'")
    .replace(/[\u201C\u201D\u201E\u201F\u2033]/g, '"')
    .replace(/\s+/g, ' ')
    .trim();
}

export function words(s: string): string[] {
  return normaliseText(s).split(' ').filter(Boolean);
}

/** Word tokens for the copy check (punctuation ignored), as written. */
function rawTokens(s: string): string[] {
  return normaliseText(s).match(/[\p{L}\p{N}]+(?:'[\p{L}\p{N}]+)*/gu) ?? [];
}

/** Lowercased word tokens: the copy check ignores case. */
function tokens(s: string): string[] {
  return rawTokens(s).map((t) => t.toLowerCase());
}

function ngrams(toks: string[], n: number): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i + n <= toks.length; i++) out.add(toks.slice(i, i + n).join(' '));
  return out;
}

/** The first run of `n` consecutive words `text` shares with `seedGrams`, if any. */
function sharedRun(text: string, seedGrams: Set<string>, n: number): string | null {
  const raw = rawTokens(text);
  for (let i = 0; i + n <= raw.length; i++) {
    const run = raw.slice(i, i + n);
    if (seedGrams.has(run.join(' ').toLowerCase())) return run.join(' ');
  }
  return null;
}

/**
 * The first run of COPY_RUN_WORDS consecutive words `text` shares with `source`, or null: the
 * copy check, for callers that check one text against one article (the review file's check).
 */
export function copiedRun(text: string, source: string): string | null {
  return sharedRun(text, ngrams(tokens(source), COPY_RUN_WORDS), COPY_RUN_WORDS);
}

/** Whether `anchor` occurs in `text` as the card's link needs it (quotes and spaces normalised). */
export function anchorOccurs(anchor: string, text: string): boolean {
  return normaliseText(text).includes(normaliseText(anchor));
}

/**
 * The key of a source's article text in the `seeds` map: its seed file name, or
 * "library:lib-NN" for a library article (data/load-kb.ts reads both).
 */
export function articleKey(source: Pick<Source, 'seedFile' | 'library'>): string {
  return source.seedFile ?? `library:${source.library}`;
}

type Kind = 'sources' | 'questions' | 'claims' | 'origins';
const NOUN: Record<Kind, string> = {
  sources: 'source',
  questions: 'question',
  claims: 'claim',
  origins: 'origin',
};
const PLURAL_HINT: Record<Kind, string> = {
  sources: 'sources (see engine/types.ts: Source)',
  questions: 'questions (see engine/types.ts: Question)',
  claims: 'claims (see engine/types.ts: Claim)',
  origins: 'origins (see engine/types.ts: Origin)',
};

function pathToField(path: readonly PropertyKey[]): string {
  let out = '';
  for (const p of path) {
    if (typeof p === 'number') out += `[${p}]`;
    else out += out ? `.${String(p)}` : String(p);
  }
  return out;
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return value.length === 0 ? 'an empty list' : 'a list';
  if (typeof value === 'string') return 'text';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

const EXPECTED: Record<string, string> = {
  string: 'text in quotes',
  number: 'a number',
  boolean: 'true or false',
  array: 'a list [...]',
  object: 'an object {...}',
};

/** Turns one zod issue into "field: what is wrong, what to do" (also used by the review file's check). */
export function issueMessage(issue: z.core.$ZodIssue, entry: unknown): string {
  // Walk the raw entry to see what is actually there.
  let at: unknown = entry;
  for (const p of issue.path) {
    at =
      at !== null && typeof at === 'object' ? (at as Record<PropertyKey, unknown>)[p] : undefined;
  }
  const field = pathToField(issue.path);
  const prefix = field ? `${field}: ` : '';
  switch (issue.code) {
    case 'invalid_type':
      if (at === undefined)
        return `${prefix}is missing; add it (${EXPECTED[issue.expected] ?? issue.expected}).`;
      return `${prefix}must be ${EXPECTED[issue.expected] ?? issue.expected}, found ${describe(at)}.`;
    case 'unrecognized_keys':
      return `${prefix}unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys
        .map((k) => `"${k}"`)
        .join(', ')}; remove or rename (check the spelling against engine/types.ts).`;
    case 'invalid_union': {
      const forms = issue.errors
        .map((branch) => branch.find((e) => e.code === 'invalid_type' && e.path.length === 0))
        .map((e) => (e?.code === 'invalid_type' ? (EXPECTED[e.expected] ?? e.expected) : undefined))
        .filter((f): f is string => f !== undefined);
      if (forms.length > 0 && forms.length === issue.errors.length)
        return `${prefix}must be ${forms.join(' or ')}, found ${describe(at)}.`;
      return `${prefix}${issue.message}${issue.message.endsWith('.') ? '' : '.'}`;
    }
    case 'invalid_value': {
      // A field with a fixed set of values that is absent is missing, as any other field is.
      const values = issue.values.map((v) => JSON.stringify(v));
      const allowed = values.length === 1 ? values[0] : `one of ${values.join(', ')}`;
      if (at === undefined) return `${prefix}is missing; add it (${allowed}).`;
      return `${prefix}must be ${allowed}, found ${JSON.stringify(at)}.`;
    }
    default:
      return `${prefix}${issue.message}${issue.message.endsWith('.') ? '' : '.'}`;
  }
}

/**
 * A field that takes one of several forms (one object or a list of them) fails as a whole; the
 * editor needs the issues of the form they wrote. Where the value has one form's type, its issues
 * are reported at their full path ("fulfils[1].outcome"); where it has none, the union's own issue
 * stays, worded by issueMessage as the forms it may take.
 */
export function plainIssues(issues: readonly z.core.$ZodIssue[]): z.core.$ZodIssue[] {
  return issues.flatMap((issue) => {
    if (issue.code !== 'invalid_union') return [issue];
    const rootType = (e: z.core.$ZodIssue) => e.code === 'invalid_type' && e.path.length === 0;
    const fitting = issue.errors.find((branch) => !branch.some(rootType));
    if (!fitting || fitting.length === 0) return [issue];
    return plainIssues(fitting.map((e) => ({ ...e, path: [...issue.path, ...e.path] })));
  });
}

/** The string ids of every entry of a file that is a list, valid or not. */
function idsOf(raw: unknown): Set<unknown> {
  return new Set(
    (Array.isArray(raw) ? raw : []).map((e: unknown) =>
      e !== null && typeof e === 'object' ? (e as { id?: unknown }).id : undefined,
    ),
  );
}

function entryLabel(kind: Kind, entry: unknown, index: number): string {
  const id =
    entry !== null && typeof entry === 'object' ? (entry as { id?: unknown }).id : undefined;
  return typeof id === 'string' && id
    ? `${NOUN[kind]} "${id}"`
    : `${NOUN[kind]} #${index + 1} (no id)`;
}

/**
 * Checks the KB files (origins.json only when the pack has one). `seeds` maps a source's `seedFile` to the article text; without it
 * the verbatim-anchor and copy checks are skipped (the caller warns). Returns [] when all is well.
 */
export function checkKnowledgeBase(
  files: KbFiles,
  seeds?: Map<string, string>,
  options: CheckOptions = {},
): string[] {
  const dir = options.dir ?? 'data';
  const errors: string[] = [];
  const fileName = (kind: Kind) => `${dir}/${kind}.json`;

  // 1. Shape, entry by entry, so one bad entry does not hide the others.
  function parseAll<T extends { id: string }>(kind: Kind, schema: z.ZodType<T>): T[] {
    const raw = files[kind];
    if (!Array.isArray(raw)) {
      errors.push(
        `${fileName(kind)}: must be a list [...] of ${PLURAL_HINT[kind]}, found ${describe(raw)}.`,
      );
      return [];
    }
    const valid: T[] = [];
    raw.forEach((entry, i) => {
      const label = entryLabel(kind, entry, i);
      const result = schema.safeParse(entry);
      if (result.success) valid.push(result.data);
      else
        for (const issue of plainIssues(result.error.issues))
          errors.push(`${fileName(kind)}: ${label} → ${issueMessage(issue, entry)}`);
    });
    // Unique and sorted ids (over every entry that has a string id).
    const ids = raw
      .map((e) => (e !== null && typeof e === 'object' ? (e as { id?: unknown }).id : undefined))
      .filter((id): id is string => typeof id === 'string');
    const seen = new Set<string>();
    for (const id of ids) {
      if (seen.has(id))
        errors.push(
          `${fileName(kind)}: ${NOUN[kind]} "${id}" → id: used more than once; ids must be unique, rename or merge the entries.`,
        );
      seen.add(id);
    }
    for (let i = 1; i < ids.length; i++) {
      const prev = ids[i - 1] as string;
      const cur = ids[i] as string;
      if (prev > cur) {
        errors.push(
          `${fileName(kind)}: ${NOUN[kind]} "${cur}" → id: entries must be sorted by id, but "${cur}" comes after "${prev}"; move it up.`,
        );
        break;
      }
    }
    return valid;
  }

  const vocabulary = checkVocabulary(files.vocabulary, `${dir}/vocabulary.json`);
  errors.push(...vocabulary.errors);
  const sources = parseAll<Source>('sources', SourceSchema);
  const questions = parseAll<Question>('questions', QuestionSchema);
  const claims = parseAll<Claim>('claims', ClaimSchema as z.ZodType<Claim>);
  const tracksOrigins = files.origins !== undefined;
  const origins = tracksOrigins ? parseAll<Origin>('origins', OriginSchema) : [];

  // 2. Questions: position ids unique within the question.
  for (const q of questions) {
    const seen = new Set<string>();
    q.positions.forEach((p, i) => {
      if (seen.has(p.id))
        errors.push(
          `${fileName('questions')}: question "${q.id}" → positions[${i}].id: position "${p.id}" appears twice in this question; rename one.`,
        );
      seen.add(p.id);
    });
    // Milestones are drawn left to right in file order, so the file must keep time order.
    q.milestones?.forEach((m, i) => {
      const before = q.milestones?.[i - 1];
      if (before && before.date > m.date)
        errors.push(
          `${fileName('questions')}: question "${q.id}" → milestones[${i}].date: ${m.date} comes before the previous milestone (${before.date}); keep milestones in time order.`,
        );
    });
  }

  // 3. Claims: references, anchors, copying.
  const sourceById = new Map(sources.map((s) => [s.id, s]));
  const questionById = new Map(questions.map((q) => [q.id, q]));
  // A long list helps nobody: past a few sources, name the first ones and point to the file.
  const sourceList =
    sources.length <= SOURCES_LISTED
      ? sources.map((s) => `"${s.id}"`).join(', ')
      : `the ids in ${fileName('sources')} (${sources
          .slice(0, SOURCES_LISTED)
          .map((s) => `"${s.id}"`)
          .join(', ')}, …)`;
  // With no valid source at all there is nothing to choose from: say where to add it.
  const useSource =
    sources.length === 0
      ? `add it to ${fileName('sources')} (it lists no valid source yet)`
      : `use one of ${sourceList}`;
  const originIds = new Set(origins.map((o) => o.id));

  // An entry with a bad field keeps its id: references to it are not reported again (one slip in
  // a source's date must not read as fifteen unknown sources), only its own field is.
  const anySourceIds = idsOf(files.sources);
  const anyQuestionIds = idsOf(files.questions);

  // 2b. Origins first published by a KB source must name one.
  for (const o of origins)
    if (o.source !== undefined && !anySourceIds.has(o.source))
      errors.push(
        `${fileName('origins')}: origin "${o.id}" → source: "${o.source}" is not a source in ${fileName('sources')}; ${useSource}, or remove the field for a report first published outside the knowledge base.`,
      );
  /**
   * The article a source cites, as every check reads it: its seed file (or library record, by
   * id) from `seeds`, else the library article at its URL; with the name messages give it.
   */
  const seedName = (s: Source) =>
    `the ${s.outlet} article (${s.seedFile ?? `library ${s.library}`})`;
  const cited = (s: Source): { key: string; text: string; name: string } | undefined => {
    const key = articleKey(s);
    const seed = seeds?.get(key);
    if (seed !== undefined) return { key, text: seed, name: seedName(s) };
    const text = options.library?.get(s.url);
    if (text !== undefined)
      return { key: s.url, text, name: `the ${s.outlet} article in the library (${s.url})` };
    return undefined;
  };
  const gramsByArticle = new Map<string, Set<string>>();
  const gramsOf = (article: { key: string; text: string }) => {
    let g = gramsByArticle.get(article.key);
    if (!g) {
      g = ngrams(tokens(article.text), COPY_RUN_WORDS);
      gramsByArticle.set(article.key, g);
    }
    return g;
  };

  if (seeds) {
    const hasLibrary = [...seeds.keys()].some((k) => k.startsWith('library:'));
    // A source citing a library article by URL needs no seed file of its own.
    for (const s of sources)
      if (s.seedFile !== undefined && !seeds.has(s.seedFile) && cited(s) === undefined)
        errors.push(
          `${fileName('sources')}: source "${s.id}" → seedFile: no article text named "${s.seedFile}" in the seeds folder; fix the file name.`,
        );
      // Only when the library was read: a checkout without it skips these checks, as without seeds.
      else if (s.library !== undefined && hasLibrary && !seeds.has(articleKey(s)))
        errors.push(
          `${fileName('sources')}: source "${s.id}" → library: no article "${s.library}" in the library (../shared/library/articles.jsonl); use the id of its record.`,
        );
  }

  // A library source repeats its record's fields exactly: a URL off by a slash links nowhere the
  // scoring knows, and a date off by a month moves the source on the card's timeline.
  for (const s of sources) {
    const record = s.library === undefined ? undefined : options.libraryRecords?.get(s.library);
    if (!record) continue;
    for (const field of RECORD_FIELDS) {
      // A record's outlet may carry a note for editors after the name (how the link was served):
      // the source shows readers the name alone and says so in `outletNote`.
      if (field === 'outlet' && s.outletNote !== undefined) {
        if (!isNameBeforeNote(s.outlet, record.outlet))
          errors.push(
            `${fileName('sources')}: source "${s.id}" → outlet: ${JSON.stringify(s.outlet)} is not the name that starts the library record's outlet (${s.library}: ${JSON.stringify(record.outlet)}); with an outletNote, give that name as the record has it, only the note after it left out.`,
          );
        continue;
      }
      if (s[field] !== record[field])
        errors.push(
          `${fileName('sources')}: source "${s.id}" → ${field}: ${JSON.stringify(s[field])} is not the library record's (${s.library}); use ${JSON.stringify(record[field])} exactly.`,
        );
    }
  }

  /** Reports a copied run from any article a source cites (seed or library) in `text`. */
  const checkCopy = (text: string, where: string) => {
    const checked = new Set<string>();
    for (const s of sources) {
      const article = cited(s);
      if (!article || checked.has(article.key)) continue;
      checked.add(article.key);
      const run = sharedRun(text, gramsOf(article), COPY_RUN_WORDS);
      if (run) {
        errors.push(
          `${where}: copies "${run}" word for word from ${article.name}. Summarise in our own words (no run of ${COPY_RUN_WORDS} or more words taken from the article).`,
        );
        return;
      }
    }
  };

  for (const c of claims) {
    const at = `${fileName('claims')}: claim "${c.id}"`;
    checkCopy(c.statement, `${at} → statement`);
    if (c.position) {
      const q = questionById.get(c.position.question);
      if (!q && !anyQuestionIds.has(c.position.question))
        errors.push(
          `${at} → position.question: "${c.position.question}" is not a question in ${fileName('questions')}; use one of ${questions
            .map((x) => `"${x.id}"`)
            .join(', ')}.`,
        );
      else if (q && !q.positions.some((p) => p.id === c.position?.position))
        errors.push(
          `${at} → position.position: "${c.position.position}" is not a position of question "${q.id}"; use one of ${q.positions
            .map((p) => `"${p.id}"`)
            .join(', ')}.`,
        );
    }
    // Recognizers speak the engine's vocabulary: an unknown concept would silently never match.
    const concepts = [
      ...c.recognize.require.flatMap((group, g) =>
        group.map((id, k) => ({ id, field: `require[${g}][${k}]` })),
      ),
      ...(c.recognize.exclude ?? []).map((id, k) => ({ id, field: `exclude[${k}]` })),
      ...(c.recognize.retoldBy ?? []).map((id, k) => ({ id, field: `retoldBy[${k}]` })),
      ...(c.recognize.speakers ?? []).map((id, k) => ({ id, field: `speakers[${k}]` })),
    ];
    for (const { id, field } of concepts)
      if (vocabulary.usable && !vocabulary.known.has(id))
        errors.push(
          `${at} → recognize.${field}: "${id}" is not a concept of the story's vocabulary; use one defined in ${dir}/vocabulary.json ("concepts" or "entities"), or add its phrasings there.`,
        );
    const used = new Set<string>();
    // A source cannot report the claim before it was news: its date says which story it tells.
    const since = knownSince(c);
    c.sources.forEach((st, i) => {
      const where = `${at} → sources[${i}]`;
      if (used.has(st.source))
        errors.push(
          `${where}.source: "${st.source}" is listed twice in this claim; merge the two statements into one.`,
        );
      used.add(st.source);
      // Independence is counted by origin: a statement that names none, or an unknown one, would
      // count as a report of its own.
      if (tracksOrigins && st.origin === undefined)
        errors.push(
          `${where}.origin: is missing; name the report or speaker this passage relays with an id from ${fileName('origins')} (add it there with a label if it is new).`,
        );
      else if (tracksOrigins && st.origin !== undefined && !originIds.has(st.origin))
        errors.push(
          `${where}.origin: "${st.origin}" is not an origin in ${fileName('origins')}; use one of its ids (the report or speaker this passage relays), or add "${st.origin}" there with a label.`,
        );
      const src = sourceById.get(st.source);
      if (!src) {
        if (!anySourceIds.has(st.source))
          errors.push(
            `${where}.source: "${st.source}" is not a source in ${fileName('sources')}; ${useSource}.`,
          );
        return;
      }
      if (publishedBefore(since, parsePublished(src.published)))
        errors.push(
          `${where}.source: "${st.source}" was published ${src.published}, before the claim ${c.kind === 'plan' ? `was announced (announced: ${c.announced})` : `happened (happened: ${c.happened ?? c.announced})`}; the engine would not card it on that source's own page. Fix the date, or cite the source for another claim.`,
        );
      const anchorWords = words(st.anchor).length;
      if (anchorWords > MAX_ANCHOR_WORDS)
        errors.push(
          `${where}.anchor: "${st.anchor}" has ${anchorWords} words; shorten it to a phrase of at most ${MAX_ANCHOR_WORDS} words that appears exactly in ${cited(src)?.name ?? seedName(src)}.`,
        );
      checkCopy(st.says, `${where}.says`);
      // The anchor must be in the article the source cites, or the card's link leads nowhere.
      const article = cited(src);
      if (article && !anchorOccurs(st.anchor, article.text))
        errors.push(
          `${where}.anchor: "${st.anchor}" does not occur in ${article.name}. Copy a phrase of up to ${MAX_ANCHOR_WORDS} words exactly as it appears.`,
        );
    });
  }

  errors.push(...checkPlans(claims, files.claims, fileName('claims')));
  return errors;
}

/**
 * Plans and events: once one claim says which it is, every claim must, so no card is left
 * unable to say whether it reports a plan or a deed. An event names its plan by id (or a list of
 * plans, each once), with the date it happened; each outcome must agree with the dates
 * ("on-time" cannot come after the date the plan set, "late" or "not-done" by it), and no event
 * answers a plan announced after it happened.
 */
function checkPlans(claims: Claim[], raw: unknown, file: string): string[] {
  const errors: string[] = [];
  if (!claims.some((c) => c.kind !== undefined)) return errors;
  const byId = new Map(claims.map((c) => [c.id, c]));
  const anyIds = idsOf(raw);
  for (const c of claims) {
    const at = `${file}: claim "${c.id}"`;
    if (c.kind === undefined) {
      errors.push(
        `${at} → kind: is missing; add "plan" if its sources report it as announced, scheduled or forecast, or "event" if they report it as done (the other claims of this pack say which they are).`,
      );
      continue;
    }
    if (c.kind === 'event' && c.due !== undefined)
      errors.push(
        `${at} → due: only a plan has a due date; an event gives the date it happened in "happened" (or make the claim a plan).`,
      );
    if (c.kind === 'event' && c.announced !== undefined)
      errors.push(
        `${at} → announced: only a plan is announced; an event gives the date it happened in "happened" (or make the claim a plan).`,
      );
    if (c.kind === 'plan' && c.happened !== undefined)
      errors.push(
        `${at} → happened: a plan has not happened; give its date in "due", or make the claim an event.`,
      );
    const answers = plansAnswered(c);
    if (answers.length === 0) continue;
    if (c.kind === 'plan') {
      errors.push(
        `${at} → fulfils: only an event carries out or breaks a plan; make this claim an event or remove the field.`,
      );
      continue;
    }
    if (c.happened === undefined)
      errors.push(
        `${at} → happened: is missing; an event that answers a plan needs the date it happened ("YYYY-MM-DD" or "YYYY-MM"), for the plan's "Since then".`,
      );
    const listed = Array.isArray(c.fulfils);
    const named = new Set<string>();
    answers.forEach(({ plan: planId, outcome }, i) => {
      // "fulfils" for the single form, "fulfils[1]" for an entry of the list.
      const field = listed ? `fulfils[${i}]` : 'fulfils';
      if (named.has(planId)) {
        errors.push(
          `${at} → ${field}.plan: "${planId}" is named twice; an event answers each plan once, with one outcome.`,
        );
        return;
      }
      named.add(planId);
      const plan = byId.get(planId);
      if (!plan) {
        if (!anyIds.has(planId))
          errors.push(
            `${at} → ${field}.plan: "${planId}" is not a claim in ${file}; name the id of the plan this event carries out or breaks.`,
          );
        return;
      }
      if (plan.kind !== 'plan') {
        errors.push(
          `${at} → ${field}.plan: "${plan.id}" is not a plan (its kind is ${JSON.stringify(plan.kind ?? null)}); name a claim of kind "plan", or make "${plan.id}" one.`,
        );
        return;
      }
      if (c.happened === undefined) return;
      if (plan.announced !== undefined && compareDates(c.happened, plan.announced) < 0)
        errors.push(
          `${at} → ${field}.plan: "${plan.id}" was announced (${plan.announced}) after this event happened (${c.happened}); an event answers only a plan made before it, or fix a date.`,
        );
      if (plan.due === undefined) return;
      const order = compareDates(c.happened, plan.due);
      if (outcome === 'on-time' && order > 0)
        errors.push(
          `${at} → ${field}.outcome: "on-time", but it happened (${c.happened}) after the date the plan set (${plan.due}); say "late", or fix a date.`,
        );
      if (outcome === 'late' && order <= 0)
        errors.push(
          `${at} → ${field}.outcome: "late", but it happened (${c.happened}) by the date the plan set (${plan.due}); say "on-time", or fix a date.`,
        );
      if (outcome === 'not-done' && order <= 0)
        errors.push(
          `${at} → ${field}.outcome: "not-done", but it happened (${c.happened}) by the date the plan set (${plan.due}): the plan could still be carried out then; answer it with an event after that date, or fix a date.`,
        );
    });
  }
  return errors;
}

/** Compares two ISO dates at the coarser one's precision: "2025-09" and "2025-09-15" are equal. */
function compareDates(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  return a.slice(0, n).localeCompare(b.slice(0, n));
}
