import { describe, expect, it } from 'vitest';
import { analyzePosting, analyzeResume, matchResume } from '@/lib/analyze';
import { industriesAsked } from '@/lib/match/domains';
import { postingFromText } from '@/lib/posting/text';
import { bullet, engine, TODAY } from './readers';

// Industries asked as choices (#12): logistics, energy and climate tech, automotive, aerospace and defense, media,
// property, legal, biotech, travel, games, manufacturing and the public sector are taxonomy ids now, read from the
// posting's words (lib/requirements/industries.ts) and judged by the resume's employers and work (lib/match/domains.ts).
// Sentences and resumes written for this test.

/** The verdict of a posting's one requirement line, against a resume's text, read end to end. */
function verdictOf(line: string, resume: string) {
  const a = analyzePosting(engine, postingFromText(`Larchmont | Engineer | Remote\n\nRequirements:\n- ${line}\n`));
  const m = matchResume(engine, a, analyzeResume(engine, 'cv', resume, TODAY));
  return m.requirements![0]!;
}

describe('industries asked as the options of one pick', () => {
  it('a list of industries after "experience in" is one choice, the taxonomy\u2019s ids among its options', () => {
    const options = (line: string) => bullet(line).flatMap((i) => i.replace(/^\w+: /, '').split(' & ').map((g) => g.split('|').filter((id) => !id.startsWith('term:')).sort()));
    expect(options('Previous work in freight, hospitality, or insurance.')).toEqual([['insurtech', 'logistics-tech', 'travel-hospitality']]);
    expect(options('Aviation or automotive experience would help.')).toEqual([['aerospace-defense', 'automotive']]);
    expect(options('Background in biotech or clean tech.')).toEqual([['biotech', 'climate-tech']]);
    expect(options('Experience with Kafka, and a background in media or adtech')).toEqual([['kafka'], ['adtech', 'media-entertainment']]);
  });

  it('an industry before a domain noun, in Workday style or in years', () => {
    expect(bullet('Experience in the real estate industry preferred')).toEqual(['preferred: proptech']);
    expect(bullet('Knowledge of the media and entertainment sector')).toEqual(['required: media-entertainment']);
    expect(bullet('4+ years in the oil and gas industry')).toEqual(['required: energy-systems']);
    expect(bullet('Exposure to the legal industry or a similar regulated field')).toEqual(['required: legaltech']);
  });

  it('counter-examples: the employer\u2019s market, a duty, or another sense of the word is no industry asked', () => {
    for (const line of [
      'We build routing software for freight brokers.',
      'Positive energy in code reviews.',
      'Style print layouts with CSS media queries.',
      'Harden our supply chain security with signed builds.',
      'Model bidding with game theory.',
      'Run our hospitality teams\u2019 rota app.',
      'Thrive in our fast-paced proptech environment.',
    ])
      expect(bullet(line).join(' ')).not.toMatch(/logistics-tech|energy-systems|media-entertainment|game-development|travel-hospitality|proptech/);
    expect(industriesAsked('Willing to travel to client sites')).toEqual([]);
    expect(bullet('Experience working in a fast-paced climate')).toEqual(['required: ']);
    expect(industriesAsked('Experience in publishing npm packages')).toEqual([]);
    // The match's words alone: an industry's word where no industry is asked of the candidate.
    expect(industriesAsked('Experience publishing npm packages at a fast pace')).toEqual([]);
    expect(industriesAsked('Experience at a logistics company')).toEqual(['logistics-tech']);
  });
});

describe('an industry asked is met by a role whose employer or work tells it', () => {
  it('a role at a logistics company meets "logistics experience"; none in it is unmet', () => {
    const hauler = 'EXPERIENCE\nBackend Engineer, Tidewater Freight Logistics, 2019 \u2013 present\n- Built the carrier rate API in Go';
    expect(verdictOf('Experience in logistics or supply chain', hauler).verdict).toBe('met');
    expect(verdictOf('Experience in healthcare, logistics, or fintech', hauler).verdict).toBe('met');
    const books = 'EXPERIENCE\nBackend Engineer, Hollis Books, 2019 \u2013 present\n- Built the catalogue search service in Go';
    expect(verdictOf('Experience in logistics or supply chain', books).verdict).toBe('unmet');
    // A haulier's name and its trucks tell it as well as the word "logistics".
    expect(verdictOf('Experience in logistics or supply chain', 'EXPERIENCE\nSoftware Engineer, Northgate Haulage, 2019 \u2013 present\n- Dispatch board for 300 trucks').verdict).toBe('met');
  });

  it('counter-examples: a word of the industry in another sense shows no role in it', () => {
    expect(verdictOf('Experience in the games industry', 'EXPERIENCE\nBackend Engineer, Ledgerly Accounting, 2019 \u2013 present\n- Gamified onboarding flows').verdict).toBe('unmet');
    expect(verdictOf('Media or entertainment experience', 'EXPERIENCE\nFrontend Engineer, Tallow Bank, 2019 \u2013 present\n- Responsive layouts with media queries').verdict).toBe('unmet');
    // A tool's name or a practice that spells an industry's word: Rust's Cargo, property-based tests, a social media title.
    expect(verdictOf('Experience in logistics or supply chain', 'EXPERIENCE\nSystems Engineer, Wrenfield Labs, 2020 \u2013 present\n- Cargo workspaces for eleven Rust crates').verdict).toBe('unmet');
    expect(verdictOf('Experience in the real estate industry', 'EXPERIENCE\nSoftware Engineer, Wrenfield Labs, 2020 \u2013 present\n- Property-based tests with Hypothesis').verdict).toBe('unmet');
    expect(verdictOf('Media or entertainment experience', 'EXPERIENCE\nSocial Media Engineer, Wrenfield Labs, 2020 \u2013 present\n- Scheduling API for posts').verdict).toBe('unmet');
  });

  it('a role at an aircraft maker meets aerospace; a games studio meets gaming; a biotech meets life sciences', () => {
    expect(verdictOf('Background in aerospace or defense', 'EXPERIENCE\nSoftware Engineer, Kestrel Aerospace, 2020 \u2013 present\n- Flight software test rigs').verdict).toBe('met');
    expect(verdictOf('Gaming or media experience a plus', 'EXPERIENCE\nTools Programmer, Brightmoor Games, 2018 \u2013 2023\n- Asset pipeline for two console titles').verdict).toBe('met');
    expect(verdictOf('Experience in the life sciences industry', 'EXPERIENCE\nData Engineer, Orrery Therapeutics, 2021 \u2013 present\n- Assay results warehouse').verdict).toBe('met');
    expect(verdictOf('Experience in the real estate industry', 'EXPERIENCE\nSoftware Engineer, Keystone Realty Group, 2020 \u2013 present\n- Listing search for agents').verdict).toBe('met');
    expect(verdictOf('Experience in manufacturing', 'EXPERIENCE\nControls Engineer, Brandt Industrial, 2015 \u2013 2021\n- PLC code for packaging lines').verdict).toBe('met');
  });
});
