import { describe, expect, it } from 'vitest';
import { analyzePosting, analyzeResume, matchResume } from '@/lib/analyze';
import { postingFromText } from '@/lib/posting/text';
import { postingFacts } from '@/lib/requirements/facts';
import { bullet, engine, itemsOfText, TODAY } from './readers';

// Readings mended after the s39 batch's first read (careful-reader-17, #12): each with lines written for this test and a
// counter-example.
const items = (body: string) => itemsOfText(`Pelham Yard | Engineer | Remote\n\n${body}`).map((i) => `${i.importance} ${i.text}`);
const kinds = (body: string) => postingFromText(`Pelham Yard | Engineer | Remote\n\n${body}`).sections.map((s) => `${s.kind}: ${s.heading}`);

describe('headings', () => {
  it('a heading that trails off in an ellipsis ("You could be a match if…", "Bonus points...") is read without it', () => {
    expect(kinds('Intro line.\n\nYou could be a match if\u2026\n- Elixir in production\n- Postgres\n')).toContain('requirements: You could be a match if\u2026');
    expect(kinds('Intro line.\n\nRequirements\n- Elixir\n- Postgres\n\nBonus points...\n- Nix\n- Rust\n')).toContain('preferred: Bonus points...');
    // (A sentence that trails off is still text.)
    expect(kinds('Intro line.\n\nWe ship every day and more...\n- Elixir\n').some((k) => k.startsWith('requirements: We ship'))).toBe(false);
  });

  it('"Things you\u2019ll need", "What we ask", "What we\u2019re asking for" head the asks', () => {
    for (const h of ['Things you\u2019ll need', 'What we ask', 'What we\u2019re asking for', 'What we ask of you']) expect(kinds(`Intro line.\n\n${h}\n- Elixir in production\n- Postgres\n`)).toContain(`requirements: ${h}`);
    // ("What we ask ourselves" is no such heading.)
    expect(kinds('Intro line.\n\nWhat we ask ourselves\n- Is it simple?\n- Is it fast?\n')).not.toContain('requirements: What we ask ourselves');
  });
});

describe('a table set in columns of spaces', () => {
  it('"Must have      Nice to have" over rows of two cells: each column asked as its header says', () => {
    const t = ['Requirements', '', 'Must have                     Nice to have', 'Elixir in production          Experience with Rust', 'PostgreSQL                    Nix', 'On-call experience', ''].join('\n');
    expect(items(t)).toEqual(['required Elixir in production', 'preferred Experience with Rust', 'required PostgreSQL', 'preferred Nix', 'required On-call experience']);
    // (Tab-separated columns too.)
    expect(items('Must have\tNice to have\nElixir\tRust\nPostgreSQL\tNix\n')).toEqual(['required Elixir', 'preferred Rust', 'required PostgreSQL', 'preferred Nix']);
    // (Two words set apart that are no labels of asks make no table: "Elixir    Postgres" lines stay as written.)
    expect(items('Requirements\n- Elixir      and Postgres in production\n- Kafka\n')).toEqual(['required Elixir      and Postgres in production', 'required Kafka']);
  });
});

describe('choices across sentences', () => {
  it('a sentence that only offers its skill in place of one named in the sentence before ("Go works just as well.") makes one choice', () => {
    expect(bullet('Kotlin is what we write every day. Solid Java experience is fine too.')).toEqual(['required: kotlin|java']);
    expect(bullet('Ruby is our main language. Python experience works just as well.')).toEqual(['required: ruby|python']);
    // (Praise of a tool is no offer: "Terraform works well for us" names no alternative.)
    expect(bullet('We deploy with Helm. Terraform works well for us.')).not.toContain('required: helm|terraform');
    // (Nor is a second ask: "Terraform is also important".)
    expect(bullet('Kubernetes in production. Terraform is also important.')).toEqual(['required: kubernetes', 'required: terraform']);
  });
});

const facts = (body: string) => postingFacts(postingFromText(`Pelham Yard | Engineer | Leeds\n\nRequirements:\n${body}`));

