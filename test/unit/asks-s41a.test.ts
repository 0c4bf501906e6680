import { describe, expect, it } from 'vitest';
import { analyzePosting, analyzeResume, matchResume } from '@/lib/analyze';
import { postingFromText } from '@/lib/posting/text';
import { postingFacts } from '@/lib/requirements/facts';
import { engine, itemsOfText, TODAY } from './readers';

// Readings mended after the s41a batch's first read (careful-reader-21, match-careful-23, #12): each with lines written
// for this test and a counter-example.
const items = (text: string) => itemsOfText(text).map((i) => `${i.importance} ${i.text}`);

describe('a list pasted into one line', () => {
  it('inline bullets after a short label are the label\u2019s list, one row a bullet', () => {
    const blob = 'Platform Engineer\nOrchard Vale \u00b7 Leeds (Hybrid)\n\nAbout the job\nOrchard Vale makes rota software for care homes. What you bring: \u2022 Three years running Postgres in production \u2022 Terraform for a cloud you know well \u2022 A calm head when the pager goes off. Nice to have: \u2022 Some Rust in anger \u2022 Exposure to the NHS data standards.\n';
    expect(items(blob)).toEqual([
      'required Three years running Postgres in production',
      'required Terraform for a cloud you know well',
      'required A calm head when the pager goes off.',
      'preferred Some Rust in anger',
      'preferred Exposure to the NHS data standards.',
    ]);
  });
  it('names set apart by bullets stay one line: no rows of single words', () => {
    const names = 'Platform Engineer\nOrchard Vale \u00b7 Leeds\n\nRequirements\n- Comfortable in Go \u2022 Postgres \u2022 Terraform \u2022 GCP\n';
    expect(items(names)).toEqual(['required Comfortable in Go \u2022 Postgres \u2022 Terraform \u2022 GCP']);
  });
});

describe('headings that wish', () => {
  it('"Nice, not needed" and "Would be great" head wishes; "Not needed" alone does not ask', () => {
    expect(items('Orchard Vale | Engineer | Remote\n\nYou have\n- Go in production\n\nNice, not needed\n- Nix\n')).toEqual(['required Go in production', 'preferred Nix']);
    expect(items('Orchard Vale | Engineer | Remote\n\nWhat you need\n- Go in production\n\nWould be great\n- Nix\n')).toEqual(['required Go in production', 'preferred Nix']);
    // (A heading that says what the job holds stays no wish: "What would be your week".)
    expect(items('Orchard Vale | Engineer | Remote\n\nWhat you need\n- Go in production\n- Rust for the hot paths\n').every((r) => r.startsWith('required'))).toBe(true);
  });
});

describe('years of a role named by its kind', () => {
  const cv = (title: string) => `Rowan Achebe\nLeeds\n\nExperience\n${title}, Fenwick Tools, Jan 2019 \u2013 present\n- Jenkins pipelines for 40 repos\n`;
  function verdict(line: string, resume: string) {
    const a = analyzePosting(engine, postingFromText(`Orchard Vale | Engineer | Remote\n\nRequirements:\n- ${line}\n- Linux hosts\n`));
    return matchResume(engine, a, analyzeResume(engine, 'cv', resume, TODAY)).requirements![0]!.verdict;
  }
  it('"4+ years in a build/release role" is met by a Build & Release Engineer of eight years; not by a Data Analyst', () => {
    expect(verdict('4+ years in a build/release role', cv('Build & Release Engineer'))).toBe('met');
    expect(verdict('4+ years in a build/release role', cv('Data Analyst'))).not.toBe('met');
  });
});

describe('work mode in a contractor\u2019s words, and "remote" as a thing\u2019s word', () => {
  const mode = (body: string, header = 'Orchard Vale | Engineer | Laurel, MD') => postingFacts(postingFromText(`${header}\n\n${body}`)).workMode;
  it('"performed on customer site; no telework" is on site; telework a day a week stays hybrid', () => {
    expect(mode('Work is performed entirely on the client site. No telework is available.\n\nRequirements\n- RHEL\n')).toBe('onsite');
    expect(mode('Requirements\n- RHEL\n\nTelework is not available for this position.\n')).toBe('onsite');
    expect(mode('Requirements\n- RHEL\n\nTelework up to two days per week; the rest at the client site.\n')).toBe('hybrid');
  });
  it('"remote state", "remote backends", "remote repositories" are Terraform\u2019s and Git\u2019s, no remote job', () => {
    expect(mode('Location: Raleigh, NC \u2013 Hybrid (2 days in office)\n\nRequirements\n- Terraform with remote state and remote backends\n- Git remote repositories\n')).toBe('hybrid');
    // ("Remote" as the job's mode is still read.)
    expect(mode('Requirements\n- Terraform with remote state\n\nThis role is fully remote within the US.\n')).toBe('remote');
  });
});

