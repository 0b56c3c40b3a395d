/**
 * A pronoun subject carries the actors the sentence before it named (engine/carry-subject.ts).
 * Pure function: hand-made SentenceWords, tokens from the real tokenizer.
 */
import { describe, expect, it } from 'vitest';
import {
  answerTo,
  bodyOfReferent,
  carrySubject,
  countGoesOn,
  countOfTheirs,
  eventOfIt,
  toldEarlier,
} from '../../../engine/carry-subject';
import type { SentenceWords } from '../../../engine/sentence-facts';
import { sentence } from './sentence-words';

/** A sentence with the given hits, each [concept, word]: the hit spans that word's first token. */

const ACTORS = new Set(['coalition', 'us', 'troops', 'iraq', 'isis']);

const previous = sentence('The coalition was set up to fight ISIS in Iraq.', [
  ['coalition', 'coalition'],
  ['isis', 'ISIS'],
  ['iraq', 'Iraq'],
]);

describe('carrySubject', () => {
  it('"it" does not take an actor the sentence before named as a person', () => {
    // The deal is the thing "it" stands for; the mayor it was a win for is a person.
    const ACTORS_HERE = new Set(['council', 'mayor']);
    const before = sentence(
      'The deal is seen as a win for the mayor, Anna Lind, and the council.',
      [
        ['mayor', 'the mayor'],
        ['mayor', 'Anna Lind'],
        ['council', 'council'],
      ],
    );
    const it_ = sentence('It would also answer the demands of the dockers.');
    expect(carrySubject(it_, before, ACTORS_HERE).hits.map((h) => h.concept)).toEqual(['council']);
    // "She" may still be the mayor.
    const she = sentence('She would also answer the demands of the dockers.');
    expect(carrySubject(she, before, ACTORS_HERE).hits.map((h) => h.concept)).toContain('mayor');
  });

  it('"he" does not take an actor the sentence before held only through "they" or "it"', () => {
    // '"In 2014 they took the town," the mayor said.': "they" stood for the group.
    const quote = sentence("'In 2014 they took the town,' the mayor said.");
    const before = {
      ...quote,
      hits: [{ concept: 'isis', from: 2, to: 3, text: 'they (→ "ISIS")', inferred: true }],
    } as SentenceWords;
    const he = sentence('He said the dockers, by contrast, still threaten the pier.');
    expect(carrySubject(he, before, ACTORS).hits).toEqual([]);
    // "They" may still be the group.
    const they = sentence('They still threaten the pier.');
    expect(carrySubject(they, before, ACTORS).hits.map((h) => h.concept)).toEqual(['isis']);
  });

  it('a pronoun subject carries the actors the previous sentence named', () => {
    const current = sentence('It was formed in 2014.');
    const carried = carrySubject(current, previous, ACTORS);
    expect(carried.hits.map((h) => h.concept)).toEqual(['coalition', 'isis', 'iraq']);
    // The rest of the sentence is untouched.
    expect(carried.text).toBe(current.text);
    expect(carried.tokens).toBe(current.tokens);
  });

  it('a noun of the story’s own (its referringNouns) points back as "the plan" does', () => {
    const closure = sentence('The closure came two weeks late.');
    expect(carrySubject(closure, previous, ACTORS).hits).toEqual([]);
    expect(
      carrySubject(closure, previous, ACTORS, false, new Set(['closure'])).hits.map(
        (h) => h.concept,
      ),
    ).toEqual(['coalition', 'isis', 'iraq']);
  });

  it('"the plan" or "this deal" as the subject points back as a pronoun does', () => {
    for (const text of ['The plan foresees an exit in 2026.', 'This deal was sealed in 2014.'])
      expect(carrySubject(sentence(text), previous, ACTORS).hits.map((h) => h.concept)).toEqual([
        'coalition',
        'isis',
        'iraq',
      ]);
    // Any other noun after "the" is a subject of its own.
    expect(carrySubject(sentence('The weather was fine.'), previous, ACTORS).hits).toEqual([]);
  });

  it('"the deal" past a sentence that tells of no deal points back at the deal told earlier', () => {
    const PARTIES = new Set(['board', 'operator', 'council', 'crews']);
    const lease = sentence('The harbour board signed a lease with a ferry operator in May.', [
      ['board', 'board'],
      ['operator', 'operator'],
      ['agreement', 'lease'],
    ]);
    const talk = sentence('The council met the crews to talk about mooring rates.', [
      ['council', 'council'],
      ['crews', 'crews'],
    ]);
    const deal = sentence('The deal still needs the mayor’s approval.', [['agreement', 'deal']]);
    const page = [lease, talk, deal];
    const told = (kinds: readonly string[]) => toldEarlier(page, 1, kinds);
    // The lease's parties, not those of the talk of rates just before.
    expect(
      carrySubject(deal, talk, PARTIES, false, undefined, told).hits.map((h) => h.concept),
    ).toEqual(['board', 'operator', 'agreement']);
    // No deal told earlier: the sentence before, as ever.
    expect(
      carrySubject(deal, talk, PARTIES, false, undefined, () => undefined).hits.map(
        (h) => h.concept,
      ),
    ).toEqual(['council', 'crews', 'agreement']);
    // A sentence before that tells of a deal is the one it points back at.
    const agreed = sentence('The council and the crews agreed on new mooring rates.', [
      ['council', 'council'],
      ['crews', 'crews'],
      ['agreement', 'agreed'],
    ]);
    expect(
      carrySubject(deal, agreed, PARTIES, false, undefined, told).hits.map((h) => h.concept),
    ).toEqual(['council', 'crews', 'agreement']);
    // A noun the story reads as nothing ("the step") points back at the sentence before.
    expect(
      carrySubject(
        sentence('The step still needs approval.'),
        talk,
        PARTIES,
        false,
        undefined,
        told,
      ).hits.map((h) => h.concept),
    ).toEqual(['council', 'crews']);
  });

  it('"the deal" takes up the other body that the sentence telling the deal named', () => {
    const BODIES = new Set(['firms']);
    const lease = sentence('A Portsean shipping firm signed a lease with the harbour board.', [
      ['firms', 'Portsean shipping firm'],
      ['board', 'board'],
      ['agreement', 'lease'],
    ]);
    const rates = sentence('Mooring rates rose in May.');
    const deal = sentence('The deal still needs the council’s approval.', [['agreement', 'deal']]);
    const page = [lease, rates, deal];
    expect(bodyOfReferent(deal, page, 2, BODIES).hits.map((h) => h.concept)).toEqual([
      'agreement',
      'firms',
    ]);
    // A deal told with no other body, or a subject that is no referring noun, takes up nothing.
    const own = sentence('The harbour board agreed on new rates with the crews.', [
      ['board', 'board'],
      ['agreement', 'agreed'],
    ]);
    expect(bodyOfReferent(deal, [own, rates, deal], 2, BODIES)).toBe(deal);
    const weather = sentence('The weather still needs watching.');
    expect(bodyOfReferent(weather, page, 2, BODIES)).toBe(weather);
  });

  it('a deal said to exist ("There is an understanding") is the deal the page told first', () => {
    const BODIES = new Set(['firms']);
    const lease = sentence('A Portsean shipping firm signed a lease with the harbour board.', [
      ['firms', 'Portsean shipping firm'],
      ['agreement', 'lease'],
    ]);
    // "Under the deal" names the lease again: the body is looked for where it was told.
    const under = sentence('Under the deal, the firm will run two berths.', [
      ['agreement', 'deal'],
    ]);
    for (const text of [
      'There is an understanding, and only the council’s vote remains.',
      'There’s a deal, and only the council’s vote remains.',
    ]) {
      const noun = text.startsWith('There is') ? 'understanding' : 'deal';
      const exists = sentence(text, [['agreement', noun]]);
      expect(
        bodyOfReferent(exists, [lease, under, exists], 2, BODIES).hits.map((h) => h.concept),
      ).toEqual(['agreement', 'firms']);
    }
    // Without the determiner's pointing back or a thing said to exist, nothing is taken up.
    const new_ = sentence('Officials hope for an understanding soon.', [
      ['agreement', 'understanding'],
    ]);
    expect(bodyOfReferent(new_, [lease, under, new_], 2, BODIES)).toBe(new_);
  });

  it('"the statement" or "the meeting" as the subject points back to what was said or done before', () => {
    for (const text of [
      'The statement spoke of a lasting partnership.',
      'The gathering also opened a new stage of work.',
      'The shift follows a year of talks.',
    ])
      expect(carrySubject(sentence(text), previous, ACTORS).hits.map((h) => h.concept)).toEqual([
        'coalition',
        'isis',
        'iraq',
      ]);
    // Not across a paragraph break, as for "the plan".
    expect(carrySubject(sentence('The statement was short.'), previous, ACTORS, true).hits).toEqual(
      [],
    );
  });

  it('a quote whose speaker the sentence before named carries its actors, across paragraphs', () => {
    const told = sentence('Mayor Harlow said the coalition was set up to fight ISIS in Iraq.', [
      ['coalition', 'coalition'],
      ['isis', 'ISIS'],
      ['iraq', 'Iraq'],
    ]);
    const quote = sentence('"The danger has not passed," Harlow said, according to his office.');
    expect(carrySubject(quote, told, ACTORS, true).hits.map((h) => h.concept)).toEqual([
      'coalition',
      'isis',
      'iraq',
    ]);
    // Someone else named after the quote is a speaker of their own.
    const other = sentence('"The danger has not passed," Ashby said, according to his office.');
    expect(carrySubject(other, told, ACTORS, true).hits).toEqual([]);
  });

  it('a pronoun naming the speaker after a quote carries the actors too', () => {
    const quoted = sentence('"There is no longer a need for it," he added.');
    const carried = carrySubject(quoted, previous, ACTORS);
    expect(carried.hits.map((h) => [h.concept, h.text])).toEqual([
      ['coalition', 'he (→ "coalition")'],
      ['isis', 'he (→ "ISIS")'],
      ['iraq', 'he (→ "Iraq")'],
    ]);
    // The speaker may stand nine words from the end ('," they said in a notice on their website.').
    const far = sentence(
      '"The pier was closed with five barriers," they said in a notice on their own website.',
    );
    expect(carrySubject(far, previous, ACTORS).hits.map((h) => h.concept)).toEqual([
      'coalition',
      'isis',
      'iraq',
    ]);
    // A pronoun inside the sentence, not after a quote, is no speaker.
    expect(
      carrySubject(sentence('The ferry left when he added a stop.'), previous, ACTORS).hits,
    ).toEqual([]);
  });

  it('a quote going on, with no speaker of its own, is said by the speaker before', () => {
    const said = sentence('"It was set up for that," he said.', [['coalition', 'set']]);
    const going = sentence('"There is no need for it any more.');
    expect(carrySubject(going, previous, ACTORS).hits.map((h) => h.concept)).toEqual([
      'coalition',
      'isis',
      'iraq',
    ]);
    // It may open a new paragraph after a quote, and only after a quote.
    expect(carrySubject(going, said, ACTORS, true).hits.map((h) => h.concept)).toEqual([
      'coalition',
    ]);
    expect(carrySubject(going, previous, ACTORS, true).hits).toEqual([]);
    // A pronoun subject opening a paragraph reaches the sentence before (news pages give a
    // sentence a paragraph).
    expect(
      carrySubject(sentence('It was formed in 2014.'), said, ACTORS, true).hits.map(
        (h) => h.concept,
      ),
    ).toEqual(['coalition']);
    // A quote naming its own speaker is not going on.
    expect(carrySubject(sentence('"We stay," the mayor said.'), previous, ACTORS).hits).toEqual([]);
  });

  it('a conjunction before the pronoun ("But it …") leaves it the subject', () => {
    const carried = carrySubject(sentence('But it was formed in 2014.'), previous, ACTORS);
    expect(carried.hits.map((h) => [h.concept, h.from])).toEqual([
      ['coalition', 1],
      ['isis', 1],
      ['iraq', 1],
    ]);
    expect(carrySubject(sentence('But the weather was fine.'), previous, ACTORS).hits).toEqual([]);
  });

  it('"That" as the subject ("That compares with …") points back as a pronoun does', () => {
    const current = sentence('That compares with about 2,500 before the cuts.');
    expect(carrySubject(current, previous, ACTORS).hits.map((h) => h.concept)).toEqual([
      'coalition',
      'isis',
      'iraq',
    ]);
  });

  it('a part of them ("Most of them", "Some are") as the subject points back as a pronoun does', () => {
    for (const text of [
      'Most of them moved north.',
      'Some are staying on.',
      'Several will remain.',
      // A part of what it named, and the rest of it.
      'Part of the convoy turned west to Portsea.',
      'Some of it went north to Riverton.',
      'Most of those crews left in May.',
      'The rest went north to the pier.',
    ])
      expect(carrySubject(sentence(text), previous, ACTORS).hits.map((h) => h.concept)).toEqual([
        'coalition',
        'isis',
        'iraq',
      ]);
    // A quantifier that is no subject of its own carries nothing.
    expect(carrySubject(sentence('Most ferries sail at noon.'), previous, ACTORS).hits).toEqual([]);
    expect(carrySubject(sentence('Part time crews sail at noon.'), previous, ACTORS).hits).toEqual(
      [],
    );
  });

  it('a name in the dateline of the sentence before is where it was filed, not whom "some" or "they" points at', () => {
    const ACTORS_HERE = new Set(['crews', 'lakeland']);
    const filedFrom = sentence(
      'LAKELAND — Long lines of ferry crews have been leaving the Old Pier since Friday.',
      [
        ['lakeland', 'LAKELAND'],
        ['crews', 'crews'],
      ],
    );
    for (const text of [
      'Some of the boats sailed north to Portsea.',
      'They were seen off at dawn.',
    ])
      expect(
        carrySubject(sentence(text), filedFrom, ACTORS_HERE, false).hits.map((h) => h.concept),
      ).toEqual(['crews']);
    // The same name as the sentence's own subject, past any dateline, is carried as before.
    const named = sentence('Lakeland said the crews have been leaving the Old Pier since Friday.', [
      ['lakeland', 'Lakeland'],
      ['crews', 'crews'],
    ]);
    expect(
      carrySubject(sentence('They were seen off at dawn.'), named, ACTORS_HERE)
        .hits.map((h) => h.concept)
        .sort(),
    ).toEqual(['crews', 'lakeland']);
  });

  it('an opening "According to …," before "the plan" or a pronoun leaves it the subject', () => {
    for (const text of [
      'According to the harbour board, the plan may still be signed this month.',
      'According to two pilots, they left in May.',
    ])
      expect(carrySubject(sentence(text), previous, ACTORS).hits.map((h) => h.concept)).toEqual([
        'coalition',
        'isis',
        'iraq',
      ]);
    // A subject of its own after the comma carries nothing.
    const own = sentence('According to the harbour board, ferries sail at noon.');
    expect(carrySubject(own, previous, ACTORS).hits).toEqual([]);
  });

  it('an interview\'s answer mark ("A:") before the pronoun leaves it the subject', () => {
    const answer = sentence('A: They moved north in the summer.');
    expect(carrySubject(answer, previous, ACTORS).hits.map((h) => h.concept)).toEqual([
      'coalition',
      'isis',
      'iraq',
    ]);
    // "A" as a word is no mark.
    expect(carrySubject(sentence('A ferry left. They moved.'), previous, ACTORS).hits).toEqual([]);
  });

  it('marks carried hits as inferred, spanning the pronoun (token 0)', () => {
    const carried = carrySubject(sentence('They were formed in 2014.'), previous, ACTORS);
    for (const hit of carried.hits) {
      expect(hit.inferred).toBe(true);
      expect(hit.from).toBe(0);
      expect(hit.to).toBe(1);
    }
    expect(carried.hits[0]).toEqual({
      concept: 'coalition',
      from: 0,
      to: 1,
      text: 'They (→ "coalition")',
      inferred: true,
    });
  });

  it('does not carry an actor the sentence names itself, and keeps its own hits after the carried ones', () => {
    const current = sentence('It was set up to defeat ISIS.', [['isis', 'ISIS']]);
    const carried = carrySubject(current, previous, ACTORS);
    expect(carried.hits.map((h) => [h.concept, h.inferred ?? false])).toEqual([
      ['coalition', true],
      ['iraq', true],
      ['isis', false],
    ]);
  });

  it('carries only concepts the story lists as actors', () => {
    const before = sentence('US troops will withdraw.', [
      ['us', 'US'],
      ['troops', 'troops'],
      ['withdraw', 'withdraw'],
    ]);
    const carried = carrySubject(sentence('They said so in 2024.'), before, ACTORS);
    expect(carried.hits.map((h) => h.concept)).toEqual(['us', 'troops']);
    expect(carrySubject(sentence('They said so.'), before, new Set()).hits).toEqual([]);
  });

  it('carries each actor once, however often the previous sentence named it', () => {
    const before = sentence('The coalition and its coalition partners met.', [
      ['coalition', 'coalition'],
      ['coalition', 'partners'],
    ]);
    const carried = carrySubject(sentence('They agreed.'), before, ACTORS);
    expect(carried.hits.map((h) => h.concept)).toEqual(['coalition']);
  });

  it.each(['It', 'it', 'They', 'He', 'She'])('"%s" as the first word is a pronoun subject', (p) => {
    const carried = carrySubject(sentence(`${p} left.`), previous, ACTORS);
    expect(carried.hits).toHaveLength(3);
  });

  it('a non-pronoun first word carries nothing', () => {
    for (const text of ['Officials said it was formed in 2014.', 'The base was built in 2003.']) {
      const current = sentence(text);
      expect(carrySubject(current, previous, ACTORS)).toBe(current);
    }
  });

  it('a pronoun that is not the first word carries nothing', () => {
    const current = sentence('In 2014 it was formed.');
    expect(carrySubject(current, previous, ACTORS)).toBe(current);
  });

  it('without a previous sentence the sentence is returned unchanged', () => {
    const current = sentence('It was formed in 2014.');
    expect(carrySubject(current, undefined, ACTORS)).toBe(current);
  });

  it('an empty sentence is returned unchanged', () => {
    const current = sentence('');
    expect(carrySubject(current, previous, ACTORS)).toBe(current);
  });

  it('returns the same object when the previous sentence named no actor', () => {
    const current = sentence('It was formed in 2014.');
    const before = sentence('The talks were long.', [['talks', 'talks']]);
    expect(carrySubject(current, before, ACTORS)).toBe(current);
  });

  it('does not change its inputs', () => {
    const current = sentence('It was set up to defeat ISIS.', [['isis', 'ISIS']]);
    const snapshot = structuredClone(current);
    const previousSnapshot = structuredClone(previous);
    carrySubject(current, previous, ACTORS);
    expect(current).toEqual(snapshot);
    expect(previous).toEqual(previousSnapshot);
  });

  // The tokenizer keeps a contraction as one word ("they'll", "it's"): the pronoun is the part
  // before the apostrophe, so "They'll leave by 2026." carries what "They will…" carries.
  it('a contracted pronoun subject ("They\'ll", "It\'s") carries the actors too', () => {
    const before = sentence('US troops are still in Iraq.', [
      ['us', 'US'],
      ['troops', 'troops'],
    ]);
    for (const text of ["They'll leave by the end of 2026.", "It's due to end in 2026."]) {
      const carried = carrySubject(sentence(text), before, ACTORS);
      expect(carried.hits.map((h) => h.concept)).toEqual(['us', 'troops']);
    }
  });
});

