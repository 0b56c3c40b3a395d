/**
 * The review file: an editor's decisions on a run of `kb propose`, one per proposal entry kept,
 * dropped or changed, with the summaries the editor wrote. It documents how each new source
 * statement came into the knowledge base (and why a proposal was turned down), and
 * `claimlight kb check --review FILE` holds it to the same rules as the pack: it must parse,
 * name claims and sources that exist, and its summaries and anchors must pass the copy and
 * anchor checks against the cited library article.
 *
 * {
 *   "format": 1,
 *   "proposals": "kb-proposals/proposals.json",
 *   "decisions": [
 *     { "entry": "lib-12:3", "decision": "accept", "claim": "…", "source": "…",
 *       "says": "…", "attribution": "…", "anchor": "…", "value": "…", "origin": "…" },
 *     { "entry": "lib-20:4", "decision": "reject", "reason": "states the plan, not the event" }
 *   ]
 * }
 */
import { z } from 'zod';
import { anchorOccurs, copiedRun, issueMessage, MAX_ANCHOR_WORDS, words } from '../data/check';
import type { StoryPack } from '../engine/types';

const text = z.string().trim().min(1, 'must not be empty');

/** One decision. "accept" takes the proposal as it is; "edit" changes its claim, side or text. */
export const DecisionSchema = z.discriminatedUnion(
  'decision',
  [
    z.strictObject({
      /** The proposal's id in proposals.json: "lib-12:3", "candidate-4" or "question-1". */
      entry: text,
      decision: z.enum(['accept', 'edit']),
      /** The claim the statement goes to (an existing one, or one the editor added). */
      claim: text,
      /** The sources.json id of the article the passage is from. */
      source: text,
      says: text,
      attribution: text,
      anchor: text,
      value: text.optional(),
      origin: text.optional(),
      note: text.optional(),
    }),
    z.strictObject({
      entry: text,
      decision: z.literal('reject'),
      /** Why: the next editor should not have to read the passage again to know. */
      reason: text,
    }),
  ],
  {
    // zod's own words for an unknown decision ("Invalid discriminator value") are not the
    // editor's: say what the field may be and what the file has, as every other line does.
    error: (issue) => {
      if (issue.code !== 'invalid_union') return undefined;
      const found = (issue.input as { decision?: unknown } | null)?.decision;
      const allowed = '"accept", "edit" or "reject"';
      return found === undefined
        ? `is missing; add it (${allowed})`
        : `must be ${allowed}, found ${JSON.stringify(found)}`;
    },
  },
);

/** The whole review file. */
export const ReviewSchema = z.strictObject({
  format: z.literal(1),
  /** The proposals.json the decisions were made on (for the record). */
  proposals: text.optional(),
  decisions: z.array(z.unknown()),
});

/** One decision, valid. */
export type Decision = z.infer<typeof DecisionSchema>;

/** issueMessage() words unknown fields for the pack's files; a review's fields are documented here. */
const message = (issue: Parameters<typeof issueMessage>[0], entry: unknown) =>
  issueMessage(issue, entry).replace('engine/types.ts', 'cli/kb-review.ts');

/**
 * Every problem of a review file, one line each naming the file, the entry and the field.
 * `pack` (the story pack the decisions apply to) enables the reference checks; `library`
 * (article texts by URL) the copy and anchor checks; `entries` (the ids of the proposals file the
 * review names) the check that each decision is about a proposal; each is skipped when absent.
 */
