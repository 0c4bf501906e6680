import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { projectFixture, ROOT } from '../helpers';

function cli(...args: string[]) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'lib/cli/analyze.ts'), ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}
const tmp = mkdtempSync(join(tmpdir(), 'fitmark-cli-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('analyze command line', () => {
  it('with no arguments analyses the bundled sample and prints a readable report', () => {
    const r = cli();
    expect(r.code).toBe(0);
    expect(r.out).toContain('Senior Infrastructure Engineer — Harbor Freight Labs');
    expect(r.out).toMatch(/Match: \d+\/100/);
    expect(r.out).toContain('Istio');
  });

  it('--today and the requirements model: facts, requirement items with any-of groups, the resume profile and a verdict per requirement', () => {
    const r = cli('--page', join(ROOT, 'lib/cli/samples/greenhouse-posting.html'), '--url', 'https://job-boards.greenhouse.io/cobaltgrid/jobs/4400000001', '--resume', join(ROOT, 'lib/cli/samples/resume.pdf'), '--today', '2026-12-01', '--json');
    expect(r.code).toBe(0);
    const j = JSON.parse(r.out);
    expect(j.posting.facts).toEqual({ yearsMin: null, workMode: 'remote', salary: null, sponsorship: null, clearance: null, degree: null });
    const alternatives = j.requirements.findIndex((x: { text: string }) => x.text === 'Rust or C++ experience');
    expect(j.requirements[alternatives]).toMatchObject({ importance: 'preferred', kind: 'skills', groups: [['rust', 'cpp']] });
    expect(j.requirements[0]).toMatchObject({ text: 'Experience with Terraform and Helm', groups: [['terraform'], ['helm']] });
    // Two dated roles, Jan 2017 to "Present" = the given day: ten years, counted once.
    expect(j.resume.profile.roles.map((x: { start: string; end: string | null }) => [x.start, x.end])).toEqual([['2021-01', null], ['2017-01', '2021-01']]);
    expect(j.resume.profile.totalYears).toBe(10);
    expect(j.match.requirements).toHaveLength(j.requirements.length);
    expect(j.match.requirements[0]).toMatchObject({ index: 0, verdict: 'partial', evidence: expect.stringMatching(/^Terraform — .*; not shown: Helm\.$/) });
    expect(cli('--text', join(ROOT, 'lib/cli/samples/posting.txt'), '--today', '2026-13-45').err).toMatch(/--today needs a date as YYYY-MM-DD/);
  });

  it('--text --resume --json prints one object in the contract shape', () => {
    const r = cli('--text', join(ROOT, 'lib/cli/samples/posting.txt'), '--resume', projectFixture('sample-resume.pdf'), '--json');
    expect(r.code).toBe(0);
    const j = JSON.parse(r.out);
    expect(Object.keys(j)).toEqual(expect.arrayContaining(['posting', 'role', 'skills', 'match', 'resume']));
    expect(j.posting).toMatchObject({ site: 'text', title: 'Senior Infrastructure Engineer', company: 'Harbor Freight Labs' });
    expect(j.role).toMatchObject({ id: 'infrastructure-engineer', title: 'Infrastructure Engineer' });
    const text = readFileSync(join(ROOT, 'lib/cli/samples/posting.txt'), 'utf8');
    const tf = j.skills.find((s: { id: string }) => s.id === 'terraform');
    expect(tf).toMatchObject({ name: 'Terraform', importance: 'required' });
    for (const m of tf.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
    expect(typeof j.match.score).toBe('number');
    expect(j.match.missing[0]).toEqual(expect.objectContaining({ id: expect.any(String), name: expect.any(String), importance: expect.any(String), guide: expect.stringMatching(/^guide\.html#/) }));
    expect(j.resume.skills.map((s: { id: string }) => s.id)).toContain('terraform');
  });

  it('--any reads a page as "Analyze this page" does: the posting-like block where no board adapter or JSON-LD reads it', () => {
    const page = projectFixture('pages/glassdoor-search.html');
    const url = 'https://www.glassdoor.com/Job/austin-tx-site-reliability-engineer-jobs-SRCH_IL.0,9_IC1139761_KO10,35.htm';
    expect(cli('--page', page, '--url', url, '--json').err).toMatch(/^fitmark: no job posting found on this page \(www\.glassdoor\.com\)\n$/);
    const r = cli('--page', page, '--url', url, '--any', '--json');
    expect(r.code).toBe(0);
    const j = JSON.parse(r.out);
    expect(j.posting).toMatchObject({ site: 'page', title: 'Site Reliability Engineer', company: 'Harrow & Vane', location: 'Austin, TX' });
    // (The equal-opportunity paragraph after the benefits is a part of its own since session 43, items-s43.)
    expect(j.posting.sections.map((s: { kind: string }) => s.kind)).toEqual(['other', 'responsibilities', 'requirements', 'preferred', 'benefits', 'other']);
    expect(JSON.stringify(j.posting)).not.toMatch(/Quillfeather|Employer est/); // none of the job cards
    expect(j.skills.find((s: { id: string }) => s.id === 'kubernetes')).toMatchObject({ importance: 'required' });
  }, 120_000);

  it('--any without --url reads the file at its own address; a known board still goes to its adapter first', () => {
    const bare = JSON.parse(cli('--page', projectFixture('pages/career-page-plain.html'), '--any', '--json').out);
    expect(bare.posting).toMatchObject({ site: 'page', title: 'Site Reliability Engineer' });
    expect(bare.posting.url).toMatch(/^file:\/\/.*career-page-plain\.html$/);
    const board = JSON.parse(cli('--page', projectFixture('pages/linkedin-post-apply.html'), '--url', 'https://www.linkedin.com/jobs/search/post-apply/next-best-action/', '--any', '--json').out);
    expect(board.posting).toMatchObject({ site: 'linkedin', title: 'Cloud Security Engineer', company: 'Kestrel Grid' });
  }, 120_000);

  it('--any on a page that holds no posting, or without --page, fails with one line', () => {
    const none = cli('--page', projectFixture('pages/not-a-posting.html'), '--any');
    expect([none.code, none.err]).toEqual([1, 'fitmark: no job posting found on this page (not-a-posting.html)\n']);
    expect(cli('--any').code).toBe(2);
  }, 120_000);

  it('--jsonl echoes each id with its result', () => {
    const f = join(tmp, 'in.jsonl');
    writeFileSync(f, [JSON.stringify({ id: 'a', text: 'We need Go and Kafka.' }), JSON.stringify({ id: 7, text: 'Ready to go live.' })].join('\n'));
    const r = cli('--jsonl', f);
    expect(r.code).toBe(0);
    const rows = r.out.trim().split('\n').map((l) => JSON.parse(l));
    expect(rows.map((x) => x.id)).toEqual(['a', 7]);
    expect(rows[0].skills.map((s: { id: string }) => s.id)).toEqual(expect.arrayContaining(['go', 'kafka']));
    expect(rows[1].skills).toEqual([]);
  });

  it('--page reads a saved page at its URL', () => {
    const r = cli('--page', projectFixture('pages/greenhouse-job-boards.html'), '--url', 'https://job-boards.greenhouse.io/cobaltgrid/jobs/4400000001', '--json');
    expect(r.code).toBe(0);
    const j = JSON.parse(r.out);
    expect(j.posting).toMatchObject({ site: 'greenhouse', title: 'Platform Engineer', company: 'Cobalt Grid' });
    expect(j.match).toBeUndefined();
  });

  it('--skills --json lists the taxonomy with guide links', () => {
    const r = cli('--skills', '--json');
    const j = JSON.parse(r.out);
    const tf = j.skills.find((s: { id: string }) => s.id === 'terraform');
    expect(tf).toMatchObject({ name: 'Terraform', guide: 'guide.html#skill-terraform' });
    expect(Array.isArray(tf.aliases)).toBe(true);
  });

  it('--resume alone prints the resume and its skills', () => {
    const r = cli('--resume', projectFixture('sample-resume.pdf'), '--json');
    const j = JSON.parse(r.out);
    expect(j.resume.name).toBe('sample-resume.pdf');
    expect(j.resume.skills.map((s: { id: string }) => s.id)).toEqual(expect.arrayContaining(['aws', 'eks', 'terraform']));
  });

  it.each([
    [['--text', '/no/such/file.txt'], /no such file/],
    [['--resume', 'test/fixtures/encrypted.pdf'], /password/],
    [['--resume', 'test/fixtures/image-only.pdf'], /no text layer/],
    [['--page', 'test/fixtures/pages/not-a-posting.html', '--url', 'https://www.linkedin.com/feed/'], /no job posting found/],
    [['--bogus'], /unknown argument/],
  ])('bad input %j exits non-zero with one line on stderr', (args, message) => {
    const r = cli(...args);
    expect(r.code).not.toBe(0);
    expect(r.out).toBe('');
    expect(r.err.trim().split('\n')).toHaveLength(1);
    expect(r.err).toMatch(message);
  });
});