describe('carrySubject: a pronoun after an opening time of its own', () => {
  const FERRY_ACTORS = new Set(['crews']);
  const crews = sentence('The ferry crews still sail to Portsea every week.', [['crews', 'crews']]);

  it('"Last year they …", "This spring they …": the pronoun after the time is the subject', () => {
    for (const text of [
      'Last year they made only a handful of crossings.',
      'This spring they sailed less.',
    ])
      expect(carrySubject(sentence(text), crews, FERRY_ACTORS).hits.map((h) => h.concept)).toEqual([
        'crews',
      ]);
    // "Last week it …" may point at a place, not at those who act; "This may happen …" opens
    // with no time.
    expect(carrySubject(sentence('Last week it was shelled.'), crews, FERRY_ACTORS).hits).toEqual(
      [],
    );
    expect(
      carrySubject(sentence('This may be the last season.'), crews, FERRY_ACTORS).hits,
    ).toEqual([]);
  });

  it('"This month it went further": an "it" that acts after the time is the body named before', () => {
    const board = sentence('The harbour board closed the north pier in January.', [
      ['board', 'board'],
    ]);
    const BOARD = new Set(['board']);
    for (const text of [
      'This month it went further, selling the pier to a developer.',
      'Last week it voted to sell the pier.',
    ])
      expect(carrySubject(sentence(text), board, BOARD).hits.map((h) => h.concept)).toEqual([
        'board',
      ]);
    // What is done to "it" may be done to a place: "it was sold", "it is empty".
    for (const text of ['Last week it was sold to a developer.', 'This month it is empty.'])
      expect(carrySubject(sentence(text), board, BOARD).hits).toEqual([]);
  });

  it('"In May they …", "From March 2022 she …": a preposition and a date before the pronoun', () => {
    for (const text of [
      'In May they sailed twice a week.',
      'From March 2022 they ran only the night crossing.',
      'Since early 2023 they have docked at the north pier.',
      'By late June, they had tied up for good.',
    ])
      expect(
        carrySubject(sentence(text), crews, FERRY_ACTORS).hits.map((h) => h.concept),
        text,
      ).toEqual(['crews']);
    // No date after the preposition ("In fact they …"), or "it" (a place may be meant): no carry.
    for (const text of [
      'In fact they sailed less.',
      'In the harbour they wait.',
      'In May it was repainted.',
    ])
      expect(carrySubject(sentence(text), crews, FERRY_ACTORS).hits, text).toEqual([]);
  });
});

