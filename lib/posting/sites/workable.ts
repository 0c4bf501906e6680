import type { BoardAdapter, Posting } from '../types';
import { postingFromJsonLd } from './jsonld';

/*
 * apply.workable.com/<company>/j/<shortcode>/ renders in the browser, but the
 * server sends the job's JobPosting JSON-LD with it: that is what we read.
 * The /apply/ tab shows the form, with the same JSON-LD, so the job is the same.
 */
const JOB_PATH = /^\/([^/]+)\/j\/([0-9A-F]{6,})(?:\/(?:apply\/?)?)?$/i;

export const workable: BoardAdapter = {
  id: 'workable',
  name: 'Workable',
  patterns: [
    '*://apply.workable.com/*',
  ],
  readsJsonLd: true,
  examples: [
    'https://apply.workable.com/huggingface/j/0BD8C06DB3/',
    'https://apply.workable.com/huggingface/j/0BD8C06DB3/apply/',
  ],
  matches(url) {
    return url.hostname === 'apply.workable.com' && JOB_PATH.test(url.pathname);
  },
  jobKey(url) {
    const m = JOB_PATH.exec(url.pathname);
    return m ? `workable:${m[2]!.toUpperCase()}` : null;
  },
  extract(doc, url): Posting | null {
    return postingFromJsonLd(doc, url, 'workable');
  },
};
