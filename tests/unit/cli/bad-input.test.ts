/**
 * The CLI on input a user really has lying around: compressed saves, Latin-1 pages, deep or
 * broken markup. Each gives a correct result, or one line on stderr and exit code 2. The files
 * are generated here from small ASCII pages, so the repository holds no binary or large fixtures.
 * (The 20 MB page runs against the built CLI in tests/e2e/cli-bad-input.e2e.test.mjs.)
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { ARTICLE_MAX_CHARS } from '../../../cli/annotate';
import { run } from '../../../cli/claimlight';
import { declaredCharset, decodePage, MAX_PAGE_BYTES } from '../../../cli/decode-page';
import { MAX_CHARS } from '../../../entrypoints/content/scan';

const dir = mkdtempSync(path.join(tmpdir(), 'claimlight-bad-input-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const write = (name: string, bytes: Buffer | string) => {
  const file = path.join(dir, name);
  writeFileSync(file, bytes);
  return file;
};
const fixture = path.resolve(__dirname, '../../fixtures/cli/unclosed-tags.html');
const page = readFileSync(fixture, 'utf8');
const claims = (stdout: string) =>
  JSON.parse(stdout).highlights.map((h: { claim: string }) => h.claim);
const EXIT_CLAIM =
  'All coalition forces would be out of Iraq by the end of 2025, an adviser to the Iraqi prime minister said.';

/** Runs `annotate FILE --json` and expects success. */
function annotate(file: string, ...flags: string[]) {
  const result = run(['annotate', file, '--json', ...flags]);
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
  return JSON.parse(result.stdout);
}

/** Expects exit 2 with one line on stderr matching `message`. */
function refused(argv: string[], message: RegExp) {
  const { code, stdout, stderr } = run(argv);
  expect(code).toBe(2);
  expect(stdout).toBe('');
  expect(stderr.split('\n')).toHaveLength(1);
  expect(stderr).toMatch(/^claimlight: /);
  expect(stderr).toMatch(message);
}

describe('files that are not pages', () => {
  it('an empty file', () => refused(['annotate', write('empty.html', '')], /empty file/));

  it('a file of spaces and newlines', () =>
    refused(['annotate', write('blank.html', '  \n\n\t ')], /not an HTML document/));

  it('a corrupt gzip file', () => {
    const gz = gzipSync(page).subarray(0, 20);
    refused(['annotate', write('cut.html.gz', gz)], /gzip file is corrupt or truncated/);
  });

  it('a gzip file that would unpack beyond the size limit (a zip bomb)', () => {
    const bomb = gzipSync(Buffer.alloc(MAX_PAGE_BYTES + 1, 0x20));
    expect(bomb.length).toBeLessThan(100_000);
    refused(['annotate', write('bomb.html.gz', bomb)], /unpacks to more than 32 MB/);
  });

  it('a file over the size limit is refused before it is read', () => {
    // A sparse file: its size is on record, but no 33 MB are written to the disk.
    const file = write('huge.html', '<html>');
    truncateSync(file, MAX_PAGE_BYTES + 1024 * 1024);
    refused(['annotate', file], /33 MB is larger than any page \(limit 32 MB\)/);
  });

  it('a directory named like a page', () => {
    const folder = path.join(dir, 'folder.html');
    mkdirSync(folder);
    refused(['annotate', folder], /not a file/);
  });
});

