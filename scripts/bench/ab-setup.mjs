/**
 * What the A/B scripts (first-scan-ab.mjs, worker-ab.mjs) share: the builds named with
 * --extension, the number of rounds, and the bench's story pages written to a folder of their own
 * and served locally, with the warm-up page beside them.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { serveFolders } from '../local-browser.mjs';
import { WARMUP_HTML } from './browser.mjs';
import { generatePages } from './pages.mjs';

/**
 * @param {{ extension?: string[], pages: string, rounds: string }} values parsed arguments
 * @param {string} folder the temporary folder's name
 */
export async function abSetup(values, folder) {
  const builds = (values.extension ?? []).map((dir) => resolve(dir));
  if (builds.length === 0) throw new Error('name one build or more with --extension DIR');
  const rounds = Number(values.rounds);
  const wanted = values.pages.split(',');
  const pages = generatePages().filter((p) => wanted.includes(p.name));
  if (pages.length !== wanted.length) throw new Error(`unknown page in ${values.pages}`);

  const pageDir = join(tmpdir(), folder);
  mkdirSync(pageDir, { recursive: true });
  for (const p of pages) writeFileSync(join(pageDir, `${p.name}.html`), p.html);
  writeFileSync(join(pageDir, 'warmup.html'), WARMUP_HTML);
  const server = await serveFolders({ '/ab/': pageDir });
  /** @param {string} name */
  const url = (name) => `${server.origin}/ab/${name}.html`;
  return { builds, rounds, pages, server, url };
}
