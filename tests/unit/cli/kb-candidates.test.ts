/**
 * Grouping uncovered statements: one event worded with more or fewer of the story's words is
 * one candidate; different values of one event make a question; candidates are ordered by
 * independent reports.
 */
import { describe, expect, it } from 'vitest';
import { groupStatements, type Signature, type Statement } from '../../../cli/kb-candidates';

let n = 0;
function statement(article: string, signature: Partial<Signature>): Statement {
  n++;
  return {
    id: `${article}:${n}`,
    article,
    outlet: `Outlet ${article}`,
    published: '2026-01',
    url: `https://example.org/${article}`,
    sentence: `sentence ${n}`,
    anchor: `sentence ${n}`,
    signature: {
      actors: ['troops'],
      actions: ['leave'],
      places: ['base'],
      value: null,
      negated: false,
      ...signature,
    },
  };
}
/** Each article its own report. */
const byArticle = (ps: { article: string }[]) => new Set(ps.map((p) => p.article)).size;

describe('groupStatements', () => {
  it('groups one event across articles, most reports first', () => {
    const { claims } = groupStatements(
      [
        statement('a', { actions: ['talks'], places: [] }),
        statement('b', {}),
        statement('c', { actions: ['leave', 'convoy'], actors: ['troops', 'us'] }),
        statement('d', {}),
      ],
      byArticle,
    );
    expect(claims.map((c) => [c.id, c.reports])).toEqual([
      ['candidate-1', 3],
      ['candidate-2', 1],
    ]);
    expect(claims[0]?.passages.map((p) => p.article)).toEqual(['b', 'c', 'd']);
    expect(claims[0]?.outlets).toHaveLength(3);
  });

  it('keeps apart different values and negated actions', () => {
    const { claims } = groupStatements(
      [
        statement('a', { value: 'August 2025' }),
        statement('b', { value: 'January 2026' }),
        statement('c', { negated: true }),
      ],
      byArticle,
    );
    expect(claims).toHaveLength(3);
  });

  it('makes a question of one event told with different dates, not of one date at two precisions', () => {
    const { questions } = groupStatements(
      [
        statement('a', { value: 'August 2025' }),
        statement('b', { value: 'January 2026', actions: ['leave', 'handover'] }),
      ],
      byArticle,
    );
    expect(questions).toHaveLength(1);
    expect(questions[0]?.positions.map((p) => p.value)).toEqual(['August 2025', 'January 2026']);
    const same = groupStatements(
      [statement('a', { value: '2026' }), statement('b', { value: 'September 2026' })],
      byArticle,
    );
    expect(same.questions).toEqual([]);
  });
});
