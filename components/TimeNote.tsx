import type { PlanView, SourceView, TimeView } from '../engine/types';
import { formatSourceDate } from './format-date';
import type { Translate } from './translate';
import { stepWords } from './verdict-words';

type Props = {
  time: TimeView;
  t: Translate;
  /** The reader's locale, for the dates. */
  locale: string;
};

/**
 * A card's place in time. On a plan: "Since then", the later events that carried it out or
 * broke it, oldest first, each with its date, what it made of the plan, what happened and the
 * outlets reporting it (each a link to its passage). On an event: each plan it answers, with
 * that plan's date and what the event made of it (a list when there are several). Pure view:
 * the engine computed all of it (engine/plan-outcome.ts).
 */
export function TimeNote({ time, t, locale }: Props) {
  const date = (iso: string) => (
    <time dateTime={iso} lang={locale}>
      {formatSourceDate(iso, locale)}
    </time>
  );
  if (time.kind === 'event') {
    const answers = byDue(time.answers ?? []);
    if (answers.length === 0) return null;
    const title = t(answers.length > 1 ? 'fulfilsTitleMany' : 'fulfilsTitle');
    const plan = ({ statement, due, outcome }: PlanView) => (
      <>
        {statement}
        {due && (
          <span class="cl-time__due"> ({t('fulfilsDue', formatSourceDate(due, locale))})</span>
        )}{' '}
        —{' '}
        <strong class={`cl-time__outcome cl-time__outcome--${outcome}`}>
          {stepWords(outcome, t)}
        </strong>
      </>
    );
    return (
      <section class="cl-time" aria-label={title}>
        <h3 class="cl-time__title">{title}</h3>
        {answers.length === 1 ? (
          <p class="cl-time__plan">{plan(answers[0] as PlanView)}</p>
        ) : (
          <ul class="cl-time__plans">
            {answers.map((a) => (
              <li key={a.claim} class="cl-time__plan">
                {plan(a)}
              </li>
            ))}
          </ul>
        )}
      </section>
    );
  }
  const since = time.since ?? [];
  return (
    <section class="cl-time" aria-label={t('sinceTitle')}>
      <h3 class="cl-time__title">{t('sinceTitle')}</h3>
      {since.length === 0 ? (
        <p class="cl-time__empty">{t('sinceEmpty')}</p>
      ) : (
        <ol class="cl-time__since">
          {since.map((s) => (
            <li key={s.claim} class="cl-time__event">
              <p class="cl-time__head">
                {date(s.happened)}:{' '}
                <strong class={`cl-time__outcome cl-time__outcome--${s.outcome}`}>
                  {stepWords(s.outcome, t)}
                </strong>
              </p>
              <p class="cl-time__statement">{s.statement}</p>
              {s.sources.length > 0 && (
                <p class="cl-time__sources">
                  {t('sinceReportedBy')}{' '}
                  {s.sources.map((v, i) => {
                    const name = outletName(v, s.sources, locale);
                    return (
                      <span key={v.source}>
                        {i > 0 && ', '}
                        {v.link ? (
                          <a
                            href={v.link}
                            target="_blank"
                            rel="noopener noreferrer"
                            title={v.title}
                          >
                            {name}
                            <span class="cl-visually-hidden"> {t('sinceLinkContext')}</span>
                          </a>
                        ) : (
                          name
                        )}
                      </span>
                    );
                  })}
                </p>
              )}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

/**
 * The plans an event answers in the order of their dates, as every list of the card runs (a
 * plan that set no date after those that did; plans of one date keep the knowledge base's order).
 */
export function byDue(plans: readonly PlanView[]): PlanView[] {
  return [...plans].sort(
    (a, b) => Number(!a.due) - Number(!b.due) || (a.due ?? '').localeCompare(b.due ?? ''),
  );
}

/**
 * An outlet as a "Reported by" entry names it: with its date when the same outlet reports the
 * event in more than one article, so two links never read alike ("Kurdistan24 (Aug 2025)").
 */
function outletName(v: SourceView, all: readonly SourceView[], locale: string): string {
  const twice = all.some((o) => o !== v && o.outlet === v.outlet);
  return twice && v.published ? `${v.outlet} (${formatSourceDate(v.published, locale)})` : v.outlet;
}
