/**
 * What `claimlight kb propose` reads: saved HTML pages, or JSONL files of library records
 * (../shared/library/articles.jsonl). Each becomes one article with its outlet, date and URL,
 * and HTML for the page reader: a library record is laid out as a plain page (headline, then
 * its paragraphs), so it goes through exactly the reader a saved page does.
 */
import path from 'node:path';
import { parseHTML } from 'linkedom';
import { LibraryFormatError, readLibraryFile } from '../data/read-library';
import { readHtml, UsageError } from './read-page-file';

/** One article to propose from. */
export type KbArticle = {
  /** The library id ("lib-07"), or the page's file name. */
  id: string;
  url: string;
  outlet: string;
  /** "YYYY-MM-DD" or "YYYY-MM"; null when a page states none (the page reader may still find it). */
  published: string | null;
  title: string;
  html: string;
};

/**
 * Every article in `files`, in the order given (a JSONL file's records in file order), each
 * file read once. Article ids are unique, since a review file names entries by them: a page
 * whose file name another page has too ("index.html" saved from two sites) is named by its
 * path, and an id still taken gets "~2", "~3".
 */
export function readInputs(files: string[]): KbArticle[] {
  const once = [...new Map(files.map((f) => [path.resolve(f), f])).values()];
  const read = once.map((file) =>
    file.endsWith('.jsonl')
      ? readJsonl(file).map((a) => ({ a, file: undefined }))
      : [{ a: readPage(file), file }],
  );
  const all = read.flat();
  const count = new Map<string, number>();
  for (const { a } of all) count.set(a.id, (count.get(a.id) ?? 0) + 1);
  const taken = new Set<string>();
  return all.map(({ a, file }) => {
    let id = file !== undefined && (count.get(a.id) ?? 0) > 1 ? pathId(file) : a.id;
    for (let n = 2; taken.has(id); n++) id = `${a.id}~${n}`;
    taken.add(id);
    return id === a.id ? a : { ...a, id };
  });
}

/** A page's path as an id: relative to the working folder, with "/" between folders. */
function pathId(file: string): string {
  return path.relative(process.cwd(), path.resolve(file)).split(path.sep).join('/');
}

function readJsonl(file: string): KbArticle[] {
  try {
    return readLibraryFile(file).map((a) => ({
      id: a.id,
      url: a.url,
      outlet: a.outlet,
      published: a.published,
      title: a.title,
      html: pageOf(a.title, a.paragraphs),
    }));
  } catch (error) {
    if (error instanceof LibraryFormatError) throw new UsageError(error.message);
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new UsageError(`${file}: no such file`);
    if (code) throw new UsageError(`${file}: cannot read (${code})`);
    throw error;
  }
}

function readPage(file: string): KbArticle {
  const html = readHtml(file);
  const { document } = parseHTML(html);
  const meta = (selector: string, attr = 'content') =>
    document.querySelector(selector)?.getAttribute(attr)?.trim() || undefined;
  const url =
    meta('link[rel="canonical"]', 'href') ?? meta('meta[property="og:url"]') ?? `file:${file}`;
  let host: string | undefined;
  try {
    host = url.startsWith('http') ? new URL(url).hostname.replace(/^www\./, '') : undefined;
  } catch {
    host = undefined;
  }
  return {
    id: path.basename(file),
    url,
    outlet: meta('meta[property="og:site_name"]') ?? host ?? path.basename(file),
    published: null,
    title: meta('meta[property="og:title"]') ?? document.title?.trim() ?? '',
    html,
  };
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
const escapeHtml = (s: string) => s.replace(/[&<>"]/g, (c) => ESCAPES[c] as string);

/** A library record as the plain page the reader expects. */
function pageOf(title: string, paragraphs: string[]): string {
  return `<!doctype html><html><head><title>${escapeHtml(title)}</title></head><body><article><h1>${escapeHtml(title)}</h1>${paragraphs
    .map((p) => `<p>${escapeHtml(p)}</p>`)
    .join('')}</article></body></html>`;
}
