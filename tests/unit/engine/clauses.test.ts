import { describe, expect, it } from 'vitest';
import {
  laterClause,
  openingClauseEnd,
  relativeReport,
  secondReport,
  secondVerb,
} from '../../../engine/clauses';
import { findNegations, isNegated } from '../../../engine/find-negations';
import { parsePublished, resolveDates } from '../../../engine/resolve-dates';
import { tokenize } from '../../../engine/tokenize';

/** The words of the later clause, or null when the sentence goes on in one clause. */
const later = (text: string) => {
  const tokens = tokenize(text);
  const at = laterClause(tokens, text, 0, tokens.length - 1);
  return at < 0
    ? null
    : tokens
        .slice(at)
        .map((t) => t.raw)
        .join(' ');
};

describe('laterClause', () => {
  it('finds a second verb of the same subject after "and" or "but"', () => {
    expect(later('The ferry left the pier and is expected to reach the island tonight.')).toBe(
      'and is expected to reach the island tonight',
    );
    expect(later('The crews sailed at dawn but will return by noon.')).toBe(
      'but will return by noon',
    );
  });

  it('finds a reason after a comma ("…, because …", "…, since the …"), not a date after "since"', () => {
    expect(later('The ferries left early, because the pier was not due to close until May.')).toBe(
      'because the pier was not due to close until May',
    );
    expect(
      later('The crews left weeks early, since the second stage was not due until June.'),
    ).toBe('since the second stage was not due until June');
    expect(later('The crews have run the pier, since May.')).toBeNull();
    expect(later('The crews have run the pier, since 2024.')).toBeNull();
  });

  it('finds an appositive summing up the clause before ("…, a resolution …"), not a count', () => {
    expect(
      later('The council voted to close the pier, a decision later mayors said they would undo.'),
    ).toBe('a decision later mayors said they would undo');
    expect(later('The crews left the pier, a few hundred of them by ferry.')).toBeNull();
  });

  it('finds an appositive naming a date again ("…, the date …"), not a list after a place', () => {
    expect(
      later(
        'Skippers asked whether the crews stay past May 2026, the date the pier is due to close.',
      ),
    ).toBe('the date the pier is due to close');
    expect(later('The ferry runs until the end of June, the month the locks are drained.')).toBe(
      'the month the locks are drained',
    );
    // Not after a place or a noun: "…, the date" there is an item of a list or its own subject.
    expect(later('They sailed from Portsea, the date set by the harbour board.')).toBeNull();
  });

  it('finds a second report after "and that"', () => {
    expect(
      later('The board said all crews had left the pier and that its staff would run it.'),
    ).toBe('and that its staff would run it');
  });

  it('finds a speaker after "and", and what a speaker adds after a comma', () => {
    expect(later('The last ferry sailed on Monday and officials said the pier would close.')).toBe(
      'and officials said the pier would close',
    );
    expect(later('A ferry left the pier on 3 May, adding that more sailings will follow.')).toBe(
      'adding that more sailings will follow',
    );
    expect(later('The first ferry sailed on Sunday, while others are due next month.')).toBe(
      'while others are due next month',
    );
  });

  it('finds a contrast clause opened by "even as" or "even though" after a comma', () => {
    expect(later('Two unions rejected the offer, even as the others accepted the new rota.')).toBe(
      'even as the others accepted the new rota',
    );
    // A denial stops there: what the others accepted is not denied.
    const text = 'Two unions rejected the offer, even as the others accepted the new rota.';
    const tokens = tokenize(text);
    const rota = tokens.findIndex((t) => t.norm === 'rota');
    expect(isNegated(rota, findNegations(tokens, text))).toBe(false);
    // "even" before anything else opens nothing.
    expect(later('The crews sailed, even the night shift.')).toBeNull();
  });

  it('finds an absolute clause opened by "with" after a comma', () => {
    // "…, with X expected to …": what is expected is the later clause's, not the first's.
    expect(
      later('Some crews have been moved to the north pier, with overall numbers expected to fall.'),
    ).toBe('with overall numbers expected to fall');
    // Without a comma "with" is part of the clause.
    expect(later('The crews moved to the north pier with their tugs.')).toBeNull();
  });

  it('finds a relative clause on a place opened by ", where"', () => {
    // "…, where they are expected to stay": the expectation is the place's clause.
    expect(later('The tugs were moved to the north pier, where they are expected to stay.')).toBe(
      'where they are expected to stay',
    );
    expect(later('Nobody knows where the tugs went.')).toBeNull();
  });

  it('leaves a sentence of one clause, and "and" between nouns, alone', () => {
    expect(later('The ferry and the tug left the pier on Monday.')).toBeNull();
    expect(later('Ferries and tugs will leave the pier in May.')).toBeNull();
    expect(later('The council is expected to close the pier and the bridge.')).toBeNull();
  });
});

