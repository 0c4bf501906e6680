import { describe, expect, it } from 'vitest';
import { extract } from '../bench/labelled';

// Forms resumes use that the taxonomy lacked (#12, session 34, resume lines batches 5 to 7). Every sentence here is
// written for this test, none taken from a posting.
const skills = (text: string) => [...new Set(extract(text).map((h) => h.skillId))].sort();
const req = (line: string) => skills(`Requirements:\n- ${line}`);

describe('resume wording of known skills (batch 5: automotive, games, helpdesk, DBA)', () => {
  it('finds them', () => {
    expect(req('Flashed new calibrations to the powertrain ECUs.')).toContain('embedded-systems');
    expect(req('Logged CAN bus frames from the trailer module.')).toContain('device-drivers');
    expect(req('Configured the AUTOSAR basic software stack.')).toContain('embedded-systems');
    expect(req('Kept the sensor code on a Cortex-M33 under 64 KB.')).toContain('embedded-systems');
    expect(req('Fixed every MISRA C violation the checker raised.')).toContain('c');
    expect(req('Shipped three casual mobile games to both stores.')).toContain('mobile-development');
    expect(req('Batched sprites to halve the draw calls per frame.')).toContain('computer-graphics');
    expect(req('Surveyed the warehouse for new wireless access points.')).toContain('wireless-networking');
    expect(req('Moved the ledger database onto Always On availability groups.')).toContain('high-availability');
    expect(req('Scheduled index maintenance and integrity checks on weekends.')).toContain('database-administration');
    expect(req('Hunted down slow queries in the order service.')).toContain('query-optimization');
    expect(req('Read the query plans of the ten worst reports.')).toContain('query-optimization');
    expect(req('Moved 900 mailboxes from on-prem to Exchange Online.')).toContain('microsoft-exchange');
    expect(req('Checked the uplift of each pricing test with Bayesian models in R.')).toContain('r');
  });

  it('keeps apart what only looks alike', () => {
    // A game loading textures on demand is no media streaming.
    expect(req('Fixed texture streaming stalls and draw calls in the open-world levels.')).not.toContain('streaming');
    // 'can' and 'lin' stay words.
    expect(req('You can bus tables or cook.')).not.toContain('device-drivers');
  });
});

describe('resume wording of known skills (batch 6: SRE, platform, GRC, bioinformatics)', () => {
  it('finds them', () => {
    expect(req('Kept the risk register current for the audit committee.')).toContain('risk-management');
    expect(req('Ran the yearly security risk assessments for our vendors.')).toContain('risk-management');
    expect(req('Automated user access reviews for the finance systems.')).toContain('compliance');
    expect(req('Blocked unused regions with SCPs at the root.')).toContain('aws-organizations');
    expect(req('Configured Renovate to group the minor upgrades.')).toContain('renovate-bot');
  });

  it('keeps apart what only looks alike', () => {
    // The verb, at the head of a sentence.
    expect(req('Renovate and repaint the office kitchen.')).not.toContain('renovate-bot');
    // scp the command is no AWS policy.
    expect(req('Copied the logs off the box with scp.')).not.toContain('aws-organizations');
  });
});

describe('resume wording of known skills (batch 7: fintech, ERP, Salesforce, e-commerce)', () => {
  it('finds them', () => {
    expect(req('Ranked leads with gradient-boosted trees.')).toContain('machine-learning');
    expect(req('Added double-entry checks to every wallet transfer.')).toContain('accounting');
    expect(req('Exposed account data through open banking APIs under PSD2.')).toContain('open-banking');
    expect(req('Built the derivatives pricing library for the desk.')).toContain('quantitative-finance');
    expect(req('Upgraded Oracle E-Business Suite to R12.2.')).toContain('oracle-ebs');
    expect(req('Ran every release through SFDX scratch orgs.')).toContain('salesforce');
    expect(req('Tuned the SOQL in the nightly sync jobs.')).toContain('salesforce');
    expect(req('Rewrote three batch Apex jobs to stay under governor limits.')).toContain('apex');
    expect(req('Built abandoned-cart journeys in Marketing Cloud.')).toContain('marketing-technology');
    expect(req('Moved the accounts-payable bots from Blue Prism to UiPath.')).toContain('workflow-automation');
    expect(req('Placed 3D shoes in the room with ARCore.')).toContain('xr-development');
    expect(req('Pinned the Composer dependencies of every site.')).toContain('composer-php');
  });

  it('keeps apart what only looks alike', () => {
    // Salesforce's analytics product is not Tableau.
    expect(req('Built Tableau CRM lenses for the sales leads.')).not.toContain('tableau');
    // Open banking is no single vendor.
    expect(req('Connected to banks through open banking APIs.')).not.toContain('plaid');
  });
});

describe('resume wording of known skills (batch 8: healthcare, hardware, media, logistics, tooling)', () => {
  it('finds them', () => {
    expect(req('Replaced the old warehouse management system for three depots.')).toContain('logistics-tech');
    expect(req('Coached three new hires through their first on-call week.')).toContain('mentoring');
    expect(req('Kept the Vagrant boxes in step with production.')).toContain('vagrant');
  });

  it('keeps apart what only looks alike', () => {
    // Coaching the job gives is a perk, not mentoring done.
    expect(req('You will be coached by a staff engineer.')).not.toContain('mentoring');
    // A posting's own hiring process asks no hiring skill.
    expect(req('Our interview loop is four short calls.')).not.toContain('hiring');
  });
});
