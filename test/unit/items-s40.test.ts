import { describe, expect, it } from 'vitest';
import { classifyHeading } from '../../lib/posting/sections';
import { postingFromText } from '../../lib/posting/text';
import { itemsIn, itemsOfText } from './readers';

// Session 40 (#12): classes of checklist rows that ask nothing of the candidate (or asks that were dropped), found on
// blind-labelled corpus items (test/bench/rows-s40-items*.txt). Every sentence here was written for these tests; none is
// from a posting.
/** The line in a board post with no headings, after a line about the company. */
const inProse = (line: string) => itemsIn([['other', `Quillmark makes scheduling software for clinics.\n\n${line}`]]).includes(line);
/** The line as one bullet of a list of asks, between two lines that ask. */
const inList = (line: string) => itemsIn([['requirements', `- Three years writing Go services\n- ${line}\n- Strong SQL`, 'Requirements']]).includes(line);

describe('the role said to suit a person asks what that person is', () => {
  it.each([
    'This role is for someone who likes untangling messy spreadsheets and owning the follow-up.',
    'The position is best suited for a person who enjoys long calls with customers.',
  ])('an item: %s', (line) => {
    expect(inProse(line)).toBe(true);
  });
  it.each(['This role is a mix of support and light scripting, mostly for our clinic partners.'])('what the role is, told, asks nothing: %s', (line) => {
    expect(inProse(line)).toBe(false);
  });
});

describe('an offer to meet, on a condition of place, is an invitation', () => {
  it.each(["If you're ever passing through Porto, we'd happily buy you a coffee and hear your story.", 'If you are around Leeds this spring, let me get you lunch and we can swap notes.'])(
    'no item: %s',
    (line) => {
      expect(inProse(line)).toBe(false);
    },
  );
});

describe('what to put in the application, asked with "please", is no ask of the candidate', () => {
  it.each(['Please state your notice period and whether you lean towards remote or hybrid.', 'Please indicate which time zone you usually work from.'])('no item: %s', (line) => {
    expect(inProse(line)).toBe(false);
  });
  it.each(['Please note that you need a valid driving licence for site visits.'])('a note that asks stays: %s', (line) => {
    expect(inProse(line)).toBe(true);
  });
});

describe('the company speaking of itself "here at" its name asks nothing, though it names skills', () => {
  it.each(['Here at Quillmark we have spent two years rebuilding clinic rotas with machine learning and Kubernetes.'])('no item: %s', (line) => {
    expect(inProse(line)).toBe(false);
  });
  it.each(['Here at Quillmark we need someone who has run Kubernetes in production.'])('a want said there stays: %s', (line) => {
    expect(inProse(line)).toBe(true);
  });
});

describe("a title written with a stray possessive, then a duty, is the role's listing", () => {
  it.each([
    "Staff Engineer's - Run the architecture reviews, coach the backend team and set the roadmap with product.",
    "Principal Engineer's - Lead the platform group, mentor engineers and raise the developer-experience bar across teams.",
  ])('no item: %s', (line) => {
    expect(inProse(line)).toBe(false);
  });
});

describe('a line opening on "No …" tells what the product or the job leaves out', () => {
  it.each(['No vendor lock-in to AWS or Azure for any of our clinics.', 'No nightly batch jobs in Cobol or Fortran anywhere.'])('no item: %s', (line) => {
    expect(inProse(line)).toBe(false);
  });
  it.each(['No Java needed, but Kotlin on the backend is a must.'])('a want after it stays: %s', (line) => {
    expect(inList(line)).toBe(true);
  });
});

describe('people sought who want to work in person: the place is asked', () => {
  it.each(["We're looking for engineers who want to work in person from our Austin office three days a week."])('an item: %s', (line) => {
    expect(inProse(line)).toBe(true);
  });
  it.each(["We're looking for engineers who want to shape how clinics schedule care."])('a wish alone still asks nothing: %s', (line) => {
    expect(inProse(line)).toBe(false);
  });
});

describe("the speaker's own trade, told by one who seeks work, is no ask", () => {
  it.each(["I'm a backend developer with a background in logistics, mostly writing Go and Postgres."])('no item: %s', (line) => {
    expect(inProse(line)).toBe(false);
  });
  it.each(["I'm a founder looking for a backend developer with a background in Go and Postgres."])('one who seeks someone still asks: %s', (line) => {
    expect(inProse(line)).toBe(true);
  });
});

