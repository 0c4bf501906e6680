import { describe, expect, it } from 'vitest';
import { itemsIn } from './readers';

// Session 38 (#12): classes of checklist rows that ask nothing of the candidate, read by a sentence's mood and subject,
// and the asks beside them that must stay, found on blind-labelled corpus items (test/bench/rows-s38-items*.txt).
// Every sentence here was written for these tests; none is taken from a posting.
/** The line as one bullet of a list of asks, between two lines that ask. */
const inList = (line: string) => itemsIn([['requirements', `- Three years writing Go services\n- ${line}\n- Strong SQL`, 'Requirements']]).includes(line);
/** The line in a board post with no headings, after a line about the company. */
const inProse = (line: string) => itemsIn([['other', `Quillmark makes scheduling software for clinics.\n\n${line}`]]).includes(line);
/** The line as a bullet under a lead-in that asks, in a post with no headings. */
const underLead = (line: string) => itemsIn([['other', `Quillmark makes scheduling software for clinics.\n\nYou should be able to:\n- ${line}\n- Read a flame graph`]]).includes(line);
/** The line as a bullet under "we are looking for:", in a post with no headings. */
const listed = (line: string) => itemsIn([['other', `Quillmark makes scheduling software for clinics.\n\nOn the platform team, we are looking for:\n\n- ${line}\n\n- Data Engineer: Python and dbt`]]).includes(line);

describe('a duty in the imperative is what the hire will do, not an ask', () => {
  it.each([
    'Design and run hands-on load tests against the Postgres cluster.',
    'Own the release train end to end, which gives you experience across iOS and Android.',
    'Build internal Grafana dashboards for a strong support team.',
    'Collaborate with clinicians who are experienced with the old scheduling tool.',
    'Write the first version of our Kotlin sync engine, hands-on from week one.',
  ])('no item in prose: %s', (line) => {
    expect(inProse(line)).toBe(false);
  });
  it.each([
    'Design and run hands-on load tests against the Postgres cluster.',
    'Write the first version of our Kotlin sync engine, hands-on from week one.',
  ])('asked under a list of requirements or a lead-in: %s', (line) => {
    expect(inList(line)).toBe(true);
    expect(underLead(line)).toBe(true);
  });
  it.each([
    'Work independently and stay hands-on with Postgres.',
    'Lead Platform Engineer with five years of Kubernetes.',
    'Build services in Go or Rust, whichever you know better.',
    'Write clean Python; experience with Django is a must.',
  ])('still an item in prose: %s', (line) => {
    expect(inProse(line)).toBe(true);
  });
});

describe('a title followed by its duty is a listing line', () => {
  it.each(['Payments Engineer: Working on card retries and JavaScript checkout fixes.', 'Checkout Engineer: Working on the JavaScript SDK for merchants.'])(
    'no item: %s',
    (line) => {
      expect(listed(line)).toBe(false);
    },
  );
  it.each(['C++ Engineer: Working on the storage engine in our Chromium fork.', 'Billing Engineer: Working on invoices; you must know Kafka well.'])('a title or a rest that asks keeps it: %s', (line) => {
    expect(listed(line)).toBe(true);
  });
});

describe('the work told in the future or as a maybe is no ask', () => {
  it.each([
    'You will mostly work with Terraform and a few Bash scripts, hands-on from day one.',
    'Depending on your experience level, you might also have some responsibility for the Redis fleet.',
    "You'll be responsible for the Android app and its Gradle build, with strong support from the team.",
  ])('no item: %s', (line) => {
    expect(inProse(line)).toBe(false);
  });
  it.each(['You will need strong Terraform, as you will mostly work with it.', "You'll have shipped a React Native app before."])('still an item: %s', (line) => {
    expect(inProse(line)).toBe(true);
  });
});

