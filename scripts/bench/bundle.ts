/**
 * What the extension ships, in bytes: the content script, the reader and the card's UI code it
 * loads when it needs them, the background script and the popup's chunks, raw and gzipped, with the compiled story shown apart from the code wherever it is
 * embedded. Since the background matches the pages' articles (entrypoints/content/match-port.ts),
 * the story lives in background.js and the popup's search chunk, not in the content script.
 *
 * The story is data that grows with the knowledge base, the rest is code that should not, so
 * the code's budget is checked without the story. scripts/story-plugin.ts embeds the compiled
 * story as three string literals (engine/ship-story.ts): the index, JSON ("{\"format\":…}"), the
 * claims' rules, one JSON object per line ("{\"id\":…"), and the card words, one JSON array per
 * line ("[\"The US…"). The bundler may rewrite a literal
 * (Vite's minifier turns it into a template literal) and move it, so each is found by its
 * content, in any quote style, and read escape by escape. Small story-derived objects emitted as
 * code (the topic, a few hundred bytes) stay in the code's figure.
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

type Span = { start: number; end: number };

/**
 * Start and end (exclusive, quotes included) of the string literals holding the shipped story
 * (index, rules, words), in file order. Throws when the index is missing; a story without claims
 * has no rules or words literal.
 */
export function findStoryLiterals(code: string): Span[] {
  const index = literalAt(code, /(["'`])\{\\?"format\\?":\d/.exec(code));
  if (!index)
    throw new Error('no "{\\"format\\":…" string literal found: has story-plugin.ts changed?');
  // The claims' rules ({"id":…} per line) and their card words (["…"] per line).
  const rules = literalAt(code, /rules:\s*(["'`])\{/.exec(code), 'rules:'.length);
  const words = literalAt(code, /words:\s*(["'`])\[/.exec(code), 'words:'.length);
  return [index, rules, words]
    .filter((l): l is Span => l !== undefined)
    .sort((a, b) => a.start - b.start);
}

/** The string literal whose opening quote `m[1]` is at m.index + `skip` (+ any spaces). */
function literalAt(code: string, m: RegExpExecArray | null, skip = 0): Span | undefined {
  if (!m) return undefined;
  const quote = m[1] as string;
  const start = code.indexOf(quote, m.index + skip);
  for (let i = start + 1; i < code.length; i++) {
    const c = code[i];
    if (c === '\\') i++;
    else if (c === quote) return { start, end: i + 1 };
  }
  throw new Error('a story literal never ends');
}

export function measureBundle(outputDir: string): BundleRow[] {
  const rows: BundleRow[] = [];
  const read = (file: string) => readFileSync(path.join(outputDir, file), 'utf8');

  /** A file's size, and its story data and code apart (all code when it embeds no story). */
  const measure = (file: string) => {
    const text = read(file);
    rows.push({ file, part: 'whole', ...sizeOf(text) });
    let literals: Span[] = [];
    try {
      literals = findStoryLiterals(text);
    } catch {
      literals = [];
    }
    let code = '';
    let from = 0;
    for (const { start, end } of literals) {
      code += text.slice(from, start);
      from = end;
    }
    code += text.slice(from);
    if (literals.length)
      rows.push({
        file,
        part: 'story data',
        ...sizeOf(literals.map(({ start, end }) => text.slice(start, end)).join('')),
      });
    rows.push({ file, part: 'code', ...sizeOf(code) });
  };

  measure('content-scripts/content.js');
  // Imported by the content script when it needs them: the reader on a page that names the
  // story's place, the card's UI code when a reader first opens a card.
  measure('reader.js');
  measure('card-ui.js');
  measure('background.js');
  const chunks = path.join(outputDir, 'chunks');
  const chunkFiles = existsSync(chunks) ? readdirSync(chunks).filter((f) => f.endsWith('.js')) : [];
  if (!chunkFiles.some((f) => f.startsWith('popup')))
    throw new Error(`no popup chunk in ${chunks}`);
  for (const f of chunkFiles.sort()) measure(`chunks/${f}`);
  return rows;
}
