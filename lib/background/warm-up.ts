/**
 * A made-up posting and resume the service worker analyses once, right after it
 * is woken by a tab going to a job page (entrypoints/background.ts), while that
 * page still loads: the analysis code is compiled and its regular expressions
 * run twice (V8 compiles them to native code then), so the page's own posting,
 * which comes a few hundred milliseconds later, is analysed warm. The result is
 * thrown away; nothing is recorded.
 *
 * Written for this purpose (no posting or resume of the fixtures): a few lines of
 * each kind the analysis reads — sections, years, degree, pay, work mode,
 * sponsorship, clearance, languages, any-of lists, skills.
 */
export const WARM_UP_POSTING = [
  'Example Co | Backend Engineer | Remote',
  '',
  'About us',
  'We are a small team building tools for warehouses, backed by two funds.',
  '',
  'What you will do',
  '- Build services in Go and run them on Kubernetes in AWS',
  '- Work with product and report to the engineering manager',
  '',
  'Requirements',
  '- 4+ years of experience with Python or Java',
  '- Experience with one of PostgreSQL, MySQL or MongoDB',
  "- Bachelor's degree in computer science or equivalent experience",
  '- Fluent English; Spanish is a plus',
  '- Must be authorized to work in the US; no visa sponsorship. Secret clearance preferred.',
  '',
  'Nice to have',
  '- Terraform, Prometheus or Grafana',
  '',
  'Benefits',
  'Salary: $120,000 - $150,000 per year. Hybrid, two days a week in the office.',
].join('\n');

export const WARM_UP_RESUME = [
  'Jo Example',
  'Experience',
  'Backend Engineer, Example Corp — Jan 2020 - Present',
  '- Built Go services on Kubernetes and AWS; Python tooling',
  'Education',
  'B.S. in Computer Science, 2019',
  'Skills',
  'Go, Python, PostgreSQL, Terraform. Languages: English, Spanish',
].join('\n');
