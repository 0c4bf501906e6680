/**
 * Trap probes (issue #13): short posting-like sentences written fresh for this file, none taken from
 * the corpus, the eval files or the labels. Each names the words in it that must NOT come out as skills
 * (traps, by the "Not a skill" classes of ../shared/LABELLING.md) and, for controls, the words that must.
 * They measure how the extraction generalises to text it was never tuned on; test/unit/trap-probes.test.ts
 * runs them. A probe is one sentence set in a small posting (a "Company | Title | Place" line and an
 * opening line that speaks to the candidate), extracted as lib/analyze.ts does (postingSkills).
 */
import { postingSkills } from '@/lib/analyze';
import { postingFromText } from '@/lib/posting/text';
import { bundled } from '@/lib/skills/taxonomy';

export interface Probe {
  /** The "Not a skill" class, or "control" for words that are asked and must come out. */
  cls: string;
  text: string;
  /** Words of `text` (their first occurrence, as written) no kept skill mention may overlap. */
  traps?: string[];
  /** Words of `text` a kept skill mention must overlap. */
  asks?: string[];
  /** The employer in the posting's first line; "Northwind" when not given. */
  company?: string;
}

const engine = bundled();

/** The spans of `sentence` that kept skill mentions cover, extracted from a small posting around it. */
export function keptSpans(p: Pick<Probe, 'text' | 'company'>): Array<{ start: number; end: number; id: string }> {
  const head = `${p.company ?? 'Northwind'} | Software Engineer | Remote\n\nYou will help us build the scheduling tools our clinics use every day.\n\n`;
  const posting = postingFromText(head + p.text + '\n');
  const out: Array<{ start: number; end: number; id: string }> = [];
  for (const s of postingSkills(engine, posting)) {
    for (const m of s.mentions) if (m.start >= head.length) out.push({ start: m.start - head.length, end: m.end - head.length, id: s.id });
  }
  return out;
}

function at(text: string, word: string): [number, number] {
  const i = text.indexOf(word);
  if (i < 0) throw new Error(`"${word}" is not in: ${text}`);
  return [i, i + word.length];
}

/** The probe's failures: traps that came out ("trap Go → go"), asks that did not ("ask Go"). Empty when it passes. */
export function probeFailures(p: Probe): string[] {
  const spans = keptSpans(p);
  const out: string[] = [];
  for (const w of p.traps ?? []) {
    const [a, b] = at(p.text, w);
    const hit = spans.find((s) => s.start < b && s.end > a);
    if (hit) out.push(`trap ${w} → ${hit.id}`);
  }
  for (const w of p.asks ?? []) {
    const [a, b] = at(p.text, w);
    if (!spans.some((s) => s.start < b && s.end > a)) out.push(`ask ${w}`);
  }
  return out;
}

