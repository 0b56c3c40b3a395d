/**
 * Node-only helper: reads the KB files and the seed articles from disk and checks them.
 * Used by the `build:before` hook in wxt.config.ts and by the tests; never import it from
 * extension code (data/index.ts is the browser-side entry).
 */
import fs from 'node:fs';
import path from 'node:path';
import type { StoryPack } from '../engine/types';
import { checkKnowledgeBase, type KbFiles } from './check';
import {
  defaultLibraryDir,
  LibraryFormatError,
  readLibraryFile,
  readLibraryTexts,
} from './read-library';

export type LoadResult = {
  /** The KB as read, when every file parsed as JSON (valid or not). */
  kb: StoryPack | null;
  errors: string[];
  warnings: string[];
};

/** Default seeds folder: `../shared/seeds` beside the repository that holds `dataDir`. */
export function defaultSeedsDir(dataDir: string): string {
  return path.resolve(dataDir, '..', '..', 'shared', 'seeds');
}

/**
 * Reads every `*.txt` in `seedsDir` into a map keyed by file name, and the articles of the source
 * library beside it (`../library/articles.jsonl`) keyed "library:lib-NN" (check.ts articleKey()),
 * their paragraphs one per line; null if the seeds folder is absent.
 */
export function readSeeds(seedsDir: string): Map<string, string> | null {
  if (!fs.existsSync(seedsDir) || !fs.statSync(seedsDir).isDirectory()) return null;
  const seeds = new Map<string, string>();
  for (const name of fs.readdirSync(seedsDir))
    if (name.endsWith('.txt')) seeds.set(name, fs.readFileSync(path.join(seedsDir, name), 'utf8'));
  const libraryFile = path.resolve(seedsDir, '..', 'library', 'articles.jsonl');
  if (fs.existsSync(libraryFile))
    for (const article of readLibraryFile(libraryFile))
      seeds.set(`library:${article.id}`, article.paragraphs.join('\n'));
  return seeds;
}

/**
 * Loads a story pack (`sources.json`, `questions.json`, `claims.json`, `vocabulary.json`, and
 * `origins.json` when the pack tracks where its statements come from) from `dataDir` and checks it.
 * Without a seeds folder only the verbatim-anchor and copy checks are skipped, with a warning.
 */
export function loadAndCheck(
  dataDir: string,
  seedsDir: string = defaultSeedsDir(dataDir),
  libraryDir: string = defaultLibraryDir(dataDir),
): LoadResult {
  const label = path.relative(process.cwd(), dataDir) || '.';
  const errors: string[] = [];
  const warnings: string[] = [];
  const files: Partial<Record<keyof KbFiles, unknown>> = {};
  for (const kind of ['sources', 'questions', 'claims', 'vocabulary'] as const) {
    const file = path.join(dataDir, `${kind}.json`);
    try {
      files[kind] = JSON.parse(fs.readFileSync(file, 'utf8'));
    } catch (err) {
      const why =
        (err as NodeJS.ErrnoException).code === 'ENOENT'
          ? 'is missing'
          : `is not valid JSON (${(err as Error).message})`;
      errors.push(
        `${label}/${kind}.json: ${why}; fix the file so it holds ${kind === 'vocabulary' ? 'an object {...}' : 'a list [...]'}.`,
      );
    }
  }
  // Optional: a pack without it does not count independent reports (each statement is its own).
  const originsFile = path.join(dataDir, 'origins.json');
  if (fs.existsSync(originsFile))
    try {
      files.origins = JSON.parse(fs.readFileSync(originsFile, 'utf8'));
    } catch (err) {
      errors.push(
        `${label}/origins.json: is not valid JSON (${(err as Error).message}); fix the file so it holds a list [...].`,
      );
    }
  if (errors.length) return { kb: null, errors, warnings };
  const seeds = readSeeds(seedsDir);
  if (!seeds)
    warnings.push(
      `Seed articles not found at ${seedsDir}: skipping the checks that anchors occur verbatim in the articles and that summaries are not copied.`,
    );
  let library: Map<string, string> | null = null;
  try {
    library = readLibraryTexts(libraryDir);
  } catch (err) {
    if (!(err instanceof LibraryFormatError)) throw err;
    // The library is not ours to fix: its checks are skipped, the pack's own still run.
    warnings.push(`${err.message}: skipping the checks against library articles.`);
  }
  if (!library && citesOutsideSeeds(files.sources, seeds))
    warnings.push(
      `Source library not found at ${libraryDir}: skipping the checks that anchors occur in the cited library articles and that summaries do not copy them.`,
    );
  errors.push(
    ...checkKnowledgeBase(files as KbFiles, seeds ?? undefined, {
      dir: label,
      ...(library && { library }),
    }),
  );
  return { kb: files as StoryPack, errors, warnings };
}

/** Whether some source has no seed text here: it cites an article only the library may hold. */
function citesOutsideSeeds(sources: unknown, seeds: Map<string, string> | null): boolean {
  if (!Array.isArray(sources)) return false;
  return sources.some((s) => {
    const file = (s as { seedFile?: unknown } | null)?.seedFile;
    return typeof file !== 'string' || (seeds !== null && !seeds.has(file));
  });
}
