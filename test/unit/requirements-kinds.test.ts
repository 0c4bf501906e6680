import { describe, expect, it } from 'vitest';
import { postingFromText } from '../../lib/posting/text';
import { requirementItems } from '../../lib/requirements/items';
import { findSkills } from '../../lib/skills/matcher';
import { bundled } from '../../lib/skills/taxonomy';

// Every posting here was written for these tests; none comes from a real posting.
const { matcher, taxonomy } = bundled();
const kinds = (text: string) =>
  [...new Set(requirementItems(postingFromText(text), (t) => findSkills(matcher, t), { skillInfo: (id) => taxonomy.byId.get(id) }).map((i) => i.kind))]
    .filter((k) => k !== 'skills' && k !== 'other')
    .sort();

describe('the kinds of requirement a posting asks (besides skills)', () => {
  it.each([
    ["Acme | Backend Engineer | Remote (US)\n\nWe make payroll software. You have 4+ years of Go. Must be authorized to work in the US; we cannot sponsor visas.", ["authorization", "years"]],
    ["Acme | Backend Engineer | Berlin\n\nWe make payroll software. You speak fluent German and English, and know Kotlin.", ["language"]],
    ["Acme | Backend Engineer | Berlin\n\nWe make payroll software.\n\nRequirements:\n- BSc in Computer Science or similar\n- 3+ years with Kotlin\n- Fluent German (C1)", ["degree", "language", "years"]],
    ["Acme | Systems Engineer | Arlington, VA | ONSITE\n\nWe build radar software. An active Secret clearance is required. US citizenship required.", ["authorization", "clearance"]],
    ["Acme | Engineer | NYC | VISA\n\nWe build trading systems in C++. We sponsor visas.", []],
    ["Acme | Engineer | NYC\n\nWe build trading systems. Our founders have 30 years of experience in markets. We're looking for someone strong in C++.", []],
    ["Acme | Engineer | Remote (EU)\n\nWe build ledgers.\n\nWhat we look for\n- Experience with Postgres\n- You must live in the EU and hold the right to work there", ["authorization"]],
    ["Acme | Engineer | Paris\n\nNous recrutons. French is required for this role; you should be comfortable with Python.", ["language"]],
    ["Acme | Data Scientist | Remote\n\nWe analyse retail data. A PhD in statistics or a related quantitative field is a plus.", ["degree"]],
    ["Acme | Engineer | Remote\n\nWe build ledgers. Experience: 5+ years. Degree: not required.", ["years"]],
    // A language or degree said to be essential, expected or an asset, in prose with no asking word.
    ["Acme | Support Engineer | Osaka\n\nWe run cold-chain sensors. Business-level Japanese is essential for this team.", ["language"]],
    ["Acme | Solutions Engineer | Montreal\n\nWe sell freight software. Being bilingual in French and English would be an asset.", ["language"]],
    ["Acme | Research Engineer | Zurich\n\nWe build compilers. A doctorate in programming languages is expected.", ["degree"]],
    // An authorisation asked beside skills or a clearance is an item of its own; a visa offered is not asked.
    ["Acme | Firmware Engineer | Remote (US)\n\nRequirements:\n- Embedded C and Rust, US citizenship (the contract says so)", ["authorization"]],
    ["Acme | Analyst | Huntsville, AL\n\nRequirements:\n- You must be a U.S. citizen able to hold a Secret clearance", ["authorization", "clearance"]],
    ["Acme | Engineer | London\n\nRequirements:\n- Strong Kotlin\n- Visa support is available for this role", []],
    // The right to work asked wherever the posting says it, in any words the facts read; the header line's fields too (session 38's convention 2).
    ["Acme | Platform Engineer | Remote (US)\n\nWe run a payments network.\n\nRequirements:\n- Terraform and AWS\n\nPerks\n- Health insurance\n- Please note we are unable to sponsor work visas for this role", ["authorization"]],
    ["Acme | Engineer | Remote (US) | No visa sponsorship\n\nWe build ledgers.\n\nRequirements:\n- Strong Kotlin", ["authorization"]],
    ["Acme | Engineer | Denver\n\nRequirements:\n- Strong Kotlin\n- Visa sponsorship is not offered for this position", ["authorization"]],
    ["Acme | RF Engineer | Boston\n\nWe build radios.\n\nRequirements:\n- Signal processing in C++\n- This work falls under export rules, so you need to be a U.S. person", ["authorization"]],
    // A heading about languages makes a spoken language named under it asked; programming languages are skills.
    ["Acme | ML Engineer | Munich\n\nWe train models.\n\nWhat you bring\n- PyTorch at scale\n\nLanguages required:\nEnglish or Dutch", ["language"]],
    ["Acme | Engineer | Remote\n\nWe build ledgers.\n\nProgramming languages\n- Go or Rust", []],
    // Years in forms beyond "N+ years of experience".
    ["Acme | Engineer | Remote\n\nWe build ledgers. We are hiring backend engineers (4-8 yrs) who like hard problems.", ["years"]],
    ["Acme | Engineer | Remote\n\nWe build ledgers.\n\nWhat you bring\n- 2-6 years designing distributed storage\n- Rust", ["years"]],
    ["Acme | Engineer | Remote\n\nWe're hiring for\nSenior Backend Engineers\n\n6+ years backend experience; Kotlin required.", ["years"]],
    ["Acme | Engineer | Remote\n\nWe build ledgers. We're growing our team and looking for an engineer with 3+ years of experience in Go.", ["years"]],
    ["Acme | Engineer | Remote\n\nWe build ledgers. Our platform team has engineers with an average of 12 years in fintech. We're looking for someone strong in Go.", []],
  ] as Array<[string, string[]]>)('%s → %j', (text, want) => {
    expect(kinds(text)).toEqual(want);
  });
});

describe('a posting with no headings', () => {
  const items = (text: string) =>
    requirementItems(postingFromText(text), (t) => findSkills(matcher, t), { skillInfo: (id) => taxonomy.byId.get(id) });
  it('reads a sentence that names alternatives even without an asking word, not a stack line or a slash alone', () => {
    const got = items(`Acme | Platform Engineer | Remote

We run billing for gyms. Day to day it is Terraform, Pulumi, or CloudFormation, whichever the client picked.
Our stack: Go/Postgres/React.
The office dog is called Rusty.`);
    expect(got.map((i) => i.groups)).toEqual([[['terraform', 'pulumi', 'cloudformation']]]);
  });

  it('reads one thing and a list to pick it from as a choice even without an asking word', () => {
    const got = items(`Acme | Platform Engineer | Remote

We run billing for gyms. Day to day it is a major cloud (AWS, GCP, Azure) and Terraform.
The pipeline runs on a CI system — Jenkins, Buildkite, CircleCI.`);
    expect(got.map((i) => i.groups)).toEqual([
      [['cloud-computing', 'aws', 'google-cloud', 'azure'], ['terraform']],
      [['ci-cd', 'jenkins', 'buildkite', 'circleci']],
    ]);
  });

  it('reads "we are flexible" over a slash list as a choice', () => {
    const got = items(`Acme | Engineers | Onsite

Backend - we are flexible, but think Go / Rust / Kotlin.`);
    expect(got.map((i) => i.groups)).toEqual([[['go', 'rust', 'kotlin']]]);
  });
});
