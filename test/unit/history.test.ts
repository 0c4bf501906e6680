import { describe, expect, it } from 'vitest';
import { analyze, analyzeResume } from '@/lib/analyze';
import { csvField, historyEntryFrom, historyToCsv, HistoryEntry, missingSkillStats, safeHttpUrl, sortHistory, type HistoryMissing } from '@/lib/history';
import { postingFromText } from '@/lib/posting/text';
import { toTabReport } from '@/lib/report';
import { bundled } from '@/lib/skills/taxonomy';

const miss = (id: string, importance: HistoryMissing['importance'] = 'required', guide = `guide.html#role--${id}`): HistoryMissing => ({
  id,
  name: id.toUpperCase(),
  importance,
  guide,
});

function entry(jobKey: string, viewedAt: number, missing: HistoryMissing[], extra: Partial<HistoryEntry> = {}): HistoryEntry {
  return { jobKey, url: `https://jobs.example.com/${jobKey}`, title: `Job ${jobKey}`, company: 'Acme', site: 'lever', score: 60, missing, viewedAt, ...extra };
}

describe('missingSkillStats', () => {
  it('counts each skill once per posting, most postings first, with its share', () => {
    const entries = [
      entry('a', 1, [miss('go'), miss('istio', 'preferred')]),
      entry('b', 2, [miss('go', 'preferred'), miss('helm')]),
      entry('c', 3, [miss('go'), miss('go'), miss('istio', 'mentioned')]),
      entry('d', 4, []),
    ];
    const stats = missingSkillStats(entries);
    expect(stats.map((s) => [s.id, s.count, s.required, s.share])).toEqual([
      ['go', 3, 2, 0.75],
      ['istio', 2, 0, 0.5],
      ['helm', 1, 1, 0.25],
    ]);
  });

  it('breaks ties by how often the skill is required, then by name', () => {
    const stats = missingSkillStats([entry('a', 1, [miss('zig'), miss('bash', 'mentioned'), miss('awk', 'mentioned')])]);
    expect(stats.map((s) => s.id)).toEqual(['zig', 'awk', 'bash']);
  });

  it('links each skill to the guide section the newest posting that lacked it gave', () => {
    const stats = missingSkillStats([
      entry('new', 20, [miss('go', 'required', 'guide.html#backend-engineer--go')]),
      entry('old', 10, [miss('go', 'required', 'guide.html#sre--go')]),
    ]);
    expect(stats[0]!.guide).toBe('guide.html#backend-engineer--go');
  });

  it('keeps the top few, and is empty for no postings', () => {
    expect(missingSkillStats([entry('a', 1, [miss('a'), miss('b'), miss('c')])], 2)).toHaveLength(2);
    expect(missingSkillStats([])).toEqual([]);
  });
});

describe('history entries', () => {
  it('are made from a real report, with the guide links the report gives', () => {
    const engine = bundled();
    const posting = postingFromText('Acme | Infrastructure Engineer | Remote\n\nRequirements:\n- Terraform and Kubernetes\n- Go\n', 'https://jobs.example.com/1');
    const report = toTabReport(analyze(engine, posting, analyzeResume(engine, 'cv', 'Terraform')), 'k1', 'cv');
    const e = historyEntryFrom(report, 123);
    expect(HistoryEntry.safeParse(e).success).toBe(true);
    expect(e).toMatchObject({ jobKey: 'k1', url: 'https://jobs.example.com/1', score: report.score, viewedAt: 123 });
    expect(e.missing.map((m) => m.id)).toEqual(report.missing.map((m) => m.id));
    expect(e.missing.find((m) => m.id === 'go')?.guide).toMatch(/^guide\.html#[a-z0-9-]+$/);
  });

  it('refuse a guide link that is not the guide page', () => {
    for (const guide of ['javascript:alert(1)', 'https://evil.test/guide.html#x', 'guide.html#"><script>'])
      expect(HistoryEntry.safeParse(entry('a', 1, [miss('go', 'required', guide)])).success, guide).toBe(false);
  });

  it('sort newest first', () => {
    expect(sortHistory([entry('a', 1, []), entry('b', 3, []), entry('c', 2, [])]).map((e) => e.jobKey)).toEqual(['b', 'c', 'a']);
  });
});

describe('safeHttpUrl', () => {
  it('lets only http(s) links through', () => {
    expect(safeHttpUrl('https://boards.greenhouse.io/x/jobs/1')).toBe('https://boards.greenhouse.io/x/jobs/1');
    expect(safeHttpUrl('http://example.com')).toBe('http://example.com/');
    for (const bad of ['javascript:alert(1)', 'JaVaScRiPt:alert(1)', 'data:text/html,x', 'not a url', '', 'chrome://settings'])
      expect(safeHttpUrl(bad), bad).toBeNull();
  });
});

/** A minimal RFC 4180 reader, to check the writer round-trips. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') row.push(field), (field = '');
    else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += c;
  }
  return rows;
}

describe('CSV', () => {
  it('quotes fields with commas, quotes and line breaks, and only those', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('Acme, Inc.')).toBe('"Acme, Inc."');
    expect(csvField('The "best" job')).toBe('"The ""best"" job"');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField('cr\rhere')).toBe('"cr\rhere"');
    expect(csvField(72)).toBe('72');
    expect(csvField(null)).toBe('');
    expect(csvField('')).toBe('');
  });

  it('defuses text a spreadsheet would run as a formula', () => {
    expect(csvField('=HYPERLINK("http://evil.test","x")')).toBe(`"'=HYPERLINK(""http://evil.test"",""x"")"`);
    expect(csvField('+1')).toBe("'+1");
    expect(csvField('-2')).toBe("'-2");
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)");
  });

  it('writes a header and one row per posting, newest first, that read back as written', () => {
    const entries = [
      entry('old', Date.UTC(2026, 0, 2, 9), [miss('go'), miss('istio', 'preferred')], { title: 'SRE, "Platform"\nteam', company: 'Acme, Inc.' }),
      entry('new', Date.UTC(2026, 0, 3, 9), [], { score: null, title: 'Backend Engineer', company: 'Blue' }),
    ];
    const csv = historyToCsv(entries);
    expect(csv.endsWith('\r\n')).toBe(true);
    const rows = parseCsv(csv);
    expect(rows[0]).toEqual(['Date', 'Title', 'Company', 'Site', 'Score', 'URL', 'Missing skills', 'Missing required skills']);
    expect(rows.slice(1)).toEqual([
      ['2026-01-03T09:00:00.000Z', 'Backend Engineer', 'Blue', 'lever', '', 'https://jobs.example.com/new', '', ''],
      ['2026-01-02T09:00:00.000Z', 'SRE, "Platform"\nteam', 'Acme, Inc.', 'lever', '60', 'https://jobs.example.com/old', 'GO; ISTIO', 'GO'],
    ]);
  });

  it('is just the header for no history', () => {
    expect(historyToCsv([])).toBe('Date,Title,Company,Site,Score,URL,Missing skills,Missing required skills\r\n');
  });
});