describe('carrySubject: a name named again as the subject', () => {
  const FERRY_ACTORS = new Set(['council', 'crews', 'harbour-board']);
  const before = sentence(
    'Several ferry crews have agreed to hand the pier to the council, Ann Harlow said.',
    [
      ['crews', 'crews'],
      ['council', 'council'],
    ],
  );

  it('"Harlow said …" after a sentence naming Harlow carries that sentence’s actors', () => {
    const current = sentence(
      'Harlow said the teams had answered her call and would sign on Monday.',
    );
    const carried = carrySubject(current, before, FERRY_ACTORS);
    expect(carried.hits.map((h) => h.concept)).toEqual(['crews', 'council']);
    expect(carried.hits.every((h) => h.inferred)).toBe(true);
    // Across a paragraph break too: a speaker named again often opens one.
    expect(carrySubject(current, before, FERRY_ACTORS, true).hits).toHaveLength(2);
  });

  it('a name of several words ending in the one named before carries them too', () => {
    const current = sentence('Mayor Ann Harlow told reporters the handover was near.');
    expect(carrySubject(current, before, FERRY_ACTORS).hits.map((h) => h.concept)).toEqual([
      'crews',
      'council',
    ]);
  });

  it('a name the sentence before did not give, or a capitalised opener, carries nothing', () => {
    for (const text of [
      'Tom Brice said the teams had answered the call.',
      'The teams said they would sign on Monday.',
      'In Portsea, the teams said they would sign.',
    ]) {
      const current = sentence(text);
      expect(carrySubject(current, before, FERRY_ACTORS)).toBe(current);
    }
  });

  it('a place or body named again that the sentence reads as its own takes only what it was', () => {
    const ACTORS_HERE = new Set(['envoys', 'portsea', 'crews']);
    const praised = sentence("The UN's envoy in Portsea praised the ferry crews.", [
      ['envoys', 'envoy'],
      ['portsea', 'Portsea'],
      ['crews', 'crews'],
    ]);
    // Portsea is Portsea again, not the envoy or the crews the sentence before named.
    const current = sentence('Portsea and Ashby have agreed to share the pier.', [
      ['portsea', 'Portsea'],
    ]);
    expect(carrySubject(current, praised, ACTORS_HERE).hits.map((h) => h.concept)).toEqual([
      'portsea',
    ]);
    // A name the sentence reads as nothing stands for the sentence before's subject, as before.
    const speaker = sentence('Harlow said the envoy in Portsea had praised the ferry crews.', [
      ['envoys', 'envoy'],
      ['portsea', 'Portsea'],
      ['crews', 'crews'],
    ]);
    expect(
      carrySubject(sentence('Harlow told reporters the pier was safe.'), speaker, ACTORS_HERE).hits,
    ).toHaveLength(3);
  });

  it('a negation opening both sentences ("Nor has …", "Nor have …") names no one', () => {
    const denied = sentence('Nor have the ferry crews given up on the pier, the council said.', [
      ['crews', 'crews'],
      ['council', 'council'],
    ]);
    for (const text of [
      'Nor have the queues at the ticket office gone away this winter.',
      'Never has the old pier looked so empty.',
    ]) {
      const current = sentence(text);
      expect(carrySubject(current, denied, FERRY_ACTORS), text).toBe(current);
    }
  });
});

