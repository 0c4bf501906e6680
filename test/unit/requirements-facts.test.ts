import { describe, expect, it } from 'vitest';
import { postingFromText } from '../../lib/posting/text';
import type { Posting, SectionKind } from '../../lib/posting/types';
import { postingFacts } from '../../lib/requirements/facts';

// Every sentence here was written for these tests; none comes from a real posting.
const facts = (text: string) => postingFacts(postingFromText(text));
const withSections = (...sections: Array<[SectionKind, string]>): Posting => ({
  site: 'text',
  url: '',
  title: 'Engineer',
  company: 'Example',
  location: '',
  sections: sections.map(([kind, text]) => ({ kind, heading: kind, text, offset: 0 })),
});

describe('yearsMin', () => {
  it.each([
    ['You have 5+ years of professional software experience.', 5],
    ['We want 3-5 years building backend services.', 3],
    ['At least three years of experience with distributed systems.', 3],
    ['A minimum of 4 years in an engineering role.', 4],
    ['Five (5) years of experience shipping mobile apps.', 5],
    ['7 or more years of experience in data engineering.', 7],
    ['Overall 6+ years of experience, including 2+ years with Rust.', 6],
    ['You bring 10+ yrs, mostly platform work.', 10],
    ['A decade of experience leading infrastructure teams.', 10],
    ["We're hiring someone with 4+ years of experience in payments.", 4],
    ['Staff engineers: 8+ years of experience; 2+ years leading teams.', 8],
    ['Juniors welcome: 0-2 years of experience.', null],
  ])('%s → %s', (text, years) => {
    expect(facts(text).yearsMin).toBe(years);
  });

  it.each([
    'Founded 12 years ago, we make firmware for boats.',
    'Our founders bring 200 years of combined experience in logistics.',
    'The team has over 40 years of collective experience.',
    'We have been in business for 15 years and are profitable.',
    'You get a paid sabbatical after 5 years of employment.',
    'We have 3 years of runway.',
    'Voted best place to work 3 years running.',
    'Nothing about time at all.',
  ])('no years asked: %s', (text) => {
    expect(facts(text).yearsMin).toBeNull();
  });

  it('years only wished for are not a minimum', () => {
    expect(postingFacts(withSections(['preferred', '8+ years of experience with compilers']))).toMatchObject({ yearsMin: null });
  });
});

describe('workMode', () => {
  it.each([
    ['Acme | Backend Engineer | Berlin | REMOTE', 'remote'],
    ['Acme | Backend Engineer | Remote (US only) | Full-time', 'remote'],
    ['We work fully distributed across Europe.', 'remote'],
    ['Hybrid: 3 days a week in the office in Leeds.', 'hybrid'],
    ['This role is onsite in Austin, five days a week.', 'onsite'],
    ['Acme | Designer | Lisbon (In-Office) | Full-time', 'onsite'],
    ['This is not a remote role; you will sit with the team in our office.', 'onsite'],
    ['Acme | Engineer | Paris | Hybrid or fully remote', 'remote'],
    ['Acme | Engineer | Oslo | ONSITE, remote possible for exceptional candidates', 'onsite'],
    ['Acme | Engineer | Leeds | ONSITE\n\nWe are in the office three days a week.', 'hybrid'],
    ['We sit together Mon, Wed and Thu and WFH Tuesdays and Fridays.', 'hybrid'],
    ['Office in Porto; sponsorship / remote is not an option.', 'onsite'],
  ])('%s → %s', (text, mode) => {
    expect(facts(text).workMode).toBe(mode);
  });

  it.each(['We build remote sensing pipelines for farms.', 'Ship remote access tooling for hospitals.', 'We build ledgers.'])('no mode: %s', (text) => {
    expect(facts(text).workMode).toBeNull();
  });
});

