import type { SourceView } from '../engine/types';
import { formatSourceDate } from './format-date';

/**
 * One source on one side of the card: who published it and when, what it says on this point
 * (our summary, never its text), whom it relies on and which earlier report it relays, why it
 * disagrees when the disagreement is a value, and a link that opens the source scrolled to the
 * passage.
 */
export function SourceItem({ source }: { source: SourceView }) {
  return (
    <li class={`cl-source cl-source--${source.stance}`}>
      <div class="cl-source__head">
        <span class="cl-source__outlet">{source.outlet}</span>
        {source.published && (
          <time class="cl-source__date" dateTime={source.published}>
            {formatSourceDate(source.published)}
          </time>
        )}
      </div>
      {source.why && <p class="cl-source__why">{source.why}</p>}
      <p class="cl-source__says">{source.says}</p>
      {source.attribution && (
        <p class="cl-source__attribution">According to: {source.attribution}</p>
      )}
      {source.via && <p class="cl-source__via">via {source.via}</p>}
      {source.link && (
        <a
          class="cl-source__link"
          href={source.link}
          target="_blank"
          rel="noopener noreferrer"
          title={source.title}
          aria-label={`Open ${source.outlet} at this passage (new tab)`}
        >
          Read at this passage
          <span aria-hidden="true"> ↗</span>
        </a>
      )}
    </li>
  );
}