describe('secondVerb', () => {
  const second = (text: string) => {
    const tokens = tokenize(text);
    return secondVerb(tokens, laterClause(tokens, text, 0, tokens.length - 1));
  };

  it('is "and" before an auxiliary: the same subject goes on', () => {
    expect(second('The crossing had begun and would be run from the island.')).toBe(true);
  });

  it('is "and (that) it" before an auxiliary: a pronoun for the subject named before', () => {
    expect(
      second(
        'The board said the second crossing had begun, and that it would be run from Portsea.',
      ),
    ).toBe(true);
    expect(second('The second crossing had begun, and it would be run from Portsea.')).toBe(true);
    // A subject of its own is another clause's news.
    expect(
      second('The board said the second crossing had begun, and that the crews would sail.'),
    ).toBe(false);
  });

  it('is not a second report, a speaker, or a clause after a comma', () => {
    expect(second('The board said the crews had left and that its staff would run it.')).toBe(
      false,
    );
    expect(second('The last ferry sailed on Monday and officials said the pier would close.')).toBe(
      false,
    );
    expect(second('The ferry left at dawn, with more sailings expected next month.')).toBe(false);
  });
});

describe('a bare month in a clause of its own', () => {
  const dates = (text: string, published: string) =>
    resolveDates(tokenize(text), text, parsePublished(published)).map(
      (d) => `${d.year}-${d.month}`,
    );

  it('reports the past when only a later clause looks ahead', () => {
    expect(
      dates(
        'A ferry left the pier on 26 August, adding that more sailings will follow.',
        '2025-10-01',
      ),
    ).toEqual(['2025-8']);
    // In one clause, "will" still points a bare month forward.
    expect(dates('More ferries will leave the pier on 26 August.', '2025-10-01')).toEqual([
      '2026-8',
    ]);
  });
});

describe('what a denial governs', () => {
  /** The words a negation governs. */
  const denied = (text: string) => {
    const tokens = tokenize(text);
    const negations = findNegations(tokens, text);
    return tokens
      .filter((_, at) => isNegated(at, negations))
      .map((t) => t.raw)
      .join(' ');
  };

  it('stops at a clause the denier adds: a participle, "adding that"', () => {
    expect(denied('The crews rejected calls to strike, linking any such step to the vote.')).toBe(
      'calls to strike',
    );
    expect(denied('The council denied the pier would close, adding that talks go on.')).toBe(
      'the pier would close',
    );
  });

  it('runs on through a gerund in a list and a phrase in "-ing"', () => {
    expect(denied('The port denied cutting, dredging and widening the channel.')).toBe(
      'cutting dredging and widening the channel',
    );
    expect(denied('The council denied any closure, including the pier.')).toBe(
      'any closure including the pier',
    );
  });

  it('leaves open what a question word asks after "has not said" or "did not disclose"', () => {
    expect(denied('The council has not said how many crews are now at the pier.')).toBe(
      'said how many crews are now at the pier',
    );
    expect(denied('The port did not disclose whether the tugs left; the pier is shut.')).toBe(
      'disclose whether the tugs left',
    );
    // A plain "not" still reaches only a few words.
    expect(denied('The council has not closed the old pier near the bridge.')).toBe(
      'closed the old pier',
    );
  });

  it('stops a plain "not" at a second report opened by "and that"', () => {
    expect(
      denied('The board said pledges were not enough and that repairs must be complete.'),
    ).toBe('enough');
  });

  it('leaves untold the whole clause a negated "mean" takes, and only a clause', () => {
    expect(denied('Yet the closure of the pier does not mean the harbour crews have left.')).toBe(
      'mean the harbour crews have left',
    );
    // A noun after it: a plain "not", a few words.
    expect(denied('The closure does not mean a lasting break with the old harbour board.')).toBe(
      'mean a lasting break',
    );
  });
});

