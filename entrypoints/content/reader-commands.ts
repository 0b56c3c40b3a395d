/**
 * What the keyboard commands do in the page: walk to the next or previous statement (scroll to
 * it, open its card, say which it is), and show or hide the highlights. Each result is announced
 * in a polite live region, in the reader's language.
 */
import { verdictLabel } from '../../components/verdict-words';
import { type Announcer, createAnnouncer } from '../../page/announce';
import { revealStatement, stepStatement, topOf } from '../../page/navigate-statements';
import { clearPaint, paint } from '../../page/paint';
import type { ShadowHighlightStyles } from '../../page/shadow-highlight-styles';
import { t } from '../shared/i18n';
import type { ReaderCommand } from './messages';
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
  /** The content script's ::highlight() rules for shadow roots, added and removed with the paint. */
  shadowStyles?: ShadowHighlightStyles;
  signal: AbortSignal;
};

export function createReaderCommands({
  scan,
  open,
  closeCard,
  shadowStyles,
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

  const go = (direction: 'next' | 'previous') => {
    const now = scan();
    const count = now?.matches.length ?? 0;
    if (!now || !count) {
      announcer.say(t('announceNoStatements'));
      return;
    }
    const index = stepStatement(now.ranges.map(topOf), current, direction, window.innerHeight);
    const match = now.matches[index];
    const range = now.ranges[index];
    if (!match || !range) return;
    current = index;
    revealStatement(range);
    open(index);
    announcer.say(
      t('announceStatement', [String(index + 1), String(count), verdictLabel(match.verdict, t)]),
    );
  };

  const toggle = () => {
    hidden = !hidden;
    const now = scan();
    if (hidden) {
      clearPaint(shadowStyles);
      closeCard();
      announcer.say(t('announceHighlightsHidden'));
    } else {
      if (now)
        paint(
          now.ranges,
          now.matches.map((m) => m.verdict),
          signal,
          shadowStyles,
          now.shadowRoots.length > 0,
        );
      announcer.say(t('announceHighlightsShown', [String(now?.matches.length ?? 0)]));
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
