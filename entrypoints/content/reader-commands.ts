/**
 * What the keyboard commands do in the page: walk to the next or previous statement (scroll to
 * it, open its card, say which it is), and show or hide the highlights. Each result is announced
 * in a polite live region, in the reader's language.
 *
 * Both follow the reader's settings as a scan does: the walk steps through the statements whose
 * verdict the settings show (the others are neither painted nor clickable), and showing the
 * highlights again paints through the scan's own painter, so exactly what a fresh scan would.
 */
import { verdictLabel } from '../../components/verdict-words';
import { type Announcer, createAnnouncer } from '../../page/announce';
import { shownBySettings } from '../../page/apply-settings';
import {
  type Direction,
  revealStatement,
  stepStatement,
  topOf,
} from '../../page/navigate-statements';
import type { Settings } from '../../page/settings';
import { t } from '../shared/i18n';
import type { ReaderCommand } from './messages';
import type { Painter } from './painter';
import type { Scan } from './scan';

export type ReaderCommands = {
  /** True while the reader has hidden the highlights; scans must then not paint. */
  readonly hidden: boolean;
  run(command: ReaderCommand): void;
  /** The statement whose card was opened last (by a click too), where "next" continues from. */
  setCurrent(index: number | null): void;
};

type Options = {
  scan: () => Scan | null;
  /** Opens statement `index`'s card (Escape then returns focus to the sentence or the focused control). */
  open: (index: number) => void;
  closeCard: () => void;
  /** The settings in force: which verdicts are shown. */
  settings: () => Settings;
  /** What paints the scans (reader.ts's): the toggle hides and shows through it. */
  painter: Painter;
  signal: AbortSignal;
};

export function createReaderCommands({
  scan,
  open,
  closeCard,
  settings,
  painter,
  signal,
}: Options): ReaderCommands {
  // Made on the first command: most pages never get one, and asking browser.i18n for the first
  // time costs every page's start-up a few milliseconds.
  let made: Announcer | undefined;
  const announcer = {
    say: (text: string) => {
      made ??= createAnnouncer(document, t('uiLanguage'), signal);
      made.say(text);
    },
  };
  let hidden = false;
  let current: number | null = null;

  const go = (direction: Direction) => {
    const now = scan();
    const shown = now ? shownIndices(now, settings()) : [];
    const count = shown.length;
    if (!now || !count) {
      announcer.say(t('announceNoStatements'));
      return;
    }
    const at = current === null ? -1 : shown.indexOf(current);
    const step =
      current === null || at >= 0
        ? stepStatement(
            shown.map((i) => topOf(now.ranges[i] as Range)),
            at >= 0 ? at : null,
            direction,
            window.innerHeight,
          )
        : stepFromHidden(shown, current, direction);
    const index = shown[step];
    if (index === undefined) return;
    const match = now.matches[index];
    const range = now.ranges[index];
    if (!match || !range) return;
    current = index;
    revealStatement(range);
    open(index);
    announcer.say(
      t('announceStatement', [String(step + 1), String(count), verdictLabel(match.verdict, t)]),
    );
  };

  const toggle = () => {
    hidden = !hidden;
    const now = scan();
    if (hidden) {
      painter.unpaint();
      closeCard();
      announcer.say(t('announceHighlightsHidden'));
    } else {
      if (now) painter.show(now);
      const count = now ? shownIndices(now, settings()).length : 0;
      announcer.say(t('announceHighlightsShown', [String(count)]));
    }
  };

  return {
    get hidden() {
      return hidden;
    },
    setCurrent(index) {
      current = index;
    },
    run(command) {
      if (command === 'toggle-highlights') toggle();
      else go(command === 'next-statement' ? 'next' : 'previous');
    },
  };
}

/** Indices (into the scan's matches) of the statements the settings show, as they are painted. */
const shownIndices = (scan: Scan, settings: Settings) =>
  shownBySettings(scan.matches, scan.ranges, settings).shown;

/**
 * Where the walk goes from a statement that is no longer shown (the reader hid its verdict since
 * its card was opened): the first shown statement after it, or the last one before it, wrapping
 * around. A position in `shown`.
 */
function stepFromHidden(shown: readonly number[], current: number, direction: Direction): number {
  const count = shown.length;
  const after = shown.findIndex((i) => i > current);
  const from = after >= 0 ? after : count;
  return direction === 'next' ? from % count : (from - 1 + count) % count;
}
