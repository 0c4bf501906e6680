import { describe, expect, it } from 'vitest';
import { analyzePosting, analyzeResume, matchResume } from '@/lib/analyze';
import { postingFromText } from '@/lib/posting/text';
import { findSkills } from '@/lib/skills/matcher';
import { engine, TODAY } from './readers';

// What one resume line shows beyond the words it names (taxonomy/skills/*.json `implies`, closed transitively, and a
// few forms a resume writes), mended after the blind probe test/tools/implied-judged-s36.jsonl (session 36). Every
// line is written for this test; each reading has a counter-example a careful hiring reader would not credit.

/** The verdict of a posting's one requirement line against a resume's one experience line, read end to end. */
function verdictOf(ask: string, shown: string) {
  const a = analyzePosting(engine, postingFromText(`Quillon | Engineer | Remote\n\nRequirements:\n- ${ask}\n`));
  const resume = analyzeResume(engine, 'cv', `Tomas Rehak\n\nExperience\nEngineer, Brindle Works, 2020 - Present\n- ${shown}\n`, TODAY);
  return matchResume(engine, a, resume).requirements![0]!.verdict;
}
const ids = (text: string) => findSkills(engine.matcher, text).map((h) => h.skillId);
/** Every skill a resume line shows: those it names and all they imply. */
function shows(line: string): string[] {
  const resume = analyzeResume(engine, 'cv', `Tomas Rehak\n\nExperience\nEngineer, Brindle Works, 2020 - Present\n- ${line}\n`, TODAY);
  const named = resume.skills.map((s) => s.id);
  return [...new Set([...named, ...named.flatMap((id) => engine.matcher.implied.get(id) ?? [])])];
}

describe('a security practice shows security', () => {
  it.each([
    'Ran an external penetration test of the booking site and retested the fixes',
    'Threat models for the new card vault',
    'Secrets rotation for the build and deploy credentials',
    'Triaged findings from the Qualys scans of the branch servers',
  ])('"%s" meets a security ask', (shown) => {
    expect(verdictOf('Hands-on security experience', shown)).toBe('met');
  });
  it('a firewall shows network security and networking; a WAF application security', () => {
    expect(verdictOf('Network security experience', 'Managed the Fortinet firewalls at both offices')).toBe('met');
    expect(verdictOf('Solid networking fundamentals', 'Managed the Fortinet firewalls at both offices')).toBe('met');
    expect(verdictOf('Application security experience', 'Tuned the WAF rules in front of the checkout')).toBe('met');
  });
  it('counter-example: identity work and compliance paperwork are not security engineering', () => {
    expect(verdictOf('Hands-on security experience', 'Rolled Okta out to the sales team')).toBe('unmet');
    expect(verdictOf('Network security experience', 'Terraform for the Azure subscriptions')).toBe('unmet');
  });
});

describe('SLOs show SRE; pagers and monitors alerting', () => {
  it('an SLO meets an SRE ask; Zabbix triggers an alerting ask', () => {
    expect(verdictOf('Site reliability engineering experience', 'Set latency SLOs for the search API with the product team')).toBe('met');
    expect(verdictOf('Experience setting up alerting', 'Zabbix triggers for the storage arrays')).toBe('met');
  });
  it('counter-example: dashboards show neither SRE nor alerting', () => {
    expect(verdictOf('Site reliability engineering experience', 'Datadog dashboards for the search API')).toBe('unmet');
    expect(verdictOf('Experience setting up alerting', 'Grafana dashboards for the storage arrays')).toBe('unmet');
  });
});

describe('what a cloud or cluster tool always is', () => {
  it('Lambda is serverless, Cloud Run runs containers, Karpenter autoscales Kubernetes', () => {
    expect(verdictOf('Serverless experience', 'Python Lambda functions that resize uploaded photos')).toBe('met');
    expect(verdictOf('Experience with containers', 'Deployed the report scheduler to Cloud Run')).toBe('met');
    expect(shows('Karpenter node pools for the batch workloads')).toContain('kubernetes-autoscaling');
  });
  it('counter-example: Cloud Run is no Kubernetes; Kubernetes alone is no autoscaling; VMs are not serverless', () => {
    expect(verdictOf('Kubernetes experience', 'Deployed the report scheduler to Cloud Run')).toBe('unmet');
    expect(shows('Ran the staging cluster on Kubernetes')).not.toContain('kubernetes-autoscaling');
    expect(verdictOf('Serverless experience', 'EC2 instances behind a load balancer')).toBe('unmet');
  });
});