/** Batch 1: written before any change, scored on the code as it stood (commit message of the probes). */
export const BATCH1: Probe[] = [
  // — ordinary English that is a tool's name —
  { cls: 'english', text: 'We plan to go live with the new booking flow in the spring.', traps: ['go live'] },
  { cls: 'english', text: 'You can react quickly when a customer reports a problem.', traps: ['react'] },
  { cls: 'english', text: 'You will be at the helm of our first mobile launch.', traps: ['helm'] },
  { cls: 'english', text: 'Our roadmap is in flux while we talk to early users.', traps: ['flux'] },
  { cls: 'english', text: 'Customers expect a swift reply from our support engineers.', traps: ['swift'] },
  { cls: 'english', text: 'We ship swift, small releases every week.', traps: ['swift'] },
  { cls: 'english', text: 'Our office sits in the old rust belt, in a converted steel mill.', traps: ['rust'] },
  { cls: 'english', text: 'Insurance claims are a kafkaesque process and we want to fix that.', traps: ['kafkaesque'] },
  { cls: 'english', text: 'We want tools that spark joy for the nurses who use them.', traps: ['spark'] },
  { cls: 'english', text: 'The office has a chef\'s kitchen and a quiet library.', traps: ['chef'] },
  { cls: 'english', text: 'Nobody here wants to be a puppet of the sales team.', traps: ['puppet'] },
  { cls: 'english', text: 'You will help us move from a tangle of spreadsheets to a single source of truth.', traps: ['spreadsheets'] },
  { cls: 'english', text: 'A pinch of salt goes a long way when reading benchmarks.', traps: ['salt'] },
  { cls: 'english', text: 'Our founders like to say the product is the secret sauce, not the slides.', traps: ['slides'] },
  { cls: 'english', text: 'There is no magic elixir for onboarding: we write good docs.', traps: ['elixir'] },
  { cls: 'english', text: 'We keep a crystal clear picture of what each release changes.', traps: ['crystal'] },
  { cls: 'english', text: 'You will bring a sharp eye for detail to every review.', traps: ['sharp'] },
  { cls: 'english', text: 'Expect a steady stream of feedback from the clinics we serve.', traps: ['stream'] },
  { cls: 'english', text: 'We want to get ahead of the curve on patient privacy rules.', traps: ['curve'] },
  { cls: 'english', text: 'The team moved into a bright new space with a view of the harbor.', traps: ['harbor'] },
  { cls: 'english', text: 'Our nomad engineers work from three continents.', traps: ['nomad'] },
  { cls: 'english', text: 'We treat every support ticket as a beacon of what to build next.', traps: ['beacon'] },
  { cls: 'english', text: 'Expect to wear many hats and make a dent in a large market.', traps: ['hats'] },
  { cls: 'english', text: 'This is a greenfield project with a blank canvas.', traps: ['canvas'] },
  { cls: 'english', text: 'The ideal teammate is a linear thinker who can also zoom out.', traps: ['linear'] },
  { cls: 'english', text: 'We prefer a lean team where everyone can see the whole pipeline of work.', traps: ['pipeline'] },
  { cls: 'english', text: 'We hope to ride the next wave of clinic software without losing our soul.', traps: ['wave'] },
  { cls: 'english', text: 'You will thrive in a fast-paced, ever changing environment.', traps: ['environment'] },
  { cls: 'english', text: 'Be ready to roll up your sleeves and dig into messy problems.', traps: ['roll'] },
  { cls: 'english', text: 'We care about the whole stack of concerns a clinic manager has.', traps: ['stack'] },
  // — people named like tools —
  { cls: 'person', text: 'You will report to Julia Mendes, our head of engineering.', traps: ['Julia'] },
  { cls: 'person', text: 'Questions about the role? Ask Jenkins, our recruiter.', traps: ['Jenkins'] },
  { cls: 'person', text: 'Ruby, our CTO, runs the technical interview.', traps: ['Ruby'] },
  { cls: 'person', text: 'Sam Jenkins and Priya Rao founded the company in 2021.', traps: ['Jenkins'] },
  { cls: 'person', text: 'Meet the team: Ruby Chen, Marco Ruiz and Ada Okafor.', traps: ['Ruby'] },
  { cls: 'person', text: 'Julia will walk you through our codebase in your first week.', traps: ['Julia'] },
  { cls: 'person', text: 'Our design lead, Django Reinhardt-Smith, loves jazz.', traps: ['Django'] },
  { cls: 'person', text: 'You will pair with Elm Park, a senior engineer on the billing team.', traps: ['Elm'] },
  // — company stage —
  { cls: 'stage', text: 'We are a Series C company with 140 employees.', traps: ['Series C'] },
  { cls: 'stage', text: 'We went through YC S24 and raised a seed round after Demo Day.', traps: ['YC S24'] },
  { cls: 'stage', text: 'Backed by a $40M Series B led by a top-tier fund.', traps: ['Series B'] },
  { cls: 'stage', text: 'We are a YC W23 startup, profitable since last year.', traps: ['YC W23'] },
  { cls: 'stage', text: 'Post-Series A, 25 people, default alive.', traps: ['Series A'] },
  // — amounts and currencies —
  { cls: 'money', text: 'Salary: $140–170K CAD plus equity.', traps: ['CAD'] },
  { cls: 'money', text: 'Compensation is 90k-110k EUR depending on experience.', traps: ['EUR'] },
  { cls: 'money', text: 'The range for this role is ₹30L–45L per year.', traps: ['₹30L'] },
  { cls: 'money', text: 'Pay: 120,000 - 150,000 AUD with a 10% super contribution.', traps: ['AUD'] },
  { cls: 'money', text: 'Base salary of £85k–£100k GBP and share options.', traps: ['GBP'] },
  { cls: 'money', text: 'We pay $75/hr for contract work, invoiced in USD.', traps: ['USD'] },
  // — URLs, e-mails and handles —
  { cls: 'link', text: 'Read more at https://northwind.dev/blog/why-we-chose-rust before you apply.', traps: ['rust'] },
  { cls: 'link', text: 'Our handbook lives at github.com/northwind/handbook.', traps: ['github'] },
  { cls: 'link', text: 'Write to kafka-team@northwind.dev with any questions.', traps: ['kafka'] },
  { cls: 'link', text: 'Join our community at discord.gg/python-clinics to meet the team.', traps: ['python'] },
  { cls: 'link', text: 'Follow us on X at @react_clinic for product news.', traps: ['react'] },
  { cls: 'link', text: 'Details: northwind.notion.site/careers-golang-engineer.', traps: ['notion', 'golang'] },
  { cls: 'link', text: 'Contact docker.jobs@northwind.io to set up a call.', traps: ['docker'] },
  { cls: 'link', text: 'See northwind.dev/jobs/terraform-platform for the full description.', traps: ['terraform'] },
  // — the employer's own name and products —
  { cls: 'own', company: 'Helm Health', text: 'At Helm Health we build scheduling software for clinics.', traps: ['Helm'] },
  { cls: 'own', company: 'Kafka Labs', text: 'Kafka Labs is hiring its fourth engineer.', traps: ['Kafka'] },
  { cls: 'own', company: 'Beacon', text: 'Our product, Beacon Insights, tells clinic managers when demand will peak.', traps: ['Beacon Insights'] },
  { cls: 'own', company: 'Spark Robotics', text: 'Spark Robotics builds warehouse robots that pick fragile items.', traps: ['Spark'] },
  { cls: 'own', company: 'Northwind', text: 'We built Ledger, a reconciliation engine that clinics trust with their money.', traps: ['Ledger'] },
  { cls: 'own', company: 'Swift Freight', text: 'Swift Freight moves half a million parcels a week.', traps: ['Swift'] },
  { cls: 'own', company: 'Terraform Industries', text: 'At Terraform Industries we turn sunlight into natural gas.', traps: ['Terraform'] },
  { cls: 'own', company: 'Redwood', text: 'Redwood Vault is our product for storing patient consent forms.', traps: ['Vault'] },
  // — customers, investors, founders' past —
  { cls: 'background', text: 'We were founded by ex-Stripe engineers who built payments at scale.', traps: ['Stripe'] },
  { cls: 'background', text: 'We are backed by the team behind Kubernetes and a handful of angels.', traps: ['Kubernetes'] },
  { cls: 'background', text: 'Our customers include Datadog, Shopify and hundreds of small clinics.', traps: ['Datadog'] },
  { cls: 'background', text: 'Our founders previously led engineering at Snowflake and Databricks.', traps: ['Snowflake', 'Databricks'] },
  { cls: 'background', text: 'Investors include the former CEO of GitHub.', traps: ['GitHub'] },
  { cls: 'background', text: 'Teams at Figma and Notion rely on our API every day.', traps: ['Figma', 'Notion'] },
  { cls: 'background', text: 'Our CTO spent eight years on the Chrome team at Google.', traps: ['Chrome'] },
  { cls: 'background', text: 'The founding team came from Palantir and Airbnb.', traps: ['Palantir'] },
  // — collaborators and reporting lines —
  { cls: 'team', text: 'You will partner with Product, Design and Data to plan each quarter.', traps: ['Data'] },
  { cls: 'team', text: 'You will report to the Director of Machine Learning.', traps: ['Machine Learning'] },
  { cls: 'team', text: 'Work closely with Security, Legal and Support on every launch.', traps: ['Security'] },
  { cls: 'team', text: 'This role sits within the DevOps group and reports to the VP of Infrastructure.', traps: ['DevOps'] },
  { cls: 'team', text: 'You will collaborate with our Analytics and Data Engineering teams.', traps: ['Data Engineering'] },
  { cls: 'team', text: 'You will join the Platform Engineering team of five.', traps: ['Platform Engineering'] },
  // — consumer product lists —
  { cls: 'consumer', text: 'We build the memory layer for AI assistants like ChatGPT and Gemini.', traps: ['ChatGPT', 'Gemini'] },
  { cls: 'consumer', text: 'Clinic staff today juggle WhatsApp, Gmail and paper calendars.', traps: ['WhatsApp', 'Gmail'] },
  { cls: 'consumer', text: 'Patients book through apps they already use, such as Instagram and Google Maps.', traps: ['Google Maps'] },
  { cls: 'consumer', text: 'Think of the ease of Uber, but for home nursing visits.', traps: ['Uber'] },
  { cls: 'consumer', text: 'Our app works on any iPhone or Android phone a patient owns.', traps: ['Android'] },
  { cls: 'consumer', text: 'People use Excel and Google Sheets to track their medication, and we replace that.', traps: ['Excel'] },
  // — application instructions —
  { cls: 'apply', text: 'To apply, send your GitHub or GitLab profile and a short note.', traps: ['GitHub', 'GitLab'] },
  { cls: 'apply', text: 'Apply with a link to your LinkedIn and one project you are proud of.', traps: ['LinkedIn'] },
  { cls: 'apply', text: 'Please include a Loom video of under three minutes about yourself.', traps: ['Loom'] },
  { cls: 'apply', text: 'Share a Google Doc or Notion page with your past work.', traps: ['Notion'] },
  { cls: 'apply', text: 'Ping us on Slack in the #hiring channel or send a resume as a PDF.', traps: ['Slack'] },
  { cls: 'apply', text: 'Bonus points if your application mentions your favourite Figma plugin.', traps: ['Figma'] },
  // — markets —
  { cls: 'market', text: 'We sell to Shopify merchants who ship more than a thousand orders a month.', traps: ['Shopify'] },
  { cls: 'market', text: 'Our customers are Salesforce admins tired of manual data cleanup.', traps: ['Salesforce'] },
  { cls: 'market', text: 'We help Kubernetes operators cut their cloud bill in half.', traps: ['Kubernetes'] },
  { cls: 'market', text: 'Northwind brings automation to small dental practices.', traps: ['automation'] },
  { cls: 'market', text: 'We build observability for teams running AI agents in production.', traps: ['observability', 'AI agents'] },
  { cls: 'market', text: 'Our marketplace connects Amazon sellers with freight forwarders.', traps: ['Amazon'] },
  { cls: 'market', text: 'We are the leading data platform for WordPress agencies.', traps: ['WordPress'] },
  // — generic quality words —
  { cls: 'quality', text: 'We care deeply about scalability and reliability.', traps: ['scalability', 'reliability'] },
  { cls: 'quality', text: 'AI is changing how clinics work, and we want to be part of that.', traps: ['AI'] },
  { cls: 'quality', text: 'Our systems are highly automated, scalable and performant.', traps: ['automated', 'scalable'] },
  { cls: 'quality', text: 'We value code quality and open source.', traps: ['code quality', 'open source'] },
  { cls: 'quality', text: 'The infra is mostly boring, which we like.', traps: ['infra'] },
  { cls: 'quality', text: 'We obsess over analytics that clinic owners actually read.', traps: ['analytics'] },
  // — negated —
  { cls: 'negated', text: 'This is not another CRUD app: the hard part is scheduling.', traps: ['CRUD'] },
  { cls: 'negated', text: 'You will not need to know Kubernetes; we run on a single server.', traps: ['Kubernetes'] },
  { cls: 'negated', text: 'No blockchain, no crypto, just software that clinics pay for.', traps: ['blockchain'] },
  { cls: 'negated', text: 'We deliberately avoid microservices and keep one codebase.', traps: ['microservices'] },
  { cls: 'negated', text: 'We are not looking for Salesforce consultants.', traps: ['Salesforce'] },
  { cls: 'negated', text: 'Prior experience with Java is not required.', traps: ['Java'] },
  // — benefits and perks —
  { cls: 'perk', text: 'Perks include a Peloton membership and a yearly learning budget.', traps: ['Peloton'] },
  { cls: 'perk', text: 'Every engineer gets a GitHub Copilot seat and a new MacBook.', traps: ['GitHub Copilot'] },
  { cls: 'perk', text: 'We cover your ChatGPT Plus subscription and a home office stipend.', traps: ['ChatGPT'] },
  { cls: 'perk', text: 'Benefits: health insurance, a Headspace account and 30 days off.', traps: ['Headspace'] },
  { cls: 'perk', text: 'You get a Kindle and unlimited books on Audible.', traps: ['Kindle'] },
  { cls: 'perk', text: 'We offer a Cursor license for every engineer and an annual retreat.', traps: ['Cursor'] },
  // — locations —
  { cls: 'location', text: 'Our office is in Phoenix, AZ, near the light rail.', traps: ['Phoenix'] },
  { cls: 'location', text: 'Hybrid from Salt Lake City, two days a week in the office.', traps: ['Salt'] },
  { cls: 'location', text: 'We have hubs in Aurora, Colorado and Austin, Texas.', traps: ['Aurora'] },
  { cls: 'location', text: 'Remote in the Americas; our team gathers twice a year in Mercury Bay.', traps: ['Mercury'] },
  // — degrees and years —
  { cls: 'degree', text: 'A BS in physics, statistics or computer science is a plus.', traps: ['statistics'] },
  { cls: 'degree', text: 'MSc or PhD in machine learning preferred.', traps: ['machine learning'] },
];

