import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { readAnyPage } from '@/lib/posting/generic';

/**
 * Injected into the active tab when the user asks Fitmark to analyse a page it
 * does not know (activeTab + scripting: no standing access to any site). Reads
 * and returns the posting; changes nothing on the page.
 */
export default defineUnlistedScript(() => {
  try {
    return readAnyPage(document, new URL(location.href), String(getSelection() ?? ''));
  } catch {
    return null;
  }
});
