/**
 * claimlight annotate FILE.html [--json] [--published YYYY-MM-DD|YYYY-MM] [--explain]
 * claimlight kb export --format claimreview
 * claimlight kb propose FILES… [--out DIR]
 * claimlight kb check [DIR] [--review FILE]
 *
 * Prints the statements of a saved news page that the knowledge base knows, with verdicts and
 * sources, or exports the knowledge base as schema.org ClaimReview JSON-LD. Bad input (missing,
 * unreadable or non-HTML file, bad flags, an impossible date) gets one line on stderr and exit
 * code 2 (codes in EXIT below). Pages are decoded as a browser would (cli/decode-page.ts:
 * byte-order mark, declared charset, UTF-8, else windows-1252); a gzip-compressed save is unpacked.
 */
import { parseArgs } from 'node:util';
import story from 'virtual:claimlight-story';
import { STEP_WORDS } from '../engine/plan-outcome';
import { isDateOrMonth } from '../page/published-date';
import { type Annotation, createAnnotator, type Highlight, NotHtmlError } from './annotate';
import { claimReviews, OUTCOME_NAME } from './claimreview';
import { runCheck, runPropose } from './kb-commands';
import { readHtml, UsageError } from './read-page-file';

const USAGE =
  'usage: claimlight annotate FILE.html [--json] [--published YYYY-MM-DD|YYYY-MM] [--explain] | claimlight kb export --format claimreview | claimlight kb propose FILES… [--out DIR] | claimlight kb check [DIR] [--review FILE]';