/** Batch 1 controls: the same or similar words asked of the candidate. */
export const CONTROLS1: Probe[] = [
  { cls: 'control', text: 'You have 5 years of Go in production.', asks: ['Go'] },
  { cls: 'control', text: 'Experience with React and TypeScript on a large web app.', asks: ['React', 'TypeScript'] },
  { cls: 'control', text: 'You have written and maintained Jenkins pipelines.', asks: ['Jenkins'] },
  { cls: 'control', text: 'Strong Ruby on Rails skills are required.', asks: ['Ruby on Rails'] },
  { cls: 'control', text: 'You have tuned Spark jobs that process terabytes a day.', asks: ['Spark'] },
  { cls: 'control', text: 'You have written Chef cookbooks or Ansible playbooks.', asks: ['Chef', 'Ansible'] },
  { cls: 'control', text: 'Experience managing servers with Puppet or Salt.', asks: ['Puppet', 'Salt'] },
  { cls: 'control', text: 'You know Helm charts and Kubernetes well.', asks: ['Helm', 'Kubernetes'] },
  { cls: 'control', text: 'You have used Flux or Argo CD for GitOps.', asks: ['Flux', 'Argo CD'] },
  { cls: 'control', text: 'You have built iOS apps in Swift and SwiftUI.', asks: ['Swift'] },
  { cls: 'control', text: 'You write Rust for performance-critical services.', asks: ['Rust'] },
  { cls: 'control', text: 'You have run Kafka clusters and written consumers in Java.', asks: ['Kafka', 'Java'] },
  { cls: 'control', text: 'Familiarity with Julia or R for numerical work.', asks: ['Julia', 'R'] },
  { cls: 'control', text: 'You have shipped Elixir services with Phoenix.', asks: ['Elixir', 'Phoenix'] },
  { cls: 'control', text: 'Experience with Ruby and Sidekiq.', asks: ['Ruby', 'Sidekiq'] },
  { cls: 'control', text: 'You know Django and PostgreSQL.', asks: ['Django', 'PostgreSQL'] },
  { cls: 'control', text: 'You have integrated the Stripe API for subscriptions.', asks: ['Stripe API'] },
  { cls: 'control', text: 'Experience building Shopify apps is a plus.', asks: ['Shopify'] },
  { cls: 'control', text: 'You have administered Salesforce and written Apex.', asks: ['Salesforce'] },
  { cls: 'control', text: 'You have built features on the OpenAI API or Gemini API.', asks: ['OpenAI API', 'Gemini API'] },
  { cls: 'control', text: 'You are comfortable with GitHub Actions and GitLab CI.', asks: ['GitHub Actions', 'GitLab CI'] },
  { cls: 'control', text: 'You have designed systems for scalability and high availability.', asks: ['high availability'] },
  { cls: 'control', text: 'Hands-on experience with machine learning in production.', asks: ['machine learning'] },
  { cls: 'control', text: 'You have worked with Snowflake and dbt.', asks: ['Snowflake', 'dbt'] },
  { cls: 'control', text: 'You have deployed on AWS using Terraform.', asks: ['AWS', 'Terraform'] },
  { cls: 'control', text: 'You understand Linux internals and networking.', asks: ['Linux'] },
  { cls: 'control', text: 'You have built Android apps in Kotlin.', asks: ['Android', 'Kotlin'] },
  { cls: 'control', text: 'You write clear, well tested Python.', asks: ['Python'] },
  { cls: 'control', text: 'Experience with Nomad and Consul is a plus.', asks: ['Nomad', 'Consul'] },
  { cls: 'control', text: 'You have used Harbor as a container registry.', asks: ['Harbor'] },
  { cls: 'control', text: 'You have set up CI/CD with Docker.', asks: ['CI/CD', 'Docker'] },
  { cls: 'control', text: 'You have experience with Amazon Aurora or DynamoDB.', asks: ['Amazon Aurora', 'DynamoDB'] },
  { cls: 'control', text: 'You can build Figma prototypes with our designers.', asks: ['Figma'] },
  { cls: 'control', text: 'You have worked on observability with Prometheus and Grafana.', asks: ['observability', 'Prometheus', 'Grafana'] },
  { cls: 'control', text: 'You have built AI agents with LangChain.', asks: ['AI agents', 'LangChain'] },
  { cls: 'control', text: 'You have strong communication skills.', asks: ['communication'] },
  { cls: 'control', text: 'Experience with Crystal or Nim is a bonus.', asks: ['Crystal'] },
  { cls: 'control', text: 'You have written Elm on the frontend.', asks: ['Elm'] },
  { cls: 'control', text: 'Our stack: Go, React, Postgres and Kafka.', asks: ['Go', 'React', 'Postgres', 'Kafka'] },
  { cls: 'control', text: 'You have used Airflow or Dagster to schedule data pipelines.', asks: ['Airflow', 'Dagster'] },
  { cls: 'control', text: 'You know how to write Dockerfiles and debug Kubernetes networking.', asks: ['Dockerfiles', 'Kubernetes'] },
  { cls: 'control', text: 'Experience with Microsoft Excel and SQL for reporting.', asks: ['Microsoft Excel', 'SQL'] },
];