describe('openingClauseEnd', () => {
  const opening = (text: string) => {
    const tokens = tokenize(text);
    const at = openingClauseEnd(tokens, text);
    return at < 0 ? null : tokens[at]?.raw;
  };

  it('finds the comma closing a clause of time that opens the sentence', () => {
    expect(
      opening('When the ferries began leaving in May, many assumed the pier would empty.'),
    ).toBe('many');
    expect(opening('After the crews left, the harbour board met.')).toBe('the');
  });

  it('finds the clause after a linking word before its conjunction', () => {
    expect(opening('Then, as the pier emptied, the board said it would sell it.')).toBe('the');
    expect(opening('But when the crews left, the harbour board met.')).toBe('the');
  });

  it('finds none in a sentence that opens otherwise', () => {
    expect(opening('The ferries began leaving in May, and the pier will close.')).toBeNull();
    expect(opening('When will the ferries leave')).toBeNull();
    expect(opening('Then, the ferries left as May closed.')).toBeNull();
  });

  it('reads a bare month of such a clause in its own past, whatever the main clause looks ahead to', () => {
    const text =
      'When the ferries began leaving in May, many assumed the pier would soon be empty.';
    const [may] = resolveDates(tokenize(text), text, parsePublished('2026-02-10'));
    expect([may?.year, may?.month]).toEqual([2025, 5]);
  });

  it('reads a month that ran out in such a clause as gone by, after a linking word too', () => {
    // On a December page, "as May closed" is the May just gone, though the board "would" act.
    const text = 'Then, as May closed, the board said the pier would be sold within the year.';
    const [may] = resolveDates(tokenize(text), text, parsePublished('2025-12-20'));
    expect([may?.year, may?.month]).toEqual([2025, 5]);
  });
});

describe('secondReport', () => {
  const opens = (text: string) => {
    const tokens = tokenize(text);
    const at = secondReport(tokens, text);
    return at < 0 ? null : tokens[at]?.raw;
  };

  it('opens at "and that", a new speaker, or a speaker\'s addition', () => {
    expect(
      opens('The council said the crews had left and that its staff would run the pier.'),
    ).toBe('and');
    expect(opens('The crews left on Monday and officials said more would follow.')).toBe('and');
    expect(opens('The crews left on Monday, adding that more would follow.')).toBe('adding');
  });

  it('is not a second verb of the subject, nor an aside of the speaker', () => {
    expect(opens('The crews stay on for now and are expected to leave in May.')).toBeNull();
    expect(opens('An official, speaking anonymously, says the crews will stay.')).toBeNull();
  });
});

describe('relativeReport', () => {
  const at = (text: string) => {
    const tokens = tokenize(text);
    const k = relativeReport(tokens, text, 0);
    return k < 0 ? null : tokens[k]?.raw;
  };

  it('is ", which" before a speaker’s verb', () => {
    expect(
      at('Whether the pier reopens, which the council says depends on funding, is open.'),
    ).toBe('which');
  });

  it('is not a "which" with no comma or no speaker', () => {
    expect(at('Whether the pier which the council owns reopens, says nobody.')).toBeNull();
    expect(at('The pier reopened, which pleased the crews.')).toBeNull();
  });
});
