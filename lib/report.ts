import type { Analysis } from './analyze';
import { isSoft, type Importance, type MatchedSkill, type MissingSkill, type RoleRef } from './match/types';

/** What the sidebar and the popup show for one tab. Holds no resume text beyond the evidence lines. */
export interface TabReport {
  jobKey: string;
  posting: { site: string; title: string; company: string; location: string; url: string };
  role: RoleRef | null;
  /** Null until a resume is saved. */
  resumeName: string | null;
  score: number | null;
  explanation: string;
  matched: MatchedSkill[];
  missing: MissingSkill[];
  /** Every skill the posting asks for, for highlights: offsets into the description. */
  skills: Array<{ id: string; name: string; importance: Importance; mentions: Array<{ start: number; end: number }> }>;
}

export function toTabReport(a: Analysis, jobKey: string, resumeName: string | null): TabReport {
  return {
    jobKey,
    posting: {
      site: a.posting.site,
      title: a.posting.title,
      company: a.posting.company,
      location: a.posting.location,
      url: a.posting.url,
    },
    role: a.role,
    resumeName,
    score: a.match?.score ?? null,
    explanation: a.match?.explanation ?? '',
    matched: a.match?.matched ?? [],
    missing: a.match?.missing ?? [],
    skills: a.skills.map((s) => ({
      id: s.id,
      name: s.name,
      importance: s.importance,
      mentions: s.mentions.map((m) => ({ start: m.start, end: m.end })),
    })),
  };
}

export type ScoreBand = 'high' | 'mid' | 'low';

/** The one home of the score bands: high from 70, mid from 40, low below (badge, sidebar, history). */
export function scoreBand(score: number): ScoreBand {
  return score >= 70 ? 'high' : score >= 40 ? 'mid' : 'low';
}

const BAND_COLOR: Record<ScoreBand, string> = { high: '#15803d', mid: '#b45309', low: '#b91c1c' };

/** Badge colour by band: green, amber, red. */
export function badgeFor(score: number | null): { text: string; color: string } {
  if (score === null) return { text: '', color: '#6b7280' };
  return { text: String(score), color: BAND_COLOR[scoreBand(score)] };
}


/** A report's skills as the sidebar shows them: technical ones matched and missing, soft ones apart. */
export function splitSoft(report: Pick<TabReport, 'matched' | 'missing'>) {
  return {
    matched: report.matched.filter((m) => !isSoft(m)),
    missing: report.missing.filter((m) => !isSoft(m)),
    soft: [
      ...report.matched.filter(isSoft).map((m) => ({ id: m.id, name: m.name, shown: true })),
      ...report.missing.filter(isSoft).map((m) => ({ id: m.id, name: m.name, shown: false })),
    ],
  };
}
