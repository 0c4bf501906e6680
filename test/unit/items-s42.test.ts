import { describe, expect, it } from 'vitest';
import { analyzePosting } from '@/lib/analyze';
import { classifyHeading, splitSections } from '@/lib/posting/sections';
import { postingFromText } from '@/lib/posting/text';
import { freshParts } from '../bench/labelled';
import { sharedPath, withoutShared } from '../helpers';
import { eightWordRuns, postingRuns } from '../tools/word-runs';
import { engine } from './readers';

/**
 * Session 42: full postings written fresh, their parts and asks labelled blind (test/fixtures/labels/parts-fresh-*.jsonl,
 * read by `npm run eval:sections` and `npm run eval:items` as "fresh"), and the rules they taught, each checked on
 * sentences written fresh for the test.
 */
const fresh = freshParts();
const squash = (t: string) => t.replace(/\s+/g, ' ').trim();

describe('fresh-written postings with their parts and asks labelled', () => {
  it('have unique ids, odd tune and even report, and every part and item stands in its text', () => {
    expect(fresh.length).toBeGreaterThan(0);
    expect(new Set(fresh.map((r) => r.id)).size).toBe(fresh.length);
    for (const r of fresh) {
      expect(r.split, `${r.id}`).toBe(r.id % 2 ? 'tune' : 'report');
      const text = squash(r.text);
      for (const p of r.parts) expect(text.toLowerCase().replace(/[*#]/g, ''), `${r.id}: part "${p.first}"`).toContain(squash(p.first).toLowerCase());
      for (const i of r.items) expect(text, `${r.id}: item`).toContain(squash(i.text));
    }
  });

  const POSTINGS = ['eval/hn-dev.jsonl', 'corpus/hn-2026.jsonl'];
  it.skipIf(withoutShared(...POSTINGS))('copy no eight-word run from a posting in ../shared/fixtures', () => {
    const runs = postingRuns(POSTINGS.map(sharedPath));
    expect(fresh.flatMap((r) => eightWordRuns(r.text).filter((g) => runs.has(g)).map((g) => `${r.id}: ${g}`))).toEqual([]);
  });
});

const kinds = (text: string) => splitSections(text).map((s) => `${s.kind}:${s.heading}`);
const read = (text: string) => analyzePosting(engine, postingFromText(text));
const rows = (text: string) => read(text).requirements.map((r) => r.text);

describe('headings asked as questions, framed, or led by an emoji', () => {
  it('a question is read as its statement: "What will you be doing?", "Who are we?", "What do we need from you?"', () => {
    expect(classifyHeading('What will you be doing?')).toBe('responsibilities');
    expect(classifyHeading('Who are we?')).toBe('about');
    expect(classifyHeading('What do we need from you?')).toBe('requirements');
    expect(classifyHeading('Who are you?')).toBe('requirements');
    expect(classifyHeading('What are we looking for?')).toBe('requirements');
    // ("Why Ferrowind?" is held by the patterns as a question.)
    expect(classifyHeading('Why Ferrowind?')).toBe('benefits');
    expect(kinds('Cloud Engineer\n\nWho are we?\nA team of nine in Leeds.\n\nWhat will you do?\nRun the build farm.\n\nWhat do we need from you?\nLinux, and a lot of patience.\n')).toEqual([
      'other:',
      'about:Who are we?',
      'responsibilities:What will you do?',
      'requirements:What do we need from you?',
    ]);
  });

  it('counter-examples: a question of no known heading, and a question in a sentence, stay what they were', () => {
    expect(classifyHeading('Where will the office be?')).toBeNull();
    expect(kinds('Data Engineer\n\nRequirements\n- dbt\nWhat will you do if the pipeline breaks at night? You will fix it.\n')).toEqual(['other:', 'requirements:Requirements']);
  });

  it('a heading in brackets or after an emoji is read by its words: "【Required Skills】", "[ Perks ]", "🧭 What you\'ll do"', () => {
    expect(classifyHeading('【Required Skills】')).toBe('requirements');
    expect(classifyHeading('【Job Description】')).toBe('responsibilities');
    expect(classifyHeading('[ Perks ]')).toBe('benefits');
    expect(classifyHeading("🧭 What you'll do")).toBe('responsibilities');
    // (An aside in brackets is no heading of a kind: "(hybrid)".)
    expect(classifyHeading('(hybrid)')).toBeNull();
  });
});

describe('headings the patterns did not hold', () => {
  it('the first days, weeks or months of the job are its duties: "In your first 60 days", "Your first 30/60/90"', () => {
    expect(classifyHeading('In your first 60 days')).toBe('responsibilities');
    expect(classifyHeading('Your first three months')).toBe('responsibilities');
    expect(classifyHeading('30/60/90 plan')).toBe('responsibilities');
    expect(kinds('Backend Engineer\n\nIn your first 60 days\n- Ship a fix to the invoicing queue\n\nRequirements\n- Kotlin\n')).toEqual(['other:', 'responsibilities:In your first 60 days', 'requirements:Requirements']);
    // (A number that is no count of days keeps a short line a line of text: "2 days in the Oslo office".)
    expect(kinds('Requirements\n- Kotlin\n2 days in the Oslo office\n')).toEqual(['requirements:Requirements']);
  });

  it('"Things you\'ll do", "The job" head duties; "What we care about", "Signals we look for", "You are:" head asks', () => {
    expect(classifyHeading("Things you'll be doing")).toBe('responsibilities');
    expect(classifyHeading('The gig')).toBe('responsibilities');
    expect(classifyHeading('The stuff we care about')).toBe('requirements');
    expect(classifyHeading('Qualities we look for in candidates')).toBe('requirements');
    expect(kinds('What we\'re looking for\nYou have:\n- Four years of Ruby\nYou are:\n- Calm with upset customers\n- Patient in code review\n').map((k) => k.split(':')[0])).toEqual(['requirements', 'requirements']);
    // (Not "About the job", which wraps a whole LinkedIn posting, nor what the company does not care about.)
    expect(classifyHeading('About the job')).toBe('other');
    expect(classifyHeading("We don't care about")).toBe('other');
  });

  it('from the carry-over batch (s42c): "What\'s the job?" heads duties, "MUST:" asks, "What we give" heads perks', () => {
    expect(classifyHeading("What's the job?")).toBe('responsibilities');
    expect(classifyHeading('What is the role')).toBe('responsibilities');
    expect(classifyHeading('What we give')).toBe('benefits');
    expect(classifyHeading('We provide')).toBe('benefits');
    expect(kinds('Audio Developer | Remote\n\nMUST: modern C++ and real-time audio.\nNICE: JUCE.\n').map((k) => k.split(':')[0])).toEqual(['other', 'requirements', 'preferred']);
    // Counter-examples: what the company gives back is no perk heading; "Must-haves" still asks.
    expect(classifyHeading('What we give back to the community')).toBeNull();
    expect(classifyHeading('Must-haves')).toBe('requirements');
  });

  it('"Our offer", "What we can\'t offer", "CTC", "Package" head the pay and perks part', () => {
    for (const h of ['Our offer', 'Our offering', "What we can't offer", 'What we do not offer', 'CTC', 'Package']) expect(classifyHeading(h), h).toBe('benefits');
  });
});

describe('who should not apply, and what the company does not care about', () => {
  const posting = (heading: string) => `Site Reliability Engineer\n\nRequirements\n- Three years of Terraform\n- Linux\n\n${heading}\n- You want to stay away from production\n- You would rather not write postmortems\n- You have never used a terminal\n\nPerks\n- A train pass\n`;

  it('"This role might not be for you if" heads a part of no kind; only a condition said in the negative under it is a row', () => {
    for (const h of ['This role might not be for you if', 'This job may not be a fit if you', "You won't enjoy it here if", "Please don't apply if"]) {
      expect(kinds(posting(h)), h).toEqual(['other:', 'requirements:Requirements', `other:${h}`, 'benefits:Perks']);
      const got = rows(posting(h));
      expect(got.some((t) => /stay away from production|rather not write/.test(t)), h).toBe(false);
      expect(got.some((t) => /never used a terminal/.test(t)), h).toBe(true);
    }
  });

  it('"We don\'t care about" waives its list, on a line of its own or after sentences in a paragraph', () => {
    expect(kinds(posting("We don't care about"))[2]).toBe("other:We don't care about");
    expect(rows(posting("We don't care about")).some((t) => /production|postmortems/.test(t))).toBe(false);
    expect(kinds('Mobile Developer | Porto\n\nRequirements: two shipped apps, strong Swift. Nice: SwiftUI, Portuguese. We don\'t care about: degrees, whiteboard puzzles.\n').map((k) => k.split(':')[0])).toEqual(['other', 'requirements', 'preferred', 'other']);
    // (A list under "What we care about" still asks.)
    expect(kinds(posting('What we care about'))[2]).toBe('requirements:What we care about');
  });
});

describe('a table row, an address, an invitation to send a CV', () => {
  it('a row of a table set in spaces is no heading, though a cell names a wish ("Spark   Working   Nice to have")', () => {
    const text = 'Skills matrix\nSkill   Level   Required?\nScala   Strong   Yes\nSpark   Working   Nice to have\nAirflow   Basic   Nice to have\n\nOur offer\nA pension\n';
    expect(kinds(text)).toEqual(['requirements:Skills matrix', 'benefits:Our offer']);
    // ("Must have      Nice to have", a table's header of kinds, still starts the table's part.)
    expect(kinds('Must have      Nice to have\nGo      Rust\n').map((k) => k.split(':')[0])).toEqual(['requirements']);
  });

  it('an address alone, "Questions? Write to …", "Interested candidates may send …" end the part above them', () => {
    for (const last of ['careers@quaywind.no', 'Questions? Write to Ingrid Solberg, ingrid@quaywind.no', 'Interested candidates may send their CV and notice period to hr@quaywind.no']) {
      expect(kinds(`Perks\n- A cabin weekend\n- Free ferry rides\n\n${last}\n`), last).toEqual(['benefits:Perks', 'other:']);
    }
    // (A perk that names an address is a perk: "Laptop of your choice (ask it@…)", in the list.)
    expect(kinds('Perks\n- A cabin weekend\n- A laptop of your choice, ask it@quaywind.no\n')).toEqual(['benefits:Perks']);
  });
});

describe('asks said in prose and in a list of roles', () => {
  const prose = (s: string) => rows(`Kitchen Ops Engineer at Saltmarsh\n\nWe sell stock-taking software to 300 kitchens in Ghent. ${s} We pay a fair salary.\n`);

  it('the reader\'s past told to them ("You\'ve been on call …", "you\'ve migrated …") is asked; "it would help if you …" is wished', () => {
    expect(prose("You've been on call for a busy system and you've made the rota kinder.")).toHaveLength(1);
    expect(prose("You've migrated a Postgres cluster without downtime.")).toHaveLength(1);
    const wish = read(`Kitchen Ops Engineer at Saltmarsh\n\nWe sell stock-taking software to 300 kitchens in Ghent. It would help if you've run Kafka before. We pay a fair salary.\n`).requirements;
    expect(wish.map((r) => r.importance)).toEqual(['preferred']);
    // Counter-examples: what the reader has heard or seen of the company, and what the company has done, ask nothing.
    expect(prose("You've probably heard of our soup app.")).toEqual([]);
    expect(prose("You've seen our stickers on the trams.")).toEqual([]);
    expect(prose("We've migrated our last service to Kubernetes.")).toEqual([]);
  });

  it('"Role: you …" lines in a post of several roles are each role\'s asks; a role with its duties or its link is not', () => {
    const text = (line: string) => `Quayside | Two roles | Remote (EU)\n\nWe build berth booking for marinas.\n\n${line}\n- Support Engineer: https://quayside.example/jobs/support\n\nFor both roles: you can travel to a marina twice a year.\n`;
    expect(rows(text("- Android Engineer: you've shipped a Kotlin app with offline sync"))[0]).toMatch(/^Android Engineer: you've shipped/);
    expect(rows(text('- Test Engineer: you write end-to-end tests in Playwright and enjoy breaking things'))[0]).toMatch(/^Test Engineer: you write/);
    expect(rows(text('- Data Engineer: you will own the nightly ingestion')).some((t) => /nightly ingestion|jobs\/support/.test(t))).toBe(false);
  });
});

describe('travel the job needs', () => {
  const text = (last: string) => `Field Engineer\n\nRequirements\n- Linux and BGP\n- Go or Rust for tooling\n\n${last}\n`;
  it('"Some travel to sites …", "Occasional travel to …", "Travel up to 30%" below the asks are asked', () => {
    for (const last of ['Some travel to our wind farms (Orkney, Shetland) a few times a year.', 'Occasional travel to the Tromsø office.', 'Travel to customer sites up to 30%.'])
      expect(rows(text(last)), last).toContain(last);
  });
  it('counter-examples: travel the company pays for, or that the team does, is no ask', () => {
    expect(rows(text('We cover travel to the yearly offsite.')).some((t) => /offsite/.test(t))).toBe(false);
    expect(rows(text('Our team travels to Lisbon once a year.')).some((t) => /Lisbon/.test(t))).toBe(false);
  });
});
