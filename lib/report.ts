import type { Analysis } from './analyze';
import type { Importance, MatchedSkill, MissingSkill, RoleRef } from './match/types';

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

/** Badge colour by band: green from 70, amber from 40, red below. */
export function badgeFor(score: number | null): { text: string; color: string } {
  if (score === null) return { text: '', color: '#6b7280' };
  return { text: String(score), color: score >= 70 ? '#15803d' : score >= 40 ? '#b45309' : '#b91c1c' };
}
