import { StrictMode, useSyncExternalStore } from 'react';
import { createRoot } from 'react-dom/client';
import { GuideView } from '@/components/GuideView';
import { loadTaxonomy } from '@/lib/skills/taxonomy';
import { skillGuides } from '@/lib/guide/sections';
import type { Market } from '@/lib/guide/market';
import { ROLE_FILES, SKILL_FILES } from '@/taxonomy';
import { GUIDE_FILES } from '@/taxonomy/guides';
import market from '@/taxonomy/market.json';
import './guide.css';

const taxonomy = loadTaxonomy(SKILL_FILES, ROLE_FILES);
const guides = skillGuides(GUIDE_FILES);
const subscribe = (cb: () => void) => {
  window.addEventListener('hashchange', cb);
  return () => window.removeEventListener('hashchange', cb);
};

function Guide() {
  const hash = useSyncExternalStore(subscribe, () => decodeURIComponent(location.hash.slice(1)));
  return <GuideView roles={taxonomy.roles} skills={taxonomy.skills} hash={hash} from={new URLSearchParams(location.search).get('from')} guides={guides} market={market as Market} />;
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <Guide />
  </StrictMode>,
);
