import { describe, expect, it } from 'vitest';
import { itemsIn } from './readers';

// Session 37 (#12): classes of checklist rows that ask nothing of the candidate, and the asks beside them that must
// stay, found on blind-labelled corpus items (test/bench/rows-s37-items.txt). Every sentence here was written for
// these tests; none is taken from a posting.
/** The line as one bullet of a list of asks, between two lines that ask. */
const inList = (line: string) => itemsIn([['requirements', `- Three years writing Go services\n- ${line}\n- Strong SQL`, 'Requirements']]).includes(line);
/** The line alone in prose with no headings. */
const inProse = (line: string) => itemsIn([['other', line]]).includes(line);

describe('the person sought, as subject or as the one the role suits, is an ask', () => {
  it.each([
    'Someone who has run a support desk for a product with paying users.',
    'Someone with a habit of writing things down before building them.',
    'This job is a great fit for someone who likes untangling messy billing data.',
    'The ideal person has shipped a mobile app that strangers actually used.',
    'Our ideal candidate enjoys pairing and explains trade-offs plainly.',
  ])('asked in prose and in a list: %s', (line) => {
    expect(inProse(line)).toBe(true);
    expect(inList(line)).toBe(true);
  });
  it.each([
    'The successful candidate will join our four-person payments squad in Porto.',
    'This role sits within the finance operations group.',
    'Anyone who has maintained a Kafka cluster knows how fragile rebalancing can be.',
  ])('not asked: %s', (line) => {
    expect(inProse(line)).toBe(false);
  });
});

describe('a trait shown is an ask', () => {
  it.each(['Demonstrable patience when a customer is upset.', 'A hunger to understand why things break.', 'The drive and stamina to see a migration through.'])('%s', (line) => {
    expect(inList(line)).toBe(true);
  });
});

describe("the hire's place in the company is told, not asked", () => {
  it.each([
    "You'll be the second engineer, sitting next to the founders.",
    "You'd be joining a team of four that ships every afternoon.",
    'You are our first designer.',
    "You'll be the person customers call when an import fails in Kubernetes.",
  ])('no item: %s', (line) => {
    expect(inProse(line)).toBe(false);
    expect(inList(line)).toBe(false);
  });
  it.each([
    "You'll be the first SRE, so deep Linux knowledge is a must.",
    "You're the kind of engineer who reads the changelog before upgrading.",
    'You are patient with legacy code and curious about why it exists.',
  ])('still an item: %s', (line) => {
    expect(inList(line)).toBe(true);
  });
});

describe('invitations and how to apply ask nothing', () => {
  it.each([
    'Let us know if you have any questions about the role.',
    'If this sounds like your kind of work, we would be glad to talk.',
    'Our team builds invoicing tools in Elixir and would love to chat if any of this appeals to you.',
    'Write to mira [at] quillmark [dot] io with a few lines about yourself.',
    'Link to two things you have built and attach your CV.',
    'My email address is in my profile.',
    'Please describe your Terraform experience and your favourite on-call story.',
  ])('no item: %s', (line) => {
    expect(inProse(line)).toBe(false);
    expect(inList(line)).toBe(false);
  });
  it.each([
    'If this sounds like you and you have shipped Elixir in production, get in touch.',
    'A portfolio that shows real interaction design work.',
  ])('still an item: %s', (line) => {
    expect(inList(line)).toBe(true);
  });
});

describe('the company told by its name, other openings, and listing lines ask nothing', () => {
  it.each([
    'Tallowbird is a bootstrapped payroll company serving bakeries and cafes across Ireland with Django.',
    'Tallowbird started as a React Native side project in a shared kitchen.',
    "The posting above is for backend work, but we're also looking for a Kotlin mobile developer.",
    'Platform Engineer - a broad role across Terraform, Kubernetes and the build system.',
    'Data Engineer, Growth Analytics - owns the reporting models - https://jobs.example.org/42',
    'Hardware tinkerer -- build test rigs for our Raspberry Pi sensors.',
  ])('no item: %s', (line) => {
    expect(inProse(line)).toBe(false);
    expect(inList(line)).toBe(false);
  });
  it.each([
    'Kubernetes is a must for this team.',
    'Django is a plus.',
    'Backend Engineer - deep Rust experience and comfort with Postgres.',
    'Mobile Developer [Swift, Kotlin] - ship our field app to clinics.',
    "Backend Engineers - we're flexible, think Go / Rust / Elixir",
    'Kafka Platform Engineer - Payments Team',
    'Data Engineer, Growth Analytics - Python, dbt, BigQuery - https://jobs.example.org/42',
    "We're also hiring a Go engineer with Kafka experience.",
  ])('still an item: %s', (line) => {
    expect(inList(line)).toBe(true);
  });
});

