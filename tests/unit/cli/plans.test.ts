/**
 * The CLI's JSON carries plans and events: every highlight says which its claim is; a plan's
 * lists `since` (the later claims, their dates, what became of the plan, their sources) and an
 * event's names the plan it answers. Fields are added beside the documented ones, never renamed.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { run } from '../../../cli/claimlight';

const dir = mkdtempSync(path.join(tmpdir(), 'claimlight-plans-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A page of our own words, dated in its metadata. */
function page(published: string, ...paragraphs: string[]): string {
  const file = path.join(dir, `${published}.html`);
  writeFileSync(
    file,
    `<!doctype html><html><head><meta property="article:published_time" content="${published}"></head><body><article>${paragraphs.map((p) => `<p>${p}</p>`).join('')}</article></body></html>`,
  );
  return file;
}

describe('claimlight annotate --json: plans and events', () => {
  const file = page(
    '2026-01-20',
    'Hundreds of US-led coalition troops were to withdraw from Iraq by September 2025 under the 2024 deal.',
    'Iraqi forces took full control of Ain al-Asad after the US troops left on 17 January 2026.',
  );
  const { code, stdout } = run(['annotate', file, '--json']);
  const out = JSON.parse(stdout);

  it('keeps the documented fields and says whether each claim is a plan or an event', () => {
    expect(code).toBe(0);
    expect(out.highlights.length).toBe(2);
    for (const h of out.highlights) {
      expect(h).toMatchObject({ claim: expect.any(String), verdict: expect.any(String) });
      expect(['plan', 'event']).toContain(h.kind);
    }
  });

  it('lists under a plan the later claims with dates, outcomes and sources', () => {
    const plan = out.highlights.find((h: { kind: string }) => h.kind === 'plan');
    expect(plan.due).toBe('2025-09');
    expect(plan.outcome).toBe('late');
    expect(plan.since.length).toBeGreaterThan(0);
    for (const s of plan.since) {
      expect(s).toMatchObject({
        claim: expect.any(String),
        statement: expect.any(String),
        happened: expect.stringMatching(/^\d{4}-\d{2}/),
        outcome: expect.stringMatching(/^(on-time|late|changed|not-done)$/),
      });
      expect(s.sources[0]).toMatchObject({ outlet: expect.any(String), link: expect.any(String) });
    }
  });

  it('names under an event the plan it answers', () => {
    const event = out.highlights.find((h: { kind: string }) => h.kind === 'event');
    expect(event.happened).toBe('2026-01-17');
    expect(event.fulfils).toMatchObject({
      claim: 'ain-al-asad-handover-dec-2025',
      outcome: 'late',
    });
  });

  it('lists every plan an event answers in `answers`, the documented `fulfils` object first', () => {
    const event = out.highlights.find((h: { kind: string }) => h.kind === 'event');
    expect(event.answers[0]).toEqual(event.fulfils);
    expect(event.answers).toContainEqual(
      expect.objectContaining({ claim: 'full-exit-end-2025', due: '2025-12', outcome: 'not-done' }),
    );
    for (const a of event.answers)
      expect(a).toMatchObject({ claim: expect.any(String), statement: expect.any(String) });
  });
});
