import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers';
import { carefulPair, read } from './readers';

// The session 41 infrastructure batch (s41a, careful-reader-21 reads its facts and rows): the verdicts per row, the
// resumes' total years, the score's range, the best fit a reader gives the score, and, where a posting has two resumes,
// which fits it better; all decided by hand before Fitmark read them (test/fixtures/text/careful/s41a-decided.json,
// committed first in 5e1e42d). A decided row is found by a piece of its text. Resumes: dates "03/2019 – present",
// "2017 - 2019", "Summer 2016", overlapping roles, a career break, degrees in progress, skills only in a skills section.
// First read: verdicts 73/99, totals 12/14, scores in range 6/14, best fits 8/14, the better resume 2/2.
// Mended by class (test/unit/asks-s41a, with counter-examples): the LinkedIn blob's bullets (its rows were one preferred
// row); "build/release" and "Build & Release Engineer" are release engineering; "10+ years overall … with 5+ years on AWS"
// judges each count by its own; years "as a systems or cloud engineer" count the roles so titled; "6+ years of
// infrastructure work, be comfortable in Linux" binds the years to the infrastructure roles; "BFSI" is banks and insurers;
// a lower degree outside the technical fields asked is unmet; a bilingual resume heading ("Ausbildung / Education").
// One decided total changed: anyof's second resume, 6.9 -> 6.25, my arithmetic slip ("2020 - 2023" runs January to
// January, then a gap to 09/2023).
// Final read: verdicts 82/99, totals 14/14, scores in range 11/14, best fits 12/14, the better resume 2/2.
// Still read otherwise (not asserted): "You write clearly: incident write-ups, design docs, Slack updates" read as system
// design and Slack, unmet (so greenhouse scores 71, good, where a reader says strong); a skill only in the skills section
// meets "Strong hands-on AWS" (decided partial); "Nice if you have: experience with OpenStack, a CKA certificate" one row,
// partial (decided two); Linux years not seen in on-prem Kubernetes work (german, partial); "We do not sponsor visas; you'll
// be employed through our EOR in your country" unknown for a candidate in Colombia (decided met); a soft ask ("treating
// internal engineers as customers"), "game backends or other spiky consumer workloads" and "near hardware or robotics"
// cannot tell; "Azure Solutions Architect Expert" against an Azure Administrator Associate unmet (decided partial); "Redis
// Cluster" met by Redis Sentinel; "Dutch or a Scandinavian language" against Norwegian A2 unmet (decided partial); the two
// weaker second resumes score a few points above the decided range (44 and 38); "Linux systems fundamentals: filesystems,
// memory, networking" asks storage and networking beside Linux (partial, decided met); Python from coursework meets "Go or
// Python … at a professional level" (decided partial); a cloud-only resume partly meets "run stateful systems on their own
// hardware" through Go (decided unmet).
type Run = { verdicts: [string, string][]; total: number; score: [number, number]; fit: string };
const decided = JSON.parse(readFileSync(`${ROOT}test/fixtures/text/careful/s41a-decided.json`, 'utf8')) as Record<string, Run & { second?: Run & { resume: string }; best?: string }>;
/** The best fit a reader would give a score: strong from 80, good from 60, fair from 40, else weak. */
const fitOf = (score: number) => (score >= 80 ? 'strong' : score >= 60 ? 'good' : score >= 40 ? 'fair' : 'weak');

/** Verdicts, totals, scores and fits as decided, over every resume of every pair. */
function agreement() {
  const c = { verdicts: 0, verdictsOf: 0, totals: 0, inRange: 0, fits: 0, runs: 0, better: 0, betterOf: 0 };
  const misses: string[] = [];
  for (const [name, d] of Object.entries(decided)) {
    const runs: [string, Run][] = [['resume', d]];
    if (d.second) runs.push([d.second.resume, d.second]);
    const scores = new Map<string, number>();
    for (const [resumeName, want] of runs) {
      const { a, resume, m } = carefulPair('s41a', name, read(`s41a-${name}-${resumeName}`));
      for (const [key, verdict] of want.verdicts) {
        c.verdictsOf++;
        const i = a.requirements.findIndex((r) => r.text.toLowerCase().includes(key.toLowerCase()));
        const got = i < 0 ? 'no row' : m.requirements![i]!.verdict;
        if (got === verdict) c.verdicts++;
        else misses.push(`${name}/${resumeName} "${key}": ${got}`);
      }
      c.runs++;
      const total = resume.profile?.totalYears ?? null;
      if (total !== null && Math.abs(total - want.total) < 0.5) c.totals++;
      else misses.push(`${name}/${resumeName} total ${total}`);
      const score = m.score;
      if (score !== null) scores.set(resumeName, score);
      if (score !== null && score >= want.score[0] && score <= want.score[1]) c.inRange++;
      else misses.push(`${name}/${resumeName} score ${score}`);
      if (score !== null && fitOf(score) === want.fit) c.fits++;
    }
    if (d.best) {
      c.betterOf++;
      const other = runs.map(([r]) => r).find((r) => r !== d.best)!;
      if ((scores.get(d.best) ?? -1) > (scores.get(other) ?? -1)) c.better++;
      else misses.push(`${name} better: ${JSON.stringify([...scores])}`);
    }
  }
  return { ...c, misses };
}

describe('the session 41 infrastructure batch: verdicts, totals and scores', () => {
  it('as decided: how many Fitmark reads so', () => {
    const got = agreement();
    expect([got.verdictsOf, got.runs, got.betterOf]).toEqual([99, 14, 2]);
    expect(got.verdicts).toBeGreaterThanOrEqual(82);
    expect(got.totals).toBeGreaterThanOrEqual(14);
    expect(got.inRange).toBeGreaterThanOrEqual(11);
    expect(got.fits).toBeGreaterThanOrEqual(12);
    expect(got.better).toBe(2);
  });
});
