/** What a posting states about the job as a whole (DESIGN.md, "What the posting requires"). */
export type WorkMode = 'remote' | 'hybrid' | 'onsite';
export type DegreeLevel = 'associate' | 'bachelor' | 'master' | 'phd';
export type SalaryPeriod = 'hour' | 'day' | 'week' | 'month' | 'year';

export interface Salary {
  /** Null when only an upper bound is given ("up to $150k"). */
  min: number | null;
  /** Null when only a lower bound is given ("from €60,000"). */
  max: number | null;
  /** ISO 4217 code: USD, CAD, EUR, GBP, … */
  currency: string;
  period: SalaryPeriod;
  /** Set when the posting prices several openings apart: how many; the range is then one opening's (lib/requirements/facts.ts). */
  openings?: number;
  /** Set when the posting prices several openings apart and its title names none of them: the range spans them all, over this many. */
  across?: number;
}

export interface Degree {
  level: DegreeLevel;
  /** False when it is only preferred ("a plus", "ideally", under "Nice to have"). */
  required: boolean;
  /** The fields as written ("Computer Science", "Mathematics"); "related field" is left out. */
  fields: string[];
  /** "or equivalent experience" and the like. */
  equivalentExperience: boolean;
  /** Set when the degree and the years the same sentence asks are alternatives ("3+ years, or a PhD"): either will do. */
  orYears?: true;
}

export interface YearsRange {
  min: number;
  max: number | null;
}

export interface PostingFacts {
  /** Years of experience asked overall (never a company's age or a team's combined years), or null. */
  yearsMin: number | null;
  workMode: WorkMode | null;
  salary: Salary | null;
  /** True: sponsors; false: does not, or asks for existing authorisation; null: not said. */
  sponsorship: boolean | null;
  /** The clearance's name ("TS/SCI", "Secret", "security clearance") when one is required, else null. */
  clearance: string | null;
  degree: Degree | null;
}

export type RequirementKind = 'skills' | 'years' | 'degree' | 'clearance' | 'authorization' | 'language' | 'other';

export interface RequirementItem {
  text: string;
  importance: 'required' | 'preferred';
  kind: RequirementKind;
  /** AND of OR: every group is needed, any one skill id of a group meets it. */
  groups: string[][];
  /**
   * How many skills of each group are needed, beside `groups` (same order), when some group needs more than one: "at
   * least two of Go, Rust and C++" is `groups: [["go","rust","cpp"]], atLeast: [2]`. Absent when each group needs one.
   */
  atLeast?: number[];
  /** Years asked: overall when `groups` is empty, else of the groups' skills. */
  years: YearsRange | null;
  degree: Degree | null;
  /** Where `text` sits in the description (section offset + position in the section). */
  start: number;
  end: number;
}

/** A skill mention, as lib/skills/matcher's findSkills returns it. */
export interface SkillSpan {
  skillId: string;
  start: number;
  end: number;
}

export type FindSkills = (text: string) => ReadonlyArray<SkillSpan>;
