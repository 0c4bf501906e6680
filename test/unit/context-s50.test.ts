import { describe, expect, it } from 'vitest';
import { skills } from './context-readers';

// Classes of the trap hits studied in session 50 (issue #13) on the tune half of fresh-skills-s50a: what the employer's
// customers use, the thing its product serves, and tools it keeps for itself. Every sentence is written for this test,
// with invented companies; each is set in a posting's second paragraph, after the role has spoken to the candidate, so
// that no opening-paragraph rule decides it.
const inRole = (sentence: string) =>
  `Brackenfield | Site Reliability Engineer | Remote\n\nBrackenfield runs software for 300 independent shops and we are 40 people.\n\nThe role\nYou will join a team of four that runs the platform on Kubernetes. ${sentence} Most of the work is in Go.\n\nRequirements\n- Kubernetes and Go in production`;

describe('consumer: named products the employer\u2019s customers act with', () => {
  it('reads what subscribers, clients, agencies, riders and players use as theirs', () => {
    for (const [sentence, id] of [
      ['Members top up in our Android and iOS apps before every match.', 'ios'],
      ['Couriers scan parcels on handhelds running our Android app.', 'android'],
      ['Agencies plan their flights in our UI and pull reports into Looker Studio.', 'looker'],
      ['Clients\u2019 shops on Shopify and WooCommerce push orders to us every minute.', 'ecommerce'],
      ['Passengers pay with Apple Pay and Google Pay at the barrier.', 'payments'],
      ['Around 900 stores run their loyalty scheme on us, usually with a Next.js storefront in front.', 'nextjs'],
    ] as const) {
      expect(skills(inRole(sentence)), sentence).not.toContain(id);
    }
  });
  it('keeps them when the sentence asks them of the hire, a sign-in runs through them, or they are the product\u2019s own stack', () => {
    expect(skills(inRole('Clients\u2019 shops on Shopify push orders to us, and you will own the Shopify integration.'))).toContain('ecommerce');
    expect(skills(inRole('Teachers log in through Okta or Google, and the sessions are ours to keep safe.'))).toContain('okta');
    expect(skills(inRole('Stores run our Windows till app and a React web back office.'))).toContain('react');
    expect(skills(inRole('Support engineers use Looker Studio for the weekly reports.'))).toContain('looker');
  });
});

describe('own: what the employer\u2019s product is for, and messages or payouts sent through a vendor', () => {
  it('reads the object of a backup service, SMS sent through a vendor and payouts over named rails as the business', () => {
    expect(skills(inRole('The product is a backup and recovery service for Google Workspace and Microsoft 365.'))).not.toContain('microsoft-365');
    expect(skills(inRole('Reminders go out as SMS through Twilio an hour before each visit.'))).not.toContain('twilio');
    expect(skills(inRole('Payouts go through local rails (Faster Payments, SEPA Instant).'))).not.toContain('payments');
    expect(skills(inRole('Payouts go through local rails (Faster Payments, SEPA Instant).'))).not.toContain('rails');
  });
  it('keeps the object when the hire works with it, and a field the product does', () => {
    expect(skills(inRole('You will extend our backup service for Microsoft 365 to SharePoint sites.'))).toContain('microsoft-365');
    expect(skills(inRole('We build tools for image generation and LoRA training.'))).toContain('fine-tuning');
    expect(skills(inRole('Our Rails monolith still serves the checkout.'))).toContain('rails');
  });
});

describe('perk and negated: AI assistants used internally, office kit as where an old habit happens', () => {
  it('reads them as the company\u2019s own habits', () => {
    expect(skills(inRole('We use Claude internally like everyone else; this is not a prompt-engineering job.'))).not.toContain('anthropic-api');
    expect(skills(inRole('Set up access requests that do not involve pasting keys in Slack.'))).not.toContain('slack');
  });
  it('keeps them when the work is on them', () => {
    expect(skills(inRole('You will build the Slack bot that hands out short-lived access.'))).toContain('slack');
  });
});
