/**
 * The story view's connected root (story.html): the bundled knowledge base, the popup's search,
 * and the deep link `#claim=<id>` (from a card's "See the whole story"), which scrolls to that
 * claim, marks it and moves focus there so a screen reader starts reading at it.
 */
import { loadStory } from 'virtual:claimlight-story';
import { useEffect, useState } from 'preact/hooks';
import { KnowledgeSearch } from '../../components/KnowledgeSearch';
import { claimElementId, StoryView } from '../../components/StoryView';
import { useKnowledgeSearch } from '../popup/use-knowledge-search';
import { t } from '../shared/i18n';
import { claimFromHash } from '../shared/story-url';

export function App() {
  const kb = loadStory().kb;
  const search = useKnowledgeSearch();
  const [focus, setFocus] = useState(() => claimFromHash(location.hash));

  useEffect(() => {
    const onHash = () => setFocus(claimFromHash(location.hash));
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);

  useEffect(() => {
    if (!focus) return;
    const el = document.getElementById(claimElementId(focus));
    el?.scrollIntoView({ block: 'center', behavior: 'instant' });
    el?.focus({ preventScroll: true });
  }, [focus]);

  return <StoryView kb={kb} focus={focus} search={<KnowledgeSearch {...search} t={t} />} t={t} />;
}
