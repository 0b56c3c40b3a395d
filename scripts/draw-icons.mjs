/**
 * Draws the toolbar and store icons: a simple mark of our own (four lines of text, one
 * in each verdict colour, on a dark tile), rasterised by Debian's Chromium so no image
 * tool is needed. Run `node scripts/draw-icons.mjs` after changing the mark; the PNGs in
 * public/icon/ are committed, so a build never needs a browser.
 */
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { CHROMIUM } from './local-browser.mjs';

const ROOT = resolve(import.meta.dirname, '..');
const OUT = join(ROOT, 'public/icon');
const SIZES = [16, 32, 48, 128];

/** The mark on a 128-unit grid; small sizes drop the thin strokes that would blur. */
export function iconSvg(size) {
  const small = size <= 32;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 128 128">
  <rect x="4" y="4" width="120" height="120" rx="26" fill="#1f2937"/>
  <rect x="20" y="30" width="88" height="${small ? 16 : 12}" rx="6" fill="#2ea043"/>
  <rect x="20" y="${small ? 56 : 54}" width="64" height="${small ? 16 : 12}" rx="6" fill="#d49922"/>
  <rect x="20" y="${small ? 82 : 78}" width="76" height="${small ? 16 : 12}" rx="6" fill="#e5484d"/>
  ${small ? '' : '<rect x="20" y="102" width="48" height="8" rx="4" fill="#5487d6"/>'}
</svg>`;
}

async function main() {
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
  mkdirSync(OUT, { recursive: true });
  for (const size of SIZES) {
    const page = await browser.newPage({ viewport: { width: size, height: size } });
    await page.setContent(
      `<html><body style="margin:0;background:transparent">${iconSvg(size)}</body></html>`,
    );
    await page.screenshot({ path: join(OUT, `${size}.png`), omitBackground: true });
    await page.close();
  }
  await browser.close();
  console.log(`wrote ${SIZES.map((s) => `public/icon/${s}.png`).join(', ')}`);
}

await main();
