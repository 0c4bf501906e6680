import { describe, expect, it } from 'vitest';
import { itemsIn } from './readers';

// Session 39 (#12): classes of checklist rows that ask nothing of the candidate (or asks that were dropped), found on
// blind-labelled corpus items (test/bench/rows-s39-items*.txt) and read by the line's grammar: who or what is its
// subject, and does it describe the candidate. Every sentence here was written for these tests; none is from a posting.
/** The line in a board post with no headings, after a line about the company. */
const inProse = (line: string) => itemsIn([['other', `Quillmark makes scheduling software for clinics.\n\n${line}`]]).includes(line);
/** The line in a paragraph under a heading that asks, after a sentence about the team. */
const inAsksProse = (line: string) => itemsIn([['requirements', `We are six people in two time zones. ${line} We answer every application.`, 'About you']]).includes(line);
/** The line as one bullet of a list of asks, between two lines that ask. */
const inList = (line: string) => itemsIn([['requirements', `- Three years writing Go services\n- ${line}\n- Strong SQL`, 'Requirements']]).includes(line);

describe('the company speaking of itself after a fronted phrase asks nothing', () => {
  it.each([
    'With deep roots in logistics and routing, we design tools that keep vans on schedule.',
    'As a small remote crew, we publish our roadmap every quarter.',
    'Backed by two climate funds, we now serve forty utilities.',
  ])('no item: %s', (line) => {
    expect(inProse(line)).toBe(false);
  });
  it.each(['With that in mind, we need someone who has debugged flaky networks.'])(
    'an ask after the phrase stays: %s',
    (line) => {
      expect(inProse(line)).toBe(true);
    },
  );
});

describe("a must of a thing (the product, the data, the service) is no must of the candidate's", () => {
  it.each([
    'Keeping clinics happy means our booking engine must answer in under a second.',
    'The domain is unforgiving: every ledger entry must balance to the penny.',
    'Our sync layer must survive flaky hospital wifi and week-long offline spells.',
  ])('no item: %s', (line) => {
    expect(inProse(line)).toBe(false);
  });
  it.each(['The candidate must be able to read a flame graph.', 'Our new teammate must be happy to work on call.', 'You must be able to explain a trade-off in plain words.'])(
    'a must of the person sought still asks: %s',
    (line) => {
      expect(inProse(line)).toBe(true);
    },
  );
});

describe('an invitation to write or share asks nothing', () => {
  it.each(['Feel free to send over any questions or your profile if this appeals.', "Don't hesitate to reach out with a portfolio or a quick hello."])(
    'no item: %s',
    (line) => {
      expect(inProse(line)).toBe(false);
    },
  );
});

describe("a quantity of the company's own things as the subject tells, not asks", () => {
  it.each([
    'Much of the billing is already scripted, though there is plenty left to tidy in onboarding.',
    'Most of our clinics are in Ontario, and a few are in Quebec.',
  ])('no item: %s', (line) => {
    expect(inProse(line)).toBe(false);
  });
});

describe("the terms of a contract are the offer's, not an ask", () => {
  it.each(['Day rate preferred; a fixed price per milestone also works.', 'Hourly billing preferred, capped at forty hours a month.'])('no item: %s', (line) => {
    expect(inProse(line)).toBe(false);
  });
  it.each(['Prior contracting experience on an hourly basis preferred.'])('an ask of the person stays: %s', (line) => {
    expect(inProse(line)).toBe(true);
  });
});

describe("what the company gives the reader is no ask, though it says 'your'", () => {
  it.each(['We care about your wellbeing and pay for a gym membership.', 'We will match your pension contributions up to five percent.'])('no item: %s', (line) => {
    expect(inList(line)).toBe(false);
    expect(inAsksProse(line)).toBe(false);
  });
});

describe('people sought by an adjective phrase after them', () => {
  it.each([
    "We're hiring senior people curious about how hospitals really schedule staff.",
    'Looking for designers fluent in both print and motion.',
    'We want engineers experienced in running on-call for a payments service.',
  ])('an item: %s', (line) => {
    expect(inAsksProse(line)).toBe(true);
  });
  it.each(["We're hiring engineers excited about joining a small team.", 'Looking for people passionate about our mission.'])(
    'mere enthusiasm to join is no qualification: %s',
    (line) => {
      expect(inProse(line)).toBe(false);
    },
  );
});

