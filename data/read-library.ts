/**
 * Node-only reader for the source library (../shared/library/articles.jsonl): real articles by
 * other outlets that knowledge-base sources may cite by URL. The KB check reads a cited article's
 * text from here to verify anchors and refuse copied summaries; `claimlight kb propose` reads the
 * same records. The text is third-party: it is read at run time, never copied into the repository.
 */
import fs from 'node:fs';
import path from 'node:path';

/** One library record, as the library's README documents it. */
export type LibraryArticle = {
  /** "lib-NN", in order of publication. */
  id: string;
  /** The article's address; a KB source cites it by this exact URL. */
  url: string;
  /** Who published it (and whose report it relays, when it says so). */
  outlet: string;
  /** "YYYY-MM-DD" or "YYYY-MM". */
  published: string;
  title: string;
  /** The excerpt's paragraphs, in page order. */
  paragraphs: string[];
};

/** Default library folder: `../shared/library` beside the repository that holds `dataDir`. */
export function defaultLibraryDir(dataDir: string): string {
  return path.resolve(dataDir, '..', '..', 'shared', 'library');
}

/** Thrown for a line of the JSONL that is not a library record; the message names line and field. */
export class LibraryFormatError extends Error {}

const FIELDS = ['id', 'url', 'outlet', 'published', 'title'] as const;

/** Parses the JSONL text of the library; `file` only names the file in error messages. */
export function parseLibrary(jsonl: string, file: string): LibraryArticle[] {
  const out: LibraryArticle[] = [];
  jsonl.split('\n').forEach((line, i) => {
    if (!line.trim()) return;
    let record: Record<string, unknown>;
    try {
      record = JSON.parse(line);
    } catch (error) {
      throw new LibraryFormatError(
        `${file}: line ${i + 1}: not valid JSON (${(error as Error).message})`,
      );
    }
    for (const field of FIELDS)
      if (typeof record[field] !== 'string')
        throw new LibraryFormatError(
          `${file}: line ${i + 1} (${String(record.id ?? 'no id')}) → ${field}: must be text`,
        );
    const paragraphs = record.paragraphs;
    if (!Array.isArray(paragraphs) || paragraphs.some((p) => typeof p !== 'string'))
      throw new LibraryFormatError(
        `${file}: line ${i + 1} (${String(record.id)}) → paragraphs: must be a list of text`,
      );
    out.push({
      id: record.id as string,
      url: record.url as string,
      outlet: record.outlet as string,
      published: record.published as string,
      title: record.title as string,
      paragraphs: paragraphs as string[],
    });
  });
  return out;
}

/** Reads `file` (a JSONL of library records); throws LibraryFormatError on a bad record. */
export function readLibraryFile(file: string): LibraryArticle[] {
  return parseLibrary(fs.readFileSync(file, 'utf8'), file);
}

/**
 * The library's article texts keyed by URL (title, then paragraphs), or null when the folder or
 * its articles.jsonl is absent: packs that cite nothing from it must still build without it.
 */
export function readLibraryTexts(libraryDir: string): Map<string, string> | null {
  const articles = readLibrary(libraryDir);
  return articles && textsByUrl(articles);
}

/** The articles' texts (articleText()) keyed by URL, as a source cites them. */
export function textsByUrl(articles: LibraryArticle[]): Map<string, string> {
  return new Map(articles.map((a) => [a.url, articleText(a)]));
}

/**
 * The library's records (`libraryDir/articles.jsonl`), or null when the folder or the file is
 * absent; throws LibraryFormatError on a bad record.
 */
export function readLibrary(libraryDir: string): LibraryArticle[] | null {
  const file = path.join(libraryDir, 'articles.jsonl');
  return fs.existsSync(file) ? readLibraryFile(file) : null;
}

/** The text a cited article is checked against: its headline and paragraphs. */
export function articleText(a: LibraryArticle): string {
  return [a.title, ...a.paragraphs].join('\n\n');
}
