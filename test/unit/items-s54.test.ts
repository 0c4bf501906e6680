import { describe, expect, it } from 'vitest';
import { analyzePosting } from '@/lib/analyze';
import { classifyHeading, splitSections } from '@/lib/posting/sections';
import { postingFromText } from '@/lib/posting/text';
import { engine } from './readers';

/**
 * Session 54 (#12): which lines of a posting are asks and where its parts begin, taught by the tune half of
 * test/fixtures/labels/parts-fresh-s54a.jsonl and by s53's known misses ("Knowing X would help", "What else should you
 * know?" over logistics, USAJobs conditions). Each rule is checked here on two postings written fresh for the test, in
 * different words, none of them a sentence of a labelled batch, with counter-examples that read as they did before.
 */
const reqs = (text: string) => analyzePosting(engine, postingFromText(text)).requirements;
const rows = (text: string) => reqs(text).map((r) => r.text);
const partOf = (text: string, first: string) => splitSections(text).find((s) => s.text.includes(first))?.kind;

describe('s54: a question or label to the reader over the logistics is no part of asks', () => {
  const a = `Support Engineer\nTallowby \u00b7 Leeds \u00b7 Greenhouse\n\nWhat are we after?\n- Two years answering technical tickets\n- Clear written English\n\nWhat else should you know?\n- The team sits in Leeds three days a week\n- Pay for this post runs from \u00a338,000 to \u00a344,000\n`;
  const b = `Backend Developer | Crookhaven Ferries\n\nYou'll need\n- Java and Spring\n- Patience with old SOAP services\n\nThings to know\n- Interviews are one call and one afternoon on site\n- We close the office between Christmas and New Year\n`;
  it('reads the notes as a part of no kind, the asks above as asks', () => {
    expect(classifyHeading('What else should you know?')).toBe('other');
    expect(classifyHeading('Worth knowing')).toBe('other');
    expect(classifyHeading('Before you apply')).toBe('other');
    expect(partOf(a, 'sits in Leeds three days')).toBe('other');
    expect(partOf(a, 'Clear written English')).toBe('requirements');
    expect(partOf(b, 'one call and one afternoon')).toBe('other');
    expect(rows(b).join(' ')).not.toMatch(/one afternoon on site|between Christmas/);
  });
  it('counter-examples: "What you should know" and "What should you bring?" still head the asks', () => {
    expect(classifyHeading('What you should know')).toBe('requirements');
    expect(classifyHeading('What should you bring?')).toBe('requirements');
  });
});

describe('s54: "Good to know" over notes on the job is logistics; over things to know it stays a wish', () => {
  const a = `Rust developer at Pellworth (remote, EU)\n\nWe want someone who has shipped a Rust service and can read a flame graph without a guide.\n\nGood to know:\n- We pair on Tuesdays and Thursdays\n- There's a team trip to Ghent each spring\n- The hiring steps are a call, a paid exercise and a chat with the founders\n\nWrite to work@pellworth.example.\n`;
  const b = `QA Lead \u2013 Brackenfield Health\n\nRequirements\n- Test plans for regulated software\n\nAlso good to know\n- Our office is above a bakery in Bristol\n- Everyone takes the last Friday of the month off\n`;
  it('the notes are a part of no kind; the asks in the prose above are read', () => {
    expect(partOf(a, 'We pair on Tuesdays')).toBe('other');
    expect(rows(a).join(' ')).toContain('shipped a Rust service');
    expect(rows(a).join(' ')).not.toMatch(/team trip|hiring steps/);
    expect(partOf(b, 'above a bakery')).toBe('other');
  });
  it('counter-example: "Good to know" over skills stays the wishes', () => {
    const c = `Data Engineer\n\nRequirements\n- Python and SQL\n\nGood to know:\n- Kafka\n- Some experience with dbt\n`;
    expect(partOf(c, 'Kafka')).toBe('preferred');
  });
});

describe('s54: a board\'s "Application Instructions" is how to apply, not the asks above', () => {
  const a = `Lab Systems Administrator\nDepartment of Chemistry, Ashcombe University\n\nMinimum Qualifications\n- Two years administering Linux workstations\n\nApplication Instructions\nUpload a cover letter and a CV; the search committee reads applications from March 3.\n`;
  const b = `Web Developer, University Library\n\nRequired Qualifications\n- HTML, CSS and accessible design\n\nInstructions to Applicants\nInclude a link to two sites you built and the names of two referees.\n`;
  it('reads it as a part of no kind, its lines no asks', () => {
    expect(classifyHeading('Application Instructions')).toBe('other');
    expect(partOf(a, 'Upload a cover letter')).toBe('other');
    expect(partOf(b, 'Include a link to two sites')).toBe('other');
    expect(rows(b).join(' ')).not.toContain('two referees');
  });
  it('counter-example: the qualifications above stay asked', () => {
    expect(rows(a).join(' ')).toContain('administering Linux workstations');
  });
});

