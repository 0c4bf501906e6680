import { describe, expect, it } from 'vitest';
import { analyzePosting } from '@/lib/analyze';
import { postingFromText } from '@/lib/posting/text';
import { engine } from './readers';

// Written for this test (session 34): two roles' lists that share a bullet word for word, and a list pasted twice.
const twoRoles = `Brindlecove | Platform Engineer, SRE | Remote (EU)

Platform Engineer — what you bring:
- 4+ years running Kubernetes in production
- Terraform for everything you provision
- Comfort with on-call and writing postmortems

Site Reliability Engineer — what you bring:
- Deep Prometheus and alerting experience
- Terraform for everything you provision
- Comfort with on-call and writing postmortems.
`;

describe('an ask the posting repeats word for word is one ask', () => {
  it('keeps the first of two identical bullets and counts it once', () => {
    const a = analyzePosting(engine, postingFromText(twoRoles));
    const texts = a.requirements.map((r) => r.text.replace(/^[-\s]+|[.\s]+$/g, ''));
    expect(texts.filter((t) => t === 'Terraform for everything you provision')).toHaveLength(1);
    expect(texts.filter((t) => t === 'Comfort with on-call and writing postmortems')).toHaveLength(1);
    expect(texts).toContain('Deep Prometheus and alerting experience');
    expect(texts.some((t) => t.startsWith('4+ years running Kubernetes'))).toBe(true);
  });
  it('keeps asks that differ, even by one word', () => {
    const a = analyzePosting(engine, postingFromText(twoRoles.replace('Deep Prometheus and alerting experience', 'Terraform for everything you provision, and Pulumi')));
    const texts = a.requirements.map((r) => r.text);
    expect(texts.filter((t) => /Terraform for everything you provision/.test(t))).toHaveLength(2);
  });
});