describe('carrySubject: a short answer to the question before', () => {
  const FERRY_ACTORS = new Set(['crews']);
  const question = sentence('Where are the remaining ferry crews?', [
    ['crews', 'crews'],
    ['remain', 'remaining'],
  ]);

  it('"Mostly at the north pier." takes everything the question named, not only who', () => {
    const answer = sentence('Mostly at the north pier, where they moved in May.', [
      ['pier', 'pier'],
    ]);
    const carried = carrySubject(answer, question, FERRY_ACTORS);
    expect(carried.hits.map((h) => h.concept)).toEqual(['crews', 'remain', 'pier']);
    expect(carried.hits.slice(0, 2).every((h) => h.inferred && h.from === 0)).toBe(true);
  });

  it('a statement of its own after a question, or an answer to a quoted question, takes nothing', () => {
    const statement = sentence('The harbour board met on Monday.');
    expect(carrySubject(statement, question, FERRY_ACTORS)).toBe(statement);
    const quoted = sentence('"Where are the remaining ferry crews?"', [['crews', 'crews']]);
    const answer = sentence('Mostly at the north pier.');
    expect(carrySubject(answer, quoted, FERRY_ACTORS)).toBe(answer);
  });
});

describe('carrySubject: an interview’s answer to the point put before it', () => {
  const FERRY_ACTORS = new Set(['crews']);
  const point = sentence('Q: Critics say the crews simply moved from the pier to Portsea.', [
    ['crews', 'crews'],
    ['pier', 'pier'],
    ['portsea', 'Portsea'],
  ]);

  it('"A: Some did …" takes all the point named, past its mark, with no question mark needed', () => {
    const answer = sentence('A: Some units moved north, that is true.');
    const carried = carrySubject(answer, point, FERRY_ACTORS);
    expect(carried.hits.map((h) => h.concept)).toEqual(['crews', 'pier', 'portsea']);
    // At the answer's first word, not at its mark (read as a dateline would be).
    expect(carried.hits.every((h) => h.inferred && h.from === 1)).toBe(true);
  });

  it('"A: …" takes the point whatever its first word; not a point put after another', () => {
    const own = sentence('A: The harbour board decided that in May.');
    expect(carrySubject(own, point, FERRY_ACTORS).hits.map((h) => h.concept)).toEqual([
      'crews',
      'pier',
      'portsea',
    ]);
    const next = sentence('Q: Some say the timetable slipped.');
    expect(carrySubject(next, point, FERRY_ACTORS)).toBe(next);
    // With no mark, a statement of its own after the point takes nothing.
    const plain = sentence('The harbour board decided that in May.');
    expect(carrySubject(plain, point, FERRY_ACTORS).hits).toEqual([]);
  });

  it('an answer denying its own verb takes who the point named, not what it said of them', () => {
    // "A: The pier is not a bargaining chip.": the answer sets the point aside in its own terms.
    for (const text of [
      'A: The pier is not a bargaining chip.',
      "A: The town doesn't belong to any one crew.",
      'A: Portsea has never been a pawn.',
    ])
      expect(
        carrySubject(sentence(text), point, FERRY_ACTORS).hits.map((h) => h.concept),
        text,
      ).toEqual(['crews']);
    // A "not" further on is no denial of the answer's verb: it still takes the whole point.
    const later = sentence('A: The harbour board decided that in May, not in June.');
    expect(carrySubject(later, point, FERRY_ACTORS).hits.map((h) => h.concept)).toEqual([
      'crews',
      'pier',
      'portsea',
    ]);
  });

  it('not when asked how the one answering takes it ("Does that worry you?")', () => {
    // The question as read, with the point it took up from the turn before it.
    const worry = sentence('Does that worry you?', [['crews', 'Does']]);
    const view = sentence('A: Everyone may think what they like.');
    expect(carrySubject(view, worry, FERRY_ACTORS)).toBe(view);
    // Asked whether it is so, the answer takes it up.
    const true_ = sentence('Is it true that you left the pier?', [['pier', 'pier']]);
    const yes = sentence('A: Yes, in May.');
    expect(carrySubject(yes, true_, FERRY_ACTORS).hits.map((h) => h.concept)).toEqual(['pier']);
  });
});