describe('networking: BGP is a routing protocol, VLANs are layer 2, a packet capture is networking', () => {
  it('routing protocols, switching and networking are shown', () => {
    expect(verdictOf('Knowledge of routing protocols', 'Peered with our upstream ISPs over BGP')).toBe('met');
    expect(shows('Split the warehouse scanners onto their own VLAN')).toEqual(expect.arrayContaining(['layer-2-switching', 'networking']));
    expect(verdictOf('Solid networking fundamentals', 'Read Wireshark captures to explain the dropped calls')).toBe('met');
  });
  it('counter-example: an upstream ISP is no open-source work', () => {
    expect(shows('Peered with our upstream ISPs over BGP')).not.toContain('open-source');
  });
});

describe('Node.js is JavaScript; a SQL warehouse is SQL; dbt is modelling', () => {
  it('they meet the language and modelling asks', () => {
    expect(verdictOf('Strong JavaScript', 'Node.js workers that transcode voice notes')).toBe('met');
    expect(verdictOf('Strong SQL', 'Cost reports in BigQuery for the finance team')).toBe('met');
    expect(verdictOf('Data modeling experience', 'dbt models for the subscriptions mart')).toBe('met');
  });
  it('counter-example: JavaScript is no Node.js; a document store is no SQL', () => {
    expect(verdictOf('Experience with Node.js', 'JavaScript widgets for the booking page')).toBe('unmet');
    expect(verdictOf('Strong SQL', 'MongoDB aggregation pipelines for the order history')).toBe('unmet');
  });
});

describe('data: BI tools show visualisation, Spark big data, Airflow pipelines and data engineering', () => {
  it('they meet the field asks', () => {
    expect(verdictOf('Data visualization experience', 'Tableau workbooks for the sales operations team')).toBe('met');
    expect(verdictOf('Experience with big data', 'PySpark jobs over ten years of claims history')).toBe('met');
    expect(verdictOf('Experience building data pipelines', 'Airflow DAGs that refresh the churn features')).toBe('met');
    expect(verdictOf('Data engineering experience', 'Airflow DAGs that refresh the churn features')).toBe('met');
  });
  it('counter-example: a pipeline is no Airflow; a chart library is no Tableau', () => {
    expect(verdictOf('Experience with Airflow', 'Nightly pipelines that load the partner files')).toBe('unmet');
    expect(verdictOf('Experience with Tableau', 'Charts drawn in D3 for the annual report')).toBe('unmet');
  });
});

describe('distributed systems: a distributed database, a consensus store, several regions', () => {
  it.each(['Ran a ScyllaDB cluster for the session store', 'Operated the ZooKeeper ensemble behind the job scheduler', 'Active-active across two cloud regions for the ledger'])('"%s"', (shown) => {
    expect(verdictOf('Distributed systems experience', shown)).toBe('met');
  });
  it('counter-example: a cache or a queue client is no distributed-systems work', () => {
    expect(verdictOf('Distributed systems experience', 'Redis caching for the product pages')).toBe('unmet');
    expect(verdictOf('Distributed systems experience', 'A Kafka producer for the click events')).toBe('unmet');
  });
});

describe('integration: HL7/FHIR work, payment APIs and partner APIs', () => {
  it('they meet an API-integration ask; FHIR work a healthcare-technology one', () => {
    expect(verdictOf('Experience integrating third-party APIs', 'Stripe Connect payouts for marketplace sellers')).toBe('met');
    expect(verdictOf('Experience integrating third-party APIs', 'Pulled rates from six carrier APIs into one quote')).toBe('met');
    expect(shows('FHIR endpoints for the clinic scheduling app')).toEqual(expect.arrayContaining(['health-tech', 'api-integration']));
  });
  it('counter-example: designing one\u2019s own REST API is not integrating others\u2019', () => {
    expect(verdictOf('Experience integrating third-party APIs', 'Designed the REST API for the loyalty app')).toBe('unmet');
  });
});

