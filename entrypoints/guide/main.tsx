import { StrictMode, useSyncExternalStore } from 'react';
import { createRoot } from 'react-dom/client';
import { GuideView } from '@/components/GuideView';
import { loadTaxonomy } from '@/lib/skills/taxonomy';
import { ROLE_FILES, SKILL_FILES } from '@/taxonomy';
import './guide.css';

const taxonomy = loadTaxonomy(SKILL_FILES, ROLE_FILES);
const subscribe = (cb: () => void) => {
  window.addEventListener('hashchange', cb);
  return () => window.removeEventListener('hashchange', cb);
};

function Guide() {
  const hash = useSyncExternalStore(subscribe, () => decodeURIComponent(location.hash.slice(1)));
  return <GuideView roles={taxonomy.roles} skills={taxonomy.skills} hash={hash} from={new URLSearchParams(location.search).get('from')} />;
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <Guide />
  </StrictMode>,
);
