/**
 * "Say it their way": for each skill the resume and the posting share, where
 * the posting writes it differently ("PostgreSQL" against the resume's
 * "Postgres", "Kubernetes" against "k8s"), the posting's wording. Many
 * applicant tracking systems search resumes for the words a recruiter types,
 * and recruiters type the posting's words.
 *
 * Pure: takes the skills with their mentions (as lib/analyze gives them) and
 * returns plain data. Only direct mentions count: a skill the resume shows
 * through another (EKS shows Kubernetes) is not named there at all, and
 * belongs to the missing-words advice, not to this.
 */

export interface Named {
  id: string;
  name: string;
  mentions: ReadonlyArray<{ text: string }>;
}

export interface WordingTip {
  id: string;
  name: string;
  /** The posting's form, as it writes it most often (first seen on a tie). */
  posting: string;
  /** The resume's forms, as it writes them, most used first. */
  resume: string[];
}

/** Case, spacing and a plural "s" do not change what a search finds. */
function key(form: string): string {
  return form.toLowerCase().replace(/\s+/g, ' ').trim().replace(/(?<=[a-z]{3})s$/, '');
}

/** Surface forms by how often they occur, the first seen winning a tie. */
function forms(mentions: ReadonlyArray<{ text: string }>): string[] {
  const count = new Map<string, { form: string; n: number; first: number }>();
  mentions.forEach((m, i) => {
    const k = key(m.text);
    const c = count.get(k);
    if (c) c.n++;
    else count.set(k, { form: m.text.replace(/\s+/g, ' ').trim(), n: 1, first: i });
  });
  return [...count.values()].sort((a, b) => b.n - a.n || a.first - b.first).map((c) => c.form);
}

/** One tip per shared skill whose posting form the resume never uses, in the posting's order. */
export function wordingTips(posting: readonly Named[], resume: readonly Named[]): WordingTip[] {
  const mine = new Map(resume.map((s) => [s.id, s]));
  const tips: WordingTip[] = [];
  for (const p of posting) {
    const r = mine.get(p.id);
    if (!r || r.mentions.length === 0 || p.mentions.length === 0) continue;
    const theirs = forms(p.mentions)[0]!;
    const ours = forms(r.mentions);
    if (ours.some((f) => key(f) === key(theirs))) continue;
    tips.push({ id: p.id, name: p.name, posting: theirs, resume: ours });
  }
  return tips;
}