describe('a heading framed in equals signs heads its part, whatever its words', () => {
  const text = [
    'Larkspur | Founding Engineer | Lisbon | Onsite',
    '',
    '==What We Need==',
    '',
    '- You have shipped TypeScript services to production',
    '',
    '==Crew==',
    '',
    '- Sold a logistics startup in 2019',
    '',
    '- Wrote the compiler behind a popular templating tool',
  ].join('\n');
  it('the lines under "==Crew==" are the team, not asks', () => {
    const sections = postingFromText(text).sections;
    expect(sections.map((s) => s.heading)).toContain('==Crew==');
    const items = itemsOfText(text).map((i) => i.text);
    expect(items.some((t) => /TypeScript/.test(t))).toBe(true);
    expect(items.some((t) => /Sold a logistics|templating/.test(t))).toBe(false);
  });
});

describe('what the company weighs more in the reader is asked', () => {
  it.each(['But we care far more about how you debug than which frameworks you list.', 'We care much more about your judgement under pressure.'])('an item: %s', (line) => {
    expect(inProse(line)).toBe(true);
  });
  it.each(['We care about our patients more than anything.', 'We care deeply about the clinics we serve.'])('what the company cares for asks nothing: %s', (line) => {
    expect(inProse(line)).toBe(false);
  });
  it('a clause after "X is not required;" that says what is valued instead is asked', () => {
    const items = itemsIn([['other', 'Quillmark makes scheduling software for clinics.\n\nPrior Kubernetes or cloud experience is not required; we care much more about your ability to reason about failures.']]);
    expect(items).toContain('we care much more about your ability to reason about failures.');
    expect(items.some((t) => /Kubernetes/.test(t))).toBe(false);
  });
});

describe('topics the work covers, told, are no choice asked', () => {
  it.each(['Typical projects include billing migrations, Kafka consumers or Postgres tuning.', 'Potential courses include compilers, databases, or machine learning.'])('no item: %s', (line) => {
    expect(inProse(line)).toBe(false);
  });
});

describe('a place asked on a line of its own in a list is no heading', () => {
  it.each(['Live in Denver', 'Based in Lyon'])('an item: %s', (line) => {
    expect(itemsIn([['preferred', `- Some Terraform\n- ${line}\n- Kafka in production`, 'Bonus points']]).includes(line)).toBe(true);
  });
});

describe('a liking that only says the reader would fit in asks nothing', () => {
  it.each(["If you like climbing or board games you'll fit right in."])('no item: %s', (line) => {
    expect(inList(line)).toBe(false);
  });
});

describe('the stack told as what the work would include, how to apply, the company\'s core field: no ask', () => {
  it.each([
    'Your stack would probably include a lot of AWS (Lambda, SQS), Terraform and Go.',
    'To apply, first install our CLI with npm and sign up with the address you apply from.',
    'Computer vision is central to everything our robots do.',
  ])('no item, in prose or in a list of asks: %s', (line) => {
    expect(inProse(line)).toBe(false);
    expect(inList(line)).toBe(false);
  });
  it.each(['Go experience is central to this role, so you must have shipped it.'])('a want said with it stays: %s', (line) => {
    expect(inProse(line)).toBe(true);
    expect(inList(line)).toBe(true);
  });
});

describe('the person a role suits or benefits from is asked', () => {
  it.each([
    'This role is ideal for a sharp early-career analyst or recent graduate who enjoys tidy data and quick feedback.',
    'Several of these roles would benefit from someone who has run a support desk.',
  ])('an item: %s', (line) => {
    expect(inProse(line)).toBe(true);
  });
});

describe("an invitation whose condition is a liking leads likings, not asks", () => {
  const text = [
    'Tidewell | Several Roles | Onsite | Rotterdam',
    '',
    'We build barges that charge themselves at sea.',
    '',
    'Come work with us if you love:',
    '',
    '* Welding sensors onto odd hulls',
    '',
    '* Cutting diesel out of shipping',
    '',
    'Firmware Engineer: https://tidewell.example/jobs/1',
  ].join('\n');
  it('no item for the likings', () => {
    const items = itemsOfText(text).map((i) => i.text);
    expect(items.some((t) => /Welding|diesel/.test(t))).toBe(false);
  });
  it('"Come work with us if you love" is no heading of asks', () => {
    expect(classifyHeading('Come work with us if you love')).not.toBe('requirements');
    expect(classifyHeading('Come work with us if you have')).toBe('requirements');
  });
});

describe('a heading with its count of openings in brackets asks nothing', () => {
  it.each(['Sales Roles (2 Positions)', 'Field Support (3 Openings)'])('no item: %s', (line) => {
    expect(inList(line)).toBe(false);
  });
});

describe('a preference or a record asked without "track" is asked', () => {
  it.each(['Strong preference for builders who have sold to hospitals.', 'Solid record shipping design systems for consumer apps.'])('an item: %s', (line) => {
    expect(inProse(line)).toBe(true);
  });
  it.each(['We have a strong record of profitable growth.', 'Our preference for boring tech shows in the codebase.'])('the company\'s own asks nothing: %s', (line) => {
    expect(inProse(line)).toBe(false);
  });
});