describe('salary', () => {
  it.each([
    ['Salary: $150,000–$190,000 per year', { min: 150000, max: 190000, currency: 'USD', period: 'year' }],
    ['Base pay $150k - $190k + equity', { min: 150000, max: 190000, currency: 'USD', period: 'year' }],
    ['Compensation: £60k - £75k', { min: 60000, max: 75000, currency: 'GBP', period: 'year' }],
    ['Gehalt €70.000 - €85.000 brutto', { min: 70000, max: 85000, currency: 'EUR', period: 'year' }],
    ['Salary 70.000 EUR per year', { min: 70000, max: 70000, currency: 'EUR', period: 'year' }],
    ['Range: $140-170K CAD', { min: 140000, max: 170000, currency: 'CAD', period: 'year' }],
    ['Pay: CAD 120,000 - 140,000', { min: 120000, max: 140000, currency: 'CAD', period: 'year' }],
    ['Contract rate $60-$80 per hour', { min: 60, max: 80, currency: 'USD', period: 'hour' }],
    ['Rate: 40-60 EUR or 170-250 PLN per hour', { min: 40, max: 60, currency: 'EUR', period: 'hour' }],
    ['Rate: 55 EUR/hour', { min: 55, max: 55, currency: 'EUR', period: 'hour' }],
    ['Salary up to $200k depending on level', { min: null, max: 200000, currency: 'USD', period: 'year' }],
    ['Base salary $150,000 - $180,000; 401(k) match and health insurance', { min: 150000, max: 180000, currency: 'USD', period: 'year' }],
    ['Benefits: health insurance and a $150k–$170k base salary', { min: 150000, max: 170000, currency: 'USD', period: 'year' }],
    ['Senior: $150-180k. Staff: $180-220k.', { min: 150000, max: 220000, currency: 'USD', period: 'year' }],
    // A floor said without a pay word; "starts at" is a floor too.
    ['Starting at $118,000 plus stock options.', { min: 118000, max: null, currency: 'USD', period: 'year' }],
    ['The base for this level starts at $135k.', { min: 135000, max: null, currency: 'USD', period: 'year' }],
    // The pay word is the heading, on its own line or before a colon.
    ['Northwind | Engineer | Remote\n\nCompensation\n$142,000 plus equity', { min: 142000, max: 142000, currency: 'USD', period: 'year' }],
    ['Northwind | Engineer | Remote\n\nSalary: $131,000 and stock', { min: 131000, max: 131000, currency: 'USD', period: 'year' }],
  ])('%s', (text, salary) => {
    expect(facts(text).salary).toEqual(salary);
  });

  it.each([
    'We closed a $5M seed round last spring.',
    'We raised $20 million from investors we like.',
    'Competitive salary and equity.',
    'A $1,000 yearly learning budget and a $500 home office stipend.',
    '401k match and good insurance.',
    'Our customers process $3B in payments each year.',
    'Series B company, 120 people.',
    '• Family-building support through an HRA, up to $20,000 a year',
    '• Tuition support of up to $12,500 per year',
    '• Gym and wellness reimbursement, $1,800 annually',
    // A product's price is not the job's pay.
    'Team plans starting at $36,000 for up to fifty seats.',
    'Enterprise pricing starts at $60,000 a year.',
  ])('not a salary: %s', (text) => {
    expect(facts(text).salary).toBeNull();
  });
});

describe('sponsorship', () => {
  it.each([
    ['Visa sponsorship available.', true],
    ['We sponsor H-1B visas and help with relocation.', true],
    ['We offer visa sponsorship for the right person.', true],
    ['We can help with visas and the move.', true],
    ['Acme | Engineer | Amsterdam | ONSITE | VISA', true],
    ['We are unable to sponsor visas at this time.', false],
    ['No visa sponsorship is available for this role.', false],
    ['Candidates must be authorized to work in the United States.', false],
    ['You must already have the right to work in the UK.', false],
    ['US citizens only, due to the contract.', false],
    ['Open to U.S. citizens/green card holders living in the U.S. only', false],
    ['Acme | Engineer | Lisbon | ONSITE | VISA SPONSORSHIP', true],
    ['You must be able to work in person in our Leeds office.', null],
    ['This job requires EU citizenship.', false],
    ['Relocation is offered, but sponsorship or remote is not.', false],
    ['We build ledgers for farms.', null],
    ['The job is only open to applicants holding a valid UK work permit.', false],
    ['Applicants with or without work authorization are welcome; we sponsor.', true],
    ['We only hire people with a strong background in Go.', null],
    // "U.S. person" is export-control law's word for a citizen or permanent resident.
    ['The work is export-controlled, so every hire has to be a U.S. person.', false],
    ['US persons only (ITAR).', false],
    ['Non-US persons are welcome to apply; we sponsor visas.', true],
    ['Our sensors measure the U.S. personal savings rate.', null],
  ])('%s → %s', (text, value) => {
    expect(facts(text).sponsorship).toBe(value);
  });
});

