/**
 * What `kb propose` reads: each file once, and every article with an id of its own, since a
 * review file names entries by it ("page.html:3"). Pages saved under one file name from two
 * sites are named by their paths. The pages here are our own words.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readInputs } from '../../../cli/kb-inputs';

const dir = mkdtempSync(path.join(tmpdir(), 'kb-inputs-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function page(folder: string, site: string, text: string): string {
  mkdirSync(path.join(dir, folder), { recursive: true });
  const file = path.join(dir, folder, 'index.html');
  writeFileSync(
    file,
    `<!doctype html><html><head><meta property="og:site_name" content="${site}"><title>t</title></head><body><article><p>${text}</p></article></body></html>`,
  );
  return file;
}

describe('readInputs', () => {
  const harbour = page('harbour', 'Harbour Times', 'The ferry crews left the pier on Monday.');
  const valley = page('valley', 'Valley Post', 'The council voted to keep the pier open.');

  it('names two pages of one file name by their paths, so their entries differ', () => {
    const articles = readInputs([harbour, valley]);
    expect(articles.map((a) => a.outlet)).toEqual(['Harbour Times', 'Valley Post']);
    const ids = articles.map((a) => a.id);
    expect(new Set(ids).size).toBe(2);
    expect(ids[0]).toMatch(/harbour\/index\.html$/);
    expect(ids[1]).toMatch(/valley\/index\.html$/);
  });

  it('keeps the file name as the id when no other page shares it', () => {
    expect(readInputs([harbour]).map((a) => a.id)).toEqual(['index.html']);
  });

  it('reads a file given twice once', () => {
    const again = path.join(dir, 'harbour', '..', 'harbour', 'index.html');
    expect(readInputs([harbour, again]).map((a) => a.id)).toEqual(['index.html']);
  });
});
