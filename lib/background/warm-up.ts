import { postingFromText } from '../posting/text';
import type { Posting } from '../posting/types';

/**
 * A small posting of our own (invented for this purpose), analysed by a worker that was just started
 * or that let go of its regular expressions, while a tab loads a posting: V8 compiles a pattern the
 * first time it runs, and the first analysis in a fresh worker spends most of its time (100–200 ms
 * in Chromium) doing that. Done here, while the page is still loading, the page's own analysis finds
 * the patterns made. The text touches each stage's common paths: headings, bullets, alternatives,
 * years, a degree, pay, work mode, sponsorship, a link and a mention of the employer's product.
 * Written as the page reader writes a posting ("•" before each list item, curly apostrophes, an en
 * dash): V8 compiles a pattern's native code once for text held one byte a character and once for
 * text held two (any character above U+00FF makes it so), and a page's posting is held two.
 */
const TEXT = `Northwind Robotics | Staff Platform Engineer | Remote (US)

About us
Northwind builds fleet software for warehouse robots; our app lets operators plan routes. Backed by investors who also funded Acme.

What you’ll do
• Own the Kubernetes platform and the CI/CD pipelines (GitHub Actions, Argo CD) our teams deploy with.
• Partner with Product, Design and Data Science on the reliability roadmap; join the on-call rotation.
• Write design docs and mentor engineers.

Who we’re looking for
• 5+ years of professional software experience, including 3+ years with Go or Python.
• Experience with a major cloud provider (AWS, GCP or Azure) and infrastructure as code such as Terraform or Pulumi.
• One of PostgreSQL, MySQL or DynamoDB at scale; familiarity with Kafka/Kinesis is a plus.
• BS in Computer Science or equivalent experience. US work authorization required; we cannot sponsor visas.

Nice to have
• Prometheus, Grafana, OpenTelemetry; Rust or C++.

Compensation: $150,000 – $190,000 per year plus equity. Hybrid option in Austin, TX.
Apply at https://jobs.example.com/northwind or email jobs@example.com.`;

/**
 * Made when first warmed up, not at the module's load: reading it into sections runs the section
 * rules (~10–30 ms on a cold worker), and a worker's load is on the path of every first answer,
 * including those (the posting's analysis sent before the worker started) that need no warm-up.
 */
export function warmUpPosting(): Posting {
  return (posting ??= postingFromText(TEXT, 'https://jobs.example.com/northwind', 'text'));
}
let posting: Posting | undefined;
