import { describe, expect, it } from 'vitest';
import { extract } from '../bench/labelled';

// Vocabulary of session 38's fourth and fifth blind skills batches (#13): names, spellings and guards
// that those tune postings showed the taxonomy lacked. Every sentence here is written for this test,
// none taken from a posting.
const skills = (text: string) => [...new Set(extract(text).map((h) => h.skillId))].sort();
const req = (line: string) => skills(`Requirements:\n- ${line}`);

describe('names and forms the taxonomy lacked', () => {
  it('ML infra is machine learning infrastructure', () => {
    expect(req('Two years on an ML infra team running training clusters.')).toContain('machine-learning');
  });

  it('GPU backends are GPU programming', () => {
    expect(req('You have written GPU backends for a tensor compiler.')).toContain('opencl');
  });

  it('reviewing a PR is code review', () => {
    expect(req('Comfortable reviewing PRs from five teammates a day.')).toContain('code-review');
    expect(skills('Some weeks you are reviewing a PR that rewrites the scheduler.')).toContain('code-review');
  });

  it('customer or client implementations are solutions engineering', () => {
    expect(req('Lead customer implementations from contract to launch.')).toContain('solutions-engineering');
    expect(req('Run client implementations for our largest accounts.')).toContain('solutions-engineering');
  });

  it('a devtool is developer tooling, a devtool company is not', () => {
    expect(req('You have built a devtool that other engineers use daily.')).toContain('language-tooling');
    expect(skills('Before this you sold a devtool company to a larger vendor.')).not.toContain('language-tooling');
  });

  it('serial communication and RS-485 are embedded work', () => {
    expect(req('Read meters over RS-485 and plain serial communication.')).toContain('embedded-systems');
  });

  it('signature schemes are cryptography', () => {
    expect(req('Audit implementations of signature schemes and hash functions.')).toContain('cryptography');
  });

  it('Infor CloudSuite is an ERP', () => {
    expect(req('Hands-on experience configuring Infor CloudSuite for a wholesaler.')).toContain('infor-cloudsuite');
  });
});

describe('guards on ordinary words', () => {
  it('warehousing beside pipelines or data models is data warehousing; goods in a warehouse are not', () => {
    expect(req('Own ingestion, warehousing and data modeling for finance.')).toContain('data-warehousing');
    expect(skills('We handle warehousing and same-day delivery for florists.')).not.toContain('data-warehousing');
  });

  it('build pipelines after a contracted subject is the verb, not CI', () => {
    expect(skills('You\u2019ll build pipelines of qualified leads for the sales team.')).not.toContain('ci-cd');
    expect(skills("They'll build pipelines of outreach for each region.")).not.toContain('ci-cd');
    expect(req('Keep the build pipelines fast for a team of thirty.')).toContain('ci-cd');
  });
});

describe('blockchain consensus', () => {
  it('proof of stake and PoW beside chains or contracts are blockchain consensus; a PoS terminal is not', () => {
    expect(req('Reviewed validator code for proof-of-stake networks.')).toContain('blockchain-consensus');
    expect(req('Know how PoW and PoS differ when auditing smart contracts.')).toContain('blockchain-consensus');
    expect(skills('Sync orders from the PoS terminals in each shop.')).not.toContain('blockchain-consensus');
    expect(skills('Our chain is secured by a novel proof of stake design.')).not.toContain('blockchain-consensus');
  });
});
