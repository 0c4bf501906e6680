import { readFileSync } from 'node:fs';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { createService } from '@/lib/background/service';
import { openDb } from '@/lib/db';
import { postingFromText } from '@/lib/posting/text';
import type { TabReport } from '@/lib/report';
import { bundled } from '@/lib/skills/taxonomy';
import { ROOT, quietHost } from '../helpers';

const resume = readFileSync(`${ROOT}lib/cli/samples/resume.txt`, 'utf8');
const posting = postingFromText(readFileSync(`${ROOT}lib/cli/samples/posting.txt`, 'utf8'));

describe('what a content script can learn', () => {
  it('gets the match for its posting, never the resume text', async () => {
    const db = openDb('boundaries', new IDBFactory(), IDBKeyRange);
    const s = createService(db, bundled, quietHost({ newId: () => 'r1', now: () => 1 }));
    await s.handle({ type: 'resume.save', name: 'cv.txt', kind: 'text', text: resume, size: resume.length }, {});
    const reply = await s.handle({ type: 'analyze', jobKey: 'k', posting }, { tabId: 1 });
    expect(reply.ok).toBe(true);
    const report = (reply as { value: TabReport }).value;
    const json = JSON.stringify(report);
    // The report quotes single resume lines as evidence, never the resume itself.
    expect(json).not.toContain(resume.slice(0, 200));
    expect(json).not.toContain('sam.rivera@example.org'); // contact details stay home
    // Every resume line it quotes is the evidence of a skill the posting asks for and the resume shows.
    const evidence = new Set(report.matched.map((m) => m.evidence));
    for (const line of resume.split('\n').map((l) => l.replace(/^[-•]\s*/, '').trim()).filter((l) => l.length > 30)) {
      if (json.includes(line)) expect(evidence, line).toContain(line);
    }
    expect(Object.keys(report).sort()).toEqual([
      'alternatives', 'basis', 'bestResumeId', 'explanation', 'facts', 'jobKey', 'matched', 'missing', 'posting', 'requirements',
      'resumeId', 'resumeName', 'resumes', 'role', 'score', 'skills', 'summary', 'wording',
    ]);
    // "Say it their way" names only skills and the words both texts use for them, never more of the resume.
    for (const t of report.wording ?? []) expect(Object.keys(t).sort()).toEqual(['id', 'name', 'posting', 'resume']);
    // Of the saved resumes, only their ids, names and scores for this posting.
    expect(report.resumes).toEqual([{ id: 'r1', name: 'cv.txt', score: report.score }]);
    // A requirement's verdict quotes the same single lines (checked above), and the profile only as figures.
    expect(report.requirements.length).toBeGreaterThan(0);
    expect(json).not.toContain('"profile"');
    // Resume-management requests that would expose text answer only to extension pages, and carry no tab.
    for (const type of ['data.export', 'taxonomy.skills', 'history.clear', 'data.deleteAll']) {
      expect(await s.handle({ type }, { tabId: 1, contentScript: true })).toEqual({ ok: false, error: 'not available to web pages' });
    }
    expect(await s.handle({ type: 'resume.delete', id: 'r1' }, { tabId: 1, contentScript: true })).toEqual({ ok: false, error: 'not available to web pages' });
    // Our own pages may, even when they run in a tab.
    expect((await s.handle({ type: 'data.export' }, { tabId: 1, contentScript: false })).ok).toBe(true);
  });
});

describe('a new taxonomy', () => {
  it('reads saved resumes again, once, and corrections follow renamed ids', async () => {
    const { saveResume, listResumes, openDb: open } = await import('@/lib/db');
    const db = open('refresh', new IDBFactory(), IDBKeyRange);
    await saveResume(db, {
      id: 'r1', name: 'cv.txt', kind: 'text', text: 'Terraform, Kubernetes and Go', size: 1,
      skills: [{ id: 'terraform', name: 'Terraform', category: 'iac' }], // found by an older taxonomy
      corrections: { added: [{ id: 'old-golang', name: 'Golang', category: 'language' }], removed: ['old-k8s'] },
      warning: null, createdAt: 1, updatedAt: 1,
    });
    const base = bundled();
    const engine = () => ({ ...base, taxonomy: { ...base.taxonomy, renamed: { 'old-golang': 'go', 'old-k8s': 'kubernetes' } } });
    const s = createService(db, engine, quietHost());
    expect(await s.refreshStored()).toBe(1);
    const [r] = await listResumes(db);
    expect(r!.skills.map((x) => x.id).sort()).toEqual(['go', 'kubernetes', 'terraform']);
    expect(r!.corrections).toEqual({ added: [{ id: 'go', name: 'Go', category: 'language' }], removed: ['kubernetes'] });
    expect(await s.refreshStored()).toBe(0); // once per taxonomy version
  });
});
