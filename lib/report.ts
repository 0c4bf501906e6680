import type { Analysis } from './analyze';
import type { Verdict } from './match/requirements';
import type { WordingTip } from './match/wording';
import type { PostingFacts, RequirementKind } from './requirements/types';
import { INDUSTRY_WORDS } from './requirements/industries';
import { isTerm, termText } from './requirements/terms';
import { isSoft, type AlternativeSkill, type Importance, type MatchedSkill, type MissingSkill, type RoleRef, type SkillName } from './match/types';

/**
 * What the sidebar and the popup show for one tab. Holds no resume text beyond the evidence lines.
 * The fields marked optional came with the requirements model; a report without them reads as "none".
 */
export interface TabReport {
  jobKey: string;
  posting: { site: string; title: string; company: string; location: string; url: string };
  role: RoleRef | null;
  /** Null until a resume is saved. */
  resumeName: string | null;
  /** The resume this report is made with: the active one, or the one the user chose for this posting. */
  resumeId?: string | null;
  /** Every saved resume with its score for this posting (several only when the user keeps several), and the best fit. */
  resumes?: ResumeFit[];
  bestResumeId?: string | null;
  score: number | null;
  /** What the score is made of (null without a resume). */
  basis?: 'requirements' | 'skills' | null;
  /** The figures behind the score in a few words, for the popup. */
  summary?: string;
  explanation: string;
  matched: MatchedSkill[];
  missing: MissingSkill[];
  /** Skills named only as choices of a group the resume meets otherwise ("Go" in "Python or Go"). */
  alternatives?: AlternativeSkill[];
  /** What the posting states about the job (years, work mode, pay, sponsorship, clearance, degree). */
  facts: PostingFacts;
  /** What the posting asks, item by item, with the verdict against the resume (null until a resume is saved). */
  requirements: TabRequirement[];
  /** Shared skills the posting words differently from the resume: the posting's word, the resume's (shown only inside the sidebar). */
  wording?: WordingTip[];
  /** Every skill the posting asks for, for highlights: offsets into the description. */
  skills: Array<{ id: string; name: string; importance: Importance; mentions: Array<{ start: number; end: number }> }>;
}

export interface TabRequirement {
  text: string;
  importance: 'required' | 'preferred';
  kind: RequirementKind;
  verdict: Verdict | null;
  evidence: string | null;
  /** Its skill groups: the skill that meets each (null when none does) and the group's other choices, shown as "or". */
  groups?: Array<{ met: SkillName | null; options: SkillName[] }>;
}

/** A saved resume's fit for the posting: its name and score, nothing of its text. */
export interface ResumeFit {
  id: string;
  name: string;
  score: number | null;
}

export interface TabReportOptions {
  /** A skill id's display name (the taxonomy's); the posting's skills name theirs by default. */
  name?(id: string): string;
  resumeId?: string | null;
  resumes?: ResumeFit[];
}

/**
 * The best fit among the saved resumes: the highest score; on a tie, the one
 * in use (`current`), else the first listed, so a tie never suggests a switch.
 * Null with fewer than two resumes, or when none has a score.
 */
export function bestResume(fits: readonly ResumeFit[], current: string | null = null): ResumeFit | null {
  if (fits.length < 2) return null;
  let best: ResumeFit | null = null;
  for (const f of fits) {
    if (f.score === null) continue;
    if (best === null || f.score > best.score! || (f.score === best.score && f.id === current)) best = f;
  }
  return best;
}