export function checkReview(
  raw: unknown,
  file: string,
  pack?: StoryPack,
  library?: Map<string, string>,
  entries?: ReadonlySet<string>,
  urls?: ReadonlyMap<string, string>,
): string[] {
  const errors: string[] = [];
  const top = ReviewSchema.safeParse(raw);
  if (!top.success) {
    for (const issue of top.error.issues) errors.push(`${file}: ${message(issue, raw)}`);
    return errors;
  }
  const claims = new Set(pack?.claims.map((c) => c.id));
  const sources = new Map(pack?.sources.map((s) => [s.id, s]));
  const origins = new Set(pack?.origins?.map((o) => o.id));
  const seen = new Set<string>();
  top.data.decisions.forEach((entry, i) => {
    const id = (entry as { entry?: unknown } | null)?.entry;
    const at = `${file}: decisions[${i}]${typeof id === 'string' ? ` ("${id}")` : ''}`;
    const parsed = DecisionSchema.safeParse(entry);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) errors.push(`${at} → ${message(issue, entry)}`);
      return;
    }
    const d = parsed.data;
    if (seen.has(d.entry))
      errors.push(`${at} → entry: decided twice; keep one decision per proposal.`);
    seen.add(d.entry);
    if (entries && !entries.has(d.entry))
      errors.push(
        `${at} → entry: "${d.entry}" is not an entry of ${top.data.proposals ?? 'the proposals'}; use the id proposals.md shows.`,
      );
    if (d.decision === 'reject' || !pack) return;
    if (!claims.has(d.claim))
      errors.push(`${at} → claim: "${d.claim}" is not a claim of the knowledge base.`);
    if (d.origin !== undefined && pack.origins && !origins.has(d.origin))
      errors.push(`${at} → origin: "${d.origin}" is not an origin of the knowledge base.`);
    const n = words(d.anchor).length;
    if (n > MAX_ANCHOR_WORDS)
      errors.push(`${at} → anchor: ${n} words; shorten it to at most ${MAX_ANCHOR_WORDS}.`);
    // The article the entry's passage is from, as proposals.json gives it (passages only).
    const from = urls?.get(d.entry);
    const source = sources.get(d.source);
    if (!source) {
      const hint = from ? ` (the entry's article: ${from}; add it to sources.json first)` : '';
      errors.push(`${at} → source: "${d.source}" is not a source of the knowledge base${hint}.`);
      return;
    }
    // A source of another article: its anchor and summary would be checked against the wrong
    // text, so this is the one line the decision gets.
    if (from !== undefined && source.url !== from) {
      const right = pack.sources.find((s) => s.url === from);
      errors.push(
        `${at} → source: "${d.source}" is ${source.url}, but the entry's passage is from ${from}${right ? `; use "${right.id}"` : ''}.`,
      );
      return;
    }
    const cited = library?.get(source.url);
    if (cited === undefined) return;
    const run = copiedRun(d.says, cited);
    if (run)
      errors.push(
        `${at} → says: copies "${run}" word for word from the article it cites; summarise in our own words.`,
      );
    if (!anchorOccurs(d.anchor, cited))
      errors.push(`${at} → anchor: "${d.anchor}" does not occur in the article it cites.`);
  });
  return errors;
}

/** The article URL of each passage entry of a proposals file (existing and candidate passages). */
export function entryUrls(proposals: unknown): Map<string, string> {
  const p = proposals as {
    existing?: unknown;
    candidates?: unknown;
  } | null;
  const urls = new Map<string, string>();
  const add = (x: unknown) => {
    const { id, url } = (x ?? {}) as { id?: unknown; url?: unknown };
    if (typeof id === 'string' && typeof url === 'string') urls.set(id, url);
  };
  if (Array.isArray(p?.existing)) p.existing.forEach(add);
  if (Array.isArray(p?.candidates))
    for (const c of p.candidates) {
      const passages = (c as { passages?: unknown } | null)?.passages;
      if (Array.isArray(passages)) passages.forEach(add);
    }
  return urls;
}

/** The ids a review may decide on: passages, candidate claims (and their passages), questions. */
export function entryIds(proposals: unknown): Set<string> | undefined {
  const p = proposals as {
    existing?: { id?: unknown }[];
    candidates?: { id?: unknown; passages?: { id?: unknown }[] }[];
    questions?: { id?: unknown }[];
  } | null;
  if (!p || !Array.isArray(p.existing) || !Array.isArray(p.candidates)) return undefined;
  const ids = new Set<string>();
  const add = (x: { id?: unknown } | undefined) => {
    if (typeof x?.id === 'string') ids.add(x.id);
  };
  p.existing.forEach(add);
  for (const c of p.candidates) {
    add(c);
    (c.passages ?? []).forEach(add);
  }
  (p.questions ?? []).forEach(add);
  return ids;
}