describe('an invitation on who the reader is describes the person sought', () => {
  it.each([
    "If you're a backend engineer who has tuned Postgres under load, we'd love to hear from you.",
    'If you are a careful front-end engineer with an eye for accessibility, get in touch.',
  ])('an item: %s', (line) => {
    expect(inProse(line)).toBe(true);
  });
  it.each(["If you're interested in clinics and scheduling, we'd love to hear from you.", 'If this sounds like you, get in touch.'])(
    'an invitation on interest alone asks nothing: %s',
    (line) => {
      expect(inProse(line)).toBe(false);
    },
  );
});

describe("the reader's place and what the job gives them, told in the present, ask nothing", () => {
  it.each([
    'You sit between the clinic staff and the two of us who write the code.',
    'You report to the head of operations and work from our Leeds office.',
    'You have direct access to the production database and the founders.',
    'You get full autonomy over the roadmap for scheduling.',
  ])('no item: %s', (line) => {
    expect(inAsksProse(line)).toBe(false);
  });
  it.each(['You have run a small support desk and kept its backlog down.', 'You enjoy working directly with the people who use what you build.'])('what the reader has done or does still asks: %s', (line) => {
    expect(inAsksProse(line)).toBe(true);
  });
});

describe('the company after a fronted phrase that names skills', () => {
  it.each(['With deep knowledge of routing, graph search and scheduling, we build the planner clinics rely on.'])('no item: %s', (line) => {
    expect(inProse(line)).toBe(false);
  });
});

// Second s39 batch (test/bench/rows-s39-items-2.txt).
describe('what the reader values, told of them, and a place at the head of a line ask', () => {
  it.each(['Clear writing really matters to you.', 'Testing is important to you, even on a Friday.'])('an item: %s', (line) => {
    expect(inAsksProse(line)).toBe(true);
  });
  it.each(['Lisbon-based (hybrid).'])('an item in a list of asks: %s', (line) => {
    expect(inList(line)).toBe(true);
  });
  it.each(['Your health matters to us, so the insurance is on us.'])('what matters to the company is no ask: %s', (line) => {
    expect(inAsksProse(line)).toBe(false);
  });
});

describe('the speaker who needs someone seeks them', () => {
  it.each(['I need someone with steady judgement who can plan a release and tell me when I am wrong.'])('an item: %s', (line) => {
    expect(inAsksProse(line)).toBe(true);
  });
});

describe('an invitation to write in asks nothing unless its condition is a record or a skill', () => {
  it.each(["I'd be glad to hear from you if you run a project close to ours.", 'Always keen to hear from you if scheduling puzzles are your thing.'])(
    'no item: %s',
    (line) => {
      expect(inAsksProse(line)).toBe(false);
    },
  );
  it.each(["We'd be glad to hear from you if you have shipped a booking system before."])('a record in the condition asks: %s', (line) => {
    expect(inAsksProse(line)).toBe(true);
  });
});

describe('a thing required, the people who will do the work, and the hire as a member of the team tell the job', () => {
  it.each([
    'The tooling required to test a clinic workflow end to end will be worth a great deal.',
    "We're looking for the people who will turn that plan into a product.",
    'You will be a key member of the product team, working next to two founders.',
    "You'd have a lot of responsibility for the release calendar.",
  ])('no item: %s', (line) => {
    expect(inAsksProse(line)).toBe(false);
  });
  it.each(["We're looking for people who will thrive without a manager and have run a small team.", 'The skills required for this job are patience and clear writing.'])(
    'a quality of the person stays: %s',
    (line) => {
      expect(inAsksProse(line)).toBe(true);
    },
  );
});

describe("'required' after a condition is still the candidate's", () => {
  it.each(['We want backend people who are happy to go up the stack when required to fix the web app.'])('an item: %s', (line) => {
    expect(inAsksProse(line)).toBe(true);
  });
});

