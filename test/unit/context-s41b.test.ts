import { describe, expect, it } from 'vitest';
import { postingNames } from '@/lib/skills/context';
import { postingFromText } from '@/lib/posting/text';
import { careerPage, skills } from './context-readers';

// Classes of the wrong hits in session 41's career-site postings written fresh (test/fixtures/labels/fresh-skills-s41b.jsonl,
// issue #13). Every posting here is written for this test, with invented companies: none comes from a real posting.

/** A career page: title, meta line, the parts given, then asks under headings of their own. */
const page = (...parts: string[]) => careerPage(['Senior Platform Engineer', 'Wrenfield · Remote (EU) · Full-time'], ...parts);

describe('own: the employer a career page names in its headings and its legal notice', () => {
  it('"About <Name>", a "Company" field and "<Name> is an equal opportunity employer" name the employer', () => {
    const about = postingFromText(page('About Wrenfield', 'Wrenfield sells scheduling software to dental clinics.'));
    expect(postingNames(about).own).toContain('wrenfield');
    const field = postingFromText('Data Engineer\nCompany: Larchmont Outfitters\nLocation: Leeds\n\nWhat you will do\n• Build dbt models');
    expect(postingNames(field).own).toContain('larchmont outfitters');
    const eeo = postingFromText(page('Apply with a CV.', '', 'Tollbridge Analytics is an equal opportunity employer.'));
    expect(postingNames(eeo).own).toContain('tollbridge');
  });

  it('headings about the reader, the role or the team name no employer', () => {
    // (The meta line under the title names the employer, Wrenfield, since session 43: the headings add no other name.)
    for (const heading of ['About Us', 'About The Role', 'About You', 'Why Join Us?']) {
      expect(postingNames(postingFromText(page(heading, 'A few words.'))).own).toEqual(['wrenfield']);
    }
  });
});

describe('own: the products the company part names, its market', () => {
  it('what the product connects to or the customers run, told under the about heading, is not asked', () => {
    const text = page('About Wrenfield', 'Clinics sync Wrenfield with Xero and QuickBooks in a minute, and front desks get reminders in Slack.');
    expect(skills(text)).not.toContain('xero');
    expect(skills(text)).not.toContain('quickbooks');
    expect(skills(text)).toContain('kubernetes');
  });

  it('the same in the prose that opens a career page before any heading', () => {
    const text = page('Wrenfield is the booking tool for physiotherapy practices. Over 3,000 practices connect Wrenfield to Zendesk and HubSpot so the front desk always sees the whole patient history.');
    expect(skills(text)).not.toContain('zendesk');
    expect(skills(text)).not.toContain('hubspot');
  });

  it('the team\'s stack, an ask or a part about the team stays, under any heading', () => {
    expect(skills(page('About Wrenfield', 'Our engineers build everything in Elixir on top of PostgreSQL.'))).toContain('elixir');
    expect(skills(page('About the team', 'The team runs Kafka and ClickHouse for every clinic event.'))).toContain('kafka');
    expect(skills(page('About Wrenfield', 'Wrenfield runs on AWS in two regions.'))).toContain('aws');
    expect(skills(page('Wrenfield is the booking tool for physiotherapy practices, and our backend is written in Elixir with a little Rust where it counts.'))).toContain('elixir');
  });

  it('a list under the about heading, or a heading the reader did not know, is left to the other rules', () => {
    // "Your work" heads duties the posting reader took for the about part's text.
    const text = page('About Wrenfield', 'Wrenfield books appointments for 3,000 clinics.', 'Your work', 'Build connectors in Elixir with Oban for the job queue.');
    expect(skills(text)).toContain('elixir');
  });
});

describe('perk: tools named among the benefits', () => {
  it('under a benefits heading, a tool the job pays for or the office uses is not asked', () => {
    const text = page('Perks', 'A home-office budget, a Notion workspace everyone keeps tidy, and a yearly Slack-free week.');
    expect(skills(text)).not.toContain('notion');
    expect(skills(text)).not.toContain('slack');
  });

  it('in a short paragraph of benefits with no heading', () => {
    const text = page('Wrenfield offers a pension, 28 days of holiday and a commuter allowance. We run on Jira, Confluence and Miro like everyone else.');
    expect(skills(text)).not.toContain('jira');
    expect(skills(text)).not.toContain('confluence');
  });

  it('an ask among the benefits, a tool a learning budget is for, or a paragraph that also names the stack or the role, stays', () => {
    expect(skills(page('Benefits', 'A yearly learning budget you can spend on Kubernetes courses.'))).toContain('kubernetes');
    expect(skills(page('Benefits', 'Pension and dental. Experience with Jira is expected of every lead.'))).toContain('jira');
    expect(skills(page('Our stack is Go and Postgres; we offer a pension, 28 days of holiday and a commuter allowance.'))).toContain('go');
  });
});

describe('apply: the application portal and the applicant\'s consent', () => {
  it('the tool that takes applications, and the law a consent line cites, are application text', () => {
    const text = page('Apply through our BambooHR careers page.', '', 'By applying you consent to the processing of your personal data under GDPR.');
    expect(skills(text)).not.toContain('bamboohr');
    expect(skills(text)).not.toContain('gdpr');
  });

  it('the same tools asked of the hire stay', () => {
    expect(skills(page('You will administer BambooHR and its integrations for 3,000 staff.'))).toContain('bamboohr');
    expect(skills(page('You know GDPR and how to apply it to event data.'))).toContain('gdpr');
  });
});

