/**
 * claimlight annotate FILE.html [--json] [--published YYYY-MM-DD|YYYY-MM] [--explain]
 *
 * Prints the statements of a saved news page that the knowledge base knows, with verdicts and
 * sources. Bad input (missing, unreadable or non-HTML file, bad flags, an impossible date) gets
 * one line on stderr and exit code 2. Pages are read as UTF-8 unless a byte-order mark says
 * UTF-16 (Windows tools still save "Unicode" text that way).
 */
import { readFileSync, statSync } from 'node:fs';
import { parseArgs } from 'node:util';
import story from 'virtual:claimlight-story';
import { isDateOrMonth } from '../page/published-date';
import { type Annotation, createAnnotator, NotHtmlError } from './annotate';

const USAGE =
  'usage: claimlight annotate FILE.html [--json] [--published YYYY-MM-DD|YYYY-MM] [--explain]';

class UsageError extends Error {}

function readHtml(file: string): string {
  let size: number;
  try {
    const stat = statSync(file);
    if (!stat.isFile()) throw new UsageError(`${file}: not a file`);
    size = stat.size;
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError(`${file}: no such file`);
  }
  if (size === 0) throw new UsageError(`${file}: empty file, not an HTML document`);
  let buffer: Buffer;
  try {
    buffer = readFileSync(file);
  } catch (error) {
    throw new UsageError(
      `${file}: cannot read (${(error as NodeJS.ErrnoException).code ?? 'error'})`,
    );
  }
  const decoded = decodeByBom(buffer);
  if (decoded !== null) return decoded;
  // Without a byte-order mark, a NUL byte in the first kilobytes means a binary file, not a page.
  if (buffer.subarray(0, 4096).includes(0))
    throw new UsageError(`${file}: binary file, not an HTML document`);
  return buffer.toString('utf8');
}

/** The text of a file that starts with a UTF-8, UTF-16LE or UTF-16BE byte-order mark, else null. */
export function decodeByBom(buffer: Buffer): string | null {
  if (buffer[0] === 0xef && buffer[1] === 0xbb && buffer[2] === 0xbf)
    return buffer.subarray(3).toString('utf8');
  if (buffer[0] === 0xff && buffer[1] === 0xfe)
    return evenBytes(buffer.subarray(2)).toString('utf16le');
  if (buffer[0] === 0xfe && buffer[1] === 0xff)
    // Node has no UTF-16BE decoder without full ICU: swap each pair of bytes and read it as LE.
    return Buffer.from(evenBytes(buffer.subarray(2)))
      .swap16()
      .toString('utf16le');
  return null;
}

/** A truncated file can end in half a code unit; it is dropped rather than throwing in swap16. */
const evenBytes = (b: Buffer) => b.subarray(0, b.length - (b.length % 2));

function printText(result: Annotation, explain: boolean): string {
  const lines: string[] = [];
  const n = result.highlights.length;
  lines.push(
    `${n} statement${n === 1 ? '' : 's'} found in ${result.sentences} sentences (published: ${result.published ?? 'unknown'})${result.offTopic ? `; the page ${result.offTopic}` : ''}`,
  );
  result.highlights.forEach((h, i) => {
    lines.push('', `${i + 1}. "${h.text}"`);
    lines.push(`   claim: ${h.statement} [${h.claim}${h.position ? ` → ${h.position}` : ''}]`);
    lines.push(`   verdict: ${h.verdict} — ${h.summary}`);
    for (const c of h.corroborating) lines.push(`   + ${c.outlet} (${c.published}): ${c.says}`);
    for (const c of h.contradicting)
      lines.push(`   − ${c.outlet} (${c.published}): ${c.says}${c.why ? ` [${c.why}]` : ''}`);
    if (explain) for (const e of h.evidence) lines.push(`   · ${e}`);
  });
  if (explain && result.rejections.length) {
    lines.push('', 'Near misses:');
    for (const r of result.rejections)
      lines.push(`   ✗ "${r.text}" — ${r.claim ?? '-'}: ${r.reason}`);
  }
  return lines.join('\n');
}

export function run(argv: string[]): { code: number; stdout: string; stderr: string } {
  try {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        json: { type: 'boolean', default: false },
        explain: { type: 'boolean', default: false },
        published: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
    if (values.help) return { code: 0, stdout: USAGE, stderr: '' };
    const [command, file, ...extra] = positionals;
    if (command !== 'annotate' || !file || extra.length) throw new UsageError(USAGE);
    if (values.published !== undefined && !isDateOrMonth(values.published))
      throw new UsageError(
        `--published must be a real date as YYYY-MM-DD or a month as YYYY-MM, got "${values.published}"`,
      );
    const html = readHtml(file);
    const annotate = createAnnotator(story);
    const result = annotate(html, { published: values.published ?? null, explain: values.explain });
    if (values.json) {
      const { rejections, ...rest } = result;
      const out = values.explain ? result : rest;
      return { code: 0, stdout: JSON.stringify(out, null, 2), stderr: '' };
    }
    return { code: 0, stdout: printText(result, values.explain), stderr: '' };
  } catch (error) {
    const message =
      error instanceof UsageError || error instanceof NotHtmlError
        ? error.message
        : error instanceof Error
          ? error.message
          : String(error);
    const prefix =
      error instanceof NotHtmlError
        ? `${argv.find((a) => !a.startsWith('-') && a !== 'annotate')}: `
        : '';
    return { code: 2, stdout: '', stderr: `claimlight: ${prefix}${message.split('\n')[0]}` };
  }
}

const isMain =
  typeof process !== 'undefined' &&
  process.argv[1] &&
  /claimlight\.(mjs|ts|js)$/.test(process.argv[1]);
if (isMain) {
  const { code, stdout, stderr } = run(process.argv.slice(2));
  if (stdout) process.stdout.write(`${stdout}\n`);
  if (stderr) process.stderr.write(`${stderr}\n`);
  process.exitCode = code;
}
