import '@/components/theme.css';
import './privacy.css';

// The page is static HTML. Links between extension pages are made absolute, so
// opening one in a new tab or window lands on the extension's page too.
for (const a of document.querySelectorAll<HTMLAnchorElement>('a[href^="/"]')) a.href = new URL(a.getAttribute('href')!, location.href).href;