describe('taxonomy: names of practices and tools that career pages ask in their own words (s41b)', () => {
  it('each is found where it is asked', () => {
    const asks: Array<[string, string]> = [
      ['• Write contract tests between the billing and ledger services', 'contract-testing'],
      ['• Comfortable with property-based tests in Hypothesis or fast-check', 'property-based-testing'],
      ['• You have shipped detection-as-code with reviewed rules in Git', 'detection-engineering'],
      ['• Plan purple team exercises with the red team twice a year', 'red-teaming'],
      ['• Run resharding of our largest keyspaces without downtime', 'database-sharding'],
      ['• Test point-in-time recovery for every production database', 'disaster-recovery'],
      ['• Read execution plans and fix the slow ones', 'query-optimization'],
      ['• Know how LSM trees and B-trees trade write and read costs', 'storage-systems'],
      ['• Tune autovacuum on busy tables', 'postgresql'],
      ['• Move business logic out of stored procedures', 'sql'],
      ['• Rank results and measure NDCG offline', 'information-retrieval'],
      ['• Govern the catalog in Microsoft Purview', 'data-governance'],
      ['• Deploy web apps to App Service and query Log Analytics', 'azure-app-service'],
      ['• Handle rate limits and retries against partner APIs', 'rate-limiting'],
    ];
    for (const [line, id] of asks) expect(skills(`What you will do\n${line}`), line).toContain(id);
  });

  it('the same words as plain English, or another thing, are not these skills', () => {
    expect(skills('What you will do\n• Explain the execution of plans to the board')).not.toContain('query-optimization');
    expect(skills('Perks\nA Vespa scooter for the office errands')).not.toContain('information-retrieval');
  });
});

describe('own: the certifications and standards the company says it holds (s41b round 2)', () => {
  it('"We are certified under …", "<Name> is … certified", "we hold … reports", "Our products meet …" tell the company\'s own record', () => {
    expect(skills(page('Apply with a CV.', 'We are certified under ISO 27001 and audited every spring.'))).not.toContain('iso-27001');
    expect(skills(page('Our platform meets WCAG 2.1 AA on every screen.'))).not.toContain('accessibility');
    expect(skills(page('Apply today.', '', 'Wrenfield is PCI DSS Level 1 compliant.', '', 'Wrenfield is an equal opportunity employer.'))).not.toContain('pci-dss');
    expect(skills(page('We hold SOC 2 Type II and ISO 27001 reports, renewed yearly.'))).not.toContain('soc2');
  });

  it('a certification asked of the hire, still to be had, or kept as a duty stays', () => {
    expect(skills(page('You have kept systems PCI DSS compliant before.'))).toContain('pci-dss');
    expect(skills(page('We are working toward ISO 27001 certification and you will help us get there.'))).toContain('iso-27001');
    expect(skills('What you will do\n• Maintain our SOC 2 Type II controls and evidence')).toContain('soc2');
    expect(skills('What we look for\n• AWS Certified Solutions Architect is a plus')).toContain('aws');
  });
});

describe('consumer: the platforms the product\'s users are on', () => {
  it('"players on iOS and Android", "available on macOS and Windows" name the product\'s platforms', () => {
    expect(skills(page('Our puzzle game has 2 million players on iOS and Android.'))).not.toContain('ios');
    expect(skills(page('The app is available on macOS and Windows.'))).not.toContain('macos');
  });

  it('the platforms asked of the hire stay', () => {
    expect(skills(page('You have shipped apps on iOS and Android.'))).toContain('ios');
    expect(skills('What we look for\n• Experience building for iOS and Android')).toContain('android');
  });
});

describe('own: the opening prose that names the employer, or has engineers as its customers', () => {
  it('a product named in a sentence that names the employer is its market, and "Engineering teams" there are customers', () => {
    const text = page(
      'Engineering teams at 900 companies write their runbooks in Wrenfield, and code samples stay in sync with a GitHub repository.',
      '',
      'Wrenfield is an equal opportunity employer.',
    );
    expect(skills(text)).not.toContain('github');
  });

  it('the team\'s own engineers and their stack stay', () => {
    expect(skills(page('Wrenfield is a booking tool for clinics; our engineers build it in Elixir and ship it daily.', '', 'Wrenfield is an equal opportunity employer.'))).toContain('elixir');
  });
});

describe('taxonomy: more names career pages ask (s41b round 2)', () => {
  it('each is found where it is asked', () => {
    const asks: Array<[string, string]> = [
      ['• Connect our ledger to ISO 8583 card messages and Bacs files', 'payments'],
      ['• Write SQL with window functions and CTEs without fear', 'sql'],
      ['• Calibrate forecasts with conformal prediction', 'statistics'],
      ['• Choose FIPS 140-3 validated modules for every key store', 'cryptography'],
      ['• Prepare the Authority to Operate package and track each POA&M item', 'rmf'],
      ['• A TryHackMe or Hack The Box profile is welcome', 'vulnerability-research'],
      ['• Run remote builds on BuildBuddy', 'bazel'],
      ['• Install the NVIDIA GPU Operator on new clusters', 'gpu-infrastructure'],
    ];
    for (const [line, id] of asks) expect(skills(`What you will do\n${line}`), line).toContain(id);
  });
});

describe('askedInPosting: the extension reads a career page part by part, as the eval reads it whole', () => {
  it('the opening prose of a career page drops the products it names there, the asks keep theirs', async () => {
    const { askedInPosting } = await import('@/lib/skills/context');
    const { findSkills } = await import('@/lib/skills/matcher');
    const { matcher } = await import('./context-readers');
    const posting = postingFromText(page('Wrenfield is the booking tool for physiotherapy practices. Over 3,000 practices connect Wrenfield to Zendesk and HubSpot so the front desk sees everything.'));
    const kept = posting.sections.flatMap((s) => askedInPosting(posting, s.text, findSkills(matcher, s.text)).map((h) => h.skillId));
    expect(kept).not.toContain('zendesk');
    expect(kept).toContain('kubernetes');
  });
});
