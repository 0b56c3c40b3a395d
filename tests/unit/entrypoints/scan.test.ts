/**
 * The first scan's side of the match port (entrypoints/content/scan.ts): of the matches that
 * arrive in batches, the first batch is shown at once and the rest with the finished scan, which
 * reuses the Ranges made for a showing rather than making a second Range for every match.
 */
import story from 'virtual:claimlight-story';
import { describe, expect, it } from 'vitest';
import { createMatcher } from '../../../engine/index';
import type { Match } from '../../../engine/types';
import { type MatchReply, packMatches, SentCards } from '../../../entrypoints/content/match-port';
import type { RemotePass } from '../../../entrypoints/content/match-remotely';
import { scanPage } from '../../../entrypoints/content/scan';
import type { SliceClock } from '../../../page/run-in-slices';
import { liveDocument } from '../page/load-page';

const SENTENCES = [
  'An adviser to the Iraqi prime minister said every coalition soldier would leave Iraq by the end of 2025.',
  'A State Department spokesperson said Washington had never discussed pulling US forces out of Iraq.',
  "Iraq's parliament voted in January 2020 to expel foreign troops.",
  'The coalition was formed in 2014 to fight the Islamic State group.',
];

/** A background that answers with the engine's matches in `batches` batches, then the end. */
function inBatches(batches: number) {
  return (request: { text: string; published: string | null }): RemotePass => {
    const found = createMatcher(story).match(request.text, { published: request.published });
    const sent = new SentCards();
    const size = Math.ceil(found.matches.length / (batches + 1));
    const replies: MatchReply[] = [];
    for (let i = 0; i < batches; i++)
      replies.push(packMatches(found.matches.slice(i * size, (i + 1) * size), sent));
    replies.push({
      ...packMatches(found.matches.slice(batches * size), sent),
      type: 'done',
      sentences: found.sentences,
      counted: found.matches.length,
      engineMs: 1,
      engineCold: false,
    });
    const onTheWire = replies.map((r) => JSON.parse(JSON.stringify(r)) as MatchReply);
    return {
      *send() {},
      next: async () => onTheWire.shift() as MatchReply,
      close() {},
    };
  };
}

function storyPage() {
  const paragraphs = SENTENCES.map((s) => `<p>${s} Officials, speaking in Baghdad, said more.</p>`);
  return liveDocument(`<body><article><h1>Troops</h1>${paragraphs.join('')}</article></body>`);
}

describe('scanPage', () => {
  it('reuses the Ranges it made while showing progress for the finished scan', async () => {
    const doc = storyPage();
    const shown: Range[][] = [];
    const scan = await scanPage(doc, inBatches(1), null, {
      since: performance.now(),
      isCancelled: () => false,
      topic: story.topic,
      onProgress: (ranges) => shown.push(ranges),
    });
    expect(scan.matches.length).toBeGreaterThan(1);
    expect(shown.length).toBeGreaterThan(0);
    const first = shown[0] as Range[];
    expect(first.length).toBeGreaterThan(0);
    for (const range of first) expect(scan.ranges).toContain(range);
    // Each Range covers its match's text, and its card came over the port once.
    for (const [i, r] of scan.ranges.entries()) expect(r.toString()).toBe(scan.matches[i]?.text);
    expect(scan.matches.every((m) => m.statement.length > 0)).toBe(true);
  });

  it('shows the first batch at once and the batches after it with the finished scan', async () => {
    const doc = storyPage();
    const shown: Match[][] = [];
    const scan = await scanPage(doc, inBatches(3), null, {
      since: performance.now(),
      isCancelled: () => false,
      topic: story.topic,
      // Within PROGRESS_MS of the first showing: the later batches wait for the end.
      onProgress: (_ranges, matches) => shown.push(matches),
    });
    expect(shown).toHaveLength(1);
    const first = shown[0] as Match[];
    expect(first.length).toBeGreaterThan(0);
    expect(first.length).toBeLessThan(scan.matches.length);
    // Every match of every batch, once, in reading order, each with its Range and its card.
    const expected = createMatcher(story).match(scan.text, {}).matches;
    expect(scan.matches.map((m) => [m.start, m.claim])).toEqual(
      expected.map((m) => [m.start, m.claim]),
    );
    for (const [i, r] of scan.ranges.entries()) expect(r.toString()).toBe(scan.matches[i]?.text);
  });

  it("names the phase that filled the reader's first slice, not the settings asked for at its end", async () => {
    // The content script's first look found the place; the reader goes on in its slice, which
    // has already held the thread long (as a page with a huge head would).
    const clock: SliceClock = {
      busyMs: 0,
      sliceStart: performance.now() - 500,
      longestMs: 0,
      phase: 'starting the reader',
      phaseMs: {},
    };
    await scanPage(storyPage(), inBatches(0), null, {
      since: performance.now(),
      isCancelled: () => false,
      topic: story.topic,
      placeNamed: clock,
      readerSettings: {
        load: async () => {},
        forPage: () => ({ paused: false, headlines: true }),
      },
    });
    expect(clock.longestMs).toBeGreaterThanOrEqual(500);
    expect(clock.longestPhase).toBe('published date');
  });
});