/** Batch 2: written after batch 1's fixes and scored before any further change (the honest generalisation figure). */
export const BATCH2: Probe[] = [
  { cls: 'english', text: 'When an outage hits, we rally and react fast.', traps: ['react'] },
  { cls: 'english', text: 'Let\'s go build something patients love.', traps: ['go'] },
  { cls: 'english', text: 'The market is in constant flux and so is our plan.', traps: ['flux'] },
  { cls: 'english', text: 'We work at a swift pace without cutting corners.', traps: ['swift'] },
  { cls: 'english', text: 'You will take the helm of a small squad in your second year.', traps: ['helm'] },
  { cls: 'english', text: 'Our onboarding is the opposite of kafkaesque: one page, one call.', traps: ['kafkaesque'] },
  { cls: 'english', text: 'A good demo can spark a whole new product line.', traps: ['spark'] },
  { cls: 'english', text: 'Old pipes rust; our code should not.', traps: ['rust'] },
  { cls: 'english', text: 'Our head chef cooks lunch for the office on Fridays.', traps: ['chef'] },
  { cls: 'english', text: 'We will not treat you like a cog in a machine.', traps: ['machine'] },
  { cls: 'english', text: 'You are curious, humble and hungry to learn.', traps: ['hungry'] },
  { cls: 'english', text: 'Our puppet theatre nights are a team tradition.', traps: ['puppet'] },
  { cls: 'person', text: 'Say hello to Ruby Alvarez, who leads our clinical team.', traps: ['Ruby'] },
  { cls: 'person', text: 'Julia, the founder, interviews every candidate herself.', traps: ['Julia'] },
  { cls: 'person', text: 'You will work alongside Jenkins, a senior designer with ten years in health tech.', traps: ['Jenkins'] },
  { cls: 'person', text: 'Our COO, Rust Cohle-Martin, handles all offers.', traps: ['Rust'] },
  { cls: 'person', text: 'Harper Jenkins will be your manager.', traps: ['Jenkins'] },
  { cls: 'person', text: 'The interview is with Ruby and two engineers from the team.', traps: ['Ruby'] },
  { cls: 'stage', text: 'We closed our Series D in March and doubled the team.', traps: ['Series D'] },
  { cls: 'stage', text: 'Northwind (YC F25) is hiring a founding engineer.', traps: ['YC F25'] },
  { cls: 'money', text: 'Total compensation: 160k–190k CAD base + 0.1% equity.', traps: ['CAD'] },
  { cls: 'money', text: 'The salary band is CHF 120,000 to 140,000.', traps: ['CHF'] },
  { cls: 'money', text: 'Pay is SGD 8,000–10,000 per month.', traps: ['SGD'] },
  { cls: 'link', text: 'Apply at jobs.northwind.dev/go-backend-engineer.', traps: ['go'] },
  { cls: 'link', text: 'Questions: rust.hiring@northwind.dev', traps: ['rust'] },
  { cls: 'link', text: 'Our engineering blog is at northwind.dev/blog/kubernetes-at-small-scale.', traps: ['kubernetes'] },
  { cls: 'link', text: 'Find our open source work at gitlab.com/northwind-oss.', traps: ['gitlab'] },
  { cls: 'own', company: 'Ansible Health', text: 'Ansible Health runs virtual clinics for lung disease.', traps: ['Ansible'] },
  { cls: 'own', company: 'Northwind', text: 'Our platform, Northwind Compass, routes home nurses between visits.', traps: ['Compass'] },
  { cls: 'own', company: 'Pulsar Bio', text: 'At Pulsar we sequence soil microbes for farmers.', traps: ['Pulsar'] },
  { cls: 'background', text: 'Our founders spent a decade at Shopify and Stripe.', traps: ['Shopify', 'Stripe'] },
  { cls: 'background', text: 'We are funded by the people who built Docker.', traps: ['Docker'] },
  { cls: 'background', text: 'Clients range from regional hospitals to Salesforce.', traps: ['Salesforce'] },
  { cls: 'background', text: 'Our angel investors include early engineers from Twilio.', traps: ['Twilio'] },
  { cls: 'team', text: 'You will work hand in hand with Marketing, Sales and Finance.', traps: ['Marketing'] },
  { cls: 'team', text: 'Reporting line: Head of Data Science.', traps: ['Data Science'] },
  { cls: 'team', text: 'You will sit next to our Machine Learning and Security folks.', traps: ['Machine Learning'] },
  { cls: 'consumer', text: 'We are building for a world where agents like Claude and ChatGPT book your appointments.', traps: ['Claude', 'ChatGPT'] },
  { cls: 'consumer', text: 'Brands such as Spotify and Netflix set the bar for how software should feel.', traps: ['Spotify'] },
  { cls: 'apply', text: 'Send a CV and your GitHub handle to jobs@northwind.dev.', traps: ['GitHub'] },
  { cls: 'apply', text: 'Reach out on LinkedIn or drop us a note via the form below.', traps: ['LinkedIn'] },
  { cls: 'apply', text: 'Please attach a link to your Kaggle or Hugging Face profile.', traps: ['Kaggle', 'Hugging Face'] },
  { cls: 'market', text: 'We make billing painless for Stripe-based SaaS companies.', traps: ['Stripe'] },
  { cls: 'market', text: 'Our product helps Jira admins clean up old workflows.', traps: ['Jira'] },
  { cls: 'market', text: 'We are the scheduling layer for Epic-based hospitals.', traps: ['Epic'] },
  { cls: 'quality', text: 'We build reliable, scalable software that clinics trust.', traps: ['reliable', 'scalable'] },
  { cls: 'quality', text: 'Everything we do is about automation and speed.', traps: ['automation'] },
  { cls: 'quality', text: 'We use AI where it helps and nowhere else.', traps: ['AI'] },
  { cls: 'negated', text: 'You do not need any Kotlin experience to start.', traps: ['Kotlin'] },
  { cls: 'negated', text: 'We are not a Web3 company and never will be.', traps: ['Web3'] },
  { cls: 'negated', text: 'We chose not to use GraphQL.', traps: ['GraphQL'] },
  { cls: 'perk', text: 'Perks: Spotify Premium, a ClassPass membership and lunch on Fridays.', traps: ['Spotify'] },
  { cls: 'perk', text: 'We pay for your Claude Pro and Notion subscriptions.', traps: ['Claude Pro', 'Notion'] },
  { cls: 'location', text: 'Office in Salt Lake, Utah with free parking.', traps: ['Salt'] },
  { cls: 'location', text: 'Our second office is in Phoenix, Arizona.', traps: ['Phoenix'] },
  { cls: 'degree', text: 'A degree in statistics, economics or a related field.', traps: ['statistics'] },
];