describe('s37 rules read past words that only look like asks', () => {
  it.each([
    'Tallowbird started as a customer experience dashboard and grew into a Django shop.',
    'Site Reliability Engineer - Remote (Lisbon preferred) - a wide role covering Terraform and on-call.',
    'Field robotics engineer -- assemble prototypes with a mix of welding and CAD.',
  ])('no item: %s', (line) => {
    expect(inList(line)).toBe(false);
  });
  it.each([
    ['Tallowbird is a small company, and experience with Django is required.', 'Django'],
    ['QA Engineer - a broad role; Playwright experience preferred.', 'Playwright'],
  ])('its ask still an item: %s', (line, named) => {
    const items = itemsIn([['requirements', `- Three years writing Go services\n- ${line}\n- Strong SQL`, 'Requirements']]);
    expect(items.some((i) => i.includes(named))).toBe(true);
  });
});

describe('second batch: what the job holds, what the product lets others do, the company’s own experience', () => {
  it.each([
    "You'd run the billing service and mentor two junior engineers.",
    'Expect on-call once a month and plenty of Terraform.',
    'Expect long design reviews and hands-on Postgres tuning.',
  ])('no item: %s', (line) => {
    expect(inProse(line)).toBe(false);
    expect(inList(line)).toBe(false);
  });
  it.each([
    'Good to work with',
    'Finance teams can close the month in a single afternoon.',
    'Having built two payroll products before, we have deep experience in compliance.',
    'The data is untidy: orders that must match shipments, returns, half-filled forms.',
  ])('no item in a list or in prose: %s', (line) => {
    expect(inProse(line)).toBe(false);
    expect(inList(line)).toBe(false);
  });
  it.each([
    'Between the four of us we have deep experience in payments and Elixir.',
  ])('names skills, still no item: %s', (line) => {
    expect(inList(line)).toBe(false);
  });
  it.each([
    "You'd be a strong fit if you have run Postgres in production.",
    'Expect to need solid Kubernetes from the first week.',
    "You'd need to be comfortable on call.",
    'Familiar with the tools our users rely on',
    'Someone who can explain to customers what their teams can automate.',
    'Experience similar to ours: we have experience in payments, and you should too.',
    'This is a Rust-heavy role on the storage team.',
    'Come build with us: we are looking for someone fluent in Kotlin.',
  ])('still an item: %s', (line) => {
    expect(inList(line)).toBe(true);
  });
});

describe('third batch: what the role is, and a listing line with its pay', () => {
  it.each([
    'This role blends Kubernetes operations with plenty of customer calls.',
    'To be clear, this is a product role that calls the OpenAI API, not a research one.',
    'Careers Blog Login Founding Engineer Django $140K - $190K • 1% - 2% • Austin, TX',
  ])('no item: %s', (line) => {
    expect(inList(line)).toBe(false);
  });
  it.each([
    'This role is a good fit for patient, methodical engineers who like Postgres internals.',
    'This is a Rust-heavy role on the storage team.',
    'This role requires fluent Kotlin.',
    'This is a Go role, and you should know gRPC well.',
    'This role mixes backend work with support and requires calm, clear writing.',
    'The role sits between Spark pipelines and the Django backend.',
    'Senior React Engineer | $150K-$180K | experience with Next.js required',
  ])('still an item: %s', (line) => {
    expect(inList(line)).toBe(true);
  });
});

describe('people sought only as wanting to join or to matter', () => {
  it.each([
    "We're looking for engineers who want to help us shape what comes after paper forms.",
    'We are hiring people who care about making a real difference for rural clinics.',
    'Across every team we are looking for folks who want to build the future of home energy.',
  ])('no item: %s', (line) => {
    expect(inProse(line)).toBe(false);
  });
  it.each([
    "We're looking for engineers who thrive in messy codebases and want to make an impact.",
    "We're looking for people who want to join early and have run a support desk before.",
    'We want someone who is comfortable being the only designer.',
  ])('still an item: %s', (line) => {
    expect(inProse(line)).toBe(true);
  });
});

describe('fourth batch: invitations on a condition of interest; a title naming skills is still asked', () => {
  it.each([
    "If you're curious about GPU scheduling at scale, we'd love to chat.",
    'If you enjoy tinkering with Raspberry Pi boards, get in touch.',
  ])('no item: %s', (line) => {
    expect(inList(line)).toBe(false);
  });
  it.each([
    // (Labellers read a title that names a skill as asking it: "Full-Stack Developer", "Go Engineer: payments core".)
    'Full-Stack Developer',
    'Go Engineer: work on the payments core.',
    'Experienced backend developer',
    'Strong Go engineer',
    'Senior Kotlin developer',
    'Platform Engineer: deep Kubernetes experience required',
    "If you've run Kafka in production, we'd love to chat.",
    "If you're a Linux person who has picked up Terraform along the way, we'd love to talk.",
    'Research Engineer: candidates should know PyTorch well.',
    'Comfort with MLOps: serving models and scheduling GPU jobs',
  ])('still an item: %s', (line) => {
    expect(inList(line)).toBe(true);
  });
});