function printText(result: Annotation, explain: boolean): string {
  const lines: string[] = [];
  const n = result.highlights.length;
  lines.push(
    `${n} statement${n === 1 ? '' : 's'} found in ${result.sentences} sentence${result.sentences === 1 ? '' : 's'} (published: ${result.published ?? 'unknown'})${result.offTopic ? `; the page ${result.offTopic}` : ''}`,
  );
  if (explain && result.publishedFrom) lines.push(`published date: ${result.publishedFrom}`);
  result.highlights.forEach((h, i) => {
    lines.push('', `${i + 1}. "${h.text}"`);
    lines.push(`   claim: ${h.statement} [${h.claim}${h.position ? ` → ${h.position}` : ''}]`);
    lines.push(`   verdict: ${h.verdict} — ${h.summary}`);
    lines.push(...timeLines(h));
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

/**
 * A highlight's place in time, in the card's words: a plan with what became of it and each later
 * event with what it tells about the plan ("2026-01-17, shows it was still not done: …"); an
 * event with the plans it answers. The JSON carries the same as fields (kind, since, answers).
 */
function timeLines(h: Highlight): string[] {
  if (h.kind === 'plan') {
    const fate = h.outcome ? OUTCOME_NAME[h.outcome] : 'nothing reported since';
    return [
      `   plan${h.due ? ` due ${h.due}` : ''}: ${fate}`,
      ...(h.since ?? []).map(
        (s) => `   since then, ${s.happened}, ${STEP_WORDS[s.outcome]}: ${s.statement}`,
      ),
    ];
  }
  if (h.kind === 'event')
    return [
      `   event${h.happened ? ` of ${h.happened}` : ''}`,
      ...(h.answers ?? []).map(
        (a) => `   answers the plan: ${a.statement} (${STEP_WORDS[a.outcome]})`,
      ),
    ];
  return [];
}

/** Exit codes, documented in the README's "Command line" section. */
export const EXIT = {
  /** The command did what was asked (a page with no statements found is a success too). */
  ok: 0,
  /** Something went wrong inside claimlight: a bug to report, not a problem with the input. */
  internal: 1,
  /** Bad input: unknown command or flag, unreadable or non-HTML file, impossible date. */
  usage: 2,
} as const;

type Result = { code: number; stdout: string; stderr: string };

/** The user's mistake, not ours: Node's parseArgs errors (unknown flag, missing value) included. */
function isUsageError(error: unknown): boolean {
  return (
    error instanceof UsageError ||
    error instanceof NotHtmlError ||
    (error instanceof Error &&
      String((error as NodeJS.ErrnoException).code ?? '').startsWith('ERR_PARSE_ARGS'))
  );
}

/** Runs one command line (without `node` and the script) and returns what to print and the exit code. */
export function run(argv: string[]): Result {
  let file: string | undefined;
  try {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        json: { type: 'boolean', default: false },
        explain: { type: 'boolean', default: false },
        published: { type: 'string' },
        format: { type: 'string' },
        out: { type: 'string' },
        review: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
    if (values.help) return { code: EXIT.ok, stdout: USAGE, stderr: '' };
    const [command, ...rest] = positionals;
    if (command === 'kb' && rest[0] === 'propose') {
      if (values.json || values.explain || values.published !== undefined || values.format)
        throw new UsageError('kb propose takes only FILES… and --out DIR');
      return runPropose(rest.slice(1), values.out, story);
    }
    if (command === 'kb' && rest[0] === 'check') {
      if (rest.length > 2 || values.json || values.explain || values.published || values.format)
        throw new UsageError('kb check takes only a story pack folder and --review FILE');
      return runCheck(rest[1], values.review);
    }
    if (values.review !== undefined) throw new UsageError('--review applies to kb check only');
    if (values.out !== undefined) throw new UsageError('--out applies to kb propose only');
    if (command === 'kb') {
      if (rest[0] !== 'export' || rest.length > 1) throw new UsageError(USAGE);
      if (values.json || values.explain || values.published !== undefined)
        throw new UsageError('kb export takes only --format claimreview');
      if (values.format !== 'claimreview')
        throw new UsageError(
          `kb export needs --format claimreview (the only format), got ${values.format === undefined ? 'none' : `"${values.format}"`}`,
        );
      return {
        code: EXIT.ok,
        stdout: JSON.stringify(claimReviews(story.kb), null, 2),
        stderr: '',
      };
    }
    file = rest[0];
    if (command !== undefined && command !== 'annotate' && command !== 'kb')
      throw new UsageError(`unknown command "${command}"; ${USAGE}`);
    if (command === 'annotate' && rest.length > 1)
      throw new UsageError(`annotate reads one file, got ${rest.length}; ${USAGE}`);
    if (command !== 'annotate' || !file) throw new UsageError(USAGE);
    if (values.format !== undefined) throw new UsageError('--format applies to kb export only');
    if (values.published !== undefined && !isDateOrMonth(values.published))
      throw new UsageError(
        `--published must be a real date as YYYY-MM-DD or a month as YYYY-MM, got "${values.published}"`,
      );
    const html = readHtml(file);
    const annotate = createAnnotator(story);
    const result = annotate(html, { published: values.published ?? null, explain: values.explain });
    // The result is right for what was read; a cut page is not an error, but the reader must know.
    const note = result.truncatedAt
      ? `claimlight: note: ${file}: only the first ${result.truncatedAt.toLocaleString('en')} characters of text were read, as in the extension`
      : '';
    if (values.json) {
      const { rejections, ...out } = result;
      return {
        code: EXIT.ok,
        stdout: JSON.stringify(values.explain ? result : out, null, 2),
        stderr: note,
      };
    }
    return { code: EXIT.ok, stdout: printText(result, values.explain), stderr: note };
  } catch (error) {
    const message = plainMessage(error);
    if (!isUsageError(error))
      return {
        code: EXIT.internal,
        stdout: '',
        stderr: `claimlight: internal error (please report it): ${message}`,
      };
    const prefix = error instanceof NotHtmlError ? `${file}: ` : '';
    return { code: EXIT.usage, stdout: '', stderr: `claimlight: ${prefix}${message}` };
  }
}

/**
 * The first line of an error's message. Node's unknown-option message goes on to explain `--`
 * for positional arguments, with a stray quote; the reader is told where the options are instead.
 */
function plainMessage(error: unknown): string {
  const message = (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? '';
  if ((error as NodeJS.ErrnoException)?.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
    const option = /'([^']+)'/.exec(message)?.[1];
    if (option) return `Unknown option '${option}' (claimlight --help lists the options)`;
  }
  return message;
}

const isMain =
  typeof process !== 'undefined' &&
  process.argv[1] &&
  /claimlight\.(mjs|ts|js)$/.test(process.argv[1]);
if (isMain) {
  // A reader that stops early (`claimlight kb export … | head`) closes the pipe: that is a normal
  // end, not a crash with a stack trace.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(EXIT.ok);
    throw error;
  });
  const { code, stdout, stderr } = run(process.argv.slice(2));
  if (stdout) process.stdout.write(`${stdout}\n`);
  if (stderr) process.stderr.write(`${stderr}\n`);
  process.exitCode = code;
}
