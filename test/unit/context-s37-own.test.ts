import { describe, expect, it } from 'vitest';
import { classOf, skills } from './context-readers';

// The employer's own product and what it supports (issue #13, session 37, helper s37-own): its feature list, its
// integrations, the tools it runs or manages for its customers, a launch. Every sentence here is written for this test,
// with invented companies and products: none comes from a real posting. test/tools/own-judged-s37.jsonl is the blind probe.

const own = (...n: string[]) => ({ own: n });

describe('market: the product or the company, a verb of offering or supporting, then the list', () => {
  it('the employer by name, then what it offers, supports, integrates with or runs', () => {
    expect(classOf('Quorra supports Oracle, DB2 and SQL Server as well as flat files.', 'oracle-db', own('quorra'))).toBe('market');
    expect(classOf('Quorra integrates with Zendesk, Intercom and Freshdesk.', 'zendesk', own('quorra'))).toBe('market');
    expect(classOf('Tamsin orchestrates Ansible and Chef runs across ten thousand servers.', 'chef', own('tamsin'))).toBe('market');
    expect(classOf('Pelloway provides managed Elasticsearch and managed ClickHouse in every region.', 'clickhouse', own('pelloway'))).toBe('market');
    expect(classOf('Pelloway gives support teams ticket triage, sentiment analysis and churn prediction.', 'nlp', own('pelloway'))).not.toBeNull();
  });

  it('the product as the subject ("Our CLI", "The Brisket plugin", "Our latest release")', () => {
    expect(classOf('Our CLI now supports Bun, Deno and Node.js projects.', 'deno')).toBe('market');
    expect(classOf('The Brisket plugin works inside Eclipse and Xcode.', 'xcode')).toBe('market');
    expect(classOf('Our latest release adds support for Go and Elixir repositories.', 'elixir')).toBe('market');
    expect(classOf('Our connectors are compatible with Kafka, Pulsar and Kinesis.', 'kinesis')).toBe('market');
  });

  it('a launch: "we shipped native support for …"', () => {
    expect(classOf('Last month we shipped first-class support for Vercel and Netlify.', 'netlify')).toBe('market');
    expect(classOf("We've added integrations with Trello and GitLab.", 'gitlab')).toBe('market');
  });

  it('"for teams using …": the customers\' tools, in a sentence about the product', () => {
    expect(classOf('Made for teams using Jira or Linear, Hollis writes the release notes for you.', 'jira', own('hollis'))).toBe('market');
  });

  it('a line heading the product\'s features or integrations', () => {
    expect(classOf('Integrations include: Salesforce, Marketo and Outreach.', 'marketo')).toBe('market');
  });
});

describe('market: more ways the product offers a list (a second blind batch, test/tools/own-judged-s37b.jsonl)', () => {
  it('a plan of the product, its apps, or a verb of converting', () => {
    expect(classOf('The Starter tier includes Sentry alerts and Honeycomb traces.', 'sentry')).toBe('market');
    expect(classOf('Our desktop apps are available on Windows and macOS.', 'windows')).toBe('market');
    expect(classOf('Cobbwell converts Looker dashboards into Power BI reports.', 'looker', own('cobbwell'))).toBe('market');
  });

  it('the product moving its customers\' data from or to the list', () => {
    expect(classOf('The console pulls alerts from Loki, Graylog and Sentry.', 'graylog')).toBe('market');
    expect(classOf("Ambrey's agent streams query plans from Cassandra and ScyllaDB clusters.", 'scylladb', own('ambrey'))).toBe('market');
  });

  it('"With <employer>, <customers> can …": what the product lets its customers do', () => {
    expect(classOf('With Ledwick, game studios can ship Godot builds to every console overnight.', 'godot', own('ledwick'))).toBe('market');
  });

  it('what the product is made with, or the team\'s own work, stays', () => {
    expect(classOf('Tarrow uses Elixir and Phoenix, including LiveView for the dashboards.', 'phoenix', own('tarrow'))).toBeNull();
    expect(classOf('Our ingestion service pulls events from Cassandra into the warehouse.', 'cassandra')).toBeNull();
    expect(classOf('With Ledwick, you can ship Godot builds to every console; you will own the build farm.', 'godot', own('ledwick'))).toBeNull();
    expect(classOf("Our team's pipeline reads from Cassandra and ScyllaDB.", 'scylladb')).toBeNull();
  });
});

describe('the team\'s stack or what the hire must know stays', () => {
  it('the company named, but its own systems, what it is built on, or what it runs on', () => {
    expect(classOf('Quorra runs on Kubernetes and stores everything in Postgres.', 'kubernetes', own('quorra'))).toBeNull();
    expect(classOf("Tamsin's backend is Elixir with a Postgres database.", 'elixir', own('tamsin'))).toBeNull();
    expect(classOf('Pelloway is built with Rust and deployed on AWS.', 'rust', own('pelloway'))).toBeNull();
  });

  it('the team, not the product, is the subject', () => {
    expect(classOf('Our platform team manages Terraform and Vault for every service.', 'terraform')).toBeNull();
    expect(classOf('Our service connects to Redis and MySQL over a private network.', 'redis')).toBeNull();
    expect(classOf('We deploy with Argo CD and keep secrets in Vault.', 'argocd')).toBeNull();
  });

  it('the hire is asked, or the sentence is about the work', () => {
    expect(classOf('You will add support for Snowflake and Redshift to our connectors.', 'snowflake')).toBeNull();
    expect(classOf('Our CLI is written in Go and we want someone who knows Cobra well.', 'go')).toBeNull();
    expect(classOf('Build our Zendesk and Intercom integrations end to end.', 'zendesk')).toBeNull();
    expect(skills('Experience with Ansible or Chef is a plus.')).toContain('ansible');
  });

  it('what the product is made with is not in the list ("using", "with", "on")', () => {
    expect(classOf('Our platform handles billing for clinics using Go and gRPC.', 'grpc')).toBeNull();
    expect(classOf('Our internal platform orchestrates Spark jobs for the data team.', 'apache-spark')).toBeNull();
  });
});