describe('carrySubject: a pronoun opening a clause put before the main one', () => {
  const before = sentence('Harbour officials insist the ferry crews are leaving.', [
    ['crews', 'crews'],
  ]);

  it('"While they talk of leaving, they …" points back as the main clause\'s pronoun would', () => {
    const current = sentence('While they talk of leaving, they have been mending the boats.');
    const carried = carrySubject(current, before, new Set(['crews']));
    expect(carried.hits.map((h) => [h.concept, h.from])).toEqual([['crews', 1]]);
    const although = sentence('Although it was late, it sailed.');
    expect(carrySubject(although, before, new Set(['crews'])).hits).toHaveLength(1);
  });

  it('not a clause with a subject of its own ("While the mayor talks …")', () => {
    const current = sentence('While the mayor talks of closing, the crews mend the boats.');
    expect(carrySubject(current, before, new Set(['crews']))).toBe(current);
  });
});

describe('carrySubject: "this will happen" stands for the event before', () => {
  const before = sentence('The ferry crews are preparing to leave the Old Pier for good.', [
    ['crews', 'crews'],
    ['leave', 'leave'],
    ['old-pier', 'Old'],
  ]);

  it('takes the action and the place of the sentence before, not only who', () => {
    const current = sentence('This will happen within days, a harbour official said.');
    const carried = carrySubject(current, before, new Set(['crews']));
    expect(carried.hits.map((h) => h.concept)).toEqual(['crews', 'leave', 'old-pier']);
  });

  it('not across a paragraph break, nor "this is …", nor "this will" with a verb of its own', () => {
    for (const text of [
      'This is a mistake.',
      'This will cost the town dearly.',
      'That may be the best outcome.',
    ]) {
      const current = sentence(text);
      expect(carrySubject(current, before, new Set())).toBe(current);
    }
    const happens = sentence('This will happen within days.');
    expect(carrySubject(happens, before, new Set(), true)).toBe(happens);
  });
});

