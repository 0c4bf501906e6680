import { describe, expect, it } from 'vitest';
import { askedFinder } from '../../lib/analyze';
import { postingFromText } from '../../lib/posting/text';
import { requirementItems } from '../../lib/requirements/items';
import { bullet, engine, skillInfo } from './readers';

// Forms of asks read wrong once (#12, session 29): a closing wish, one example in a bracket. Sentences written for these tests.

describe('", with X a plus" wishes for X and leaves the rest asked', () => {
  it.each([
    ['Experience running Kubernetes, with Helm a plus', ['required: kubernetes', 'preferred: helm']],
    ['Strong AWS skills, with GCP being a bonus', ['required: aws', 'preferred: google-cloud']],
    ['Kafka in production, with Flink a nice-to-have', ['required: kafka', 'preferred: flink']],
    ['Terraform and Ansible, with Pulumi as an added plus.', ['required: terraform & ansible', 'preferred: pulumi']],
    ['Postgres experience, but preferably with Citus', ['required: postgresql', 'preferred: citus']],
    // The wish may hold a bracket of its own.
    ['Knowledge of Linux internals, ideally kernel networking (netfilter, eBPF)', ['required: linux-kernel', 'preferred: networking & ebpf']],
    ['Experience operating Kubernetes, preferably EKS (or GKE)', ['required: kubernetes', 'preferred: eks|gke']],
  ])('%s', (line, want) => {
    expect(bullet(line)).toEqual(want);
  });
});

describe('what is no closing wish', () => {
  it.each([
    // A list that ends "a plus" wishes for the whole list.
    ['Familiarity with Go, Rust, and Zig is a plus', ['preferred: go & rust & zig']],
    // "with which": a purpose, no wish at all.
    ['Solid Python, with which you will write our tooling', ['required: python']],
  ])('%s', (line, want) => {
    expect(bullet(line)).toEqual(want);
  });
});

describe('one named example in a bracket that says it is one stands for the field before it', () => {
  it.each([
    ['Experience with databases (e.g. Postgres)', ['required: databases|postgresql']],
    ['Experience with a message broker (for example RabbitMQ)', ['required: message-queues|rabbitmq']],
    ['Containers (such as Podman)', ['required: containers|podman']],
    // Capitalised only as the line's first word: still the field.
    ['Cloud experience (e.g. GCP)', ['required: cloud-computing|google-cloud']],
    // A named thing, then an example of its own parts: the thing is asked, the part only an example of it; either meets
    // it (session 30: "AWS experience (e.g. Lambda, DynamoDB)" is met by AWS work without Lambda. Before, both were asked).
    ['Python (e.g. FastAPI)', ['required: python|fastapi']],
    ['Experience with AWS (e.g. Lambda)', ['required: aws|aws-lambda']],
    // Without the cue, a named cloud's bracket lists its parts, all asked.
    ['Experience with AWS (Lambda, DynamoDB)', ['required: aws & aws-lambda & dynamodb']],
    ['AWS experience (e.g. Lambda, DynamoDB)', ['required: aws|aws-lambda|dynamodb']],
  ])('%s', (line, want) => {
    expect(bullet(line)).toEqual(want);
  });
});

describe('a closing clause that tells what the team does asks nothing', () => {
  it.each([
    ['Kotlin or Java; we are migrating from Spring Boot to Ktor', ['required: kotlin|java']],
    ['Go or Rust. We run everything on Nomad', ['required: go|rust']],
    ['Strong SQL — our team is moving the warehouse to Snowflake', ['required: sql']],
    // What the clause asks of "you" stays asked.
    ['Terraform; our stack is AWS and you will own it', ['required: terraform & aws']],
    ['Deep PostgreSQL knowledge; we are adopting Citus this year', ['required: postgresql']],
  ])('%s', (line, want) => {
    expect(bullet(line)).toEqual(want);
  });
});

describe('an ask anyone may meet by being willing is a wish', () => {
  it.each([
    ['Certified Kubernetes Administrator (CKA) or willingness to obtain within 6 months', 'preferred'],
    ['Security+ certification or willing to obtain within 90 days of hire', 'preferred'],
    ['AWS Solutions Architect certification, or the commitment to earn one in your first year', 'preferred'],
    // A clearance one is able to obtain asks eligibility: still required.
    ['Active Secret clearance or the ability to obtain one', 'required'],
    ['CKA certification', 'required'],
  ])('%s', (line, want) => {
    expect(bullet(line).map((i) => i.split(':')[0])).toEqual([want]);
  });
});

describe('years in a lead role are years of leadership', () => {
  it.each([
    ['5+ years of experience in software engineering, including 2+ years in a tech lead capacity', ['required: ', 'required: leadership']],
    ['3+ years in a leadership role', ['required: leadership']],
  ])('%s', (line, want) => {
    expect(bullet(line)).toEqual(want);
  });
});

describe('tools named as a field’s examples', () => {
  it.each([
    ['Experience with infrastructure automation using tools like Ansible or SaltStack', ['required: automation|ansible|salt']],
    // "Argo" beside Flux or GitOps is Argo CD.
    ['Experience with GitOps workflows (Flux/Argo)', ['required: gitops|flux|argocd']],
  ])('%s', (line, want) => {
    expect(bullet(line)).toEqual(want);
  });
});

describe('a heading that says "nice if you have" opens wishes', () => {
  it.each(['Nice if you have:', 'Bonus if you know', 'Great if you’ve used', 'A plus if you have:'])('%s', (heading) => {
    const posting = postingFromText(`Acme | Engineer | Remote\n\nYou should have:\n- Go\n\n${heading}\n- Temporal\n`);
    const items = requirementItems(posting, askedFinder(engine, posting), { skillInfo });
    expect(items.map((i) => `${i.importance}: ${i.groups.flat().join('|')}`)).toEqual(['required: go', 'preferred: temporal']);
  });
});

describe('years that qualify the first thing named, then ", with X experience"', () => {
  it.each([
    ['6+ years, with on-call experience', ['required: ', 'required: on-call']],
    ['5+ years of backend development, with Kafka experience', ['required: backend-development', 'required: kafka']],
    ['5+ years of experience, with strong Kubernetes skills', ['required: ', 'required: kubernetes']],
    // One skill named before the comma and nothing asked anew: the years are that skill's.
    ['4+ years of Go experience', ['required: go']],
  ])('%s', (line, want) => {
    expect(bullet(line)).toEqual(want);
  });
});

describe('a condition on what comes before it asks nothing', () => {
  it.each([
    ['Comfortable dropping into C++ or CUDA when profiling demands it', ['required: cpp|cuda']],
    ['Go day to day, and Rust where performance requires it', ['required: go & rust']],
    ['Python, and Bash if the task calls for it', ['required: python & bash']],
  ])('%s', (line, want) => {
    expect(bullet(line)).toEqual(want);
  });
});
