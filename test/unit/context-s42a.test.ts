import { describe, expect, it } from 'vitest';
import { careerPage, skills } from './context-readers';

// Classes of the wrong hits in session 42's career-site postings written fresh (test/fixtures/labels/fresh-skills-s42a*.jsonl,
// issue #13). Every sentence and posting here is written for this test, with invented companies: none comes from a real posting.

/** A career page: title, meta line, the parts given, then asks under headings of their own. */
const page = (...parts: string[]) => careerPage(['Senior Infrastructure Engineer', 'Harbrook · Remote (US) · Full-time'], ...parts);

describe('team: the people and teams the hire works beside', () => {
  it('a field named as a team after "with the/our", or as a team\'s partners, is no ask', () => {
    expect(skills('• Set budgets and alerts together with the FinOps and Payments teams')).not.toContain('finops');
    expect(skills('• Pair with our machine learning team when a model misbehaves in production')).not.toContain('machine-learning');
    expect(skills('• Plan every quarter alongside our Data Engineering counterparts')).not.toContain('data-engineering');
  });

  it('people named by their trade, owned or counted, are colleagues', () => {
    expect(skills('You will turn notebooks from our 9 data scientists into nightly jobs on Airflow.')).not.toContain('data-science');
    expect(skills('Our data engineers (around 40 of them) rebuild the warehouse nightly.')).not.toContain('data-engineering');
    expect(skills('The Growth pod (3 engineers, an ML researcher and a designer) owns onboarding.')).not.toContain('machine-learning');
    expect(skills('• Review threat models with product engineers before each launch')).not.toContain('product-engineering');
  });

  it('a department named by its last word makes a Title Case list of teams', () => {
    const s = skills('• Partner with Information Security, Solution Architecture and Legal on vendor reviews');
    expect(s).not.toContain('security');
    expect(s).not.toContain('system-design');
  });

  it('the hire one of those people, a team joined, or the field asked, stays', () => {
    expect(skills('You would be one of our 4 data engineers, owning the lakehouse.')).toContain('data-engineering');
    expect(skills('We are hiring engineers for the security teams.')).toContain('security');
    expect(skills('• Experience with machine learning pipelines in production')).toContain('machine-learning');
    expect(skills('• Partner with Product to ship Terraform modules and Kubernetes operators')).toContain('terraform');
  });
});

describe("market: the company's partners and what its product talks to", () => {
  it('"partners at/such as X and Y" names whom the company does business with', () => {
    expect(skills('Payouts settle through our card-issuing partners at Marqeta and Adyen every night.')).not.toContain('adyen');
    expect(skills('We resell capacity from cloud partners such as Azure and Hetzner.')).not.toContain('azure');
  });

  it('what the product talks to, in the opening prose, is its market', () => {
    const text = page('Greyfen routes freight invoices for 800 carriers. Our matching engine talks to SAP, Oracle Fusion and Workday Financials out of the box, and carriers get paid in two days.');
    expect(skills(text)).not.toContain('sap');
  });

  it("LinkedIn's 'About the job' opens on the company's prose", () => {
    const text = careerPage(
      ['Staff Platform Engineer (Remote, US)'],
      'About the job',
      'At Ploverstone we sell inspection software to wind farms. Technicians log blade damage from the turbine in our mobile app, and we connect to Salesforce Field Service and SAP Plant Maintenance so owners see every repair.',
    );
    const s = skills(text);
    expect(s).not.toContain('mobile-development');
    expect(s).not.toContain('salesforce');
    expect(s).toContain('kubernetes');
  });

  it("a field right after 'our' in the part about the company is the company's own", () => {
    const text = page('About Harbrook', 'Harbrook helps vineyards plan the harvest. Growers fly our drones over each block, and our forecasting service predicts sugar levels a week out.');
    const s = skills(text);
    expect(s).not.toContain('drones');
    expect(s).toContain('terraform');
  });
});

describe('apply: notices to applicants', () => {
  it('a legal notice an applicant is pointed to names no skill', () => {
    expect(skills('Job applicants in California: our CCPA notice is at harbrook.com/ccpa.')).not.toContain('ccpa');
  });
});

describe('team (second batch): lists that mix people, teams and departments', () => {
  it('an item ending on a team or people noun keeps the list a list of teams', () => {
    expect(skills('You will sit in the Core team (3 SREs) and work closely with our product designers, mobile teams and Security.')).not.toContain('security');
    expect(skills('• Partner with Data Engineering, IT and our Chief Privacy Officer on retention rules')).not.toContain('data-engineering');
  });

  it('people counted in brackets or listed with an article are colleagues, soft roles too', () => {
    expect(skills('Your squad: Payments Platform (5 engineers, 1 engineering manager).')).not.toContain('people-management');
    expect(skills('You join a small team of engineers, a delivery manager, a product manager and a user researcher.')).not.toContain('product-management');
  });

  it('colleagues in a department, a department right after a verb of working with, and its field in brackets', () => {
    expect(skills('You will also meet colleagues in Information Security every week.')).not.toContain('security');
    const s = skills('You will work with Network Engineering (BGP, anycast) on every new region.');
    expect(s).not.toContain('networking');
    expect(s).not.toContain('bgp');
  });

  it('whom to contact, by role and name, is a person', () => {
    const s = skills('Questions? Contact engineering manager Ruby Okonkwo at jobs@harbrook.com.');
    expect(s).not.toContain('people-management');
    expect(s).not.toContain('ruby');
  });

  it('a self-hosted CI runner or agent is no on-premises estate; a self-hosted install still is', () => {
    expect(skills('• Move the build to GitHub Actions with self-hosted Linux and macOS runners')).not.toContain('on-premises');
    expect(skills('• Support customers who run the product self-hosted in their own data centers')).toContain('on-premises');
  });

  it('the market reached through apps: downloaded or installed on a platform', () => {
    const s = skills(page('Harbrook makes puzzle games that have been downloaded 30 million times on iOS and Android.'));
    expect(s).not.toContain('ios');
    expect(s).not.toContain('android');
  });
});

describe('third batch: departments, people in lists, and application text', () => {
  it('two Title Case departments after a verb of working with, or consultants, make a list of teams', () => {
    expect(skills('• Work with Quality Assurance, Regulatory Affairs and our outside auditors on each release')).not.toContain('quality-assurance');
  });

  it('people in a list owned by "our" or after "with" are colleagues', () => {
    expect(skills('The lakehouse is what our analysts, actuaries and data scientists query every morning.')).not.toContain('data-science');
    expect(skills('• Explain the roadmap to executives and product managers')).toContain('product-management');
    expect(skills('You communicate clearly with analysts and product managers.')).not.toContain('product-management');
  });

  it("what to put in the CV, and a careers site's name in the header, are application text", () => {
    expect(skills('Please add the GDPR consent clause to your CV.')).not.toContain('gdpr');
    expect(skills('BambooHR Careers · Harbrook · Remote (US)\n\nWhat you will do\n• Run Kubernetes')).not.toContain('bamboohr');
  });

  it('an about heading in another language heads the company part', () => {
    const s = skills(page('Sobre nosotros / About us', 'Harbrook moves freight across Mexico. We integrate with SAP TM and Oracle Transportation Management for shippers.'));
    expect(s).not.toContain('sap');
  });
});
