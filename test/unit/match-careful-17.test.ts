import { describe, expect, it } from 'vitest';
import { analyzePosting, analyzeResume, matchResume } from '@/lib/analyze';
import { postingFromText } from '@/lib/posting/text';
import { postingFacts } from '@/lib/requirements/facts';
import { engine, TODAY } from './readers';

// Readings mended after careful-reader-16's first read (session 38c, #12): each with lines written for this test and a
// counter-example.
function verdictOf(line: string, resume: string, title = 'Wrenfield | Engineer | Remote') {
  const a = analyzePosting(engine, postingFromText(`${title}\n\nRequirements:\n- ${line}\n`));
  return matchResume(engine, a, analyzeResume(engine, 'cv', resume, TODAY)).requirements![0]!;
}
const facts = (text: string, title = 'Wrenfield | Engineer | Amsterdam') => postingFacts(postingFromText(`${title}\n\n${text}`));
const cv = (lines: string) => `Noor Vance\nLeeds, UK\n\nExperience\nInfrastructure Engineer, Ashby Freight, Mar 2019 \u2013 present\n${lines}\nTest Analyst, Kelp Games, Jan 2016 \u2013 Feb 2019\n- Manual test plans\n`;

describe('facts', () => {
  it('years that differ by level ("4 or 6+ years depending on level") ask the lower', () => {
    expect(facts('Requirements:\n- 4 or 6+ years of backend development, depending on level (Senior/Staff)\n').yearsMin).toBe(4);
    // (A range before "or" is left as it was: the figure after it is read.)
    expect(facts('Requirements:\n- 6+ years of backend development\n').yearsMin).toBe(6);
  });

  it('the employer supporting the hire\u2019s application for a visa offers sponsorship; refusing it does not', () => {
    expect(facts('Benefits:\n- Our mobility team supports your application for a Skilled Worker visa\n').sponsorship).toBe(true);
    expect(facts('Benefits:\n- We cannot support your application for a work visa, so please apply only if you hold one\n').sponsorship).toBe(false);
    expect(facts('Benefits:\n- We help with your application for a parking permit\n').sponsorship).toBe(null);
  });
});

describe('verdicts', () => {
  it('years "in software or systems engineering" are any software work\u2019s: the resume\u2019s years', () => {
    expect(verdictOf('9+ years in software or systems engineering', cv('- Terraform and AWS')).verdict).toBe('met');
    // (Years of a field named alone stay that field's.)
    expect(verdictOf('9+ years in data engineering', cv('- Terraform and AWS')).verdict).not.toBe('met');
  });

  it('a list after a colon gives examples: one named on a resume\u2019s line, even by its stem, shows it', () => {
    expect(verdictOf('MySQL operations: failover, replication, upgrades', cv('- MySQL 8 fleet; promoted replicas during failovers')).verdict).toBe('met');
    expect(verdictOf('MySQL operations: failover, replication, upgrades', cv('- MySQL 8 schema design for the billing service')).verdict).toBe('partial');
  });

  it('a tool the taxonomy does not know, asked as "experience running X … is a plus", is met where the resume names it, unmet where it names none', () => {
    expect(verdictOf('Experience running Tegola or another tile server is a plus', cv('- Ran Tegola behind a CDN for the route maps')).verdict).toBe('met');
    expect(verdictOf('Experience running Tegola or another tile server is a plus', cv('- Terraform and AWS')).verdict).toBe('unmet');
  });
});
