/**
 * The match port between content script and background: what the background sends in batches,
 * unpacked on the page, is what the engine found, in the same order, without the cards' sources;
 * with the view the background gives an open card, it is all of it; a pass stops when its page
 * goes away.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import story from 'virtual:claimlight-story';
import { describe, expect, it } from 'vitest';
import { kb } from '../../../data/index';
import { createMatcher } from '../../../engine/index';
import type { Match } from '../../../engine/types';
import { runPass } from '../../../entrypoints/background/match-service';
import {
  isCardViewRequest,
  isMatchRequest,
  isMatchText,
  type MatchBatch,
  type MatchReply,
  type MatchRequest,
  packMatches,
  receivedCards,
  SentCards,
  TEXT_PIECE_CHARS,
  textPieces,
  unpackMatches,
  withView,
} from '../../../entrypoints/content/match-port';

const seeds = path.resolve(__dirname, '../../../../shared/seeds');
// Every seed article back to back: a long text with many matches, several per claim.
const text = kb.sources
  .flatMap((s) => (s.seedFile ? [s.seedFile] : []))
  .map((file) => readFileSync(path.join(seeds, file), 'utf8').replace(/\n/g, '\n\n'))
  .join('\n\n');
const matcher = createMatcher(story);
const request: MatchRequest = { type: 'match', text, published: '2024-09-27', startAt: 0 };
const expected = matcher.match(text, { published: request.published });
/**
 * What the page gets of a match: all of it but the evidence, which only --explain shows, and
 * the sources (the lists and a plan's later reports), which its card asks for when it opens.
 */
const onPage = (matches: Match[]) =>
  JSON.parse(
    JSON.stringify(
      matches.map((m) => {
        const page = { ...m, evidence: [], corroborating: [], contradicting: [] };
        if (!m.time) return page;
        const { since: _since, ...time } = m.time;
        return { ...page, time };
      }),
    ),
  );

describe('packMatches / unpackMatches', () => {
  it('round-trips the engine’s matches through JSON, sending each card once', () => {
    expect(expected.matches.length).toBeGreaterThan(20);
    const sent = new SentCards();
    const known = receivedCards();
    const half = Math.floor(expected.matches.length / 2);
    const batches = [expected.matches.slice(0, half), expected.matches.slice(half)].map((ms) =>
      JSON.parse(JSON.stringify(packMatches(ms, sent))),
    ) as MatchBatch[];
    const keys = batches.flatMap((b) => Object.keys(b.cards));
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys.length).toBeLessThan(expected.matches.length);
    const back = batches.flatMap((b) => unpackMatches(b, known, text));
    expect(back).toEqual(onPage(expected.matches));
  });

  it('sends a match as its place and its card’s number, and a card only once per port', () => {
    const sent = new SentCards();
    packMatches(expected.matches, sent);
    // The same claims again (a long article repeats them): no card travels a second time.
    const again = packMatches(expected.matches, sent);
    expect(again.cards).toEqual({});
    expect(Object.keys(again.matches[0] as object).sort()).toEqual([
      'card',
      'end',
      'score',
      'start',
    ]);
    expect(JSON.stringify(again).length).toBeLessThan(JSON.stringify(expected.matches).length / 20);
  });

  it('gives two sentences of one claim their own cards when the cards differ', () => {
    const [m] = expected.matches as [Match];
    const batch = packMatches([m, { ...m, summary: `${m.summary}!` }, m], new SentCards());
    expect(batch.matches.map((w) => w.card)).toEqual([0, 1, 0]);
  });

  it('tells cards apart whatever their text holds (no separator can make two keys alike)', () => {
    const [m] = expected.matches as [Match];
    const a = { ...m, statement: 'x;summary"1:y', summary: 'z' };
    const b = { ...m, statement: 'x', summary: 'y;summary"1:z' };
    const c = { ...m, value: '2', score: 2 };
    const d = { ...m, value: undefined, score: 2 };
    const batch = packMatches([a, b, a, c, d], new SentCards());
    expect(batch.matches.map((w) => w.card)).toEqual([0, 1, 0, 2, 3]);
  });

  it('knows a card by the content of its lists, not by which object holds them', () => {
    const [m] = expected.matches as [Match];
    const copy = JSON.parse(JSON.stringify(m)) as Match;
    const fewer = { ...m, corroborating: m.corroborating.slice(1) };
    const batch = packMatches([m, copy, fewer], new SentCards());
    expect(batch.matches.map((w) => w.card)).toEqual([0, 0, 1]);
    expect(Object.keys(batch.cards)).toEqual(['0', '1']);
  });

  it('refuses a match whose card was never sent', () => {
    const batch = packMatches(expected.matches.slice(0, 1), new SentCards());
    expect(() => unpackMatches({ ...batch, cards: {} }, receivedCards(), text)).toThrow(
      /card never sent/,
    );
  });

  it('sends no source: an open card gets its sources and later reports from the matcher', () => {
    const batch = JSON.parse(JSON.stringify(packMatches(expected.matches, new SentCards())));
    expect(JSON.stringify(batch)).not.toMatch(/"(since|link|outlet)"/);
    const back = unpackMatches(batch, receivedCards(), text);
    // With the view the background gives for the card's claim and value: the whole match.
    const opened = back.map((m) => {
      const view = matcher.card(m.claim, m.value);
      if (!view) throw new Error(`no view of ${m.claim}`);
      return withView(m, JSON.parse(JSON.stringify(view)));
    });
    const whole = JSON.parse(JSON.stringify(expected.matches.map((m) => ({ ...m, evidence: [] }))));
    expect(opened).toEqual(whole);
    const plan = expected.matches.find((x) => x.time?.since?.some((s) => s.sources.length > 0));
    if (!plan) throw new Error('no plan with later reports among the matches');
    expect(matcher.card(plan.claim, plan.value)?.time).toBe(plan.time);
    expect(matcher.card('no such claim')).toBeNull();
  });

  it('checks a card view request before trusting it', () => {
    expect(isCardViewRequest({ type: 'claimlight:card', claim: 'c1' })).toBe(true);
    expect(isCardViewRequest({ type: 'claimlight:card', claim: 'c1', value: '2025-09' })).toBe(
      true,
    );
    expect(isCardViewRequest({ type: 'claimlight:card', claim: 1 })).toBe(false);
    expect(isCardViewRequest({ type: 'claimlight:card', claim: 'c1', value: 9 })).toBe(false);
    expect(isCardViewRequest(null)).toBe(false);
  });

  it('checks a request before trusting it', () => {
    expect(isMatchRequest(request)).toBe(true);
    expect(isMatchRequest({ ...request, text: 42 })).toBe(false);
    expect(isMatchRequest({ ...request, published: undefined })).toBe(false);
    expect(isMatchRequest(null)).toBe(false);
  });
});

