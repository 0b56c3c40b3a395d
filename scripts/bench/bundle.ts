/**
 * What the extension ships, in bytes: the content script (with the compiled story it embeds
 * shown apart from the code), the background script and the popup's chunk, raw and gzipped.
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

  const contentFile = 'content-scripts/content.js';
  const content = read(contentFile);
  const { start, end } = findStoryLiteral(content);
  rows.push({ file: contentFile, part: 'whole', ...sizeOf(content) });
  rows.push({ file: contentFile, part: 'story data', ...sizeOf(content.slice(start, end)) });
  rows.push({
    file: contentFile,
    part: 'code',
    ...sizeOf(content.slice(0, start) + content.slice(end)),
  });

  rows.push({ file: 'background.js', part: 'whole', ...sizeOf(read('background.js')) });
  const chunks = path.join(outputDir, 'chunks');
  const popups = existsSync(chunks)
    ? readdirSync(chunks).filter((f) => f.startsWith('popup') && f.endsWith('.js'))
    : [];
  if (popups.length === 0) throw new Error(`no popup chunk in ${chunks}`);
  for (const f of popups.sort())
    rows.push({ file: `chunks/${f}`, part: 'whole', ...sizeOf(read(`chunks/${f}`)) });
  return rows;
}