describe('facts', () => {
  it('years of one skill first, then years overall in the same line: the overall years are the minimum', () => {
    expect(facts('- 1–3 years of Terraform, 6+ years in software engineering overall\n').yearsMin).toBe(6);
    expect(facts('- 2+ years of Elixir and 7 years of professional experience\n').yearsMin).toBe(7);
    // (Two skills' years: the first line's count, as before.)
    expect(facts('- 4+ years of Elixir, 2+ years of AWS\n').yearsMin).toBe(4);
    // (Overall years that are only wished for ask nothing.)
    expect(facts('- 3+ years of Elixir, 8+ years overall preferred\n').yearsMin).toBe(3);
  });

  it('experience said to stand in for the degree in a sentence of its own gives the degree its equivalence', () => {
    expect(facts('- BSc in Physics or Computer Science\n\nProven experience can substitute for the degree.\n').degree?.equivalentExperience).toBe(true);
    expect(facts('- BSc in Physics or Computer Science\n- Comparable experience will also be considered.\n').degree?.equivalentExperience).toBe(true);
    // (Experience "considered" as a plus is no stand-in.)
    expect(facts('- BSc in Physics or Computer Science\n- Experience with Elixir will be considered a plus\n').degree?.equivalentExperience).toBe(false);
    // (Vocational training offered instead of the degree is equivalence too.)
    expect(facts('- A degree in computing, or an apprenticeship in IT with three years on the job\n').degree?.equivalentExperience).toBe(true);
    const items = itemsOfText('Pelham Yard | Engineer | Leeds\n\nRequirements:\n- BSc in Physics or Computer Science\n\nProven experience can substitute for the degree.\n');
    expect(items.find((i) => i.degree)?.degree?.equivalentExperience).toBe(true);
  });

  it('a clearance asked, then a wish after a semicolon: the clearance is asked', () => {
    expect(facts('- Active Secret clearance; a TS/SCI is preferred\n').clearance).toBe('Secret');
    expect(facts('- Active DV clearance is preferred\n').clearance).toBeNull();
  });

  it('sponsorship of a security clearance is no visa sponsorship', () => {
    expect(facts('- SC clearance required; we can sponsor your SC application\n').sponsorship).toBeNull();
    expect(facts('- DV clearance required. Clearance sponsorship is available.\n').sponsorship).toBeNull();
    expect(facts('- Go\n\nVisa sponsorship is available.\n').sponsorship).toBe(true);
  });

  it('"mobile working" some days a week (Germany\u2019s word for working away from the office) is hybrid', () => {
    expect(facts('- Go\n\nBenefits\n- Mobile working up to three days a week\n').workMode).toBe('hybrid');
    expect(facts('- Go\n\nWe build mobile working tools for field crews.\n').workMode).toBeNull();
  });
});

function verdictOf(line: string, resume: string) {
  const a = analyzePosting(engine, postingFromText(`Pelham Yard | Engineer | Remote\n\nRequirements:\n- ${line}\n`));
  return matchResume(engine, a, analyzeResume(engine, 'cv', resume, TODAY)).requirements![0]!.verdict;
}
const cv = (head: string, lines: string) => `Ruth Okonjo\n${head}\n\nExperience\nOperations Engineer, Larchfield Water, Apr 2019 \u2013 present\n${lines}\nJunior Administrator, Larchfield Water, Jan 2016 \u2013 Mar 2019\n- Patching and backups for the office servers\n`;

describe('verdicts', () => {
  it('a time zone the resume\u2019s header states meets an overlap asked, whatever its country', () => {
    expect(verdictOf('At least 3 hours of overlap with CET', cv('Nairobi, Kenya (EAT, UTC+3)', '- Ansible for the pumping stations'))).toBe('met');
    expect(verdictOf('At least 6 hours of overlap with PT', cv('Nairobi, Kenya (UTC+3)', '- Ansible for the pumping stations'))).toBe('unknown');
  });

  it('shifts or travel asked, shown by a line that says the resume worked them; a resume silent on it says nothing', () => {
    expect(verdictOf('Willing to cover weekend and night shifts', cv('Leeds, UK', '- On the 24/7 rota: night shifts one week in four'))).toBe('met');
    expect(verdictOf('Willing to cover weekend and night shifts', cv('Leeds, UK', '- Ansible for the pumping stations'))).toBe('unknown');
    expect(verdictOf('Travel to client sites up to 40% of the time', cv('Leeds, UK', '- Travelled monthly to the treatment plants for upgrades'))).toBe('met');
    expect(verdictOf('Travel to client sites up to 40% of the time', cv('Leeds, UK', '- Ansible for the pumping stations'))).toBe('unknown');
  });

  it('a name the taxonomy does not know, "or a similar" kind after it: the resume naming it meets it', () => {
    expect(verdictOf('Fleet scheduling with Quillbeam or a similar orchestrator', cv('Leeds, UK', '- Ran Quillbeam for 300 edge nodes'))).toBe('met');
    expect(verdictOf('Fleet scheduling with Quillbeam or a similar orchestrator', cv('Leeds, UK', '- Ansible for the pumping stations'))).toBe('unknown');
  });

  it('English asked at no set level, against a resume written in English that lists no languages', () => {
    const english = cv('Leeds, UK', '- Wrote the runbooks for the on-call team and the handover notes for the night shift');
    expect(verdictOf('Good written English', english)).toBe('met');
    // (Native English is more than a resume\u2019s prose shows; nor is a resume in German English.)
    expect(verdictOf('Native English speaker', english)).toBe('unknown');
    const german = 'Jonas Keller\nK\u00f6ln\n\nBerufserfahrung\nSystemadministrator bei der Stadtwerke K\u00f6ln, 04/2019 \u2013 heute\n- Betrieb der Server und Backups f\u00fcr die Verwaltung mit Ansible und der Leitung des Teams\n- Aufbau von Monitoring mit Zabbix f\u00fcr die Netze und die Pumpen der Anlage\n';
    expect(verdictOf('Good written English', german)).toBe('unknown');
  });

  it('a public body named by its form ("Department for …", "Office for …") is public-sector work', () => {
    const gov = 'Ruth Okonjo\nLeeds, UK\n\nExperience\nDevOps Engineer, Department for Rural Affairs, Apr 2019 \u2013 present\n- Terraform for the grants service\n';
    expect(verdictOf('Experience in public sector delivery', gov)).toBe('met');
    expect(verdictOf('Experience in public sector delivery', cv('Leeds, UK', '- Ansible for the pumping stations'))).toBe('unmet');
  });
});