describe('runPass (the background’s side)', () => {
  it('sends every match once, in batches, the last with the totals', async () => {
    const replies: MatchReply[] = [];
    // Slices of one step, so the pass sends batches before its end.
    const done = await runPass(
      matcher,
      request,
      { isOpen: () => true, reply: (r) => replies.push(JSON.parse(JSON.stringify(r))) },
      0,
    );
    expect(replies.length).toBeGreaterThan(1);
    const known = receivedCards();
    const found: Match[] = [...replies, JSON.parse(JSON.stringify(done.last)) as MatchBatch]
      .flatMap((r) => (r.type === 'matches' ? unpackMatches(r, known, text) : []))
      .sort((a, b) => a.start - b.start);
    expect(found).toEqual(onPage(expected.matches));
    expect(done.count).toBe(expected.matches.length);
    // Their verdicts, for the badge to count those the reader's settings show.
    expect(done.verdicts).toEqual(expected.matches.map((m) => m.verdict));
    expect(done.sentences).toBe(expected.sentences);
    expect(done.engineMs).toBeGreaterThan(0);
  });

  it('keeps a short article’s matches for the end: one message carries them and the totals', async () => {
    const short = { ...request, text: text.slice(0, 3000) };
    const replies: MatchReply[] = [];
    // One slice however slow the machine: the pass fits in it, as a short article's does.
    const done = await runPass(
      matcher,
      short,
      { isOpen: () => true, reply: (r) => replies.push(r) },
      Number.POSITIVE_INFINITY,
    );
    expect(replies).toEqual([]);
    expect(done.count).toBeGreaterThan(0);
    expect(done.last.matches.length).toBe(done.count);
    expect(done.count).toBe(
      matcher.match(short.text, { published: short.published }).matches.length,
    );
  });

  it('stops when the page goes away', async () => {
    let open = true;
    const replies: MatchReply[] = [];
    // Slices of one step each, so the pass takes many turns; the page leaves after the first batch.
    const pass = runPass(
      matcher,
      request,
      {
        isOpen: () => open,
        reply: (r) => {
          replies.push(r);
          open = false;
        },
      },
      0,
    );
    await expect(pass).rejects.toThrow(/went away/);
    expect(replies).toHaveLength(1);
  });
});

describe('textPieces (a long text travels in pieces)', () => {
  it('cuts the text into pieces no longer than the limit that join back into it', () => {
    const pieces = textPieces(text, 1000);
    expect(pieces.length).toBe(Math.ceil(text.length / 1000));
    expect(pieces.every((p) => p.length <= 1000)).toBe(true);
    expect(pieces.join('')).toBe(text);
  });

  it('sends a short text whole, in one message', () => {
    expect(textPieces('Troops leave.')).toEqual(['Troops leave.']);
    expect(textPieces('')).toEqual(['']);
    expect(TEXT_PIECE_CHARS).toBeGreaterThan(10_000);
  });

  it('never splits a surrogate pair, so no piece holds half a character', () => {
    // An emoji is two UTF-16 code units; put one across every possible cut.
    const emoji = '\u{1F1EE}\u{1F1F6}';
    const long = `${'a'.repeat(9)}${emoji}`.repeat(50);
    for (const size of [2, 3, 10, 11, 12]) {
      const pieces = textPieces(long, size);
      expect(pieces.join('')).toBe(long);
      for (const p of pieces) {
        expect(p.length).toBeGreaterThan(0);
        expect(p.isWellFormed()).toBe(true);
      }
    }
  });

  it('tells a piece of text from other messages', () => {
    expect(isMatchText({ type: 'text', text: 'abc' })).toBe(true);
    expect(isMatchText({ type: 'text', text: 3 })).toBe(false);
    expect(isMatchText(request)).toBe(false);
  });
});