describe('clearance', () => {
  it.each([
    ['Active TS/SCI clearance required.', 'TS/SCI'],
    ['You must be able to obtain a Secret clearance.', 'Secret'],
    ['An active Top Secret clearance.', 'Top Secret'],
    ['A security clearance is required for this work.', 'security clearance'],
    ['You hold an active TS clearance and can obtain SCI.', 'TS/SCI'],
    // A wish in a bracket wishes for its own content: Secret is asked.
    ['Active Secret clearance (TS/SCI preferred).', 'Secret'],
  ])('%s → %s', (text, name) => {
    expect(facts(text).clearance).toBe(name);
  });

  it.each([
    'A security clearance is a plus.',
    'We build ledgers for farms.',
    'No clearance needed.',
    'Security clearance is not needed for this team.',
    "You don't need a government clearance to apply.",
  ])('none: %s', (text) => {
    expect(facts(text).clearance).toBeNull();
  });
});

describe('degree', () => {
  it('a bachelor in a field, or equivalent experience', () => {
    expect(facts('BS in Computer Science or equivalent experience.').degree).toEqual({
      level: 'bachelor',
      required: true,
      fields: ['Computer Science'],
      equivalentExperience: true,
    });
  });

  it('a preferred master', () => {
    expect(facts("Master's degree in Statistics or Mathematics preferred.").degree).toEqual({
      level: 'master',
      required: false,
      fields: ['Statistics', 'Mathematics'],
      equivalentExperience: false,
    });
  });

  it.each([
    ['A PhD in machine learning is a plus.', 'phd', false],
    ["An associate's degree in networking is required.", 'associate', true],
    ['BS/MS in CS or a related field.', 'bachelor', true],
    ["A bachelor's degree or higher.", 'bachelor', true],
    ['MS + 4 years building recommenders.', 'master', true],
    ['Research depth at MA/PhD level.', 'master', true],
    ['BS, MS or PhD in a quantitative field.', 'bachelor', true],
    // The lower degree of an alternative with years is named too: the lowest named is what is asked.
    ['MS or PhD in Physics, or a BS with 3+ years in industry.', 'bachelor', true],
    ['PhD, or MS plus 2+ years of applied research.', 'master', true],
  ])('%s', (text, level, required) => {
    expect(facts(text).degree).toMatchObject({ level, required });
  });

  it.each([
    ['4+ years shipping production code, or a PhD in a quantitative field.', 'phd'],
    ["A master's degree, or at least 5 years working on compilers.", 'master'],
    ['Six years in industry or a doctorate in computer vision.', 'phd'],
  ])('years or a degree, either will do: %s', (text, level) => {
    expect(facts(text).degree).toMatchObject({ level, equivalentExperience: true, orYears: true });
  });

  it.each(['5+ years with Go or Rust and a CS degree.', 'BS in Computer Science and 3+ years of backend work.', 'MS + 4 years building recommenders.', '3+ years with Python or Scala; a bachelor in a related field.'])('years and a degree, both asked: %s', (text) => {
    expect(facts(text).degree).not.toHaveProperty('orYears');
  });

  it('under "Nice to have" a degree is not required', () => {
    expect(postingFacts(withSections(['preferred', 'A degree in physics']))).toMatchObject({ degree: { level: 'bachelor', required: false } });
  });

  it('the lowest level asked wins over one only wished for', () => {
    const p = withSections(['requirements', 'BS in Computer Science.'], ['preferred', 'PhD in Physics.']);
    expect(postingFacts(p).degree).toMatchObject({ level: 'bachelor', required: true });
  });

  it.each(['Acme | Engineer | Boston, MA / Remote', 'We run a fast, no BS, kind team.', 'No degree required, we care about what you built.', 'Our founders hold PhDs from two universities.', 'We build ledgers.'])('none: %s', (text) => {
    expect(facts(text).degree).toBeNull();
  });

  it('"No BS" is no degree, capitalised or not', () => {
    expect(facts('No BS with us: we ship weekly.').degree).toBeNull();
    expect(facts('no BS, just code.').degree).toBeNull();
  });
});