describe('carrySubject: a nationality or a place before a noun is no name named again', () => {
  it('"Riverland crews say …" after a sentence naming Riverland carries nothing', () => {
    const before = sentence('Riverland officials say the council has left the pier.', [
      ['council', 'council'],
    ]);
    const current = sentence('Riverland crews say the boats still sail at night.');
    expect(carrySubject(current, before, new Set(['council']))).toBe(current);
    const named = sentence('Riverland said the boats still sail at night.');
    expect(carrySubject(named, before, new Set(['council'])).hits).toHaveLength(1);
  });
});

describe('eventOfIt: "it" as the subject stands for the event the sentence before opened with', () => {
  const putOff = sentence('An announcement of the ferry timetable was put off in May.', [
    ['announce', 'announcement'],
    ['ferry', 'ferry'],
    ['delay', 'put'],
  ]);
  const concepts = (w: SentenceWords | undefined) => w?.hits.map((h) => h.concept);

  it("carries the concepts of the first noun of an event, a general one or the story's own", () => {
    const again = eventOfIt(sentence('It could now come in June.'), putOff, ACTORS);
    expect(concepts(again)).toEqual(['announce']);
    expect(again?.hits[0]).toMatchObject({ text: 'It (→ "announcement")', inferred: true });
    // After a conjunction or an interview's answer mark too; the story's own noun ("closure").
    const closed = sentence('The crews said the closure had begun.', [['close', 'closure']]);
    const ends = sentence('A: But it will be finished by May.');
    expect(concepts(eventOfIt(ends, closed, ACTORS, new Set(['closure'])))).toEqual(['close']);
  });

  it('an opening "Its" is that event\'s too ("Its release slipped to June.")', () => {
    const again = eventOfIt(sentence('Its release slipped to June.'), putOff, ACTORS);
    expect(concepts(again)).toEqual(['announce']);
    expect(eventOfIt(sentence('Their release slipped to June.'), putOff, ACTORS)).toBeUndefined();
  });

  it('"Its" before a noun no event owns is the paper\'s or the series\' ("Its editorial …")', () => {
    // The owner of an editorial, an episode or a front page is a thing, not the event told before.
    for (const text of [
      'Its editorial called the delay a scandal.',
      'Its sixth, filmed at the pier, shows the ferry leaving.',
      'Its front page carried a photograph of the pier.',
    ])
      expect(eventOfIt(sentence(text), putOff, ACTORS)).toBeUndefined();
    // A noun of the event's course keeps it: its timing, its date, its signing.
    expect(concepts(eventOfIt(sentence('Its timing was not explained.'), putOff, ACTORS))).toEqual([
      'announce',
    ]);
  });

  it('"it" judged by a verb of praise or blame ("called it a milestone") is that event too', () => {
    const moved = sentence('The move comes weeks before the Riverton ferry deadline.', [
      ['the-move', 'move'],
      ['ferry', 'ferry'],
    ]);
    const judged = eventOfIt(
      sentence('The mayor called it a milestone for Riverton.'),
      moved,
      ACTORS,
    );
    expect(concepts(judged)).toEqual(['the-move']);
    expect(judged?.hits[0]?.text).toBe('it (→ "move")');
    // Not "it" after another verb, nor a judging verb's other object.
    expect(eventOfIt(sentence('The mayor said it was late.'), moved, ACTORS)).toBeUndefined();
    expect(
      eventOfIt(sentence('The mayor called the pier a relic.'), moved, ACTORS),
    ).toBeUndefined();
  });

  it('not another subject, not a noun of no event, not an actor', () => {
    expect(eventOfIt(sentence('They could now come in June.'), putOff, ACTORS)).toBeUndefined();
    expect(
      eventOfIt(sentence('Officials say it could come in June.'), putOff, ACTORS),
    ).toBeUndefined();
    const people = sentence('The coalition left the pier in May.', [['coalition', 'coalition']]);
    expect(eventOfIt(sentence('It could return in June.'), people, ACTORS)).toBeUndefined();
    // "An announcement" must open its phrase: "announcement" alone in a list is not the subject told.
    const bare = sentence('Ferry announcement rules changed.', [['announce', 'announcement']]);
    expect(eventOfIt(sentence('It came in June.'), bare, ACTORS)).toBeUndefined();
  });
});