describe('forms a resume writes: upstream patches, kernel builds, OOM kills, NSGs, nines, Sentinel, Tempo', () => {
  it('a fix sent upstream shows open source', () => {
    expect(verdictOf('Open-source contributions', 'Sent a fix upstream to the Caddy project')).toBe('met');
    expect(verdictOf('Open-source contributions', 'Got two patches to the Fluent Bit parser merged upstream')).toBe('met');
  });
  it('counter-example: upstream data is no open source', () => {
    expect(shows('Cleaned the upstream data feeds for the pricing team')).not.toContain('open-source');
  });
  it('custom kernels show the Linux kernel, GPU kernels do not', () => {
    expect(verdictOf('Linux kernel experience', 'Maintained custom kernels for the edge routers')).toBe('met');
    expect(shows('Wrote custom kernels in CUDA for the attention layer')).not.toContain('linux-kernel');
  });
  it('OOM kills and a memory leak show memory management', () => {
    expect(verdictOf('Understanding of memory management', 'Tracked down OOM kills in the image workers')).toBe('met');
    expect(verdictOf('Understanding of memory management', 'Fixed a memory leak in the PDF renderer')).toBe('met');
    expect(verdictOf('Understanding of memory management', 'Tuned CPU requests for the image workers')).toBe('unmet');
  });
  it('NSGs show network security; an availability in nines high availability', () => {
    expect(verdictOf('Network security experience', 'Locked down the NSGs on the jump hosts')).toBe('met');
    expect(verdictOf('High availability experience', 'Held the payments ledger at 99.99% availability')).toBe('met');
  });
  it('Sentinel beside KQL is Microsoft Sentinel, a SIEM; Tempo beside Grafana is tracing', () => {
    expect(verdictOf('SIEM experience', 'Sentinel hunting queries in KQL')).toBe('met');
    expect(shows('Traces in Tempo beside Grafana dashboards')).toContain('grafana-tempo');
  });
  it('counter-example: HashiCorp Sentinel policies, a tempo of releases, a company named Sentinel', () => {
    expect(shows('Sentinel policies that gate the Terraform runs')).not.toContain('microsoft-sentinel');
    expect(shows('Kept a steady Tempo of weekly releases')).not.toContain('grafana-tempo');
    expect(ids('Sentinel Capital is hiring a SIEM engineer for its security operations team.')).not.toContain('microsoft-sentinel');
  });
});

describe('after the second batch: messaging APIs, gateways, heap leaks, secret scanners, security group rules', () => {
  it('they show what they always are', () => {
    expect(verdictOf('Experience integrating third-party APIs', 'SendGrid templates for the receipt emails')).toBe('met');
    expect(verdictOf('Experience building APIs', 'Put an API gateway with per-tenant quotas in front of the ledger')).toBe('met');
    expect(verdictOf('Understanding of memory management', 'Found the heap leaks in the tile renderer')).toBe('met');
    expect(shows('Gitleaks in pre-commit for every repository')).toContain('security');
    expect(verdictOf('Network security experience', 'Audited the security group rules of every VPC')).toBe('met');
  });
  it('counter-example: an email tool is no API design, a gateway no REST design', () => {
    expect(verdictOf('API design experience', 'SendGrid templates for the receipt emails')).toBe('unmet');
    expect(verdictOf('Experience designing REST APIs', 'Put an API gateway with per-tenant quotas in front of the ledger')).toBe('unmet');
  });
});

describe('a product\u2019s own API worked against is API integration (lib/analyze.ts)', () => {
  it('the Zendesk or Slack API meets an integration ask; an integration shows APIs', () => {
    expect(verdictOf('Experience integrating third-party APIs', 'Automated ticket triage through the Zendesk API')).toBe('met');
    expect(verdictOf('Experience integrating third-party APIs', 'A bot on the Slack APIs that posts deploy notes')).toBe('met');
    expect(verdictOf('Experience with APIs', 'Built the partner integrations for the booking engine')).toBe('met');
  });
  it('counter-example: the platform\u2019s own API, or the product used by hand, is no integration', () => {
    expect(verdictOf('Experience integrating third-party APIs', 'Wrote a controller against the Kubernetes API')).toBe('unmet');
    expect(verdictOf('Experience integrating third-party APIs', 'Ran the sprint boards in Jira for two teams')).toBe('unmet');
  });
});

describe('a count of regions a system spans is multi-region', () => {
  it('regions beside the data stores or the cloud they run in', () => {
    expect(verdictOf('Multi-region deployment experience', 'Kept the quote store in two cloud regions on DynamoDB global tables')).toBe('met');
    expect(verdictOf('Distributed systems experience', 'Kafka clusters in three regions with MirrorMaker between them')).toBe('met');
  });
  it('counter-example: a team or a market across regions is no system', () => {
    expect(shows('Grew the field sales team across three regions')).not.toContain('multi-region');
  });
});

describe('Burp named alone is Burp Suite', () => {
  it('meets a penetration-testing ask', () => {
    expect(verdictOf('Penetration testing experience', 'Ran Burp against the partner portal before each launch')).toBe('met');
  });
  it('counter-example: Burp is no network scanning', () => {
    expect(shows('Ran Burp against the partner portal before each launch')).not.toContain('nmap');
  });
});
