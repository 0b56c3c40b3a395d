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
  type LibraryArticle,
  LibraryFormatError,
  readLibrary,
  textsByUrl,
} from './read-library';

export type LoadResult = {
  /** The KB as read, when every file parsed as JSON (valid or not). */
  kb: StoryPack | null;
  /** The library's article texts by URL, as the checks read them; null without a library. */
  library: Map<string, string> | null;
  errors: string[];
  warnings: string[];
};

/** Default seeds folder: `../shared/seeds` beside the repository that holds `dataDir`. */
export function defaultSeedsDir(dataDir: string): string {
  return path.resolve(dataDir, '..', '..', 'shared', 'seeds');
}

/**
 * Reads every `*.txt` in `seedsDir` into a map keyed by file name, and the source library's
 * articles (`library`, by default read from `../library/` beside the seeds) keyed
 * "library:lib-NN" (check.ts articleKey()), their paragraphs one per line; null if the seeds
 * folder is absent.
 */
export function readSeeds(
  seedsDir: string,
  library: LibraryArticle[] | null = readLibrary(path.resolve(seedsDir, '..', 'library')),
): Map<string, string> | null {
  if (!fs.existsSync(seedsDir) || !fs.statSync(seedsDir).isDirectory()) return null;
  const seeds = new Map<string, string>();
  for (const name of fs.readdirSync(seedsDir))
    if (name.endsWith('.txt')) seeds.set(name, fs.readFileSync(path.join(seedsDir, name), 'utf8'));
  for (const article of library ?? [])
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
      const holds = kind === 'vocabulary' ? 'an object {...}' : 'a list [...]';
      // A missing file is added, a broken one mended: each line says which to do.
      errors.push(
        (err as NodeJS.ErrnoException).code === 'ENOENT'
          ? `${label}/${kind}.json: is missing; add the file, holding ${holds}.`
          : `${label}/${kind}.json: is not valid JSON (${(err as Error).message}); fix the file so it holds ${holds}.`,
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
  if (errors.length) return { kb: null, library: null, errors, warnings };
  // Read once: its articles are found both by id (a source's `library`) and by URL.
  let articles: LibraryArticle[] | null = null;
  try {
    articles = readLibrary(libraryDir);
  } catch (err) {
    if (!(err instanceof LibraryFormatError)) throw err;
    // The library is not ours to fix: its checks are skipped, the pack's own still run.
    warnings.push(`${err.message}: skipping the checks against library articles.`);
  }
  const seeds = readSeeds(seedsDir, articles);
  if (!seeds)
    warnings.push(
      `Seed articles not found at ${seedsDir}: skipping the checks that anchors occur verbatim in the articles and that summaries are not copied.`,
    );
  const library = articles && textsByUrl(articles);
  if (!library && citesOutsideSeeds(files.sources, seeds))
    warnings.push(
      `Source library not found at ${libraryDir}: skipping the checks that anchors occur in the cited library articles and that summaries do not copy them.`,
    );
  errors.push(
    ...checkKnowledgeBase(files as KbFiles, seeds ?? undefined, {
      dir: label,
      ...(library && { library }),
      ...(articles && { libraryRecords: new Map(articles.map((a) => [a.id, a])) }),
    }),
  );
  return { kb: files as StoryPack, library, errors, warnings };
}

/** Whether some source has no seed text here: it cites an article only the library may hold. */
function citesOutsideSeeds(sources: unknown, seeds: Map<string, string> | null): boolean {
  if (!Array.isArray(sources)) return false;
  return sources.some((s) => {
    const file = (s as { seedFile?: unknown } | null)?.seedFile;
    return typeof file !== 'string' || (seeds !== null && !seeds.has(file));
  });
}