export const CONTROLS2: Probe[] = [
  { cls: 'control', text: 'You have at least three years of professional Go.', asks: ['Go'] },
  { cls: 'control', text: 'You build frontends in React with hooks and context.', asks: ['React'] },
  { cls: 'control', text: 'You maintain Helm charts for a dozen services.', asks: ['Helm'] },
  { cls: 'control', text: 'You are fluent in Swift and know UIKit.', asks: ['Swift', 'UIKit'] },
  { cls: 'control', text: 'Ruby, Rails and Postgres are our daily tools.', asks: ['Ruby', 'Rails', 'Postgres'] },
  { cls: 'control', text: 'You have configured Jenkins for a monorepo.', asks: ['Jenkins'] },
  { cls: 'control', text: 'You have written PySpark jobs on Databricks.', asks: ['PySpark', 'Databricks'] },
  { cls: 'control', text: 'You have automated fleets with Puppet.', asks: ['Puppet'] },
  { cls: 'control', text: 'You have scaled Kafka consumers under heavy load.', asks: ['Kafka'] },
  { cls: 'control', text: 'You have worked with Stripe and Plaid integrations.', asks: ['Stripe'] },
  { cls: 'control', text: 'You have built Slack bots and Jira automations.', asks: ['Slack', 'Jira'] },
  { cls: 'control', text: 'You have a track record with distributed systems and observability.', asks: ['distributed systems', 'observability'] },
  { cls: 'control', text: 'You can write Julia for our numerical solvers.', asks: ['Julia'] },
  { cls: 'control', text: 'Hands-on Elixir and Phoenix LiveView experience.', asks: ['Elixir', 'Phoenix LiveView'] },
  { cls: 'control', text: 'You have managed Salt states across hundreds of hosts.', asks: ['Salt'] },
  { cls: 'control', text: 'You have deployed Flux to reconcile Kubernetes clusters.', asks: ['Flux', 'Kubernetes'] },
];

