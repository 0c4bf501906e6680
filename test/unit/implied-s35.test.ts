import { describe, expect, it } from 'vitest';
import { analyzePosting, analyzeResume, matchResume } from '@/lib/analyze';
import { postingFromText } from '@/lib/posting/text';
import { findSkills } from '@/lib/skills/matcher';
import { engine, TODAY } from './readers';

// What showing one skill shows of another (taxonomy/skills/*.json `implies`, and names read as the right skill), mended
// after careful-reader-9 and -10 (session 35). Every line is written for this test; each reading has a counter-example
// where the evidence a careful hiring reader would not accept stays unmet.

/** The verdict of a posting's one requirement line against a resume's one experience line, read end to end. */
function verdictOf(ask: string, shown: string, title = 'Engineer') {
  const a = analyzePosting(engine, postingFromText(`Larchmere | Engineer | Remote\n\nRequirements:\n- ${ask}\n`));
  const resume = analyzeResume(engine, 'cv', `Ines Varga\n\nExperience\n${title}, Ostrowind Labs, 2019 - Present\n- ${shown}\n`, TODAY);
  return matchResume(engine, a, resume).requirements![0]!.verdict;
}
const ids = (text: string) => findSkills(engine.matcher, text).map((h) => h.skillId);

describe('the US Risk Management Framework is its own skill, not risk management', () => {
  it('an RMF ask is met by RMF work, named in full or by its initials', () => {
    expect(verdictOf('Knowledge of the Risk Management Framework (RMF)', 'Took three Navy logistics systems through RMF to an authority to operate')).toBe('met');
    expect(verdictOf('Hands-on NIST RMF experience', 'Control assessments under the Risk Management Framework for a defence agency')).toBe('met');
  });
  it('counter-example: risk work of another kind does not show RMF, and RMF reads as no risk management', () => {
    expect(verdictOf('Knowledge of the Risk Management Framework (RMF)', 'Market risk management for the rates desk')).toBe('unmet');
    expect(ids('Knowledge of the Risk Management Framework is a plus.')).not.toContain('risk-management');
  });
});

describe('a data centre is on-premises infrastructure', () => {
  it('work on a data centre of one\u2019s own, or a move out of one, shows on-premises', () => {
    expect(verdictOf('Experience with on-prem infrastructure', 'Moved the claims platform from our data center to AWS')).toBe('met');
    expect(verdictOf('Experience with on-prem infrastructure', 'Ran the VMware estate in a leased data centre in Slough')).toBe('met');
  });
  it('counter-example: a data centre as the place software happens to run is no skill', () => {
    expect(ids('Our robots stream telemetry to a data center or to a phone nearby.')).not.toContain('on-premises');
  });
});

describe('Bash shows Linux; shell scripts and curl the command line; REST and curl HTTP', () => {
  it('Bash meets a Linux ask and a command-line ask', () => {
    expect(verdictOf('Solid Linux skills', 'Bash scripts that prune old backups on the build hosts')).toBe('met');
    expect(verdictOf('At ease on the command line', 'Bash scripts that prune old backups on the build hosts')).toBe('met');
  });
  it('PowerShell scripting shows the command line, not Linux', () => {
    expect(verdictOf('At ease on the command line', 'PowerShell scripts for mailbox migrations')).toBe('met');
    expect(verdictOf('Solid Linux skills', 'PowerShell scripts for mailbox migrations')).toBe('unmet');
  });
  it('REST work and curl show HTTP', () => {
    expect(verdictOf('A working understanding of HTTP', 'Designed REST APIs for the loyalty points service')).toBe('met');
    expect(verdictOf('A working understanding of HTTP', 'Reproduced partner bugs with curl and a proxy')).toBe('met');
  });
  it('a transport protocol does show networking, as TCP does', () => {
    expect(verdictOf('Grounding in computer networking', 'Moved the video edge to QUIC with connection migration')).toBe('met');
  });
  it('counter-example: REST APIs do not show networking', () => {
    expect(verdictOf('Grounding in computer networking', 'Designed REST APIs for the loyalty points service')).toBe('unmet');
  });
});

describe('a course in computer networks and a VPN show networking', () => {
  it.each(['Courses: Compilers, Computer Networks, Databases', 'Set up a WireGuard tunnel between the two warehouses', 'Site-to-site IPsec VPNs to twelve branch offices'])('"%s"', (shown) => {
    expect(verdictOf('Grounding in computer networking', shown)).toBe('met');
  });
});

describe('detections written in a SIEM show detection engineering', () => {
  it('Splunk detections meet a detection-engineering ask', () => {
    expect(verdictOf('Experience in detection engineering', 'Wrote Splunk detections for lateral movement between domain controllers')).toBe('met');
  });
  it('counter-example: detections of a vision or fraud model are no security work', () => {
    expect(ids('Halved false detections in the pallet-counting camera model.')).not.toContain('detection-engineering');
  });
});

describe('systems programming is shown by the systems languages and by kernel or driver work', () => {
  it.each(['Wrote a caching proxy in Rust that fronts the tile servers', 'Patches to a Linux kernel network driver', 'Firmware in C for a battery management board'])('"%s"', (shown) => {
    expect(verdictOf('A background in systems programming', shown)).toBe('met');
  });
  it('counter-example: Python and Go services are not systems programming', () => {
    expect(verdictOf('A background in systems programming', 'Python and Go services for the booking team')).toBe('unmet');
  });
});

describe('a support engineer has done technical support', () => {
  it('the title meets an ask of technical support', () => {
    expect(verdictOf('Experience in technical support', 'Triaged customer escalations for the hosted search product', 'Support Engineer')).toBe('met');
  });
  it('counter-example: a solutions title is no support role', () => {
    expect(verdictOf('Experience in technical support', 'Ran proofs of concept for prospects', 'Sales Engineer')).toBe('unmet');
  });
});

describe('PostGIS shows PostgreSQL and geospatial work; GeoJSON shows geospatial work', () => {
  it('PostGIS meets a PostgreSQL ask and a geospatial ask', () => {
    expect(verdictOf('Strong PostgreSQL', 'Spatial indexes in PostGIS for the courier map')).toBe('met');
    expect(verdictOf('Experience with geospatial data', 'Spatial indexes in PostGIS for the courier map')).toBe('met');
    expect(verdictOf('Experience with geospatial data', 'Served flood zones to the browser as GeoJSON')).toBe('met');
  });
  it('counter-example: PostgreSQL alone does not show PostGIS', () => {
    expect(verdictOf('Experience with PostGIS', 'PostgreSQL for the invoicing ledger')).toBe('unmet');
  });
});

describe('API tests in Postman show REST APIs', () => {
  it('Postman meets a REST ask', () => {
    expect(verdictOf('Experience with REST APIs', 'Postman collections that check the partner endpoints nightly')).toBe('met');
  });
  it('counter-example: REST APIs do not show Postman', () => {
    expect(verdictOf('Experience with Postman', 'Designed REST APIs for the loyalty points service')).toBe('unmet');
  });
});

describe('platform engineering is developer-experience work', () => {
  it('an internal developer platform meets a developer-experience ask', () => {
    expect(verdictOf('You care about developer experience', 'Built our internal developer platform on Backstage')).toBe('met');
  });
});
