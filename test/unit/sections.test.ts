import { describe, expect, it } from 'vitest';
import { classifyHeading, splitSections } from '@/lib/posting/sections';

// Headings and postings written for this test, in the shapes real ones take.
const kinds = (text: string) => splitSections(text).map((s) => `${s.kind}:${s.heading}`);

describe('section headings as postings write them', () => {
  it('reads the ways a posting says what you will do and what it asks', () => {
    expect(classifyHeading("What you'll be doing")).toBe('responsibilities');
    expect(classifyHeading('What you’d build here')).toBe('responsibilities');
    expect(classifyHeading('An overview of this role')).toBe('responsibilities');
    expect(classifyHeading('Technical challenges')).toBe('responsibilities');
    expect(classifyHeading("Who we're looking for")).toBe('requirements');
    expect(classifyHeading("You'll need to have")).toBe('requirements');
    expect(classifyHeading('You might be a good fit if')).toBe('requirements');
    expect(classifyHeading("We're especially interested in people who")).toBe('requirements');
    expect(classifyHeading('The offer')).toBe('benefits');
    expect(classifyHeading('About Lumenfold')).toBe('about');
  });

  it('reads the headings of other countries\' postings: UK, Australian, Indian', () => {
    for (const h of ['Essential', 'Essential criteria', 'Person Specification', 'Key selection criteria', 'Desired Candidate Profile', 'Core Competencies', 'What we expect from you'])
      expect([h, classifyHeading(h)]).toEqual([h, 'requirements']);
    expect(classifyHeading('Desirable')).toBe('preferred');
    expect(classifyHeading('What success looks like')).toBe('responsibilities');
  });

  it('takes a job title for a role, never for a heading of its words', () => {
    const text = 'Lumenfold | Remote\n\nDeveloper Experience Engineer\nYou will own our CLI and SDKs in TypeScript.\n\nWhat you bring:\n- Experience with Go';
    expect(kinds(text)).toEqual(['other:', 'requirements:What you bring']);
    expect(splitSections(text)[0]!.text).toContain('Developer Experience Engineer');
    expect(splitSections('Customer Experience Lead:\nRun support in Zendesk.')[0]).toMatchObject({ kind: 'other', heading: '' });
  });

  it('reads a list of asks as requirements, even under an about heading or none', () => {
    const about = 'About the team\nWe are six engineers in Lisbon.\n- 4+ years with Python\n- Experience running Postgres in production\n- Strong written English';
    expect(splitSections(about)[0]!.kind).toBe('requirements');
    const none = 'Lumenfold | Staff Engineer | Remote\n\n- Deep knowledge of Kubernetes\n- You have shipped Rust services\n- Comfortable on call';
    expect(splitSections(none).map((s) => s.kind)).toEqual(['requirements']);
  });

  it('keeps an unbulleted list of asks together: a line of the section under a line of it is no heading of its kind', () => {
    const text = 'Must haves:\n3+ years of backend work\nHands-on experience with Kafka\nSolid Postgres skills\n\nNice to have\nSome Rust';
    expect(kinds(text)).toEqual(['requirements:Must haves', 'preferred:Nice to have']);
    expect(splitSections(text)[0]!.text).toContain('Hands-on experience with Kafka\nSolid Postgres skills');
    // A heading of another kind, or one that ends in a colon, still starts its own section.
    expect(kinds('Requirements\nGo in production\nSkills:\nKafka')).toEqual(['requirements:Requirements', 'requirements:Skills']);
  });

  it('keeps an about-us list that asks nothing as about-us', () => {
    const about = 'About us\n- Founded in 2019\n- Backed by patient investors\n- 40 people across Europe';
    expect(splitSections(about)[0]!.kind).toBe('about');
  });

  it('keeps a stack line under about-us or benefits as text, the rest of the section as it was', () => {
    const text = 'About the company:\n- Two founders, ten years in logistics\n- Freedom to shape our tech stack (Elixir + Postgres)\n- Offices in Porto';
    const sections = splitSections(text);
    expect(sections.map((s) => s.kind)).toEqual(['about', 'other', 'about']);
    expect(sections[1]!.text).toBe('- Freedom to shape our tech stack (Elixir + Postgres)');
    expect(text.slice(sections[1]!.offset, sections[1]!.offset + sections[1]!.text.length)).toBe(sections[1]!.text);
    expect(sections[2]!.text).toBe('- Offices in Porto');
  });

  it('keeps the content of a heading that runs into it, and resumes the section after its paragraph', () => {
    const text = 'Fernhill | Engineer | Remote\n\nWe write Go.\nBonus: Kafka, Flink\n- Some Rust\n\nWe hire fast.\nStack: Go, Postgres';
    const sections = splitSections(text);
    expect(sections.map((s) => s.kind)).toEqual(['other', 'preferred', 'other']);
    expect(sections[1]).toMatchObject({ heading: 'Bonus', text: 'Kafka, Flink\n- Some Rust' });
    for (const s of sections) expect(text.slice(s.offset, s.offset + s.text.length)).toBe(s.text);
    expect(sections[2]!.text).toContain('Stack: Go, Postgres');
  });

  it('reads a heading that lists the open roles as the roles, not about-us', () => {
    expect(classifyHeading("We're growing our team in these areas")).toBe('responsibilities');
    expect(classifyHeading('Open roles')).toBe('responsibilities');
    expect(classifyHeading('Our team')).toBe('about');
  });

  it('reads more of the ways postings name roles on offer, asks and perks', () => {
    expect(classifyHeading('Featured roles')).toBe('responsibilities');
    expect(classifyHeading('Engineering openings at Fernhill')).toBe('responsibilities');
    expect(classifyHeading('Problems you will tackle')).toBe('responsibilities');
    expect(classifyHeading('Hiring process')).not.toBe('responsibilities');
    expect(classifyHeading('What you need')).toBe('requirements');
    expect(classifyHeading("You'll probably do well here if you")).toBe('requirements');
    expect(classifyHeading('What you get')).toBe('benefits');
    expect(classifyHeading("Reasons you'd enjoy it here")).toBe('benefits');
    expect(classifyHeading('Our founders')).toBe('about');
    expect(classifyHeading('How to apply (required)')).toBe('other');
    expect(classifyHeading('This job is for someone who')).toBe('requirements');
    expect(classifyHeading('Tech stack')).toBeNull();
    // "You can expect to" leads into the duties; what the candidate can expect from the company, or of the process, is no duty.
    expect(classifyHeading('You can expect to')).toBe('responsibilities');
    expect(classifyHeading("You'll expect to")).toBe('responsibilities');
    expect(classifyHeading('Expect to')).toBe('responsibilities');
    expect(classifyHeading('What you can expect from us')).not.toBe('responsibilities');
    expect(classifyHeading('What to expect in the interviews')).not.toBe('responsibilities');
    expect(classifyHeading('Great applicants might also have worked with')).toBe('preferred');
    expect(classifyHeading('Even better if you')).toBe('preferred');
    expect(classifyHeading('You Might Excel In This Job If You')).toBe('requirements');
    expect(classifyHeading('You’ll succeed on our team if')).toBe('requirements');
    expect(classifyHeading('Typical projects')).toBe('responsibilities');
    expect(classifyHeading('How to apply')).toBe('other');
    expect(classifyHeading('Our interview process')).toBe('other');
    expect(classifyHeading('Apply via our careers page')).toBe('other');
    expect(classifyHeading('To apply')).toBe('other');
    expect(classifyHeading('Applying tools')).toBeNull();
    expect(classifyHeading('What we want')).toBe('requirements');
    expect(classifyHeading('You should apply if')).toBe('requirements');
    expect(classifyHeading('We are currently mostly seeking')).toBe('requirements');
    expect(classifyHeading('Great to haves')).toBe('preferred');
    expect(classifyHeading('Plus')).toBe('preferred');
    expect(classifyHeading('The deal')).toBe('benefits');
    expect(classifyHeading('Problems you will work on')).toBe('responsibilities');
    expect(kinds('Requirements:\n- Go\n\nHow to apply\nWrite to us.')).toEqual(['requirements:Requirements', 'other:How to apply']);
  });

  it('takes a longer heading set in title case without a colon, as boards that flatten headings print them; not a sentence-case line', () => {
    const text = [
      'We run the build farm for a large game studio.',
      '',
      'You Could Be a Great Match If You',
      '• Have kept a Bazel cache fast under load',
      '• Write Python for glue',
      '',
      'Great Applicants Might Also Have Worked With',
      '• Buildkite',
      '',
      'You could be a great match if you like quiet weeks',
      'and small diffs.',
    ].join('\n');
    expect(kinds(text)).toEqual(['other:', 'requirements:You Could Be a Great Match If You', 'preferred:Great Applicants Might Also Have Worked With']);
  });
});

