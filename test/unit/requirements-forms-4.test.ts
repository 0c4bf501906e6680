import { describe, expect, it } from 'vitest';
import { skillGroups } from '../../lib/requirements/items';
import { findSkills } from '../../lib/skills/matcher';
import { bullet, engine, skillInfo } from './readers';

// Forms of any-of groups read wrong on SkillSpan train sentences (#12, session 31), each fixed as a class: a bracket of
// instances after a plural noun, a pick cue's bracket, an ellipsis that is a pause, "Good …" that opens a new ask,
// "examples:" as a cue, a degree's fields. Sentences written for these tests, none taken from the corpus.

describe('a bracket after a plural noun that names what each member is: one will do, whatever their categories', () => {
  it.each([
    ['Experience running load balancers (NGINX, HAProxy, Envoy)', ['required: load-balancing|nginx|haproxy|envoy']],
    ['You have tuned web servers (Nginx, Caddy, Traefik)', ['required: nginx|caddy|traefik']],
    ['Operated data stores (Postgres, Redis, S3) at scale', ['required: postgresql|redis|s3']],
  ])('%s', (line, want) => {
    expect(bullet(line)).toEqual(want);
  });
  it.each([
    // A mass noun, a stack's parts: all of them.
    ['Experience with our infra (Terraform, Kubernetes, Go)', ['required: terraform & kubernetes & go']],
    // "tools" names no kind the members are instances of.
    ['Cloud tools (Terraform, Kubernetes, Go)', ['required: cloud-computing & terraform & kubernetes & go']],
    // A role, then its stack.
    ['Backend developers (Go, Postgres, Kafka)', ['required: go & postgresql & kafka']],
  ])('%s', (line, want) => {
    expect(bullet(line)).toEqual(want);
  });
});

describe('"one of the following" then a bracket: the pick ends where the bracket closes', () => {
  it.each([
    ['Fluent in at least one of the following (Ruby, Lua, Python) and some exposure to Helm, Nomad or Consul', ['required: helm|nomad|consul & ruby|lua|python']],
    ['Any of the following (Rust, Zig, C) plus Linux and Git', ['required: linux & git & rust|zig|c']],
    // A bracket of words right after the cue is an aside: the pick is what follows it.
    ['Deep experience in one of the following (in order of preference): Go, Rust, Zig', ['required: go|rust|zig']],
  ])('%s', (line, want) => {
    expect(bullet(line)).toEqual(want);
  });
});

describe('an ellipsis the sentence goes on after is a pause, not "etc."', () => {
  it('"… and Terraform... and you are keen" asks both', () => {
    expect(bullet('You know Helm and Terraform... and you are keen to learn more')).toEqual(['required: helm & terraform']);
  });
  it('after a comma it still leaves the list open', () => {
    expect(bullet('You know Helm, Terraform, ... and more')).toEqual(['required: helm|terraform']);
  });
});

describe('"Good …" or "Great …" that opens the next ask says nothing of the skills before it', () => {
  it('no choice between the first skill and the ones after a bracket', () => {
    expect(bullet('Experience with Angular (v15 or newer) Experience with Vue and Svelte Good understanding of REST')).toEqual(['required: angular & vue & svelte & rest-apis']);
  });
  it.each([
    ['Kotlin (Java is fine too)', ['required: kotlin|java']],
    ['Ruby (Elixir is good too)', ['required: ruby|elixir']],
  ])('an offer in words still joins: %s', (line, want) => {
    expect(bullet(line)).toEqual(want);
  });
});

describe('"examples:" and "examples include" give examples as "e.g." does', () => {
  it.each([
    ['Strong with ML packages (examples: Scikit-Learn, NumPy, SciPy)', ['required: machine-learning|scikit-learn|numpy|scipy']],
    ['Message brokers, examples include Kafka and NATS', ['required: message-queues|kafka|nats']],
  ])('%s', (line, want) => {
    expect(bullet(line)).toEqual(want);
  });
});

describe("a degree's fields of study are no options in words", () => {
  it('the fields after "a degree in" are read by the degree, not offered beside a skill', () => {
    expect(bullet('A degree in physics or chemistry and/or 4 years of networking experience')).toEqual(['required: networking']);
  });
  it('fields of work without a degree still are', () => {
    // (Healthcare and insurance are industries the taxonomy names too, judged by the resume's employers: session 36.)
    expect(bullet('Experience in fintech, healthcare, or insurance')).toEqual(['required: fintech|term:healthcare|term:insurance|insurtech|health-tech']);
  });
});

describe('a list written without commas, read from every name the matcher finds', () => {
  // The group rules read a run of names with spaces between them as a list; (read as a posting's line, the skill
  // context drops a name followed by two capitalised words as an institution's: lib/skills/context.ts, NAME_AFTER).
  const find = (t: string) => findSkills(engine.matcher, t);
  it.each([
    ['Experience with a public cloud (AWS Azure GCP)', [['cloud-computing', 'aws', 'azure', 'google-cloud']]],
    ['Scripting in one of the following (Bash Perl Python)', [['bash', 'perl', 'python']]],
  ])('%s', (line, want) => {
    expect(skillGroups(line, find, { skillInfo })).toEqual(want);
  });
});

describe("a degree's fields after an aside in brackets are still the degree's", () => {
  it('no pick among the fields of study', () => {
    expect(bullet("A PhD or a Master's degree (plus two years in industry) in bioinformatics, data science or statistics")).toEqual(['required: ']);
  });
  it('the same fields asked as experience are a pick', () => {
    expect(bullet('Experience in bioinformatics, data science or statistics')).toEqual(['required: bioinformatics|data-science|statistics']);
  });
});

describe('a bracket after "best practices" names what the practices cover, all of it', () => {
  it('no cue: every part asked', () => {
    expect(bullet('Sound grasp of engineering best practices (CI/CD, observability, code review, test automation)')).toEqual(['required: ci-cd & observability & code-review & automated-testing']);
  });
  it('a cue still gives examples, one of which will do', () => {
    expect(bullet('Engineering practices (e.g. CI/CD, code review)')).toEqual(['required: ci-cd|code-review']);
  });
});
