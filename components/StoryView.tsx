import type { ComponentChildren } from 'preact';
import type { Claim, KnowledgeBase, Question } from '../engine/types';
import { formatSourceDate } from './format-date';
import { PlanAxis, planRows } from './PlanAxis';
import { ScrollBox } from './ScrollBox';
import { Timeline, type TimelinePoint, timelinePoints } from './Timeline';
import type { Translate } from './translate';

type Props = {
  kb: KnowledgeBase;
  /** The claim a deep link asked for (`story.html#claim=<id>`): marked, and told if unknown. */
  focus?: string;
  /** The search box (components/KnowledgeSearch), already connected by the container. */
  search: ComponentChildren;
  t: Translate;
  locale?: string;
};

/** Element id of a claim's entry, so `#claim=<id>` can scroll to it. */
export function claimElementId(claimId: string): string {
  return `claim-${claimId}`;
}

/** Questions at least two answers of which have a source: the ones worth a picture. */
export function disputedQuestions(
  kb: KnowledgeBase,
): { question: Question; points: TimelinePoint[] }[] {
  return kb.questions
    .map((question) => ({ question, points: timelinePoints(kb, question) }))
    .filter(({ points }) => new Set(points.map((p) => p.row)).size >= 2);
}

/**
 * The whole knowledge base on one page: the disputed questions, each with its timeline and
 * the same facts as a table; every claim with what each source says; and the sources.
 */
export function StoryView({ kb, focus, search, t, locale }: Props) {
  const outlet = new Map(kb.sources.map((s) => [s.id, s]));
  const unknown = focus && !kb.claims.some((c) => c.id === focus);
  return (
    <main class="cl-page cl-story">
      <h1>{t('storyTitle')}</h1>
      <p class="cl-page__intro">{t('storyIntro')}</p>
      {unknown && (
        <p class="cl-story__missing" role="alert">
          {t('storyNotFound', focus)}
        </p>
      )}
      {search}

      <section aria-labelledby="cl-story-questions">
        <h2 id="cl-story-questions">{t('storyQuestions')}</h2>
        {disputedQuestions(kb).map(({ question, points }) => (
          <article key={question.id} class="cl-story__question" id={`question-${question.id}`}>
            <h3>{question.text}</h3>
            <ScrollBox labelledBy={`cl-timeline-title-${question.id}`}>
              <figure class="cl-story__figure">
                <Timeline question={question} points={points} t={t} locale={locale} />
              </figure>
            </ScrollBox>
            {question.milestones && question.milestones.length > 0 && (
              <>
                <h4>{t('timelineMilestones')}</h4>
                <ul class="cl-story__milestones">
                  {question.milestones.map((m) => (
                    <li key={m.date}>
                      <time dateTime={m.date}>{formatSourceDate(m.date, locale)}</time>: {m.label}
                    </li>
                  ))}
                </ul>
              </>
            )}
            <PointsTable question={question} points={points} t={t} locale={locale} />
          </article>
        ))}
      </section>

      {planRows(kb).length > 0 && (
        <section aria-labelledby="cl-story-plans">
          <h2 id="cl-story-plans">{t('storyPlansTitle')}</h2>
          <p class="cl-page__intro">{t('storyPlansIntro')}</p>
          <figure class="cl-story__figure">
            <PlanAxis rows={planRows(kb)} t={t} locale={locale} />
          </figure>
        </section>
      )}

      <section aria-labelledby="cl-story-claims">
        <h2 id="cl-story-claims">{t('storyClaims')}</h2>
        <ol class="cl-story__claims">
          {kb.claims.map((claim) => (
            <ClaimEntry
              key={claim.id}
              claim={claim}
              question={kb.questions.find((q) => q.id === claim.position?.question)}
              focused={claim.id === focus}
              outletOf={(id) => outlet.get(id)?.outlet ?? id}
              t={t}
            />
          ))}
        </ol>
      </section>

      <section aria-labelledby="cl-story-sources">
        <h2 id="cl-story-sources">{t('storySources')}</h2>
        <ul class="cl-story__sources">
          {kb.sources.map((s) => (
            <li key={s.id}>
              <span class="cl-story__outlet">{s.outlet}</span>{' '}
              <a
                href={s.url}
                target="_blank"
                rel="noopener noreferrer"
                aria-label={t('storyOpenSource', s.title)}
              >
                {s.title}
              </a>{' '}
              <span class="cl-story__date">
                {t('storyPublished', formatSourceDate(s.published, locale))}
              </span>
            </li>
          ))}
        </ul>
      </section>
    </main>
  );
}

function PointsTable({
  question,
  points,
  t,
  locale,
}: {
  question: Question;
  points: TimelinePoint[];
  t: Translate;
  locale?: string;
}) {
  const captionId = `cl-table-${question.id}`;
  return (
    <ScrollBox labelledBy={captionId}>
      <table class="cl-story__table">
        <caption id={captionId}>{t('timelineTableCaption', question.text)}</caption>
        <thead>
          <tr>
            <th scope="col">{t('timelineSource')}</th>
            <th scope="col">{t('timelinePublished')}</th>
            <th scope="col">{t('timelineAnswer')}</th>
            <th scope="col">{t('timelineSays')}</th>
          </tr>
        </thead>
        <tbody>
          {points.map((p) => (
            <tr key={`${p.claim}-${p.source}`}>
              <th scope="row">{p.outlet}</th>
              <td>
                <time dateTime={p.published}>{formatSourceDate(p.published, locale)}</time>
              </td>
              <td>{question.positions[p.row]?.label}</td>
              <td>{p.says}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollBox>
  );
}

function ClaimEntry({
  claim,
  question,
  focused,
  outletOf,
  t,
}: {
  claim: Claim;
  question: Question | undefined;
  focused: boolean;
  outletOf: (source: string) => string;
  t: Translate;
}) {
  const position = question?.positions.find((p) => p.id === claim.position?.position);
  return (
    <li
      id={claimElementId(claim.id)}
      class={`cl-story__claim${focused ? ' cl-story__claim--focus' : ''}`}
      tabIndex={-1}
    >
      <p class="cl-story__statement">{claim.statement}</p>
      {claim.kind && (
        <p class="cl-story__position">
          {claim.kind === 'plan' ? t('kindPlan') : t('kindEvent')}
          {claim.due && <> · {formatSourceDate(claim.due)}</>}
          {claim.happened && <> · {formatSourceDate(claim.happened)}</>}
        </p>
      )}
      {question && position && (
        <p class="cl-story__position">{t('storyPosition', [question.text, position.label])}</p>
      )}
      <ul class="cl-story__says">
        {claim.sources.map((s) => (
          <li key={s.source}>
            <span class="cl-story__outlet">{outletOf(s.source)}</span>: {s.says}
          </li>
        ))}
      </ul>
    </li>
  );
}