describe('s54: what the candidate knows, said to help and naming no skill, is a wish ("Knowing X would help")', () => {
  it('in prose with no heading and in a list, kept as a wish, the team told after it too', () => {
    const a = `Booking Platform Developer at Tarnside Kennels\n\nTarnside runs six boarding kennels in Cumbria. We want someone who writes careful PHP and has built a booking calendar people actually use. A feel for how a kennel plans its busy weeks would help, though most of our staff learned it on the job. Send a CV to jobs@tarnside.example.\n`;
    const b = `Claims Systems Analyst\n\nRequirements\n- Strong SQL\n- Knowing how a loss adjuster files a report would help\n`;
    const ra = reqs(a).find((r) => r.text.includes('busy weeks'));
    expect(ra?.importance).toBe('preferred');
    const rb = reqs(b).find((r) => r.text.includes('loss adjuster'));
    expect(rb?.importance).toBe('preferred');
  });
  it("counter-examples: a thing or the reader's help, not a knowing, is no wish", () => {
    const c = `Booking Platform Developer at Tarnside Kennels\n\nWe want someone who writes careful PHP. A standing desk would help, and we have two. Your feedback would help us improve the calendar.\n`;
    expect(rows(c).join(' ')).not.toMatch(/standing desk|Your feedback/);
  });
});

describe("s54: a perk's word in a field the candidate knows is the field, no offer", () => {
  it('"Knowing how insurance ...", "Understanding of how salary ...": asked', () => {
    const a = `Product Analyst\n\nWhat you bring\n- SQL you'd show a colleague\n- Understanding of how salary benchmarking surveys are run\n`;
    const b = `Pricing Developer\n\nRequirements\n- Python\n- Knowing how insurance premiums are rated would help\n`;
    expect(rows(a).join(' ')).toContain('salary benchmarking surveys');
    expect(rows(b).join(' ')).toContain('insurance premiums are rated');
  });
  it('counter-example: the perk itself, in the list, stays no ask', () => {
    const c = `Pricing Developer\n\nRequirements\n- Python\n- We offer health insurance from your first day\n`;
    expect(rows(c).join(' ')).not.toContain('health insurance');
  });
});

describe("s54: an ask of the person sought in the company's story, under a heading of no kind or in the company's part", () => {
  it('"About the job" (LinkedIn) holding "the person we hire will need to ...": asked', () => {
    const a = `Reporting Analyst\nMillbeck Water \u00b7 Carlisle \u00b7 LinkedIn\n\nAbout the job\nMillbeck supplies water to 90,000 homes. The finance team is four people, and the person we hire will need to be fluent in Excel and comfortable presenting to the board.\n\nResponsibilities\n- Monthly cost reports\n\nQualifications\n- Two years in a reporting role\n`;
    const b = `Network Technician\nHolmfirth Rail \u00b7 Huddersfield\n\nAbout the job\nWe keep the signalling network of a heritage railway running. The successful candidate must hold a CCNA and be comfortable working at height.\n\nRequirements\n- A driving licence\n`;
    expect(rows(a).join(' ')).toContain('fluent in Excel');
    expect(rows(b).join(' ')).toContain('must hold a CCNA');
  });
  it('"Anyone taking this job must lift ...", "Whoever fills the post has to pass a ... check": asked in the company\'s part', () => {
    const a = `Warehouse Systems Technician\n\nOverview\nFellgate Foods ships chilled goods from two depots. Anyone taking this job must lift boxes of up to 25 kg through a full shift.\n\nRequirements\n- Basic networking\n`;
    const b = `Caretaker and IT Assistant\n\nAbout us\nStonybeck Primary has 300 pupils. Whoever fills the post has to pass an enhanced DBS check before starting.\n\nWhat you need\n- Confidence with Windows laptops\n`;
    expect(rows(a).join(' ')).toContain('must lift boxes');
    expect(rows(b).join(' ')).toContain('enhanced DBS check');
  });
  it("counter-examples: what the hire is given, and when to apply, are no asks", () => {
    const c = `Caretaker and IT Assistant\n\nAbout us\nStonybeck Primary has 300 pupils. Anyone who joins our team gets a staff parking space.\n\nAbout the job\nCandidates should apply by 1 March.\n\nWhat you need\n- Confidence with Windows laptops\n`;
    expect(rows(c).join(' ')).not.toMatch(/parking space|apply by 1 March/);
  });
});