describe('the role as subject tells the role', () => {
  it.each([
    'Over time, the position will grow from hands-on support toward platform work on Kubernetes.',
    "This is a hands-on role: early on you'll be deep in the Rails code, reviewing pull requests.",
    'This is a high-ownership role across the product, the data and the user experience.',
  ])('no item in prose: %s', (line) => {
    expect(inProse(line)).toBe(false);
  });
  it.each([
    'This is a hands-on role, so you should know Rails well.',
    'The role suits someone experienced with Postgres internals.',
    'This role requires fluent Kotlin.',
  ])('still an item: %s', (line) => {
    expect(inProse(line)).toBe(true);
  });
});

describe("the speaker's own record asks nothing", () => {
  it.each(["I'm an angel investor myself and experienced with Rust.", "We're experienced with Elixir and happy to teach it."])('no item: %s', (line) => {
    expect(inProse(line)).toBe(false);
  });
  it.each(["We're looking for people experienced with Rust.", 'We are hiring engineers experienced in Elixir.'])('still an item: %s', (line) => {
    expect(inProse(line)).toBe(true);
  });
});

describe('second batch: a list marked with dashes, the work as subject, a chance offered, "send me"', () => {
  /** The line as one of a list marked with em dashes under a heading that asks. */
  const inDashList = (line: string) => itemsIn([['requirements', `\u2014 Three years writing Go services \n\u2014 ${line} \n\u2014 Strong SQL`, 'What we need']]).includes(line);
  it.each(['Enough accounting sense to spot a wrong ledger entry', 'Based in Canada, able to invoice as a contractor', 'Launched at least one paid app on your own'])(
    'a line of a dash-marked list asks: %s',
    (line) => {
      expect(inDashList(line)).toBe(true);
    },
  );
  it.each([
    'The problems we tackle span payroll, tax filings and bank reconciliation in Go.',
    'Some of the projects you would touch are the Kafka ingest and the billing API.',
    'Identity runs on OAuth everywhere now, so this is a good place to build expertise.',
    'There is room to grow into Kubernetes work as the platform matures.',
  ])('no item, in a list or not: %s', (line) => {
    expect(inList(line)).toBe(false);
    expect(inProse(line)).toBe(false);
  });
  it.each(['The problems need someone fluent in Go and patient with tax rules.', 'Some of the projects require deep Postgres experience.'])('still an item: %s', (line) => {
    expect(inList(line)).toBe(true);
  });
  it.each(['If that is you: send me a note on the last thing you shipped in Swift.', 'Sounds fun? DM me here with a line about your Elixir work.'])('how to apply: %s', (line) => {
    expect(inList(line)).toBe(false);
  });
});

describe('third batch: the company serving others, labels of the work, not-the-role, fields and wishes that ask', () => {
  it.each([
    'Quillmark empowers small clinics to run their own scheduling, with the best experience in the field.',
    'Challenge: real-time bidding at tens of thousands of requests a second, hands-on.',
    'If your strength is closing tickets quickly, this is not the role.',
    'You want to be employee #1 at a company with strong traction.',
  ])('no item: %s', (line) => {
    expect(inProse(line)).toBe(false);
    expect(inList(line)).toBe(false);
  });
  it.each([
    'Quillmark empowers clinics, and you must have built scheduling software before.',
    'You want to know why a query is slow before you add an index.',
    'Hours: overlap with Berlin mornings required.',
    'Experience in field sales matters, but it is not mandatory.',
  ])('still an item in a list: %s', (line) => {
    expect(inList(line)).toBe(true);
  });
  it("another opening the writer is also hiring for is not this role's ask", () => {
    expect(inProse("I'm also looking for short-term contractors in Lisbon with strong computer vision experience.")).toBe(false);
  });
});

describe('people sought only by what they want to do ask nothing', () => {
  it.each([
    "We're looking for people who want to own hard problems from start to finish.",
    'We are hiring an early-career engineer who wants to grow quickly with a real product.',
  ])('no item: %s', (line) => {
    expect(inProse(line)).toBe(false);
  });
  it.each([
    "We're looking for people who want to own hard problems and have run a support team before.",
    "We're looking for someone comfortable with on-call who wants to own the platform.",
  ])('still an item: %s', (line) => {
    expect(inProse(line)).toBe(true);
  });
});