/**
 * Batch 3: the company's field and product told as a pitch (a startup's sector, what the product automates, an "X for Y"),
 * and generic words ("frontend" alone, "open source"), the kinds the tune part's remaining trap hits are of. Scored before
 * any change made for it.
 */
export const BATCH3: Probe[] = [
  { cls: 'field', text: 'We are an early-stage cybersecurity company with twelve people.', traps: ['cybersecurity'] },
  { cls: 'field', text: 'Northwind is a Series A fintech startup based in Toronto.', traps: ['fintech'] },
  { cls: 'field', text: 'Our software handles intake, billing and demand forecasting for veterinary clinics.', traps: ['demand forecasting'] },
  { cls: 'field', text: 'Our agents automate claims review, fraud detection and payouts for insurers.', traps: ['fraud detection'] },
  { cls: 'field', text: 'We bring computer vision to quality inspection on factory lines.', traps: ['computer vision'] },
  { cls: 'field', text: 'Clinics use our product for patient messaging and remote monitoring.', traps: ['remote monitoring'] },
  { cls: 'field', text: 'We are a small lab doing robotics research for farms.', traps: ['robotics'] },
  { cls: 'field', text: 'The company leads the GenAI initiatives of three large banks.', traps: ['GenAI'] },
  { cls: 'field', text: 'We run cloud migrations for mid-sized hospitals.', traps: ['cloud migrations'] },
  { cls: 'field', text: 'Our mission is to make data privacy simple for small shops.', traps: ['data privacy'] },
  { cls: 'field', text: 'We help compliance officers keep up with new regulations.', traps: ['compliance'] },
  { cls: 'field', text: 'Our customers use us for invoice matching and financial reporting.', traps: ['financial reporting'] },
  { cls: 'analogy', text: 'Think Notion for veterinary clinics.', traps: ['Notion'] },
  { cls: 'analogy', text: 'We are building Figma for floor plans.', traps: ['Figma'] },
  { cls: 'analogy', text: 'It is Datadog, but for warehouse robots.', traps: ['Datadog'] },
  { cls: 'analogy', text: 'Imagine GitHub for lab protocols.', traps: ['GitHub'] },
  { cls: 'generic', text: 'You will join our frontend guild on day one.', traps: ['frontend'] },
  { cls: 'generic', text: 'Our backend is boring on purpose.', traps: ['backend'] },
  { cls: 'generic', text: 'We give back through open source sponsorships.', traps: ['open source'] },
  { cls: 'generic', text: 'We publish our security reports every quarter.', traps: ['security'] },
  { cls: 'generic', text: 'Our hardware lab is in the basement.', traps: ['hardware'] },
  { cls: 'generic', text: 'We value craft, kindness and leadership at every level.', traps: ['leadership'] },
  { cls: 'product', text: 'Our app reads Excel files that clinics upload and fixes their formatting.', traps: ['Excel'] },
  { cls: 'product', text: 'The product imports tickets from Jira and Linear.', traps: ['Jira'] },
  { cls: 'product', text: 'Users export their dashboards to PDF or PowerPoint.', traps: ['PowerPoint'] },
  { cls: 'product', text: 'Our plugin lives inside VS Code and JetBrains IDEs for thousands of users.', traps: ['VS Code'] },
  { cls: 'product', text: 'Patients sign in with their Google or Apple account.', traps: ['Google'] },
  { cls: 'news', text: 'Last month OpenAI featured us in a case study.', traps: ['OpenAI'] },
  { cls: 'news', text: 'We were named one of the top AWS partners of the year.', traps: ['AWS'] },
  { cls: 'news', text: 'Our founder spoke at KubeCon about clinic software.', traps: ['KubeCon'] },
];

