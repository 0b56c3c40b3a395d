/**
 * One pass over the page, in slices: read the article, have the background match it
 * (match-remotely.ts), turn the matches' offsets into Ranges (the first batch's as it arrives,
 * to show it at once; the rest when they are shown). No slice holds the main thread for more than a few milliseconds (page/run-in-slices.ts).
 * Measured as performance.measure('claimlight:scan') from `since` (for the first scan, when the
 * content script started) to the end, with the summed slice time as `detail.busyMs`.
 */
import type { CompiledStory } from '../../engine/compile-story';
import type { Match } from '../../engine/types';
import { type Article, extractArticleSteps, type TextSegment } from '../../page/article';
import { checkPublishedSteps, type FirstLook, firstLookSteps } from '../../page/first-look';
import { allOnPage, toRange } from '../../page/ranges';
import {
  Cancelled,
  enterPhase,
  runInSlices,
  type SliceClock,
  startClock,
  waitOutside,
  yieldIfSpent,
  yieldToPage,
} from '../../page/run-in-slices';
import { type MatchBatch, type MatchRequest, receivedCards, unpackMatches } from './match-port';
import type { RemotePass } from './match-remotely';
import { measureScan, roundMs } from './measure-scan';
import { reanchorSteps } from './reanchor-scan';

/** The reader's settings, as a scan needs them. */
export type ReaderSettings = {
  /** Reads them (from storage: a wait that is not the page's time); never rejects. */
  load(): Promise<void>;
  /** Once loaded, whether and how to read this page; the defaults if they could not be read. */
  forPage(): { paused: boolean; headlines: boolean };
};

export type Scan = {
  text: string;
  matches: Match[];
  /** Index-aligned with `matches`. */
  ranges: Range[];
  sentences: number;
  /** Why the page is not about the story, when it is not. */
  offTopic?: string;
  /** Open shadow roots the article was read from, for the watcher to observe too. */
  shadowRoots: ShadowRoot[];
  /** The reader paused Claimlight on this site: the page is left as it was. */
  paused?: true;
  /**
   * The count the background already showed on the toolbar badge for this scan (it matched it):
   * its matches whose verdict the reader's settings show.
   */
  counted?: number;
};

/**
 * How often the first scan of a page shows what it has found so far: at once for the first
 * matches (the part the reader sees), then rarely, since each showing re-registers every range.
 */
const PROGRESS_MS = 500;

/** Articles longer than this are read only up to it: the engine's cost grows with the text. */
export const MAX_CHARS = 400_000;