// Classes written fresh by class (news, perks, process, employment kind), noise even as a line of a list of asks.
describe('news, perks, the hiring process and the kind of employment ask nothing, even in a list of asks', () => {
  it.each([
    'Last quarter our clinics booked two million visits through the app.',
    'Health, dental and vision cover for you and your family.',
    'Relocation support to Lisbon is available for the right person.',
    'Applications close on the last Friday of the month.',
    'Everyone here ships to production in their first week.',
    'The team meets in Porto twice a year.',
    'Full-time, permanent, starting in January.',
    'Join a mission-driven team changing how clinics work.',
  ])('no item: %s', (line) => {
    expect(inList(line)).toBe(false);
  });
  it.each([
    'Experience administering pension schemes for a payroll provider.',
    'Full-time availability during UK hours is required.',
    'Comfortable joining a team that meets in person twice a year.',
    'You have handled health insurance claims data before.',
  ])('an ask that names the same things stays: %s', (line) => {
    expect(inList(line)).toBe(true);
  });
});

// Third s39 batch (test/bench/rows-s39-items-3.txt).
describe('third batch: told lines that ask nothing', () => {
  it.each([
    "You aren't just fixing bugs; you are shaping how clinics plan their week.",
    "This isn't just a job, it's a chance to change primary care.",
    'Note: the hourly rate ($30 - $55/hr) depends on the project and your region.',
    'We are very practical and kind colleagues.',
    'A strong culture of candour, written decisions and calm weeks.',
    'The Platform Engineer will own uptime and cost of the booking service.',
    'Core responsibilities: keep the scheduler fast and the data correct.',
    'For the design role, tell us about a screen you redrew and why.',
  ])('no item: %s', (line) => {
    expect(inAsksProse(line)).toBe(false);
    expect(inList(line)).toBe(false);
  });
  it.each([
    'The new engineer will need two years of Postgres in production.',
    'We value people who have run a clinic or a small shop.',
    'US residency (for tax reasons).',
  ])('still an ask: %s', (line) => {
    expect(inList(line)).toBe(true);
  });
});

describe('the person sought described by what they will be stays an ask', () => {
  it.each(['This person will be a hands-on leader, someone who can plan a migration and see it through.'])('an item: %s', (line) => {
    expect(inList(line)).toBe(true);
  });
});

// Written fresh by class, not from a batch: lines that stand in a list of asks and still ask nothing.
describe('headings, expectations waved away, pointers, reporting lines, start dates and first weeks ask nothing', () => {
  it.each([
    'About the role',
    'Nice to haves',
    "We don't expect you to know our stack on day one.",
    'See open roles at quillmark.io/careers.',
    'More details in the full listing linked above.',
    'Reporting to the VP of Engineering.',
    'Start date is flexible.',
    "In your first month you'll pair with every engineer on the team.",
    "By the end of your first quarter you'll own the scheduling service.",
  ])('no item: %s', (line) => {
    expect(inList(line)).toBe(false);
  });
  it.each([
    "We don't expect you to know Elixir, but you must be fluent in one functional language.",
    'Experience with ASP.NET and Entity Framework.',
    'Able to start within a month.',
    'Comfortable reporting progress to non-technical founders.',
  ])('still an ask: %s', (line) => {
    expect(inList(line)).toBe(true);
  });
});

// Fourth s39 batch (test/bench/rows-s39-items-4.txt).
describe('fourth batch: support offered, a condition of ability (and, held as it was, a lead-in on what the reader loves)', () => {
  const loveLead = (line: string) =>
    itemsIn([['other', `Quillmark makes scheduling software for clinics.\n\nCome build with us if you love:\n\n* ${line}\n* Watching a waiting room empty out on time`]]).includes(line);
  it.each(['Shipping small changes to a product nurses use all day', 'Seeing your work used in a real clinic the same week'])('no item under it: %s', (line) => {
    expect(loveLead(line)).toBe(false);
  });
  it.each(['You will be encouraged to write about the scheduling problems we solve.', "You'll be supported to give talks at meetups."])('no item: %s', (line) => {
    expect(inAsksProse(line)).toBe(false);
  });
  it.each(['Candidates outside Canada welcome if you can overlap five hours with Toronto.'])('an item: %s', (line) => {
    expect(inProse(line) || inAsksProse(line)).toBe(true);
  });
});
