/**
 * The shells of `claimlight kb propose` and `claimlight kb check`: files in, files and lines out.
 * The work is in the pure modules they call (kb-propose.ts, data/check.ts, kb-review.ts).
 */
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { loadAndCheck } from '../data/load-kb';
import type { CompiledStory } from '../engine/compile-story';
import { readInputs } from './kb-inputs';
import { counted, foundSummary, proposalsMarkdown } from './kb-proposals-md';
import { propose } from './kb-propose';
import { checkReview, entryIds, entryUrls } from './kb-review';
import { UsageError } from './read-page-file';

/** Where proposals go when no --out is given (git-ignored: they quote third-party text). */
export const DEFAULT_OUT = 'kb-proposals';

/** What a command prints and its exit code. */
export type CommandResult = { code: number; stdout: string; stderr: string };

/** `kb propose FILES… [--out DIR]`: writes DIR/proposals.json and DIR/proposals.md. */
export function runPropose(
  files: string[],
  out: string | undefined,
  story: CompiledStory,
): CommandResult {
  if (files.length === 0) throw new UsageError('kb propose needs at least one HTML or JSONL file');
  const started = performance.now();
  const articles = readInputs(files);
  const proposals = propose(articles, story);
  const dir = out ?? DEFAULT_OUT;
  try {
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, 'proposals.json'), `${JSON.stringify(proposals, null, 2)}\n`);
    writeFileSync(path.join(dir, 'proposals.md'), proposalsMarkdown(proposals));
  } catch (error) {
    throw new UsageError(
      `${dir}: cannot write the proposals (${(error as NodeJS.ErrnoException).code ?? 'error'})`,
    );
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  return {
    code: 0,
    stdout: `${counted(articles.length, 'article', 'articles')} read in ${seconds} s: ${foundSummary(proposals)} → ${path.join(dir, 'proposals.json')}, ${path.join(dir, 'proposals.md')}`,
    stderr: '',
  };
}

/** `kb check` found problems in the pack or the review file (0 is none, 2 bad usage). */
export const CHECK_PROBLEMS = 1;

/**
 * `kb check [DIR] [--review FILE]`: the build's pack checks (scripts/story-plugin.ts runs the
 * same loadAndCheck()) on DIR (default data/), and the review file's when one is given. One line
 * per problem on stdout; notes (a check skipped for want of the seeds or the library) on stderr.
 */
/** The files every story pack holds (origins.json is optional); data/load-kb.ts reads them. */
const PACK_FILES = ['sources.json', 'questions.json', 'claims.json', 'vocabulary.json'];

export function runCheck(dir: string | undefined, review: string | undefined): CommandResult {
  const dataDir = path.resolve(dir ?? 'data');
  if (!existsSync(dataDir) || !statSync(dataDir).isDirectory())
    throw new UsageError(`${dir ?? 'data'}: no such folder (the story pack's folder, e.g. data)`);
  // A folder with none of a pack's files is the wrong folder, not a pack with four broken files:
  // one line says what was looked for and where, instead of one "missing" line per file.
  if (!PACK_FILES.some((name) => existsSync(path.join(dataDir, name))))
    throw new UsageError(
      `${dir ?? 'data'}: not a story pack: none of ${PACK_FILES.join(', ')} is in ${dataDir} (give the pack's folder, e.g. data)`,
    );
  const { kb, library, errors, warnings } = loadAndCheck(dataDir);
  const notes = warnings.map((w) => `claimlight: note: ${w}`);
  if (review !== undefined) {
    let raw: unknown;
    try {
      raw = JSON.parse(readFileSync(review, 'utf8'));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT')
        throw new UsageError(`${review}: no such file`);
      raw = undefined;
      errors.push(`${review}: is not valid JSON (${(error as Error).message}); fix the file.`);
    }
    if (raw !== undefined) {
      // A pack that did not load gives nothing to check the decisions against (and its library
      // was not read): say so, rather than blame a library that may well be there.
      if (!kb)
        notes.push(
          `claimlight: note: ${review}: the story pack did not load (its problems are above); the decisions' claims, sources, origins, anchors and summaries are not checked until it does.`,
        );
      // The library loadAndCheck() read (null when absent or unreadable), not a second read.
      else if (!library)
        notes.push(
          `claimlight: note: ${review}: no source library beside the checkout; its anchors and summaries are not checked against the articles.`,
        );
      const entries = proposalEntries(raw, review);
      if (entries.note) notes.push(`claimlight: note: ${review}: ${entries.note}`);
      errors.push(
        ...checkReview(
          raw,
          review,
          kb ?? undefined,
          library ?? undefined,
          entries.ids,
          entries.urls,
        ),
      );
    }
  }
  const label = path.relative(process.cwd(), dataDir) || '.';
  return errors.length
    ? { code: CHECK_PROBLEMS, stdout: errors.join('\n'), stderr: notes.join('\n') }
    : {
        code: 0,
        stdout: `${label}: no problems (${kb?.claims.length ?? 0} claims, ${kb?.sources.length ?? 0} sources${review ? `; ${review} checked` : ''})`,
        stderr: notes.join('\n'),
      };
}

/**
 * The entry ids (and passages' article URLs) of the proposals file a review names: its path
 * relative to the working folder, or else to the review file's own folder (a review written
 * beside proposals.json may name it "proposals.json").
 */
function proposalEntries(
  review: unknown,
  reviewFile: string,
): { ids?: Set<string>; urls?: Map<string, string>; note?: string } {
  const file = (review as { proposals?: unknown } | null)?.proposals;
  if (typeof file !== 'string') return {};
  const beside = path.join(path.dirname(reviewFile), file);
  const found = existsSync(file) || path.isAbsolute(file) || !existsSync(beside) ? file : beside;
  try {
    const proposals: unknown = JSON.parse(readFileSync(found, 'utf8'));
    const ids = entryIds(proposals);
    return ids
      ? { ids, urls: entryUrls(proposals) }
      : { note: `${found} is not a proposals file; entries not checked.` };
  } catch {
    return { note: `${file} cannot be read; entries not checked against it.` };
  }
}
