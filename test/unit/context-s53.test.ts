import { describe, expect, it } from 'vitest';
import { contextClassOf, extractedIds } from './readers';

// Session 53 (#13, helper s53-skills): "backed by" after a clause that names the stack read as investors; a task to the hire
// that names the customers or partners it serves read as the customers' background; the tools of customers named by a share
// of them ("a surprising number of owners", "each member") or as owners; a rule the posting says does not apply. Sentences
// written for this test, none taken from a posting or a labelled batch.
const skills = extractedIds;
const classOf = contextClassOf;

describe('"backed by" closing a clause that names the stack', () => {
  it('keeps the stores a system stands on', () => {
    expect(skills('The API is built with FastAPI, backed by DynamoDB and S3, and deployed with CDK.')).toEqual(expect.arrayContaining(['dynamodb', 's3']));
    expect(classOf('Our workers are written in Rust, backed by a Redis cluster and Postgres.', 'Postgres')).toBeNull();
  });
  it('still drops what follows investors named after "backed by"', () => {
    expect(classOf('Our app is built on Rails, backed by Northwind Ventures and a few angels who once ran Kafka at scale.', 'Kafka')).toBe('background');
    expect(classOf('Founded in 2021 and backed by Sequoia, we sell to teams who run Kafka.', 'Kafka')).toBe('background');
  });
});

describe('a task to the hire that names the customers or partners it serves', () => {
  it('keeps the tools of the task', () => {
    expect(skills('What you will do\n- Build the export our customers download each month, with Parquet files and signed URLs.')).toContain('parquet');
    expect(classOf('What you will do\n- Design a webhook system our partners can subscribe to, with HMAC signatures and Kafka.', 'Kafka')).toBeNull();
  });
  it('still drops what the customers run when no task opens the sentence', () => {
    expect(classOf('About us\nOur customers run their stores on Shopify and ship with us.', 'Shopify')).not.toBeNull();
  });
});

describe("the customers' tools, named by a share of them", () => {
  it('drops a tool that a share of the customers, or each of them, works in', () => {
    expect(classOf('We sell to 900 garden centres. Most shop owners keep their stock lists in Excel and we import them weekly.', 'Excel')).toBe('consumer');
    expect(classOf('We manage 12,000 flats. A good share of the landlords we serve still send rent statements from Xero.', 'Xero')).toBe('consumer');
    expect(classOf('We run a buying group for 40 dairies. Each member keeps its own ERP and we reconcile orders nightly.', 'ERP')).toBe('consumer');
  });
  it('keeps the tool when the sentence asks it of the hire', () => {
    expect(skills('A handful of owners use Xero, and you will build and maintain our Xero integration.')).toContain('xero');
  });
});

describe('a rule the posting says does not apply', () => {
  it('drops a regulation that "does not apply"', () => {
    expect(classOf('GDPR does not apply to the telemetry, but we treat it carefully anyway.', 'GDPR')).toBe('negated');
    expect(classOf("SOX doesn't apply to us while we are private.", 'SOX')).toBe('negated');
  });
  it('keeps a regulation that applies', () => {
    expect(skills('Requirements:\n- You know how GDPR applies to telemetry we collect.')).toContain('gdpr');
  });
});