describe('pages that are read correctly', () => {
  const expected = annotate(write('plain.html', page));

  it('a gzip-compressed save gives the same result as the page', () => {
    expect(annotate(write('page.html.gz', gzipSync(page)))).toEqual(expected);
  });

  it('a Latin-1 page without a declared charset is read as windows-1252, not as broken UTF-8', () => {
    const latin = page.replace(
      'Coalition exit timetable',
      'Coalition exit timetable, café edition',
    );
    const out = annotate(write('latin1.html', Buffer.from(latin, 'latin1')), '--explain');
    expect(claims(JSON.stringify(out))).toEqual(claims(JSON.stringify(expected)));
    expect(decodePage(Buffer.from(latin, 'latin1'))).toContain('café edition');
  });

  it('a page declaring its charset in a meta tag is decoded with it', () => {
    const html = `<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"></head><body><p>Kurdistan’s café: ${EXIT_CLAIM}</p></body></html>`;
    const bytes = Buffer.from(html.replace('’', "'"), 'latin1');
    expect(declaredCharset(bytes)).toBe('windows-1252');
    expect(decodePage(bytes)).toContain("Kurdistan's café");
    expect(claims(run(['annotate', write('meta.html', bytes), '--json']).stdout)).toEqual([
      'full-exit-end-2025',
    ]);
  });

  it('valid UTF-8 stays UTF-8 even when a meta tag claims UTF-16', () => {
    const html = `<html><head><meta charset="utf-16"></head><body><p>Arbil — ${EXIT_CLAIM}</p></body></html>`;
    expect(decodePage(Buffer.from(html, 'utf8'))).toContain('Arbil — ');
  });

  it('20,000 nested elements: no stack overflow, the claim is found', () => {
    const deep = `<html><body>${'<div>'.repeat(20_000)}<p>${EXIT_CLAIM}</p>${'</div>'.repeat(20_000)}</body></html>`;
    expect(claims(run(['annotate', write('deep.html', deep), '--json']).stdout)).toEqual([
      'full-exit-end-2025',
    ]);
  });

  it('20,000 unclosed nested elements', () => {
    const deep = `<html><body>${'<div><span>'.repeat(10_000)}<p>${EXIT_CLAIM}`;
    expect(claims(run(['annotate', write('deep-open.html', deep), '--json']).stdout)).toEqual([
      'full-exit-end-2025',
    ]);
  });

  it('an unclosed comment hides what follows it, as in a browser, and nothing breaks', () => {
    const html = `<html><body><p>${EXIT_CLAIM}</p><!-- <p>Diplomats said the remaining troops would leave Iraq by the end of 2026.</p>`;
    expect(claims(run(['annotate', write('comment.html', html), '--json']).stdout)).toEqual([
      'full-exit-end-2025',
    ]);
  });

  it('a long page is read as far as the extension reads it, and no further', () => {
    expect(ARTICLE_MAX_CHARS).toBe(MAX_CHARS);
    const filler =
      '<p>The council met on Tuesday to talk about the bus timetable and the bins.</p>\n';
    const body = filler.repeat(Math.ceil((MAX_CHARS * 1.1) / 70));
    const late = EXIT_CLAIM.replace('2025', '2026');
    const file = write(
      'long.html',
      `<html><body><p>${EXIT_CLAIM}</p>${body}<p>${late}</p></body></html>`,
    );
    const { code, stdout, stderr } = run(['annotate', file, '--json']);
    expect(code).toBe(0);
    expect(stderr).toMatch(
      /only the first 400,000 characters of text were read, as in the extension/,
    );
    expect(JSON.parse(stdout).truncatedAt).toBe(MAX_CHARS);
    expect(claims(stdout)).toEqual(['full-exit-end-2025']);
    // Half a megabyte of page: slow on a busy machine.
  }, 60_000);

  it('the text summary counts one sentence in the singular', () => {
    const html = '<html><body><p>The harvest was early this year.</p></body></html>';
    const { stdout } = run(['annotate', write('one-sentence.html', html)]);
    expect(stdout.split('\n')[0]).toMatch(/^0 statements found in 1 sentence \(published/);
  });

  it('markup-like text in the page stays text in the output', () => {
    const html = `<html><body><p>${EXIT_CLAIM} &lt;img src=x onerror=alert(1)&gt;</p></body></html>`;
    const out = annotate(write('markup.html', html));
    expect(out.highlights[0].text).toContain('<img src=x onerror=alert(1)>');
  });
});

describe('flags', () => {
  it.each([
    ['--published 2024-02-30', ['--published', '2024-02-30'], /"2024-02-30"/],
    ['--published 2023-02-29 (not a leap year)', ['--published', '2023-02-29'], /"2023-02-29"/],
    ['--published 2024-13-45', ['--published', '2024-13-45'], /"2024-13-45"/],
    ['--published 2024-00', ['--published', '2024-00'], /"2024-00"/],
    ['--published with no value', ['--published'], /argument missing/],
    ['--format on annotate', ['--format', 'claimreview'], /--format applies to kb export only/],
    ['an unknown long flag', ['--verbose'], /Unknown option '--verbose'/],
    ['an unknown short flag', ['-x'], /Unknown option '-x'/],
  ])('%s → exit 2', (_name, flags, message) => refused(['annotate', fixture, ...flags], message));

  it('a leap day is a real date', () => {
    expect(annotate(fixture, '--published', '2024-02-29').published).toBe('2024-02-29');
  });

  it('an unknown command, or a second file', () => {
    refused(['annotat', fixture], /usage: claimlight annotate/);
    refused(['annotat', fixture], /^claimlight: unknown command "annotat"; /);
    refused(['annotate', fixture, fixture], /usage: claimlight annotate/);
    refused(['annotate', fixture, fixture], /annotate reads one file, got 2; /);
  });

  it("an unknown option is named without Node's note on positional arguments", () => {
    const { stderr } = run(['annotate', fixture, '--colour']);
    expect(stderr).toBe(
      "claimlight: Unknown option '--colour' (claimlight --help lists the options)",
    );
  });

  it('--help prints the usage and exits 0', () => {
    const { code, stdout } = run(['--help']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/kb export --format claimreview/);
  });
});