// Issue #13 item 4: classes of heading and layout found on the labelled tune part (test/fixtures/labels/sections.jsonl).
describe('section layouts seen on real postings', () => {
  it('ends a part at a line that says how to apply, however long', () => {
    const text =
      'Quillmark | Remote\n\nOpen roles:\n- Backend Engineer\n- Product Designer\nLearn more and apply here: https://quillmark.example/jobs\n\nRequirements:\n- Experience with Go\nTo apply, send a short note and a link to something you built.\nIf you are interested, email jobs@quillmark.example with your CV.';
    const s = splitSections(text);
    expect(s.map((x) => x.kind)).toEqual(['other', 'responsibilities', 'other', 'requirements', 'other']);
    expect(s[2]!.text).toContain('Learn more and apply here');
    expect(s[4]!.text).toContain('If you are interested, email');
    // A sentence about the work that names sending or contact is no way to apply.
    const work = "Requirements:\n- Go\nIf you are interested in radios and want to send packets across a city, you will like it here.\n- Some C";
    expect(splitSections(work).map((x) => x.kind)).toEqual(['requirements']);
    // A duty that starts with the verb is no way to apply.
    expect(kinds('What you will do:\nApply ranking models to search traffic\nTune the indexer')).toEqual(['responsibilities:What you will do']);
  });

  it('reads short labels of a kind: pay, experience, the project, notices, contact', () => {
    expect(classifyHeading('Comp:')).toBe('benefits');
    expect(classifyHeading('Exp')).toBe('requirements');
    expect(classifyHeading('The Project:')).toBe('responsibilities');
    expect(classifyHeading('PROJECT')).toBe('responsibilities');
    expect(classifyHeading('Team focus')).toBe('responsibilities');
    expect(classifyHeading('We prefer:')).toBe('preferred');
    expect(classifyHeading('Why this matters')).toBe('about');
    expect(classifyHeading("How we're different")).toBe('about');
    expect(classifyHeading('Referral instructions')).toBe('other');
    expect(classifyHeading('Logistics')).toBe('other');
    expect(classifyHeading('Contact:')).toBe('other');
    // A project named inside a longer phrase is no heading of that kind.
    expect(classifyHeading('Project managers welcome')).not.toBe('responsibilities');
  });

  it('never takes an address for a heading', () => {
    const text = 'Open positions:\n- Data Engineer\n\nEmail:\n\nhiring@quillmark.example';
    const s = splitSections(text);
    expect(s.map((x) => `${x.kind}:${x.heading}`)).toEqual(['responsibilities:Open positions', 'other:Email']);
    expect(s[1]!.text).toBe('hiring@quillmark.example');
  });

  it('keeps a heading right under a heading in the part above it (a group of it, or a second line of its title)', () => {
    const text = 'We are hiring across the company, at every level:\n*Engineering:*\n- Staff Engineer (Search)\n- Mobile Engineer';
    expect(splitSections(text).map((x) => x.kind)).toEqual(['responsibilities']);
    const pay = 'Yearly salary\nThe range for this job is:\n$150,000 - $190,000 USD';
    expect(splitSections(pay)).toMatchObject([{ kind: 'benefits', heading: 'Yearly salary' }]);
  });

  it('reads a nice-to-have list line, pay after a dash and a second label after a sentence', () => {
    const list = 'Must haves:\n- Three years of Python\n- Bonus: some Elixir\n- Happy to be on call';
    const s = splitSections(list);
    expect(s.map((x) => x.kind)).toEqual(['requirements', 'preferred', 'requirements']);
    expect(s[1]!.text).toBe('some Elixir');
    expect(s[2]!.text).toBe('- Happy to be on call');
    expect(splitSections('Intro line\n\nSalary - $120k to $150k')[1]).toMatchObject({ kind: 'benefits', text: '$120k to $150k' });
    const two = 'Nice to have: a published paper. Perks: a desk in Porto and a good chair.';
    expect(splitSections(two).map((x) => `${x.kind}:${x.text}`)).toEqual(['preferred:a published paper.', 'benefits:a desk in Porto and a good chair.']);
  });

  it('reads a list of roles under "looking for" as the roles on offer, and a sentence that opens a list of asks as requirements', () => {
    const roles = 'Quillmark | Remote\n\nWe are currently looking for:\nBackend Engineer - Go, Postgres - https://quillmark.example/1\nSite Reliability Engineer - https://quillmark.example/2\nData Analyst - https://quillmark.example/3';
    expect(splitSections(roles).map((x) => x.kind)).toEqual(['other', 'responsibilities']);
    const asks = 'Quillmark | Two roles | Porto\n\nWe build ledgers for small farms and want two people to join us in the office:\n- 5+ years shipping production services\n- Strong SQL\n- Comfortable owning a release\n\nWrite to us.';
    expect(splitSections(asks).map((x) => x.kind)).toEqual(['other', 'requirements']);
    // A title line of fields heads no part, whatever its words ("roles").
    expect(splitSections(asks)[0]!.text).toBe('Quillmark | Two roles | Porto');
  });

  it('reads why-join headings, company and process labels, and what the team works on', () => {
    expect(classifyHeading('Why Quillmark?')).toBe('benefits');
    expect(classifyHeading('Why this might appeal to you')).toBe('benefits');
    expect(classifyHeading('Why this job')).toBe('benefits');
    expect(classifyHeading('Why Rust')).toBeNull();
    expect(classifyHeading('We offered')).toBeNull();
    expect(classifyHeading('Company:')).toBe('about');
    expect(classifyHeading('Job description')).toBe('responsibilities');
    expect(classifyHeading("What we're building:")).toBe('responsibilities');
    expect(classifyHeading('We work on')).toBe('responsibilities');
    expect(classifyHeading('Process')).toBe('other');
    // A line that says how to apply is never a heading of another kind, even under no heading.
    const text = 'Quillmark | Remote\n\nWhy Quillmark?\nA calm team.\n\nApply today and help with our mission:\nhttps://quillmark.example/jobs';
    expect(splitSections(text).map((x) => x.kind)).toEqual(['other', 'benefits', 'other']);
    expect(splitSections('Quillmark | Remote\n\nApply now to support our mission:\nhttps://quillmark.example').map((x) => x.kind)).toEqual(['other']);
  });

  it('reads a soft first nice-to-have heading as the requirements when a real nice-to-have part follows', () => {
    const text = 'You will:\n- Train models\n\nIdeally you would have:\n- Five years of PyTorch\n- A PhD\n\nNice to haves:\n- Papers on RLHF';
    expect(splitSections(text).map((x) => x.kind)).toEqual(['responsibilities', 'requirements', 'preferred']);
    // With a requirements part of its own, "Ideally" stays a nice-to-have.
    expect(splitSections('Requirements:\n- Go\n\nIdeally:\n- Rust\n\nBonus:\n- Zig').map((x) => x.kind)).toEqual(['requirements', 'preferred', 'preferred']);
  });
});
