/**
 * What the extension ships, in bytes: the content script, the background script and the popup's
 * chunks, raw and gzipped, with the compiled story shown apart from the code wherever it is
 * embedded. Since the background matches the pages' articles (entrypoints/content/match-port.ts),
 * the story lives in background.js and the popup's search chunk, not in the content script.
 *
 * The story is data that grows with the knowledge base, the rest is code that should not, so
 * the code's budget is checked without the story. scripts/story-plugin.ts embeds the compiled
 * story as one JSON string literal ("{\"format\":1,…}"), parsed by JSON.parse where it is used;
 * the bundler may rewrite the literal (Vite's minifier turns it into a template literal) and
 * move it away from the JSON.parse call, so the literal is found by its content, in any quote
 * style, and read escape by escape. Small story-derived objects emitted as code (the topic, a
 * few hundred bytes) stay in the code's figure.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

export type Size = { raw: number; gzip: number };
export type BundleRow = { file: string; part: 'whole' | 'story data' | 'code' } & Size;

/** gzip -9, as an HTTP server or a store package would compress at best. */
export const sizeOf = (content: string | Buffer): Size => ({
  raw: Buffer.byteLength(content),
  gzip: gzipSync(content, { level: 9 }).length,
});

/** Start and end (exclusive, quotes included) of the string literal holding the compiled story. */
export function findStoryLiteral(code: string): { start: number; end: number } {
  const m = /(["'`])\{\\?"format\\?":\d/.exec(code);
  if (!m)
    throw new Error('no "{\\"format\\":…" string literal found: has story-plugin.ts changed?');
  const quote = m[1] as string;
  const start = m.index;
  for (let i = start + 1; i < code.length; i++) {
    const c = code[i];
    if (c === '\\') i++;
    else if (c === quote) return { start, end: i + 1 };
  }
  throw new Error('the compiled story literal never ends');
}

export function measureBundle(outputDir: string): BundleRow[] {
  const rows: BundleRow[] = [];
  const read = (file: string) => readFileSync(path.join(outputDir, file), 'utf8');

  /** A file's size, and its story data and code apart (all code when it embeds no story). */
  const measure = (file: string) => {
    const text = read(file);
    rows.push({ file, part: 'whole', ...sizeOf(text) });
    let literal: { start: number; end: number } | undefined;
    try {
      literal = findStoryLiteral(text);
    } catch {
      literal = undefined;
    }
    if (literal) {
      const { start, end } = literal;
      rows.push({ file, part: 'story data', ...sizeOf(text.slice(start, end)) });
      rows.push({ file, part: 'code', ...sizeOf(text.slice(0, start) + text.slice(end)) });
    } else rows.push({ file, part: 'code', ...sizeOf(text) });
  };

  measure('content-scripts/content.js');
  measure('background.js');
  const chunks = path.join(outputDir, 'chunks');
  const chunkFiles = existsSync(chunks) ? readdirSync(chunks).filter((f) => f.endsWith('.js')) : [];
  if (!chunkFiles.some((f) => f.startsWith('popup')))
    throw new Error(`no popup chunk in ${chunks}`);
  for (const f of chunkFiles.sort()) measure(`chunks/${f}`);
  return rows;
}