describe('answerTo: a figure after a question asking how many takes up what it asked about', () => {
  const asked = sentence('How many ferry crews are left at the pier?', [
    ['crews', 'crews'],
    ['remain', 'left'],
    ['pier', 'pier'],
  ]);
  const concepts = (w: SentenceWords | undefined) => w?.hits.map((h) => h.concept);

  it('carries every concept the question named, in digits or in words', () => {
    const digits = sentence('Officials put the figure at under 200, most of them at Ashby.');
    expect(concepts(answerTo(digits, asked))).toEqual(['crews', 'remain', 'pier']);
    const words = sentence('It is believed to be well under two hundred.');
    expect(concepts(answerTo(words, asked))).toEqual(['crews', 'remain', 'pier']);
  });

  it('not without a figure, not after another question, not after a quote asking', () => {
    expect(answerTo(sentence('Nobody outside the council knows.'), asked)).toBeUndefined();
    const when = sentence('When did the crews leave the pier?', [['crews', 'crews']]);
    expect(answerTo(sentence('They left in 2024 after 300 days of talks.'), when)).toBeUndefined();
    const quoted = sentence('"How many ferry crews are left?"', [['crews', 'crews']]);
    expect(answerTo(sentence('About 200, he said.'), quoted)).toBeUndefined();
  });
});

describe('countGoesOn: a bare figure counts what the figure before counted', () => {
  const before = sentence('Officials said the coalition crews at the pier would fall below 200.', [
    ['coalition', 'coalition'],
    ['troops', 'crews'],
  ]);
  it('carries the actors of the sentence before, at a figure ending its clause', () => {
    const again = countGoesOn(sentence('There are currently about 260.'), before, ACTORS);
    expect(again?.hits.map((h) => h.concept)).toEqual(['coalition', 'troops']);
    expect(again?.hits[0]).toMatchObject({ text: '260 (→ "coalition")', inferred: true });
    expect(
      countGoesOn(sentence('That is up from 180, officials say.'), before, ACTORS),
    ).toBeDefined();
  });
  it('not a figure with a noun of its own, not a sentence naming an actor, not after no figure', () => {
    expect(
      countGoesOn(sentence('There are 260 boats in the harbour.'), before, ACTORS),
    ).toBeUndefined();
    const named = sentence('The coalition has about 260.', [['coalition', 'coalition']]);
    expect(countGoesOn(named, before, ACTORS)).toBeUndefined();
    const none = sentence('The coalition crews left the pier.', [['troops', 'crews']]);
    expect(countGoesOn(sentence('There are about 260.'), none, ACTORS)).toBeUndefined();
  });
});

describe('an actor someone else owns', () => {
  const crewActors = new Set(['crews', 'harbour-guard']);

  it('is not carried when a name that is no actor qualifies its common noun', () => {
    const before = sentence("Portsea's crews train the river pilots near the capital.", [
      ['portsea', "Portsea's"],
      ['crews', 'crews'],
    ]);
    const current = sentence('They will stay at the Old Pier until May.');
    expect(carrySubject(current, before, crewActors).hits).toEqual([]);
  });

  it('is carried when it stands alone, or is a name of its own', () => {
    const plain = sentence('The crews train the river pilots near the capital.', [
      ['crews', 'crews'],
    ]);
    const current = sentence('They will stay at the Old Pier until May.');
    expect(carrySubject(current, plain, crewActors).hits.map((h) => h.concept)).toEqual(['crews']);
    const named = sentence("Portsea's Harbour Guard trains the river pilots.", [
      ['portsea', "Portsea's"],
      ['harbour-guard', 'Harbour'],
    ]);
    expect(carrySubject(current, named, crewActors).hits.map((h) => h.concept)).toEqual([
      'harbour-guard',
    ]);
  });
});

