import { describe, expect, it } from 'vitest';
import { wordingTips, type Named } from '@/lib/match/wording';
import { analyzeResume, postingSkills } from '@/lib/analyze';
import { postingFromText } from '@/lib/posting/text';
import { bundled } from '@/lib/skills/taxonomy';

const skill = (id: string, name: string, ...texts: string[]): Named => ({ id, name, mentions: texts.map((text) => ({ text })) });

describe('wordingTips: say it the posting\'s way', () => {
  it('suggests the posting\'s form where the resume writes the skill differently', () => {
    const tips = wordingTips(
      [skill('postgresql', 'PostgreSQL', 'PostgreSQL', 'Postgres', 'PostgreSQL'), skill('kubernetes', 'Kubernetes', 'Kubernetes')],
      [skill('postgresql', 'PostgreSQL', 'Postgres'), skill('kubernetes', 'Kubernetes', 'k8s', 'K8s')],
    );
    expect(tips).toEqual([
      { id: 'postgresql', name: 'PostgreSQL', posting: 'PostgreSQL', resume: ['Postgres'] },
      { id: 'kubernetes', name: 'Kubernetes', posting: 'Kubernetes', resume: ['k8s'] },
    ]);
  });

  it('says nothing where the resume already uses the posting\'s form, whatever its case, spacing or plural', () => {
    expect(wordingTips([skill('go', 'Go', 'Golang')], [skill('go', 'Go', 'Go', 'golang')])).toEqual([]);
    expect(wordingTips([skill('microservices', 'Microservices', 'microservices')], [skill('microservices', 'Microservices', 'Microservice')])).toEqual([]);
    expect(wordingTips([skill('ci-cd', 'CI/CD', 'CI/CD')], [skill('ci-cd', 'CI/CD', 'ci/cd')])).toEqual([]);
  });

  it('leaves out skills only one side names, and skills the resume shows only through another', () => {
    expect(wordingTips([skill('kafka', 'Apache Kafka', 'Kafka')], [skill('redis', 'Redis', 'Redis')])).toEqual([]);
    expect(wordingTips([skill('kubernetes', 'Kubernetes', 'Kubernetes')], [{ id: 'kubernetes', name: 'Kubernetes', mentions: [] }])).toEqual([]);
  });

  it('takes the posting\'s most used form, the first on a tie', () => {
    expect(wordingTips([skill('nodejs', 'Node.js', 'NodeJS', 'Node.js', 'Node.js')], [skill('nodejs', 'Node.js', 'node')])[0]!.posting).toBe('Node.js');
    expect(wordingTips([skill('nodejs', 'Node.js', 'NodeJS', 'Node.js')], [skill('nodejs', 'Node.js', 'node')])[0]!.posting).toBe('NodeJS');
  });

  it('works on what the pipeline finds', () => {
    const engine = bundled();
    const posting = postingSkills(engine, postingFromText('Backend Engineer\n\nRequirements\n- PostgreSQL and Kubernetes in production\n'));
    const resume = analyzeResume(engine, 'r', 'Skills: Postgres, k8s, Terraform');
    const tips = wordingTips(posting, resume.skills);
    expect(tips.map((t) => [t.id, t.posting, t.resume[0]])).toEqual([
      ['postgresql', 'PostgreSQL', 'Postgres'],
      ['kubernetes', 'Kubernetes', 'k8s'],
    ]);
  });
});
