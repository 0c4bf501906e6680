/**
 * The boards the content script runs on, as match patterns: listed once, used
 * by the content script's declaration and the manifest's host permissions.
 */
export const BOARD_MATCHES = [
  '*://*.linkedin.com/*', // LinkedIn changes pages without a reload: we start on any page and wait for a job URL
  '*://boards.greenhouse.io/*',
  '*://job-boards.greenhouse.io/*',
  '*://job-boards.eu.greenhouse.io/*',
  '*://jobs.lever.co/*',
  '*://jobs.eu.lever.co/*',
  '*://*.myworkdayjobs.com/*', // a single-page app: jobs change without a reload
  '*://jobs.ashbyhq.com/*',
  '*://*.indeed.com/*', // every country's host; the job shown is ?jk= or ?vjk=
  '*://jobs.smartrecruiters.com/*',
  '*://*.icims.com/*', // top frame only: the posting's own frame is read from there
  '*://apply.workable.com/*',
];