export const CONTROLS3: Probe[] = [
  { cls: 'control', text: 'You have built fraud detection models in production.', asks: ['fraud detection'] },
  { cls: 'control', text: 'Experience with computer vision for inspection is a plus.', asks: ['computer vision'] },
  { cls: 'control', text: 'You have led cloud migrations from on-prem to AWS.', asks: ['cloud migrations', 'AWS'] },
  { cls: 'control', text: 'You know demand forecasting methods and time series.', asks: ['demand forecasting'] },
  { cls: 'control', text: 'You have a background in cybersecurity or network security.', asks: ['cybersecurity'] },
  { cls: 'control', text: 'You have written Excel macros for our finance team.', asks: ['Excel'] },
  { cls: 'control', text: 'You have shipped features on top of the Jira API.', asks: ['Jira'] },
  { cls: 'control', text: 'You have built VS Code extensions.', asks: ['VS Code'] },
  { cls: 'control', text: 'You show leadership in code reviews and design discussions.', asks: ['leadership'] },
  { cls: 'control', text: 'You have experience in robotics and ROS.', asks: ['robotics', 'ROS'] },
];

/** Batch 4: every class again in new words, written after batches 1 to 3's fixes and scored before any change made for it. */
export const BATCH4: Probe[] = [
  { cls: 'english', text: 'We go the extra mile for every clinic we onboard.', traps: ['go'] },
  { cls: 'english', text: 'Priorities can shift fast; plans stay in flux until Friday.', traps: ['flux'] },
  { cls: 'english', text: 'Most weeks feel like a swift current carrying us forward.', traps: ['swift'] },
  { cls: 'english', text: 'We will never make you jump through a kafkaesque hiring loop.', traps: ['kafkaesque'] },
  { cls: 'english', text: 'Our team lunch is cooked by a local chef every Thursday.', traps: ['chef'] },
  { cls: 'english', text: 'We want to spark curiosity in every new hire.', traps: ['spark'] },
  { cls: 'person', text: 'Ruby Tanaka, our VP of Engineering, will call you within a week.', traps: ['Ruby'] },
  { cls: 'person', text: 'Your first week is spent shadowing Jenkins from our support desk.', traps: ['Jenkins'] },
  { cls: 'person', text: 'Founded in 2020 by Julia Park and Omar Haddad.', traps: ['Julia'] },
  { cls: 'person', text: 'Talk to Rust Okonkwo, our hiring manager, if you have questions.', traps: ['Rust'] },
  { cls: 'stage', text: 'Seed-stage, 8 people, backed by YC (S25).', traps: ['YC'] },
  { cls: 'money', text: 'Comp: 130,000–150,000 NZD, plus options.', traps: ['NZD'] },
  { cls: 'link', text: 'Our careers page is northwind.dev/careers#react-native.', traps: ['react-native'] },
  { cls: 'link', text: 'Write to hello+golang@northwind.dev.', traps: ['golang'] },
  { cls: 'own', company: 'Grafana Bakery', text: 'Grafana Bakery ships fresh bread to 40 cafés every morning.', traps: ['Grafana'] },
  { cls: 'own', company: 'Northwind', text: 'Introducing Northwind Relay, our on-call scheduler for nurses.', traps: ['Relay'] },
  { cls: 'background', text: 'Our CEO was previously an early engineer at MongoDB.', traps: ['MongoDB'] },
  { cls: 'background', text: 'We count three Fortune 500 insurers and Snowflake among our customers.', traps: ['Snowflake'] },
  { cls: 'team', text: 'You will be embedded with our Data Science and Design teams.', traps: ['Data Science'] },
  { cls: 'team', text: 'Reports to: Head of Security', traps: ['Security'] },
  { cls: 'consumer', text: 'Parents already juggle apps such as WhatsApp and Google Calendar.', traps: ['Google Calendar'] },
  { cls: 'apply', text: 'Send a GitHub link plus a paragraph about a bug you loved fixing.', traps: ['GitHub'] },
  { cls: 'apply', text: 'Find us on Discord or Slack and say hi.', traps: ['Slack'] },
  { cls: 'market', text: 'We sell to AWS customers who want to cut their bill.', traps: ['AWS'] },
  { cls: 'market', text: 'Our marketplace serves Etsy sellers and Shopify stores.', traps: ['Shopify'] },
  { cls: 'quality', text: 'Our platform is fast, secure and highly available.', traps: ['highly available'] },
  { cls: 'negated', text: 'No Kubernetes here, just a few VMs and a lot of care.', traps: ['Kubernetes'] },
  { cls: 'negated', text: 'You will not be writing any PHP.', traps: ['PHP'] },
  { cls: 'perk', text: 'Benefits include a Calm subscription and a Spotify family plan.', traps: ['Spotify'] },
  { cls: 'location', text: 'Based in Aurora, Ontario, with a satellite office downtown.', traps: ['Aurora'] },
  { cls: 'product', text: 'Our extension pulls lab results from Epic and shows them in Slack.', traps: ['Slack'] },
  { cls: 'news', text: 'Last year GitHub invited us to its accelerator.', traps: ['GitHub'] },
];

export const CONTROLS4: Probe[] = [
  { cls: 'control', text: 'You will go deep on Go performance profiling.', asks: ['Go'] },
  { cls: 'control', text: 'You have shipped React Native apps to both stores.', asks: ['React Native'] },
  { cls: 'control', text: 'Our services talk to MongoDB and Redis.', asks: ['MongoDB', 'Redis'] },
  { cls: 'control', text: 'You have built integrations with Epic and Cerner via FHIR.', asks: ['FHIR'] },
  { cls: 'control', text: 'You have built Slack apps for internal workflows.', asks: ['Slack'] },
  { cls: 'control', text: 'You have run PHP at scale.', asks: ['PHP'] },
  { cls: 'control', text: 'You have designed highly available systems on AWS.', asks: ['highly available', 'AWS'] },
  { cls: 'control', text: 'You write Ruby every day.', asks: ['Ruby'] },
];