// After the s39b carry-over batch's first read (careful-reader-17): each with fresh lines and a counter-example.
describe('after the carry-over batch', () => {
  it('the UK\u2019s HND, HNC and foundation degrees are below a bachelor\u2019s, in the posting and on the resume', () => {
    expect(facts('- An HNC or a degree in electrical engineering\n').degree?.level).toBe('associate');
    expect(facts('- A degree in electrical engineering\n').degree?.level).toBe('bachelor');
    const hnd = 'Ruth Okonjo\nLeeds, UK\n\nExperience\nOperations Engineer, Larchfield Water, Apr 2019 \u2013 present\n- Ansible\n\nEducation\nFoundation Degree in Network Engineering, Leeds City College, 2018\n';
    expect(verdictOf('An HNC or a foundation degree in computing', hnd)).toBe('met');
    expect(verdictOf('A bachelor\u2019s degree in computing', hnd)).toBe('partial');
  });

  it('years that go with one of the degrees offered ("an associate\u2019s plus two years, or a bachelor\u2019s") are no minimum of their own', () => {
    expect(facts('- At least four (4) years running Windows estates\n- An associate\u2019s degree plus two years of work, or a bachelor\u2019s degree\n').yearsMin).toBe(4);
    expect(facts('- An associate\u2019s degree plus two years of work, or a bachelor\u2019s degree\n').degree).toMatchObject({ level: 'associate', equivalentExperience: false });
    // (A degree and years both asked stay both asked.)
    expect(facts('- A bachelor\u2019s degree and 5+ years of experience\n').yearsMin).toBe(5);
    expect(facts('- A bachelor\u2019s degree, or 6 years of experience\n').degree).toMatchObject({ level: 'bachelor', equivalentExperience: true });
  });

  it('travel asked, shown by trips or visits to sites or offices the resume names', () => {
    expect(verdictOf('Occasional travel (15%) to regional offices', cv('Leeds, UK', '- Monthly visits to the Harrogate and York depots to replace switches'))).toBe('met');
    expect(verdictOf('Occasional travel (15%) to regional offices', cv('Leeds, UK', '- Visited by auditors twice a year'))).toBe('unknown');
  });
});

// After the second carry-over batch's first read (careful-reader-17, s39c): fresh lines and counter-examples.
describe('after the second carry-over batch', () => {
  it('"Plusses" (a staffing post\u2019s spelling) heads the wishes', () => {
    expect(kinds('Intro line.\n\nMust Haves:\n* Juniper routing\n* BGP\n\nPlusses:\n* Ansible\n* Arista\n')).toContain('preferred: Plusses');
  });

  it('a language asked by its skills or a test ("Korean reading and writing", "TOEFL 90+") is a language ask', () => {
    const kindOf = (line: string) => itemsOfText(`Pelham Yard | Engineer | Remote\n\nRequirements:\n- ${line}\n`).map((i) => i.kind);
    expect(kindOf('Korean reading and writing (TOPIK level 4 or similar)')).toEqual(['language']);
    expect(kindOf('English for customer calls (TOEFL 90+ or equivalent)')).toEqual(['language']);
    // (A language's name before a thing written is no ask of the language.)
    expect(kindOf('Experience with Korean writing assistants')).not.toContain('language');
  });

  it('military service asked done, against a resume that states it', () => {
    const served = 'Ruth Okonjo\nLeeds, UK\n\nExperience\nOperations Engineer, Larchfield Water, Apr 2019 \u2013 present\n- Ansible\n\nOther\nNational service: completed 2016\n';
    expect(verdictOf('Completed military or national service', served)).toBe('met');
    expect(verdictOf('Completed military or national service', cv('Leeds, UK', '- Ansible for the pumping stations'))).toBe('unknown');
  });
});
