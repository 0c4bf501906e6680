import { describe, expect, it } from 'vitest';
import { analyzePosting } from '@/lib/analyze';
import { postingFromText } from '@/lib/posting/text';
import { bundled } from '@/lib/skills/taxonomy';

const engine = bundled();
const importance = (text: string) => Object.fromEntries(analyzePosting(engine, postingFromText(text, 'https://jobs.example.com/1', 'text')).skills.map((s) => [s.id, s.importance]));

// Postings written for this test.
describe('a skill asked only as a plus is preferred in the skills list too', () => {
  it('the checklist and the list agree: the stack "is beneficial but not required", the rest is required', () => {
    const got = importance(
      'Backend Engineer at Tidewater\n\nRequirements\n- 4+ years building services in Python\n- Knowing our stack (Kafka, Redis) is beneficial but not required\n- Experience with Terraform is an optional plus',
    );
    expect(got).toMatchObject({ python: 'required', kafka: 'preferred', redis: 'preferred', terraform: 'preferred' });
  });

  it('a skill also asked outright elsewhere stays required', () => {
    const got = importance('Platform Engineer\n\nRequirements\n- Strong Kubernetes skills\n- Helm and Kubernetes operators are a plus');
    expect(got).toMatchObject({ kubernetes: 'required', helm: 'preferred' });
  });
});
