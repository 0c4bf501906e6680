import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { GuideError, guideSections, parseGuideArgs, runGuide } from '@/lib/cli/guide';
import { ROOT } from '../helpers';

const sections = guideSections();

describe('--guide on the command line', () => {
  it('prints one section with the contract keys, and demand from the market figures', () => {
    const [line] = runGuide(parseGuideArgs(['--guide', 'skill-kubernetes', '--json']), sections);
    const s = JSON.parse(line!) as Record<string, unknown>;
    expect(Object.keys(s)).toEqual(['anchor', 'role', 'skill', 'what', 'why', 'market', 'show', 'learn', 'demand']);
    expect(s.anchor).toBe('skill-kubernetes');
    expect(s.role).toBeNull();
    expect((s.demand as { source: { corpus: string } }).source.corpus).toBe('corpus/hn-2026.jsonl');
  });

  it('takes the link as the sidebar gives it (guide.html#…), and a role section names its role', () => {
    const [line] = runGuide(parseGuideArgs(['--guide', 'guide.html#backend-engineer--kafka', '--json']), sections);
    expect(JSON.parse(line!).role).toEqual({ id: 'backend-engineer', title: 'Backend Engineer' });
  });

  it('prints every section, one JSON object a line, each anchor once', () => {
    const lines = runGuide(parseGuideArgs(['--guide', '--json']), sections);
    expect(lines.length).toBe(sections.length);
    const anchors = lines.map((l) => (JSON.parse(l) as { anchor: string }).anchor);
    expect(new Set(anchors).size).toBe(anchors.length);
  });

  it('refuses an anchor that names no section, and other arguments', () => {
    expect(() => runGuide(parseGuideArgs(['--guide', 'no-such', '--json']), sections)).toThrow(GuideError);
    expect(() => parseGuideArgs(['--guide', 'x', '--text', 'f'])).toThrow(/--guide takes/);
  });

  it('runs through npm run analyze: one line of JSON, nothing else', { timeout: 60_000 }, () => {
    const out = execFileSync('npx', ['tsx', 'lib/cli/analyze.ts', '--guide', 'skill-python', '--json'], { cwd: ROOT, encoding: 'utf8' });
    expect(out.trim().split('\n')).toHaveLength(1);
    expect(JSON.parse(out).skill.id).toBe('python');
  });
});