describe('s54: a check the selection or the offer is subject to is asked', () => {
  it('"Selection is subject to a background investigation", "Employment is contingent on passing a drug screen"', () => {
    const a = `IT Specialist (Customer Support)\n\nConditions of Employment\n- Selection is subject to a background investigation\n- You must be a U.S. citizen\n`;
    const b = `Forklift Driver and Stock Systems Clerk\n\nRequirements\n- Basic spreadsheet skills\n- Employment is contingent on passing a drug screen\n`;
    expect(rows(a).join(' ')).toContain('background investigation');
    expect(rows(b).join(' ')).toContain('passing a drug screen');
  });
  it('counter-examples: an approval or a change the offer waits on is no ask', () => {
    const c = `Forklift Driver and Stock Systems Clerk\n\nRequirements\n- Basic spreadsheet skills\n- Offers are subject to board approval\n- The start date is subject to change\n`;
    expect(rows(c).join(' ')).not.toMatch(/board approval|subject to change/);
  });
});

describe('s54: how the pay is paid, among the conditions, is no ask', () => {
  it('"Direct deposit of pay is required", "Payment by electronic funds transfer is mandatory"', () => {
    const a = `IT Specialist (Customer Support)\n\nConditions of Employment\n- You must be a U.S. citizen\n- Direct deposit of pay is required\n`;
    const b = `Park Ranger (GIS)\n\nRequirements\n- ArcGIS Pro\n- Payment by electronic funds transfer is mandatory\n`;
    expect(rows(a).join(' ')).not.toContain('Direct deposit');
    expect(rows(b).join(' ')).not.toContain('electronic funds transfer');
  });
  it('counter-example: a payroll skill naming it is asked', () => {
    const c = `Payroll Systems Analyst\n\nRequirements\n- Experience processing direct deposit files for 2,000 staff\n`;
    expect(rows(c).join(' ')).toContain('direct deposit files');
  });
});

describe('s54: a paper or a means said to be needed is asked, after a duty in the same sentence too', () => {
  it('"..., and a UK driving licence is needed", "A valid forklift certificate is necessary ..."', () => {
    const a = `Service Engineer at Kelderwick Dairy Systems\n\nKelderwick installs milking robots on farms in Cheshire. We need an engineer who can wire a control cabinet and update PLC firmware. You'll visit two or three farms a day, and a full driving licence is needed. Send a CV to jobs@kelderwick.example.\n`;
    const b = `Stock Systems Clerk\n\nWhat you'll need\n- Confident with Excel\n- A valid forklift certificate is necessary for the night shifts\n`;
    expect(rows(a).join(' ')).toContain('full driving licence is needed');
    expect(rows(b).join(' ')).toContain('forklift certificate');
  });
  it('counter-example: one said not to be needed is no ask', () => {
    const c = `Service Engineer at Kelderwick Dairy Systems\n\nWe need an engineer who can wire a control cabinet. No degree is needed. Send a CV to jobs@kelderwick.example.\n`;
    expect(rows(c).join(' ')).not.toContain('No degree is needed');
  });
});

describe('s54: an experience field label opening the first line under a heading of asks is its lead-in, no part', () => {
  const a = `IT Specialist (DATAMGT)\n\nDuties\n- Keep the bureau's databases patched\n\nQualifications\nSpecialized Experience: You qualify with one year of specialized experience at the GS-11 level, such as:\n- Tuning Oracle queries\n- Writing backup runbooks\n\nHow to Apply\nApply through the portal.\n`;
  const b = `Medical Records Clerk\n\nRequirements\nMinimum experience: two years of records work in a clinic or hospital.\n- Typing at 45 words a minute\n`;
  const headed = (text: string, heading: string) => splitSections(text).find((s) => s.heading === heading);
  it('the heading keeps its part, the line and the list under it inside it', () => {
    expect(headed(a, 'Qualifications')?.text).toContain('You qualify with one year');
    expect(headed(a, 'Qualifications')?.kind).toBe('requirements');
    expect(rows(a).join(' ')).toContain('Tuning Oracle queries');
    expect(headed(b, 'Requirements')?.text).toContain('two years of records work');
  });
  it('counter-example: a wish label under the heading still starts the wishes', () => {
    const c = `Data Engineer\n\nRequirements\nNice to have: Kafka, Flink\n- Python\n`;
    expect(partOf(c, 'Kafka, Flink')).toBe('preferred');
  });
});