export function toTabReport(a: Analysis, jobKey: string, resumeName: string | null, o: TabReportOptions = {}): TabReport {
  const known = new Map(a.skills.map((s) => [s.id, s.name]));
  const name = o.name ?? ((id: string) => known.get(id) ?? termText(id));
  const ref = (id: string): SkillName => ({ id, name: name(id) });
  const resumes = o.resumes ?? [];
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
    resumeId: o.resumeId ?? null,
    resumes,
    bestResumeId: bestResume(resumes, o.resumeId ?? null)?.id ?? null,
    score: a.match?.score ?? null,
    basis: a.match?.basis ?? null,
    summary: a.match?.summary ?? '',
    explanation: a.match?.explanation ?? '',
    matched: a.match?.matched ?? [],
    missing: a.match?.missing ?? [],
    alternatives: a.match?.alternatives ?? [],
    facts: a.facts,
    wording: a.match?.wording ?? [],
    requirements: a.requirements.map((r, i) => {
      const v = a.match?.requirements?.[i];
      const groups = v ? v.groups.map((g) => ({ met: g.met === null ? null : ref(g.met), options: onceEach(g.options, g.met).map(ref) })) : r.groups.map((g) => ({ met: null, options: onceEach(g, null).map(ref) }));
      return { text: r.text, importance: r.importance, kind: r.kind, verdict: v?.verdict ?? null, evidence: v?.evidence ?? null, groups };
    }),
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

/** The facts as short phrases for one line ("Remote · $150K–$190K a year · No visa sponsorship · 5+ years"). */
export function factsLine(f: PostingFacts | undefined): string[] {
  if (!f) return [];
  const out: string[] = [];
  if (f.workMode) out.push(f.workMode === 'onsite' ? 'On-site' : f.workMode === 'hybrid' ? 'Hybrid' : 'Remote');
  if (f.salary) {
    let money: Intl.NumberFormat | null = null;
    try {
      money = new Intl.NumberFormat('en-US', { style: 'currency', currency: f.salary.currency, notation: 'compact', minimumFractionDigits: 0, maximumFractionDigits: 1 });
    } catch {
      money = null; // an unknown currency code: shown as written
    }
    const fmt = (n: number) => (money ? money.format(n) : `${n.toLocaleString('en-US')} ${f.salary!.currency}`);
    const { min, max, period } = f.salary;
    const range = min !== null && max !== null && min !== max ? `${fmt(min)}–${fmt(max)}` : min !== null ? `${max === null ? 'from ' : ''}${fmt(min)}` : max !== null ? `up to ${fmt(max)}` : '';
    // ("$150K–$190K a year (one of 2 roles)": one opening's pay, when the posting prices its openings apart.)
    if (range) out.push(`${range} a${period === 'hour' ? 'n' : ''} ${period}${f.salary.openings ? ` (one of ${f.salary.openings} roles)` : f.salary.across ? ` (across ${f.salary.across} roles)` : ''}`);
  }
  if (f.sponsorship === true) out.push('Visa sponsorship');
  if (f.sponsorship === false) out.push('No visa sponsorship');
  const level = f.degree ? { associate: 'Associate', bachelor: 'Bachelor’s', master: 'Master’s', phd: 'PhD' }[f.degree.level] : '';
  const degree = f.degree ? `${level}${f.degree.level === 'phd' ? '' : ' degree'}` : '';
  // "3+ years, or a PhD": one phrase, the two alternatives side by side.
  if (f.yearsMin !== null && f.degree?.orYears) out.push(`${f.yearsMin}+ years or ${f.degree.level === 'associate' ? 'an' : 'a'} ${degree}`);
  else {
    if (f.yearsMin !== null) out.push(`${f.yearsMin}+ years`);
    if (f.degree) out.push(`${degree}${f.degree.required ? '' : ' preferred'}${f.degree.equivalentExperience ? ' or equivalent' : ''}`);
  }
  if (f.clearance) out.push(`Clearance: ${f.clearance}`);
  return out;
}

/**
 * A pick's options with each industry once: "healthcare" in words and Health technology, the taxonomy's industry those
 * words name, are one option ("Experience in fintech, healthcare, or insurance"). The one met stays; else the
 * taxonomy's.
 */
function onceEach(options: readonly string[], met: string | null): string[] {
  const industryOf = (id: string) => (isTerm(id) ? INDUSTRY_WORDS.find((i) => i.inTaxonomy && i.words.test(termText(id)))?.id : INDUSTRY_WORDS.find((i) => i.id === id)?.id);
  return options.filter((id) => {
    const industry = industryOf(id);
    if (industry === undefined) return true;
    // (The one met names it: it is no other option.)
    if (met !== null && industryOf(met) === industry) return false;
    // (Two options name it: the taxonomy's stays.)
    return !isTerm(id) || !options.some((o) => o !== id && industryOf(o) === industry);
  });
}