export async function scanPage(
  doc: Document,
  /** Starts a matching pass in the background (match-remotely.ts). */
  match: (request: Omit<MatchRequest, 'type'>) => RemotePass,
  previous: Scan | null,
  options: {
    since: number;
    isCancelled: () => boolean;
    topic: CompiledStory['topic'];
    /**
     * The reader's settings that decide whether and how the article is read: asked only once
     * the first look found the story's place, so a page not about the story never reads them.
     */
    readerSettings?: ReaderSettings;
    /** Shows the matches found so far (the part the reader sees comes first). */
    onProgress?: (ranges: Range[], matches: Match[], shadowRoots: ShadowRoot[]) => void;
    /**
     * Shows the finished scan (paint, badge). Called in the scan's last slice, before the
     * measure is recorded: showing it is part of what the scan costs the page.
     */
    apply?: (scan: Scan) => void;
    /**
     * The clock of a first look already done (by the content script, which found the place and
     * then loaded this code): the scan goes on from it instead of looking again.
     */
    placeNamed?: SliceClock;
  },
): Promise<Scan> {
  let clock: SliceClock;
  let look: FirstLook;
  if (options.placeNamed) {
    // Its slice began when the reader started (content/index.ts), so its set-up counts too.
    clock = options.placeNamed;
    enterPhase(clock, 'published date');
    look = await runInSlices(checkPublishedSteps(doc, options.topic), clock, options.isCancelled);
  } else {
    clock = startClock(options.since);
    // A re-scan, or a shortcut's first look: it began in a task of the page's (the watcher's
    // timer, a message), which it ends before reading.
    await yieldToPage(clock);
    enterPhase(clock, 'first look');
    look = await runInSlices(firstLookSteps(doc, options.topic), clock, options.isCancelled);
  }
  /** Shows the finished scan, then records the measure (its last slice holds the showing). */
  const finish = (scan: Scan, engine: { ms: number; cold: boolean } | null = null): Scan => {
    options.apply?.(scan);
    measureScan(options.since, clock, {
      highlights: scan.matches.length,
      sentences: scan.sentences,
      ...(scan.offTopic && { offTopic: scan.offTopic }),
      ...(engine && { engineMs: roundMs(engine.ms), engineCold: engine.cold }),
    });
    return scan;
  };
  const offTopic = look.notAbout;
  if (offTopic)
    return finish({ text: '', matches: [], ranges: [], sentences: 0, offTopic, shadowRoots: [] });
  const cancelled = options.isCancelled;
  // Waiting for the settings is not a slice of ours (it is in wallMs only); asking is, and
  // ends the slice. The phase is entered once the answer is in: a slice is labelled by the
  // phase it ends in, and this one was filled by the published date (or the first look) read
  // before the asking, which longestSlicePhase must name.
  const settings = options.readerSettings;
  if (settings) await waitOutside(clock, settings.load);
  enterPhase(clock, 'settings');
  const reader = settings?.forPage() ?? { paused: false, headlines: true };
  if (reader.paused)
    return finish({
      text: '',
      matches: [],
      ranges: [],
      sentences: 0,
      offTopic: 'the reader paused Claimlight on this site',
      shadowRoots: [],
      paused: true,
    });
  // The page named the story: the rest runs in slices (this one began with the settings'
  // answer, so it goes on until its budget is spent).
  enterPhase(clock, 'article');
  const extract = { maxChars: MAX_CHARS, headlines: reader.headlines };
  let article = await runInSlices(extractArticleSteps(doc, extract), clock, cancelled);
  const { text } = article;
  // Unrelated DOM churn (ads, live clocks) re-triggers scans; the engine only reruns on new text.
  let result: Pick<Scan, 'matches' | 'sentences' | 'offTopic'>;
  /** The background's matching time, for the measure (null when the text had not changed). */
  let engine: { ms: number; cold: boolean } | null = null;
  /** What the background put on the toolbar badge (when it matched this text). */
  let counted: number | undefined;
  /** Ranges already made while showing progress, reused for the final set. */
  const made = new Map<Match, Range>();
  if (previous && previous.text === text) result = previous;
  else {
    const { published } = look;
    const startAt = firstVisibleOffset(doc, article);
    // The background matches; this side turns each batch of matches into Ranges as it comes.
    // Sending the text (connecting, copying it) is ours; waiting for each reply is not.
    enterPhase(clock, 'matching');
    const pass = match({ text, published, startAt });
    try {
      await runInSlices(pass.send(), clock, cancelled);
      const found: Match[] = [];
      const foundRanges: Range[] = [];
      const known = receivedCards();
      /**
       * Batches that came while no showing was due, kept as they came: unpacking them and making
       * their Ranges waits for the next showing or the end of the pass. While the background
       * matches, it holds a core, and the page's slices in that time ran up to several times
       * slower than the same work after the pass; the work is the same, done once, in order.
       */
      const pending: Pick<MatchBatch, 'matches' | 'cards'>[] = [];
      const unpackPending = () => {
        const batch: Match[] = [];
        for (const reply of pending.splice(0))
          for (const m of unpackMatches(reply, known, text)) batch.push(m);
        for (const m of batch) found.push(m);
        return batch;
      };
      let shownAt = 0;
      for (;;) {
        const reply = await waitOutside(clock, () => pass.next());
        if (cancelled()) throw new Cancelled();
        if (reply.type === 'failed') throw new Error(`matching failed: ${reply.error}`);
        pending.push(reply);
        if (reply.type === 'done') {
          // Its matches are the last: the final Ranges below make theirs, with no showing first.
          unpackPending();
          engine = { ms: reply.engineMs, cold: reply.engineCold };
          counted = reply.counted;
          result = {
            matches: found,
            sentences: reply.sentences,
            ...(reply.offTopic && { offTopic: reply.offTopic }),
          };
          break;
        }
        // The first batch (the part the reader sees) at once, then rarely: each showing
        // re-registers every range.
        const progress = options.onProgress;
        if (!progress || (shownAt !== 0 && performance.now() - shownAt < PROGRESS_MS)) continue;
        const batch = unpackPending();
        const ranges = await runInSlices(
          toRanges(doc, article.segments, batch, made),
          clock,
          cancelled,
        );
        for (const r of ranges) foundRanges.push(r);
        // Showing is one step (every range registered at once): in a slice with time left.
        await yieldIfSpent(clock, cancelled);
        shownAt = performance.now();
        progress(foundRanges.slice(), found.slice(), article.shadowRoots);
      }
    } finally {
      pass.close();
    }
    result.matches.sort((a, b) => a.start - b.start);
  }
  let { matches } = result;
  // An app that re-rendered the article while the matches were on their way replaced the nodes
  // they were read from: Ranges on them would collapse. Find the passages again by their text.
  const { segments } = article;
  if (!allOnPage(segments, matches)) {
    enterPhase(clock, 're-anchor');
    const moved = await runInSlices(reanchorSteps(doc, text, matches, extract), clock, cancelled);
    article = moved.article;
    matches = moved.matches;
    made.clear();
  }
  enterPhase(clock, 'ranges');
  const ranges = await runInSlices(
    toRanges(doc, article.segments, matches, made),
    clock,
    cancelled,
  );
  // Showing the finished scan is one step too.
  await yieldIfSpent(clock, cancelled);
  return finish(
    {
      text: article.text,
      matches,
      ranges,
      sentences: result.sentences,
      ...(result.offTopic && { offTopic: result.offTopic }),
      shadowRoots: article.shadowRoots,
      ...(counted !== undefined && { counted }),
    },
    engine,
  );
}

/** The matches' Ranges, a few hundred at a time (a long page can have a thousand). */
function* toRanges(
  doc: Document,
  segments: TextSegment[],
  matches: Match[],
  made: Map<Match, Range>,
): Generator<void, Range[], void> {
  const ranges: Range[] = [];
  for (const m of matches) {
    let range = made.get(m);
    if (!range) {
      range = toRange(doc, segments, m.start, m.end);
      // Kept, so the final set reuses the Ranges made while showing progress.
      made.set(m, range);
    }
    ranges.push(range);
    if (ranges.length % 200 === 0) yield;
  }
  return ranges;
}

/**
 * Where the reader is: the text offset of the first article text at or below the top of the
 * viewport, so the engine reads that part first. 0 at the top of the page (the usual case),
 * which costs no layout at all.
 */
function firstVisibleOffset(doc: Document, article: Article): number {
  const view = doc.defaultView;
  if (!view || view.scrollY <= 0 || article.segments.length === 0) return 0;
  const below = (s: TextSegment) => (s.node.parentElement?.getBoundingClientRect().bottom ?? 0) > 0;
  let lo = 0;
  let hi = article.segments.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (below(article.segments[mid] as TextSegment)) hi = mid;
    else lo = mid + 1;
  }
  return (article.segments[lo] as TextSegment).start;
}