it('facts of the about and benefits parts are not asked of the candidate', () => {
  const p = withSections(['about', 'Our team has 5+ years of experience with PhDs galore.'], ['benefits', 'Visa sponsorship available. Salary $100k-$120k.']);
  expect(postingFacts(p)).toEqual({
    yearsMin: null,
    workMode: null,
    salary: { min: 100000, max: 120000, currency: 'USD', period: 'year' },
    sponsorship: true,
    clearance: null,
    degree: null,
  });
});

// Forms issue 12 names (NO-VISA, CAD, '70.000 EUR', hourly, a floor, apostrophe thousands) and traps around them.
describe('facts from a whole posting', () => {
  const pick = (fact: string, text: string): unknown => {
    const f = facts(text);
    if (fact === 'salary') return f.salary && { min: f.salary.min, max: f.salary.max, currency: f.salary.currency, period: f.salary.period };
    if (fact === 'degree') return f.degree && `${f.degree.level}:${f.degree.required}`;
    return f[fact as keyof typeof f];
  };
  it.each([
    ["Acme | Backend Engineer | Berlin | ONSITE | NO-VISA\n\nWe build ledgers.", 'sponsorship', false],
    ["Acme | Backend Engineer | Berlin | ONSITE | NO VISA\n\nWe build ledgers.", 'sponsorship', false],
    ["Acme | Engineer | Remote (US) | No visa sponsorship\n\nWe build ledgers.", 'sponsorship', false],
    ["Acme | Engineer | London | VISA SPONSORSHIP\n\nWe build ledgers.", 'sponsorship', true],
    ["Acme | Engineer | London\n\nWe can sponsor visas for the right candidate.", 'sponsorship', true],
    ["Acme | Engineer | London\n\nCandidates must already have the right to work in the UK.", 'sponsorship', false],
    ["Acme | Engineer | Toronto | CAD 120k-150k\n\nWe build ledgers.", 'salary', {"min": 120000, "max": 150000, "currency": "CAD", "period": "year"}],
    // Header fields split by dashes or dots, as on a job board's first line; a US place gives dollars.
    ["Infra Engineer @ Acme \u2014 San Francisco, in person \u2014 150-190k + equity\n\nWe build ledgers.", 'salary', {"min": 150000, "max": 190000, "currency": "USD", "period": "year"}],
    ["Acme | Engineer | Toronto | $120-150k CAD\n\nWe build ledgers.", 'salary', {"min": 120000, "max": 150000, "currency": "CAD", "period": "year"}],
    ["Acme | Engineer | Amsterdam | 70.000 - 90.000 EUR\n\nWe build ledgers.", 'salary', {"min": 70000, "max": 90000, "currency": "EUR", "period": "year"}],
    ["Acme | Engineer | Amsterdam | \u20ac70.000\u2013\u20ac90.000\n\nWe build ledgers.", 'salary', {"min": 70000, "max": 90000, "currency": "EUR", "period": "year"}],
    ["Acme | Engineer | London | \u00a365k\u2013\u00a380k\n\nWe build ledgers.", 'salary', {"min": 65000, "max": 80000, "currency": "GBP", "period": "year"}],
    ["Acme | Contractor | Remote | $80-100/hr\n\nWe build ledgers.", 'salary', {"min": 80, "max": 100, "currency": "USD", "period": "hour"}],
    ["Acme | Contractor | Remote | $90 per hour\n\nWe build ledgers.", 'salary', {"min": 90, "max": 90, "currency": "USD", "period": "hour"}],
    ["Acme | Engineer | NYC\n\nBase salary $150,000 to $180,000 plus equity.", 'salary', {"min": 150000, "max": 180000, "currency": "USD", "period": "year"}],
    ["Acme | Engineer | NYC\n\nWe raised $20M from great investors and serve 5k customers.", 'salary', null],
    ["Acme | Engineer | NYC\n\nCompetitive salary and a $2,000 learning budget.", 'salary', null],
    ["Acme | Engineer | Berlin | 60-80k EUR\n\nWe build ledgers.", 'salary', {"min": 60000, "max": 80000, "currency": "EUR", "period": "year"}],
    ["Acme | Engineer | Remote | 130k-160k USD + equity\n\nWe build ledgers.", 'salary', {"min": 130000, "max": 160000, "currency": "USD", "period": "year"}],
    ["Acme | Engineer | Remote\n\nWe have been around for 12 years. You have 4+ years of backend experience.", 'yearsMin', 4],
    ["Acme | Engineer | Remote\n\nOur team has 60 years of combined experience. You bring 3 years building APIs.", 'yearsMin', 3],
    ["Acme | Engineer | Remote\n\nFounded 8 years ago, profitable for 5 years.", 'yearsMin', null],
    ["Acme | Engineer | Remote\n\nRequirements:\n- 5-8 years of professional software experience\n- 2+ years with Kubernetes", 'yearsMin', 5],
    ["Acme | Engineer | Remote\n\nRequirements:\n- Seven years of experience shipping mobile apps", 'yearsMin', 7],
    ["Acme | Engineer | Hybrid (2 days a week in our Paris office)\n\nWe build ledgers.", 'workMode', "hybrid"],
    ["Acme | Engineer | Paris (on-site)\n\nWe build ledgers.", 'workMode', "onsite"],
    ["Acme | Engineer | Remote-first, EU timezones\n\nWe build ledgers.", 'workMode', "remote"],
    ["Acme | Engineer | NYC\n\nRequirements:\n- BS in Computer Science or equivalent experience", 'degree', "bachelor:true"],
    ["Acme | Engineer | NYC\n\nNice to have:\n- MSc in Statistics", 'degree', "master:false"],
    ["Acme | Engineer | NYC\n\nNo degree required; we care about what you have built.", 'degree', null],
    ["Acme | Engineer | DC\n\nRequirements:\n- Active TS/SCI clearance", 'clearance', "TS/SCI"],
    ["Acme | Engineer | DC\n\nWe work on clearance sales for retail stores.", 'clearance', null],
    ["Acme | Engineer | Remote\n\nUS citizens or green card holders only.", 'sponsorship', false],
    ["Acme | Engineer | Remote\n\nWe are unable to sponsor or take over sponsorship of an employment visa.", 'sponsorship', false],
    ["Acme | Engineer | Remote\n\nVisa sponsorship is not available for this role.", 'sponsorship', false],
    ["Acme | Engineer | Remote\n\nWe offer relocation and visa support.", 'sponsorship', true],
    ["Acme | Engineer | SF | $180k \u2013 $220k + equity | H1B OK\n\nWe build ledgers.", 'sponsorship', true],
    ["Acme | Engineer | Dublin | \u20ac85k+\n\nWe build ledgers.", 'salary', {"min": 85000, "max": null, "currency": "EUR", "period": "year"}],
    ["Acme | Engineer | Remote | up to $200k\n\nWe build ledgers.", 'salary', {"min": null, "max": 200000, "currency": "USD", "period": "year"}],
    ["Acme | Engineer | Remote\n\nSalary: 8,000-10,000 PLN per month.", 'salary', {"min": 8000, "max": 10000, "currency": "PLN", "period": "month"}],
    ["Acme | Engineer | Remote (US only)\n\nWe build ledgers.", 'workMode', "remote"],
    ["Acme | Engineer | In-office, Austin TX\n\nWe build ledgers.", 'workMode', "onsite"],
    ["Acme | Engineer | Austin, TX\n\nThis is a fully in-person role at our Austin studio.", 'workMode', "onsite"],
    ["Acme | Engineer | Remote or hybrid (Lisbon)\n\nWe build ledgers.", 'workMode', "remote"],
    ["Acme | Engineer | Lisbon\n\nWe work from the office Tuesday to Thursday and from home otherwise.", 'workMode', "hybrid"],
    ["Acme | Engineer | Lisbon\n\nOur product lets clinicians do remote patient monitoring.", 'workMode', null],
    ["Acme | Engineer | London | \u00a3500-\u00a3600/day outside IR35\n\nWe build ledgers.", 'salary', {"min": 500, "max": 600, "currency": "GBP", "period": "day"}],
    ["Acme | Engineer | Zurich | CHF 120'000 - 150'000\n\nWe build ledgers.", 'salary', {"min": 120000, "max": 150000, "currency": "CHF", "period": "year"}],
    ["Acme | Engineer | Remote | $60\u2013$75 an hour\n\nWe build ledgers.", 'salary', {"min": 60, "max": 75, "currency": "USD", "period": "hour"}],
    ["Acme | Engineer | Remote\n\nPay: USD 140,000\u2013170,000 annually.", 'salary', {"min": 140000, "max": 170000, "currency": "USD", "period": "year"}],
    ["Acme | Engineer | Remote\n\nWe serve 10,000-20,000 requests per second.", 'salary', null],
    ["Acme | Engineer | Remote\n\nOur customers range from 50-500 employees.", 'salary', null],
    ["Acme | Engineer | Remote\n\nSeries A, $12M raised in 2025.", 'salary', null],
    ["Acme | Engineer | Remote\n\nYou should have 3 to 5 years of experience with Python.", 'yearsMin', 3],
    ["Acme | Engineer | Remote\n\nYou have shipped software professionally for at least 6 years.", 'yearsMin', 6],
    ["Acme | Engineer | Remote\n\nOur 15-year-old company values your 2+ years of React experience.", 'yearsMin', 2],
    ["Acme | Engineer | Remote\n\nYou will lead a team with 40 years of collective experience.", 'yearsMin', null],
    ["Acme | Engineer | Remote\n\nThe role has a 2-year contract with renewal.", 'yearsMin', null],
    ["Acme | Engineer | Remote\n\nRequirements:\n- Master's degree in Physics or a related field\n- PhD preferred", 'degree', "master:true"],
    ["Acme | Engineer | Remote\n\nRequirements:\n- Bachelor's or Master's in Computer Science", 'degree', "bachelor:true"],
    ["Acme | Engineer | Remote\n\nOur founders hold PhDs from MIT.", 'degree', null],
    ["Acme | Engineer | Remote\n\nRequirements:\n- Must be eligible for a Secret clearance", 'clearance', "Secret"],
    ["Acme | Engineer | Remote\n\nApplicants must be authorized to work in the US without sponsorship.", 'sponsorship', false],
    ["Acme | Engineer | Remote\n\nWe do not currently offer visa sponsorship.", 'sponsorship', false],
    ["Acme | Engineer | Remote\n\nSponsorship: not available", 'sponsorship', false],
    ["Acme | Engineer | Remote\n\nWe sponsor H-1B visas and green cards.", 'sponsorship', true],
    ["Acme | Engineer | Remote\n\nVisa sponsorship: yes", 'sponsorship', true],
    ["Acme | Engineer | Berlin | Visa sponsorship & relocation\n\nWe build ledgers.", 'sponsorship', true],
    ["Acme | Engineer | Remote\n\nWe build tools that help companies sponsor visas for their staff.", 'sponsorship', null],
    ["Acme | Engineer | Remote | £70k + generous equity\n\nWe build ledgers.", 'salary', {"min": 70000, "max": 70000, "currency": "GBP", "period": "year"}],
    ["Acme | Engineer | Remote (US) | 150-190k\n\nWe build ledgers.", 'salary', {"min": 150000, "max": 190000, "currency": "USD", "period": "year"}],
    ["Acme | Engineer | Denver, CO\n\nBase: $142-176,000 depending on level.", 'salary', {"min": 142000, "max": 176000, "currency": "USD", "period": "year"}],
    ["Acme | Engineer | NYC\n\nTotal pay $350+k, all cash.", 'salary', {"min": 350000, "max": null, "currency": "USD", "period": "year"}],
    ["Acme | Engineer | NYC | $130K-$170K\n\nTeams usually pay $5K-$20K for this kind of audit; we make it free.", 'salary', {"min": 130000, "max": 170000, "currency": "USD", "period": "year"}],
    ["Acme | Engineer | Lyon | Onsite (1 day remote per week)\n\nWe build ledgers.", 'workMode', "hybrid"],
    ["Acme | Engineer | Lyon\n\nWe work in Lyon. Open to remote for the right person.", 'workMode', "onsite"],
    ["Acme | Engineer | Remote\n\nWe sponsor local meetups and open-source projects.", 'sponsorship', null],
    ["Acme | Engineer | Remote\n\nWe sponsor visas.", 'sponsorship', true],
    ["Acme | Engineer | Remote\n\nWe provide visa and relocation support.", 'sponsorship', true],
    ["Acme | Engineer | Remote\n\nJob type Full-time Visa US citizen/visa only", 'sponsorship', false],
    ["Acme | Engineer | Remote\n\nThis is a bet we have never made in 20 years of investing. You bring 6+ years of backend experience.", 'yearsMin', 6],
    ["Acme | Engineer | Remote\n\nRequirements:\n- 4+ years building web apps, BS CS or equivalent", 'degree', "bachelor:true"],
    ["Acme | Remote (Global) | Full-time | $150k–$250k + equity\n\nWe build things.", 'salary', {"min": 150000, "max": 250000, "currency": "USD", "period": "year"}],
    ["Acme | Full-time | $150k-$250k\n\nWe build things.", 'salary', {"min": 150000, "max": 250000, "currency": "USD", "period": "year"}],
    ["Marker | Remote (U.S. only) | Full-time | Engineering | 185-250k\n\nWe build things. 8–10+ years, ideally with early-stage experience.", 'yearsMin', 8],
    ["Quillwork (YC S24) Is Hiring\n\nBackend Engineer at Quillwork | Y Combinator Open menu About Apply Quillwork Ledger tools Backend Engineer $130K - $180K • 0.20% - 0.80% • Austin, TX, US Job type Full-time Role Engineering, Backend Experience 2+ years Visa US citizen/visa only Connect directly with founders. About the role We build ledgers.", 'yearsMin', 2],
    ["Quillwork (YC S24) Is Hiring\n\nBackend Engineer at Quillwork | Y Combinator Open menu About Apply Quillwork Ledger tools Backend Engineer $130K - $180K • 0.20% - 0.80% • Austin, TX, US Job type Full-time Role Engineering, Backend Experience 2+ years Visa US citizen/visa only Connect directly with founders. About the role We build ledgers.", 'sponsorship', false],
    ["Quillwork (YC S24) Is Hiring\n\nBackend Engineer at Quillwork | Y Combinator Open menu About Apply Quillwork Ledger tools Backend Engineer $130K - $180K • 0.20% - 0.80% • Austin, TX, US Job type Full-time Role Engineering, Backend Experience 2+ years Visa Will sponsor Connect directly with founders.", 'sponsorship', true],
    ["Quillwork (YC S24) Is Hiring\n\nBackend Engineer at Quillwork | Y Combinator Open menu About Apply Quillwork Ledger tools Backend Engineer $130K - $180K • 0.20% - 0.80% • Austin, TX, US Job type Full-time Role Engineering, Backend Experience 2+ years Visa Will sponsor Connect directly with founders.", 'salary', {"min": 130000, "max": 180000, "currency": "USD", "period": "year"}],
    ["Acme | Senior Machine Learning Engineer | Full-time | $150k–$250k + equity\n\nWe build things.", 'salary', {"min": 150000, "max": 250000, "currency": "USD", "period": "year"}],
    ["Acme | Engineer | Remote\n\nWith real experience, pay will be over $180,000 plus equity.", 'salary', {"min": 180000, "max": null, "currency": "USD", "period": "year"}],
    // (Two openings priced apart, the title naming neither: the span across both, open at the top; s35.)
    ["Acme | Engineer | Remote\n\nLead engineer: $190k+ base. Designer: $90k–$120k base.", 'salary', {"min": 90000, "max": null, "currency": "USD", "period": "year"}],
    ["Acme | Engineer | Denver | On-site 2-3x per week\n\nWe build ledgers.", 'workMode', "hybrid"],
    ["Acme | Engineer | Remote\n\nRequirements:\n- Minimum 6 years of combined academic and industry experience", 'yearsMin', 6],
    ["Acme | Engineer | Remote\n\nThe team brings over 50 years of combined experience.", 'yearsMin', null],
    ["Acme | Engineer | Remote\n\nWe're a tiny team, 3 years in, shipping fast. You have 4+ years with Go.", 'yearsMin', 4],
    ["Acme | Engineer | London\n\nYou must be UK-based (no net-new visa sponsorship).", 'sponsorship', false],
  ] as Array<[string, string, unknown]>)('%s → %s', (text, fact, want) => {
    expect(pick(fact, text)).toEqual(want);
  });
});
