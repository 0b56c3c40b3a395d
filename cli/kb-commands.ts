/**
 * The shells of `claimlight kb propose` and `claimlight kb check`: files in, files and lines out.
 * The work is in the pure modules they call (kb-propose.ts, data/check.ts, kb-review.ts).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { CompiledStory } from '../engine/compile-story';
import { readInputs } from './kb-inputs';
import { proposalsMarkdown } from './kb-proposals-md';
import { propose } from './kb-propose';
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
    stdout: `${articles.length} article${articles.length === 1 ? '' : 's'} read in ${seconds} s: ${proposals.existing.length} passages for existing claims, ${proposals.candidates.length} candidate claims, ${proposals.questions.length} candidate questions → ${path.join(dir, 'proposals.json')}, ${path.join(dir, 'proposals.md')}`,
    stderr: '',
  };
}
