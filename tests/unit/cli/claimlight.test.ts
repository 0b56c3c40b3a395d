/**
 * The CLI in-process: same engine and page reader as the extension, on saved HTML files.
 * Bad input must give one line on stderr and exit code 2.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { run } from '../../../cli/claimlight';

const fixture = (...p: string[]) => path.resolve(__dirname, '../../fixtures', ...p);

describe('claimlight annotate --json', () => {
  it('prints the documented shape with sources on each side', () => {
    const { code, stdout, stderr } = run([
      'annotate',
      fixture('pages/withdrawal-timetable.html'),
      '--json',
    ]);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const out = JSON.parse(stdout);
    expect(out.published).toBe('2024-09-09');
    const exit2025 = out.highlights.find(
      (h: { claim: string }) => h.claim === 'full-exit-end-2025',
    );
    expect(exit2025).toMatchObject({ position: 'end-2025', statement: expect.any(String) });
    expect(exit2025.text).toContain('by the end of 2025');
    expect(exit2025.corroborating.map((s: { source: string }) => s.source)).toEqual(['rudaw']);
    expect(exit2025.contradicting.map((s: { source: string }) => s.source)).toContain('cradle');
    for (const side of [...exit2025.corroborating, ...exit2025.contradicting])
      expect(side).toEqual(
        expect.objectContaining({ source: expect.any(String), says: expect.any(String) }),
      );
  });

  it('reads messy, unclosed markup and resolves relative dates from the page metadata', () => {
    const out = JSON.parse(run(['annotate', fixture('cli/unclosed-tags.html'), '--json']).stdout);
    expect(out.published).toBe('2024-09-10');
    expect(out.highlights.map((h: { claim: string }) => h.claim)).toEqual([
      'full-exit-end-2025',
      'full-exit-2026',
    ]);
  });

  it('--published overrides the page date and moves a relative deadline', () => {
    const out = JSON.parse(
      run(['annotate', fixture('cli/unclosed-tags.html'), '--json', '--published', '2025-08-17'])
        .stdout,
    );
    expect(out.published).toBe('2025-08-17');
    expect(out.highlights.map((h: { claim: string }) => h.claim)).toEqual([
      'full-exit-2026',
      'full-exit-2026',
    ]);
  });

  it('--published accepts a month and resolves "next year" against it', () => {
    const out = JSON.parse(
      run(['annotate', fixture('cli/unclosed-tags.html'), '--json', '--published', '2025-08'])
        .stdout,
    );
    expect(out.published).toBe('2025-08');
    expect(out.highlights.map((h: { claim: string }) => h.claim)).toEqual([
      'full-exit-2026',
      'full-exit-2026',
    ]);
  });

  it('--explain adds the evidence and the near misses', () => {
    const { stdout } = run(['annotate', fixture('pages/withdrawal-timetable.html'), '--explain']);
    expect(stdout).toMatch(/date: deadline end of 2025/);
    expect(stdout).toMatch(/concept: withdraw ← /);
  });

  it('--explain names the clause it read and why the claim beat the runners-up', () => {
    const { stdout } = run(['annotate', fixture('cli/frame-and-rivals.html'), '--explain']);
    expect(stdout).toMatch(
      /clause: read the main clause; "Under the agreement" is taken for granted/,
    );
    expect(stdout).toMatch(/rival: won over agreement-reached: score \d+ to \d+/);
    // The frame's agreement is not what the first sentence asserts: its card is the date's.
    const cards = [...stdout.matchAll(/\[([a-z0-9-]+)(?: → [a-z0-9-]+)?\]/g)].map((m) => m[1]);
    expect(new Set(cards)).toEqual(new Set(['full-exit-2026']));
  });
});

describe('claimlight annotate (text)', () => {
  it("says a plan's fate and what each later event tells about it, in the card's words", () => {
    const demo = path.resolve(__dirname, '../../../demo/coalition-timeline.html');
    const { code, stdout } = run(['annotate', demo]);
    expect(code).toBe(0);
    const block = stdout.split('\n\n').find((b) => b.includes('[full-exit-end-2025'));
    if (!block) throw new Error('the demo page should card the end-2025 exit');
    expect(block).toMatch(/\n {3}plan due 2025-12: not carried out\n/);
    // A step done after the plan's date is not the plan done: the line says what it shows.
    expect(block).toMatch(/\n {3}since then, 2026-01-17, shows it was still not done: \S/);
    expect(block).not.toMatch(/: not done\b/);
    // An event's highlight says it is one.
    expect(stdout).toMatch(/\n {3}event\b/);
  });
});

describe('bad input', () => {
  it.each([
    ['a missing file', ['annotate', fixture('cli/nope.html')], /no such file/],
    ['a directory', ['annotate', fixture('cli')], /not a file/],
    ['a binary file', ['annotate', fixture('cli/image.png')], /binary file/],
    [
      'a text file that is not HTML',
      ['annotate', fixture('cli/plain-notes.txt')],
      /not an HTML document/,
    ],
    [
      'a malformed --published',
      ['annotate', fixture('cli/unclosed-tags.html'), '--published', 'Sept 9'],
      /YYYY-MM-DD/,
    ],
    [
      'an impossible --published day',
      ['annotate', fixture('cli/unclosed-tags.html'), '--published', '2024-13-45'],
      /--published must be a real date as YYYY-MM-DD or a month as YYYY-MM, got "2024-13-45"/,
    ],
    [
      'a --published 30 February',
      ['annotate', fixture('cli/unclosed-tags.html'), '--published', '2024-02-30'],
      /YYYY-MM-DD.*"2024-02-30"/,
    ],
    [
      'a --published month 13',
      ['annotate', fixture('cli/unclosed-tags.html'), '--published', '2024-13'],
      /YYYY-MM.*"2024-13"/,
    ],
    [
      'an unknown flag',
      ['annotate', fixture('cli/unclosed-tags.html'), '--colour'],
      /Unknown option/,
    ],
    ['no command', [], /usage/],
  ])('%s → one line on stderr, exit 2', (_name, argv, message) => {
    const { code, stdout, stderr } = run(argv);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(message);
    expect(stderr.split('\n')).toHaveLength(1);
  });
});

describe('text encodings', () => {
  // Generated from an ASCII fixture at test time, so the repository holds no binary pages.
  const dir = mkdtempSync(path.join(tmpdir(), 'claimlight-bom-'));
  const source = readFileSync(fixture('cli/unclosed-tags.html'), 'utf8').replace(
    'Coalition exit timetable',
    'Coalition exit timetable — Baghdad’s view',
  );
  const write = (name: string, bytes: Buffer) => {
    const file = path.join(dir, name);
    writeFileSync(file, bytes);
    return file;
  };
  const utf16le = Buffer.from(source, 'utf16le');
  const expected = JSON.parse(
    run(['annotate', write('plain.html', Buffer.from(source, 'utf8')), '--json']).stdout,
  );
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it.each([
    ['UTF-8 with a BOM', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(source)])],
    ['UTF-16LE with a BOM', Buffer.concat([Buffer.from([0xff, 0xfe]), utf16le])],
    [
      'UTF-16BE with a BOM',
      Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(utf16le).swap16()]),
    ],
  ])('%s is decoded, not refused as binary', (name, bytes) => {
    const { code, stdout, stderr } = run([
      'annotate',
      write(`${name.replace(/\W+/g, '-')}.html`, bytes),
      '--json',
    ]);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const out = JSON.parse(stdout);
    expect(out).toEqual(expected);
    expect(out.highlights.map((h: { claim: string }) => h.claim)).toEqual([
      'full-exit-end-2025',
      'full-exit-2026',
    ]);
  });

  it('UTF-16 without a BOM is still refused as binary', () => {
    const { code, stderr } = run(['annotate', write('no-bom.html', utf16le)]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/binary file/);
  });
});
