/**
 * The first scan's side of the match port (entrypoints/content/scan.ts): matches that arrive in
 * batches are shown as they come, and the finished scan reuses the Ranges made for them rather
 * than making a second Range for every match of a long page.
 */
import story from 'virtual:claimlight-story';
import { describe, expect, it } from 'vitest';
import { createMatcher } from '../../../engine/index';
import { type MatchReply, packMatches, SentCards } from '../../../entrypoints/content/match-port';
import type { RemotePass } from '../../../entrypoints/content/match-remotely';
import { scanPage } from '../../../entrypoints/content/scan';
import { liveDocument } from '../page/load-page';

const SENTENCES = [
  'An adviser to the Iraqi prime minister said every coalition soldier would leave Iraq by the end of 2025.',
  'A State Department spokesperson said Washington had never discussed pulling US forces out of Iraq.',
  "Iraq's parliament voted in January 2020 to expel foreign troops.",
  'The coalition was formed in 2014 to fight the Islamic State group.',
];

/** A background that answers with the engine's matches in two batches, then the end. */
function twoBatches(request: { text: string; published: string | null }): RemotePass {
  const found = createMatcher(story).match(request.text, { published: request.published });
  const sent = new SentCards();
  const half = Math.ceil(found.matches.length / 2);
  const replies: MatchReply[] = [
    packMatches(found.matches.slice(0, half), sent),
    {
      ...packMatches(found.matches.slice(half), sent),
      type: 'done',
      sentences: found.sentences,
      counted: found.matches.length,
      engineMs: 1,
      engineCold: false,
    },
  ].map((r) => JSON.parse(JSON.stringify(r)));
  return {
    *send() {},
    next: async () => replies.shift() as MatchReply,
    close() {},
  };
}

describe('scanPage', () => {
  it('reuses the Ranges it made while showing progress for the finished scan', async () => {
    const paragraphs = SENTENCES.map(
      (s) => `<p>${s} Officials, speaking in Baghdad, said more.</p>`,
    );
    const doc = liveDocument(
      `<body><article><h1>Troops</h1>${paragraphs.join('')}</article></body>`,
    );
    const shown: Range[][] = [];
    const scan = await scanPage(doc, twoBatches, null, {
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
});
