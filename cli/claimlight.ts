/**
 * claimlight annotate FILE.html [--json] [--published YYYY-MM-DD] [--explain]
 *
 * Prints the statements of a saved news page that the knowledge base knows, with verdicts and
 * sources. Bad input (missing, unreadable or non-HTML file, bad flags) gets one line on stderr
 * and exit code 2.
 */
import { readFileSync, statSync } from 'node:fs';
import { parseArgs } from 'node:util';
import story from 'virtual:claimlight-story';
import { type Annotation, createAnnotator, NotHtmlError } from './annotate';

const USAGE = 'usage: claimlight annotate FILE.html [--json] [--published YYYY-MM-DD] [--explain]';

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
  // A NUL byte in the first kilobytes means a binary file, not a page.
  if (buffer.subarray(0, 4096).includes(0))
    throw new UsageError(`${file}: binary file, not an HTML document`);
  return buffer.toString('utf8');
}

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
    if (values.published !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(values.published))
      throw new UsageError(`--published must be YYYY-MM-DD, got "${values.published}"`);
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
