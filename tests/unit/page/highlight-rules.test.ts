/**
 * The page highlights must tell verdicts apart without colour and keep their underlines visible:
 * read from the stylesheet the extension ships, not from a copy of its numbers.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { VERDICTS } from '../../../page/paint';

const css = readFileSync(resolve(import.meta.dirname, '../../../page/highlight-rules.css'), 'utf8');
const [normal = '', forced = ''] = css.split('@media (forced-colors: active)');

type Rgb = [number, number, number];

/** The declarations of `::highlight(claimlight-<verdict>)` outside the forced-colours block. */
function rule(verdict: string): string {
  const match = new RegExp(`::highlight\\(claimlight-${verdict}\\)\\s*\\{([^}]*)\\}`).exec(normal);
  if (!match?.[1]) throw new Error(`no rule for ${verdict}`);
  return match[1];
}

function numbers(text: string): number[] {
  return text.split(',').map((n) => Number(n.trim()));
}

/** WCAG relative luminance. */
function luminance(rgb: Rgb): number {
  const [r, g, b] = rgb.map((c) => {
    const v = c / 255;
    return v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  }) as Rgb;
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a: Rgb, b: Rgb): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

const WHITE: Rgb = [255, 255, 255];
const NEAR_BLACK: Rgb = [18, 18, 18];

describe('highlight-rules.css', () => {
  it('gives every verdict its own underline shape, none of them wavy', () => {
    const shapes = VERDICTS.map(
      (v) => /text-decoration:\s*underline\s+(\w+)/.exec(rule(v))?.[1] ?? 'none',
    );
    expect(new Set(shapes).size).toBe(VERDICTS.length);
    expect(shapes).not.toContain('wavy');
    expect(shapes).not.toContain('none');
  });

  it.each(VERDICTS)(
    '%s underline has ≥ 3:1 contrast on light and dark pages, also over its tint',
    (v) => {
      const decl = rule(v);
      const line = numbers(/underline\s+\w+\s+rgb\(([^)]*)\)/.exec(decl)?.[1] ?? '') as Rgb;
      const [r, g, b, alpha] = numbers(/background-color:\s*rgba\(([^)]*)\)/.exec(decl)?.[1] ?? '');
      const tint = (page: Rgb) =>
        page.map(
          (c, i) => (alpha as number) * ([r, g, b][i] as number) + (1 - (alpha as number)) * c,
        ) as Rgb;
      for (const page of [WHITE, NEAR_BLACK]) {
        expect(contrast(line, page)).toBeGreaterThanOrEqual(3);
        expect(contrast(line, tint(page))).toBeGreaterThanOrEqual(3);
      }
    },
  );

  it('has a forced-colours style (system colour, thicker shapes) for every verdict', () => {
    for (const v of VERDICTS) expect(forced).toContain(`::highlight(claimlight-${v})`);
    expect(forced).toMatch(/text-decoration-color:\s*CanvasText/);
    expect(forced).toMatch(/text-decoration-thickness:\s*3px/);
  });
});
