/**
 * The reader's commands follow the reader's settings as a scan does (entrypoints/content/
 * reader-commands.ts, painter.ts): showing the highlights again paints only the verdicts the
 * settings show, and next/previous step only through the statements that are shown.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Match, Verdict } from '../../../engine/types';
import { createPainter } from '../../../entrypoints/content/painter';
import { createReaderCommands } from '../../../entrypoints/content/reader-commands';
import type { Scan } from '../../../entrypoints/content/scan';
import { DEFAULT_SETTINGS, type Settings } from '../../../page/settings';
import { stubHighlightApi } from '../page/stub-highlight-api';
import { setMarkup } from '../set-markup';

const VERDICTS: Verdict[] = ['corroborated', 'disputed', 'corroborated', 'contradicted'];

/** Four statements, one paragraph each, with the verdicts above. */
function fourStatements(): Scan {
  setMarkup(document.body, VERDICTS.map((_, i) => `<p>Ferry statement ${i + 1}.</p>`).join(''));
  const ranges = [...document.querySelectorAll('p')].map((p) => {
    const range = document.createRange();
    range.selectNodeContents(p);
    return range;
  });
  const matches = VERDICTS.map((verdict, i) => ({ verdict, text: `statement ${i + 1}` }) as Match);
  return { text: '', matches, ranges, sentences: 4, shadowRoots: [] };
}

/** What is registered, as "verdict: paragraph text" lines. */
function painted(registry: Map<string, Set<Range>>): string[] {
  return [...registry]
    .flatMap(([name, ranges]) => [...ranges].map((r) => `${name}: ${r.toString()}`))
    .sort();
}

describe('reader commands under the reader settings', () => {
  let registry: Map<string, Set<Range>>;
  let controller: AbortController;
  /** The messages asked for, as "key subs…" (the announcements among them). */
  let said: string[];
  beforeEach(() => {
    registry = stubHighlightApi();
    controller = new AbortController();
    said = [];
    vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation(
      (key: string, subs?: string | (string | number)[]) => {
        said.push([key, ...[subs ?? []].flat()].join(' '));
        return key;
      },
    );
  });
  afterEach(() => {
    controller.abort();
    vi.unstubAllGlobals();
  });

  /** The reader's wiring: one painter shared by the scan and the commands. */
  function reader(settings: Settings) {
    const scan = fourStatements();
    const opened: number[] = [];
    const painter = createPainter({
      doc: document,
      settings: () => settings,
      signal: controller.signal,
    });
    const commands = createReaderCommands({
      scan: () => scan,
      open: (index) => opened.push(index),
      closeCard: () => {},
      settings: () => settings,
      painter,
      signal: controller.signal,
    });
    return { scan, painter, commands, opened };
  }

  const hideDisputed: Settings = {
    ...DEFAULT_SETTINGS,
    verdicts: ['corroborated', 'contradicted', 'single-source'],
  };

  it('showing the highlights again paints what a scan paints: not the verdict the reader hid', () => {
    const { scan, painter, commands } = reader(hideDisputed);
    painter.show(scan);
    const fresh = painted(registry);
    expect(fresh).toEqual([
      'claimlight-contradicted: Ferry statement 4.',
      'claimlight-corroborated: Ferry statement 1.',
      'claimlight-corroborated: Ferry statement 3.',
    ]);
    commands.run('toggle-highlights');
    expect(commands.hidden).toBe(true);
    expect(painted(registry)).toEqual([]);
    expect(painter.painted).toEqual([]);
    commands.run('toggle-highlights');
    expect(commands.hidden).toBe(false);
    expect(painted(registry)).toEqual(fresh);
    expect(said).toContain('announceHighlightsShown 3');
    // The hover cue and the clicks cover what is painted, not the hidden statement.
    expect(painter.painted).toEqual([scan.ranges[0], scan.ranges[2], scan.ranges[3]]);
  });

  it('next and previous step only through the statements that are shown, and wrap', () => {
    const { commands, opened } = reader(hideDisputed);
    for (let i = 0; i < 4; i++) commands.run('next-statement');
    expect(opened).toEqual([0, 2, 3, 0]);
    commands.run('previous-statement');
    commands.run('previous-statement');
    expect(opened.slice(4)).toEqual([3, 2]);
    // Counted among the shown statements: the third and last shown is statement 4.
    expect(said.filter((s) => s.startsWith('announceStatement'))[2]).toBe(
      'announceStatement 3 3 verdictContradicted',
    );
  });

  it('from a statement whose verdict was hidden since, the walk goes on to its shown neighbours', () => {
    const { commands, opened } = reader(hideDisputed);
    commands.setCurrent(1);
    commands.run('next-statement');
    commands.setCurrent(1);
    commands.run('previous-statement');
    commands.setCurrent(3);
    commands.run('next-statement');
    expect(opened).toEqual([2, 0, 0]);
  });

  it('with every verdict hidden there is no statement to go to, and nothing to paint', () => {
    const { commands, opened } = reader({ ...DEFAULT_SETTINGS, verdicts: [] });
    commands.run('next-statement');
    expect(opened).toEqual([]);
    expect(said).toContain('announceNoStatements');
    commands.run('toggle-highlights');
    commands.run('toggle-highlights');
    expect(painted(registry)).toEqual([]);
  });
});
