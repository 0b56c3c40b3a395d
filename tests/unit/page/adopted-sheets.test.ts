/**
 * adopted-sheets.ts: the list itself where the browser gives it (Chromium), the page's own view
 * of the node where it does not (Firefox's content scripts: `wrappedJSObject`, `cloneInto`,
 * `XPCNativeWrapper`, stood in for here). The real Firefox is in the E2E tests (firefox,
 * hostile-firefox: our rules in the page's adoptedStyleSheets, open shadow roots styled).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { adoptedSheets, adoptSheets } from '../../../page/adopted-sheets';

const sheet = (name: string) => ({ name }) as unknown as CSSStyleSheet;
const fx = globalThis as Record<string, unknown>;

afterEach(() => {
  delete fx.cloneInto;
  delete fx.XPCNativeWrapper;
});

describe('adopted sheets', () => {
  it('reads and writes the list itself where there are no Firefox functions', () => {
    const ours = sheet('ours');
    const target = { adoptedStyleSheets: [sheet('page')] } as unknown as Document;
    adoptSheets(target, [...adoptedSheets(target), ours]);
    expect(adoptedSheets(target)).toContain(ours);
    expect(adoptedSheets(target)).toHaveLength(2);
  });

  it("in Firefox, goes through the page's view, cloning the list into the page's world", () => {
    const ours = sheet('ours');
    const waived = new WeakMap<object, object>();
    const clones: unknown[] = [];
    // The page's view hands out other objects for the same sheets; unwaiving gives ours back.
    const waive = (s: CSSStyleSheet) => {
      const w = { waived: s };
      waived.set(w, s);
      return w;
    };
    fx.XPCNativeWrapper = (w: object) => waived.get(w) ?? w;
    fx.cloneInto = (list: CSSStyleSheet[], _view: object, options: { wrapReflectors: boolean }) => {
      expect(options.wrapReflectors).toBe(true);
      clones.push(list);
      return list.map(waive);
    };
    const page = { adoptedStyleSheets: [waive(sheet('page'))] as unknown[] };
    // What a content script sees of the node: no list at all (Firefox ESR 140's Xray).
    const target = { wrappedJSObject: page, defaultView: {} } as unknown as Document;
    adoptSheets(target, [...adoptedSheets(target), ours]);
    expect(clones).toHaveLength(1);
    expect(adoptedSheets(target)).toContain(ours);
    adoptSheets(
      target,
      adoptedSheets(target).filter((s) => s !== ours),
    );
    expect(adoptedSheets(target)).not.toContain(ours);
    expect(adoptedSheets(target)).toHaveLength(1);
  });
});