describe('countOfTheirs: a count that leaves out whose it is', () => {
  const actors = new Set(['raiders', 'police']);
  const first = sentence('The Marsh Raiders struck twice near Riverton in May.', [
    ['raiders', 'Raiders'],
  ]);
  const second = sentence('Patrols said the Raiders had fled across the river.', [
    ['raiders', 'Raiders'],
  ]);
  it('counts for the actor each of the two sentences before named', () => {
    const again = countOfTheirs(sentence('Attacks fell to four last year.'), second, first, actors);
    expect(again?.hits.map((h) => h.concept)).toEqual(['raiders']);
    expect(again?.hits[0]).toMatchObject({ text: 'Attacks (→ "Raiders")', inferred: true });
    // Told by the police, it still leaves out whose attacks they are.
    const told = sentence('The police recorded 12 in 2025.', [['police', 'police']]);
    expect(countOfTheirs(told, second, first, actors)?.hits.map((h) => h.concept)).toEqual([
      'raiders',
      'police',
    ]);
  });
  it('not after one sentence naming it, not without a count, not a year or a group named again', () => {
    const other = sentence('The ferry company cut its timetable.');
    expect(countOfTheirs(sentence('Attacks fell to four.'), second, other, actors)).toBeUndefined();
    expect(countOfTheirs(sentence('Attacks fell sharply.'), second, first, actors)).toBeUndefined();
    expect(countOfTheirs(sentence('Attacks fell in 2025.'), second, first, actors)).toBeUndefined();
    expect(
      countOfTheirs(sentence('The two captains met at the pier.'), second, first, actors),
    ).toBeUndefined();
    // A possessive says whose the count is.
    expect(
      countOfTheirs(sentence("The Guild's 80 boats stay at the pier."), second, first, actors),
    ).toBeUndefined();
    expect(
      countOfTheirs(sentence("The guilds' 80 boats stay at the pier."), second, first, actors),
    ).toBeUndefined();
    // A sentence naming the actor itself has nothing to take.
    const own = sentence('The Raiders carried out four attacks.', [['raiders', 'Raiders']]);
    expect(countOfTheirs(own, second, first, actors)).toBeUndefined();
  });
  it('not a quote given to a speaker who names an actor of their own', () => {
    // The police's spokesman says it: the quote's figures are the police's words, not the raiders'.
    const theirs = sentence(
      '“Four raids in a year is not a crime wave,” a spokesman for the police said.',
      [['police', 'police']],
    );
    expect(
      countOfTheirs(theirs, second, first, actors)?.hits.map((h) => h.concept),
    ).toBeUndefined();
    // A speaker naming no one may be one of those the paragraph is about.
    const member = sentence('“We struck four times,” a gang member said.');
    expect(countOfTheirs(member, second, first, actors)?.hits.map((h) => h.concept)).toEqual([
      'raiders',
    ]);
  });
  it('not a part of a group its of-phrase names ("the number of Ashby pilots")', () => {
    // Whose the count is, a name or a nationality, is in the subject's own words.
    for (const text of [
      'The number of Ashby pilots at the school does not reach 200 this year.',
      'Most of the Lakeland crews, about 40, went home.',
    ])
      expect(countOfTheirs(sentence(text), second, first, actors)).toBeUndefined();
    // "The number has since fallen", "the number of boats left": whose is still left out.
    for (const text of [
      'The number has since fallen below 200.',
      'The number of boats left does not reach 200.',
    ])
      expect(countOfTheirs(sentence(text), second, first, actors)?.hits.length).toBe(1);
  });
  it('not a figure joined to its noun ("a two-stage plan"), save a headcount', () => {
    expect(
      countOfTheirs(
        sentence('The mayor said a two-stage plan to merge the ferries would finish next year.'),
        second,
        first,
        actors,
      ),
    ).toBeUndefined();
    expect(
      countOfTheirs(sentence('A 300-strong force was seen.'), second, first, actors)?.hits.length,
    ).toBe(1);
  });
  it('not "one", a pronoun as often as a figure ("one read …", "one of them")', () => {
    const signs = sentence('Crowds lined the quay with banners; one read "Job done, go home."');
    expect(countOfTheirs(signs, second, first, actors)).toBeUndefined();
    expect(
      countOfTheirs(sentence('Only one of the boats was searched.'), second, first, actors),
    ).toBeUndefined();
    // A count still: "one" before its noun, or a figure it begins.
    expect(
      countOfTheirs(sentence('One patrol was ambushed.'), second, first, actors)?.hits.length,
    ).toBe(1);
    expect(
      countOfTheirs(sentence('Attacks fell; one hundred were held.'), second, first, actors)?.hits
        .length,
    ).toBe(1);
  });
});

describe('carrySubject: "the inspector" after "an inspector" names the same one again', () => {
  const HARBOUR = new Set(['board', 'crews']);
  const introduced = sentence(
    'A senior harbour board inspector told reporters the crews had gone.',
    [
      ['board', 'board'],
      ['crews', 'crews'],
    ],
  );
  const concepts = (text: string, before = introduced) =>
    carrySubject(sentence(text), before, HARBOUR).hits.map((h) => h.concept);

  it('as a subject and as a quote’s speaker, it carries the actors the sentence before named', () => {
    expect(concepts('The inspector said the work would take a year.')).toEqual(['board', 'crews']);
    expect(concepts('"This is a pause, not an ending," the inspector said.')).toEqual([
      'board',
      'crews',
    ]);
    // The speaker right after the quote, however long the sentence goes on.
    expect(
      concepts(
        '"Nothing has ended," the inspector said, adding that the old timetable from the spring still held for every pier.',
      ),
    ).toEqual(['board', 'crews']);
  });

  it('not a noun the sentence before did not introduce with "a", nor a name', () => {
    // "the inspector" there was already known: no new one introduced to point back to.
    const known = sentence('The harbour board said the crews had gone, citing the inspector.', [
      ['board', 'board'],
      ['crews', 'crews'],
    ]);
    expect(concepts('"Work is over," the inspector said.', known)).toEqual([]);
    expect(concepts('"Work is over," the mayor said.')).toEqual([]);
    expect(concepts('The mayor said the work would take a year.')).toEqual([]);
  });
});

describe('carrySubject: "him" or "her" past the subject is the person named before', () => {
  const FERRY_ACTORS = new Set(['mayor', 'crews', 'council']);
  const named = sentence('Mayor Harlow has pushed for the crews to leave the pier.', [
    ['mayor', 'Mayor'],
    ['crews', 'crews'],
  ]);

  it('carries the named person, not the other actors the sentence before held', () => {
    const him = sentence('Critics said the vote handed him a clear win.');
    expect(carrySubject(him, named, FERRY_ACTORS).hits.map((h) => h.concept)).toEqual(['mayor']);
    const her = sentence('The outcome gave her the harbour she wanted.');
    expect(carrySubject(her, named, FERRY_ACTORS).hits.map((h) => h.concept)).toEqual(['mayor']);
    // Across a paragraph break too, as a pronoun subject.
    expect(carrySubject(him, named, FERRY_ACTORS, true).hits.map((h) => h.concept)).toEqual([
      'mayor',
    ]);
  });

  it('carries nothing when the sentence before named no one with a capital', () => {
    const crews = sentence('The crews were told to leave the pier.', [['crews', 'crews']]);
    const him = sentence('Critics said the vote handed him a clear win.');
    expect(carrySubject(him, crews, FERRY_ACTORS).hits).toEqual([]);
    // "whom", "them", "there": no person pointed at.
    const them = sentence('Critics said the vote handed them a clear win.');
    expect(carrySubject(them, named, FERRY_ACTORS).hits).toEqual([]);
  });
});
