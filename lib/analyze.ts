import { compare, coverage, type PostingSkillInput, type ResumeSkillInput } from './match/compare';
import { exampleGroups, matchRequirements, skillChoices, type RequirementVerdict } from './match/requirements';
import { isDomain } from './match/domains';
import { scoreRequirements } from './match/score';
import { judgeOpenings, openingOf, openingsOf } from './match/openings';
import { wordingTips } from './match/wording';
import { sentenceAround } from './match/evidence';
import { detectRole, roleAnchor } from './match/role';
import { isSoft, RARELY_NAMED, type FoundSkill, type Importance, type MatchReport, type Mention, type RoleRef } from './match/types';
import type { Posting, PostingSection, SectionKind } from './posting/types';
import { postingFacts } from './requirements/facts';
import { dutyLeavesChoice, requirementItems } from './requirements/items';
import { isTerm, nameOf, termPattern, termsShown } from './requirements/terms';
import type { FindSkills, PostingFacts, RequirementItem } from './requirements/types';
import { resumeProfile, writtenIn, type Profile } from './resume/profile';
import { lapsedOn } from './resume/dates';
import { titleFields } from './resume/title-fields';
import { resumeSections, resumeWarning, type ResumeSection } from './resume/sections';
import { firstChars, shortLines, withShortLines } from './posting/short-lines';
import { waivedHeading } from './posting/sections';
import { askedInPosting } from './skills/context';
import { findSkills, type Matcher, type SkillHit } from './skills/matcher';
import type { Taxonomy } from './skills/taxonomy';

/** Where a mention sits decides how much the posting asks for it. About-us and benefits ask nothing. */
const IMPORTANCE: Record<SectionKind, Importance | null> = {
  requirements: 'required',
  responsibilities: 'required',
  preferred: 'preferred',
  other: 'mentioned',
  about: null,
  benefits: null,
};
const RANK: Record<Importance, number> = { required: 0, preferred: 1, mentioned: 2 };

export interface Engine {
  taxonomy: Taxonomy;
  matcher: Matcher;
}

export interface PostingSkill extends FoundSkill {
  importance: Importance;
  evidence: string;
}

export interface ResumeAnalysis {
  name: string;
  text: string;
  sections: ResumeSection[];
  skills: Array<FoundSkill & { evidence: string }>;
  /** Set when the text does not read like a resume (a cover letter, say). */
  warning: string | null;
  /** Dated roles, years in all and per skill, degrees (lib/resume/profile.ts). */
  profile?: Profile;
}

export interface Analysis {
  posting: Posting;
  role: RoleRef | null;
  skills: PostingSkill[];
  /** What the posting states about the job: years, work mode, pay, sponsorship, clearance, degree. */
  facts: PostingFacts;
  /** Each bullet or sentence the posting asks of the candidate, with its skill groups (AND of OR). */
  requirements: RequirementItem[];
  match?: MatchReport;
  resume?: ResumeAnalysis;
}

/**
 * The most skill mentions of one posting whose context is read (the corpus's most mentioned posting has 68). Each costs
 * its sentence's rules; a page of 30,000 tags would hold the worker for seconds more, and the skills it names past these
 * are named in its first ones already, or are no posting's.
 */
const MOST_MENTIONS = 2000;

/** Skills a posting asks for, each with its weight and the sentence that asks. Mentions are offsets into the description. */
export function postingSkills(engine: Engine, posting: Posting): PostingSkill[] {
  const found = new Map<string, PostingSkill>();
  const hits = sectionHits(engine, posting);
  let budget = MOST_MENTIONS;
  posting.sections.forEach((section, index) => {
    const importance = IMPORTANCE[section.kind];
    const read = hits[index]!.slice(0, Math.max(0, budget));
    budget -= read.length;
    for (const hit of askedInPosting(posting, section.text, read)) {
      const skill = engine.taxonomy.byId.get(hit.skillId);
      if (!skill) continue;
      const mention: Mention = {
        start: section.offset + hit.start,
        end: section.offset + hit.end,
        text: hit.text,
        section: index,
      };
      const cur = found.get(skill.id);
      if (!cur) {
        if (importance === null) continue; // named only as company context: not asked of the candidate
        found.set(skill.id, {
          id: skill.id,
          name: skill.name,
          category: skill.category,
          importance,
          mentions: [mention],
          evidence: sentenceAround(section.text, hit.start, hit.end),
        });
        continue;
      }
      cur.mentions.push(mention);
      if (importance !== null && RANK[importance] < RANK[cur.importance]) {
        cur.importance = importance;
        cur.evidence = sentenceAround(section.text, hit.start, hit.end);
      }
    }
  });
  // "Our code is Elixir and TypeScript; you don't need to know Elixir": a skill the candidate is told they need not know
  // is no gap, wherever else the posting names it.
  // (Read only in parts that say something is not needed at all: most say nothing of the kind, and a posting names hundreds of skills.)
  const saysNotNeeded = posting.sections.map((s) => NOT_NEEDED_WORD.test(s.text) || waivedHeading(s.heading));
  for (const [id, skill] of found) if (skill.mentions.some((m) => m.section !== undefined && saysNotNeeded[m.section] && toldNotNeeded(posting.sections[m.section]!, m))) found.delete(id);
  // (s50) A skill named only in duties that leave the choice to the work ("Automate it with Okta Workflows or code (Python,
  // Terraform)", "in Go or Python, whichever the problem calls for"): the checklist asks none of them
  // (lib/requirements/items OPEN_CHOICE), and neither does this list.
  const dutyOnly = (m: Mention) => {
    const s = m.section === undefined ? undefined : posting.sections[m.section];
    return s !== undefined && s.kind === 'responsibilities' && dutyLeavesChoice(s.text, m.start - s.offset);
  };
  for (const [id, skill] of found) if (skill.mentions.every(dutyOnly)) found.delete(id);
  return [...found.values()].sort((a, b) => RANK[a.importance] - RANK[b.importance] || a.mentions[0]!.start - b.mentions[0]!.start);
}

/** A word every "not needed" reading below holds (a negation of some kind). */
const NOT_NEEDED_WORD = /\b(?:no|not|nobody)\b|n['\u2019]t\b/i;
/** Just before a skill: "you don't need to know ", "no need to have used ", "you needn't be an expert in ", "no prior ". */
const NOT_NEEDED_BEFORE =
  /\b(?:(?:(?:do|does)n['\u2019]t|do not|does not|won['\u2019]t|will not|needn['\u2019]t)\s+(?:need\s+)?(?:to\s+)?|no\s+need\s+to\s+)(?:know|have\s+(?:used|worked\s+with)|be\s+(?:an?\s+)?(?:expert|fluent|proficient)\s+(?:in|with)|have\s+(?:any\s+)?(?:prior\s+)?(?:experience|knowledge)\s+(?:with|in|of))\s+(?:\w+\s+){0,1}$|\bno\s+(?:prior\s+)?$/i;
/** Just after it, for "no … " before it: " experience needed", " knowledge required"; or by itself: " experience is not required". */
const NOT_NEEDED_AFTER = /^\s+(?:experience|knowledge|skills?)?\s*(?:is\s+|are\s+)?(?:not\s+)?(?:required|needed|necessary)\b/i;
const SAID_NOT_NEEDED_AFTER = /^\s+(?:experience|knowledge|skills?)?\s*(?:is|are)\s+not\s+(?:required|needed|necessary|a requirement)\b/i;
/**
 * (s51) Later in the sentence, the names waived by a pronoun: "We use Nakama and Agones, but nobody expects you to know
 * them", "… and you don't need to know either". (Not a name after the waiver: "but nobody expects you to know them; Go is a must".)
 */
const WAIVED_LATER = /^[^.;!?]{0,60}?\b(?:nobody|no\s+one|no-one)\s+(?:expects|will\s+expect)\s+you\s+to\s+(?:already\s+)?(?:know|have\s+used|use)\s+(?:them|it|either(?:\s+of\s+them)?|any\s+of\s+(?:them|these|those)|those|these)\b|^[^.;!?]{0,60}?\byou\s+(?:don['\u2019]t|do\s+not|won['\u2019]t|will\s+not)\s+need\s+to\s+(?:already\s+)?know\s+(?:them|it|either(?:\s+of\s+them)?|any\s+of\s+(?:them|these|those))\b/i;

/** Whether the sentence around a mention tells the candidate they need not know the skill (not a wish: "a plus, but not required"). */
function toldNotNeeded(section: PostingSection, m: Mention): boolean {
  // (s41) Under "You don't need:" every skill listed is waived.
  if (waivedHeading(section.heading)) return true;
  const at = m.start - section.offset;
  const before = section.text.slice(Math.max(0, at - 80), at);
  const after = section.text.slice(m.end - section.offset, m.end - section.offset + 60);
  const sentence = sentenceAround(section.text, at, m.end - section.offset);
  if (/\b(?:plus|bonus|nice|advantage|asset|helpful|preferred|ideally|welcome)\b/i.test(sentence)) return false;
  const lead = NOT_NEEDED_BEFORE.exec(before);
  if (lead) return !/^no\b/i.test(lead[0]) || NOT_NEEDED_AFTER.test(after);
  if (SAID_NOT_NEEDED_AFTER.test(after)) return true;
  if (WAIVED_LATER.test(after)) return true;
  // (The same name said again in the sentence, where the matcher set the second mention aside as not asked: "Our code is
  // Elixir and TypeScript; you don't need to know Elixir.")
  const again = sentence.indexOf(m.text, sentence.indexOf(m.text) + m.text.length);
  const told = again > 0 ? NOT_NEEDED_BEFORE.exec(sentence.slice(Math.max(0, again - 80), again)) : null;
  return told !== null && !/^no\b/i.test(told[0]);
}

/** The line of a text that holds a position. */
const lineAt = (text: string, at: number) => text.slice(text.lastIndexOf('\n', at - 1) + 1, (text.indexOf('\n', at) + 1 || text.length + 1) - 1);

/**
 * Of each skill `applies` to, only the mentions `keep` holds: the first kept one is its evidence, and a skill with none
 * left is not shown.
 */
function keepMentions(
  skills: Map<string, FoundSkill & { evidence: string }>,
  text: string,
  applies: (id: string, skill: FoundSkill) => boolean,
  keep: (m: Mention) => boolean,
): void {
  for (const [id, skill] of [...skills]) {
    if (!applies(id, skill)) continue;
    const kept = skill.mentions.filter(keep);
    if (kept.length === skill.mentions.length) continue;
    if (kept.length === 0) skills.delete(id);
    else skills.set(id, { ...skill, mentions: kept, evidence: sentenceAround(text, kept[0]!.start, kept[0]!.end) });
  }
}

/** The resume's skills, each with the line that shows it first, and its profile ("present" is `today`). */
export function analyzeResume(engine: Engine, name: string, whole: string, today: Date = new Date()): ResumeAnalysis {
  // (A file read as one line of tens of thousands of characters is read in pieces, as a posting is: see shortLines.)
  const text = shortLines(whole);
  const skills = new Map<string, FoundSkill & { evidence: string }>();
  for (const hit of findSkills(engine.matcher, text)) {
    const skill = engine.taxonomy.byId.get(hit.skillId);
    if (!skill) continue;
    const mention = { start: hit.start, end: hit.end, text: hit.text };
    const cur = skills.get(skill.id);
    if (cur) cur.mentions.push(mention);
    else
      skills.set(skill.id, {
        id: skill.id,
        name: skill.name,
        category: skill.category,
        mentions: [mention],
        evidence: sentenceAround(text, hit.start, hit.end),
      });
  }
  const sections = resumeSections(text);
  const profile = resumeProfile(text, sections, (t) => findSkills(engine.matcher, t), today, engine.matcher.implied, (id) => engine.taxonomy.byId.get(id)?.category === 'language');
  // "Infrastructure Intern, Tessellate Cloud": a word of an employer's name after its first ("Cloud", "Analytics") names the
  // company, not work the resume shows; a skill named only so is not shown.
  // (A name: two to five words, each capitalised or a joiner, never a line of work read as the company. An industry, told
  // by whom one worked for as lib/match/domains reads it, and a practice stay: "Lion City Telco", "Maple Payments".)
  const names = profile.roles.flatMap((r) => {
    const words = r.company?.trim().split(/\s+/) ?? [];
    if (words.length < 2 || words.length > 5 || !words.every((w) => /^[\p{Lu}\d&]/u.test(w) || /^(?:of|and|de|the|for)$/.test(w))) return [];
    const at = text.indexOf(r.company!, r.textStart);
    return at >= 0 && at < r.textEnd ? [{ from: at + words[0]!.length, to: at + r.company!.length }] : [];
  });
  // "AWS Certified Solutions Architect – Associate — issued May 2023, expires May 2026": a lapsed certification is not the
  // evidence while a current one is ("SysOps Administrator – Associate — valid to Feb 2028"); where every line naming it
  // has lapsed, it is not held.
  keepMentions(skills, text, (id, skill) => id.endsWith('certification') || skill.category === 'certification', (m) => !lapsedOn(lineAt(text, m.start), today));
  if (names.length)
    keepMentions(skills, text, (id, skill) => skill.category !== 'practice' && !isDomain(id), (m) => !names.some((n) => m.start >= n.from && m.end <= n.to));
  // "Python scripts that call the Jira API", "the Zoom and Slack APIs": a product's own API worked against is integration
  // with a third party, as "third-party APIs" names it. Only a product (a tool): the Kubernetes or AWS APIs are the
  // platform one builds on, not an integration.
  const integration = engine.taxonomy.byId.get('api-integration');
  if (integration && !skills.has(integration.id)) {
    for (const s of skills.values()) {
      const m = s.category === 'tool' ? s.mentions.find((x) => /^(?:'s)?\s+(?:REST\s+)?APIs?\b/.test(text.slice(x.end, x.end + 16))) : undefined;
      if (!m) continue;
      skills.set(integration.id, { id: integration.id, name: integration.name, category: integration.category, mentions: [m], evidence: sentenceAround(text, m.start, m.end) });
      break;
    }
  }
  // (s52) "PySpark jobs": a name of Python's bindings shows Python, as the profile counts it (writtenIn).
  const python = engine.taxonomy.byId.get('python');
  const binding = python && !skills.has(python.id) ? [...skills.values()].flatMap((s) => s.mentions).find((m) => writtenIn(text, { skillId: '', ...m }).length) : undefined;
  if (python && binding) skills.set(python.id, { id: python.id, name: python.name, category: python.category, mentions: [binding], evidence: sentenceAround(text, binding.start, binding.end) });
  // A dated role's title shows its field ("Backend Engineer": backend development), as the profile counts it.
  for (const role of profile.roles) {
    const at = role.title ? text.indexOf(role.title, role.textStart) : -1;
    if (at < 0 || at >= role.textEnd) continue;
    for (const id of titleFields(role.title)) {
      const skill = engine.taxonomy.byId.get(id);
      if (!skill || skills.has(id)) continue;
      const mention = { start: at, end: at + role.title!.length, text: role.title! };
      skills.set(id, { id, name: skill.name, category: skill.category, mentions: [mention], evidence: sentenceAround(text, at, mention.end) });
    }
  }
  return { name, text: whole, sections, skills: [...skills.values()], warning: resumeWarning(text, sections), profile };
}

/** The whole pipeline: posting → skills → role → match against the resume, if one is given. */
export function analyze(engine: Engine, posting: Posting, resume?: ResumeAnalysis | null): Analysis {
  const out = analyzePosting(engine, posting);
  if (resume) out.match = matchResume(engine, out, resume);
  return out;
}

/**
 * How the requirement items read a piece of a posting: the matcher's skills, less those the posting's
 * context rules out, as for its skill list (its own name and products, a negation, a link, a list of
 * the teams one works with …): "a track record of shipping products (not necessarily ML-related)" asks no ML.
 */
export function askedFinder(engine: Engine, posting: Posting): FindSkills {
  const discourse = { vouched: vouchedIn(engine, posting) };
  return (text) => askedInPosting(posting, text, findSkills(engine.matcher, text, discourse));
}

/**
 * Each section's skill hits, read as one discourse: a form an ambiguity rule accepted in one section ("Spark and
 * Ray clusters") is taken in the same sense where only its default would reject it ("Experience with Ray"). A
 * section is read again only when it has such a form.
 */
function sectionHits(engine: Engine, posting: Posting): SkillHit[][] {
  const accepted = new Set<string>();
  const doubts: Array<Set<string>> = [];
  const hits = posting.sections.map((section) => {
    const doubted = new Set<string>();
    doubts.push(doubted);
    return findSkills(engine.matcher, section.text, { accepted, doubted });
  });
  vouched.set(posting, accepted);
  if (accepted.size === 0) return hits;
  posting.sections.forEach((section, i) => {
    if ([...doubts[i]!].some((key) => accepted.has(key))) hits[i] = findSkills(engine.matcher, section.text, { vouched: accepted });
  });
  return hits;
}

const vouched = new WeakMap<Posting, ReadonlySet<string>>();

/** The forms an ambiguity rule accepted somewhere in the posting (read once, kept with the posting). */
function vouchedIn(engine: Engine, posting: Posting): ReadonlySet<string> {
  if (!vouched.has(posting)) sectionHits(engine, posting);
  return vouched.get(posting)!;
}

/** The posting's side: skills, role, facts and requirement items (read once, whatever the number of resumes). */
export function analyzePosting(engine: Engine, read: Posting): Analysis {
  // A line of thousands of items would cost the readers time growing with its square: it is read in pieces.
  const posting = withShortLines(read);
  const skills = postingSkills(engine, posting);
  const role = detectRole(
    posting.title,
    skills.map((s) => s.id),
    engine.taxonomy.roles,
  );
  const roleRef = role ? { id: role.id, title: role.title, guide: `guide.html#${roleAnchor(role.id)}` } : null;
  // (A page longer than any posting is read for its requirements and facts as far as REQUIREMENTS_READ.)
  const asks = firstChars(posting);
  const requirements = onceEach(requirementItems(asks, askedFinder(engine, posting), { skillInfo: (id) => engine.taxonomy.byId.get(id) }));
  return { posting, role: roleRef, skills: wishedOnly(skills, posting, requirements), facts: postingFacts(asks), requirements };
}

/**
 * Where a posting's job is: the location its reader found, else its title, its first line ("Acme | SRE | Reston, VA")
 * and a "Location:" line of its first part. (Not the rest: "our Dublin office" in the about-us names no job's place.)
 */
function jobPlace(posting: Posting): string {
  if (posting.location.trim()) return `${posting.location}\n${posting.title}`;
  const first = posting.sections[0]?.text ?? '';
  const lines = first.slice(0, 2000).split('\n');
  // (The header is the lines before the first blank one: "Junior Front-End Developer" over "Copperleaf Studio - Portland, Oregon".)
  const start = lines.findIndex((l) => l.trim());
  const blank = lines.findIndex((l, k) => k > start && !l.trim());
  const head = start < 0 ? [] : lines.slice(start, Math.min(blank < 0 ? lines.length : blank, start + 4));
  // (s45: and the pay of the posting's first parts, "Salary: £33,500 – £37,800", whose currency may name the country where
  // the header names only a town; lib/match/work-rights MONEY.)
  const pay = posting.sections.slice(0, 3).flatMap((s) => (/^\W*(?:salary|pay|compensation|rate)\b/i.test(s.heading) ? [s.text.slice(0, 120)] : []));
  return [posting.title, ...head, ...lines.filter((l) => /^\W*(?:job )?locations?\b/i.test(l)), ...pay].join('\n');
}

/**
 * An ask the posting repeats word for word (a bullet shared by two roles' lists, a list pasted twice) is one ask: the
 * checklist shows it and the score counts it once, at its first place.
 */
export function onceEach(items: RequirementItem[]): RequirementItem[] {
  const seen = new Set<string>();
  return items.filter((i) => {
    const key = [i.text.replace(/^[\s\u2022*\u2013\u2014-]+|[\s.;,]+$/g, '').replace(/\s+/g, ' ').toLowerCase(), i.kind, i.importance, JSON.stringify(i.groups), JSON.stringify(i.years ?? null)].join('\u0000');
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * A skill the requirements name only in items that ask it as a plus ("Familiarity with our stack (Go, React) is
 * beneficial but not required", "Experience in fintech is an optional plus") is preferred, not required: the skills
 * list and the checklist say the same. A mention outside every item (a duty, say) keeps what its part gives it.
 */
export function wishedOnly(skills: PostingSkill[], posting: Posting, items: readonly RequirementItem[]): PostingSkill[] {
  let changed = false;
  const out = skills.map((skill) => {
    if (skill.importance !== 'required') return skill;
    const asking = skill.mentions.filter((m) => IMPORTANCE[(m.section === undefined ? undefined : posting.sections[m.section]?.kind) ?? 'other'] === 'required');
    const inItems = asking.map((m) => items.filter((i) => i.start <= m.start && m.start < i.end));
    if (!asking.length || inItems.some((found) => found.length === 0 || found.some((i) => i.importance === 'required'))) return skill;
    changed = true;
    return { ...skill, importance: 'preferred' as const };
  });
  return changed ? out.sort((a, b) => RANK[a.importance] - RANK[b.importance] || a.mentions[0]!.start - b.mentions[0]!.start) : skills;
}

/** For each option in words of a years item, the roles whose title or text names it. */
function termRoles(items: readonly RequirementItem[], resume: ResumeAnalysis): Map<string, number[]> {
  const out = new Map<string, number[]>();
  const roles = resume.profile?.roles ?? [];
  if (!roles.length) return out;
  for (const id of new Set(items.filter((i) => i.years).flatMap((i) => i.groups.flat()).filter(isTerm))) {
    const re = termPattern(id);
    // "operations roles" (the list's shared noun kept on its last member): a role whose title names operations is one.
    const bare = / (?:roles|positions|jobs)$/.test(id) ? termPattern(id.replace(/ (?:roles|positions|jobs)$/, '')) : null;
    // "production engineering": a line of work is also named by its practitioner's title ("Production Engineer").
    const doer = / engineering$/.test(id) ? termPattern(id.replace(/ engineering$/, ' engineer')) : null;
    const named = roles.flatMap((r, k) => (re.test(resume.text.slice(r.textStart, r.textEnd)) || re.test(r.title ?? '') || bare?.test(r.title ?? '') || doer?.test(r.title ?? '') ? [k] : []));
    if (named.length) out.set(id, named);
  }
  return out;
}

/**
 * "Languages: German (native), English (C1)": English listed among the resume's languages, at a working level, shows
 * English proficiency, as the checklist's language row already reads it; the skill lists must not call it lacking.
 */
function englishListed(resume: ResumeAnalysis): ResumeSkillInput[] {
  if (!resume.profile?.languages.includes('English') || resume.skills.some((s) => s.id === 'english-proficiency') || resume.text === undefined) return [];
  const line = resume.text.split('\n').find((l) => /\bEnglish\b/.test(l));
  if (!line || /\bEnglish\b[^,;|\n]{0,20}\b(?:A1|A2|basic|beginner|elementary|some|limited|learning)\b/i.test(line)) return [];
  return [{ id: 'english-proficiency', evidence: line.trim().slice(0, 200) }];
}

/**
 * (s46) "Experience programming with at least one software programming language", "fluency in a modern programming
 * language", "coding skills in any language": a programming language in general, named by none; any one the resume
 * shows meets it. (Languages of data, markup or interfaces are not what such an ask means.)
 */
const LANGUAGE_IN_GENERAL =
  /\b(?:(?:at\s+least|a\s+minimum\s+of|minimum)\s+)?(?:one|a|an|any|some|1)(?:\s+or\s+more)?\s+(?:(?:modern|general[- ]purpose|object[- ]oriented|high[- ]level|low[- ]level|software|compiled|typed|statically[- ]typed|backend|back-end|server[- ]side|mainstream|major|popular|industry[- ]standard|common(?:ly used)?)\s+){0,3}(?:programming|coding|scripting|software)\s+languages?\b|\b(?:coding|programming)\s+(?:skills?\s+|experience\s+|proficiency\s+)?in\s+(?:any|a|one)\s+(?:(?:modern|mainstream|major)\s+)?language\b/i;
const NOT_PROGRAMMING = new Set(['css', 'html', 'capnproto', 'flatbuffers', 'cue-lang', 'dhall', 'cypher', 'dataweave', 'protobuf', 'yaml', 'json', 'xml', 'latex', 'markdown', 'graphql', 'sql']);
function languageInGeneral(items: readonly RequirementItem[], verdicts: RequirementVerdict[], resume: ResumeAnalysis, byId: Taxonomy['byId']): RequirementVerdict[] {
  const shown = resume.skills.find((s) => byId.get(s.id)?.category === 'language' && !NOT_PROGRAMMING.has(s.id));
  if (!shown) return verdicts;
  return verdicts.map((v) => {
    const item = items[v.index];
    if (v.verdict !== 'unknown' || !item || item.groups.length || item.kind !== 'other' || !LANGUAGE_IN_GENERAL.test(item.text)) return v;
    return { ...v, verdict: 'met', evidence: `${byId.get(shown.id)?.name ?? shown.id} \u2014 \u201c${shown.evidence.trim().slice(0, 160)}\u201d: a programming language the resume shows.` };
  });
}

/**
 * One resume against an analysed posting: a verdict per requirement, the
 * score from those verdicts (lib/match/score.ts), and the skills shared and
 * lacking, where a choice of a group the resume meets ("Go" in "Python or
 * Go") is never lacking. With no requirement the resume can be judged on,
 * the score is the coverage of the posting's skills, and says so.
 */
export function matchResume(engine: Engine, a: Pick<Analysis, 'skills' | 'role' | 'requirements'> & Partial<Pick<Analysis, 'posting'>>, resume: ResumeAnalysis): MatchReport {
  const { byId, roles } = engine.taxonomy;
  const role = a.role ? (roles.find((r) => r.id === a.role!.id) ?? null) : null;
  const resumeInput: ResumeSkillInput[] = [...resume.skills.map((s) => ({ id: s.id, evidence: s.evidence })), ...englishListed(resume)];
  let postingInput: PostingSkillInput[] = a.skills;
  // What the resume shows: its skills, what they imply, and the options in words ("healthcare") its text names.
  const covered = new Map([...coverage(resumeInput, engine.matcher.implied), ...termsShown(a.requirements.flatMap((r) => r.groups), resume.text)]);
  let verdicts = matchRequirements(
    a.requirements,
    { covered, profile: resume.profile ?? null, termRoles: termRoles(a.requirements, resume), text: resume.text },
    nameOf(byId),
    (id) => isSoft(byId.get(id) ?? { category: '' }) || RARELY_NAMED.has(id),
    exampleGroups(a.requirements, (t) => findSkills(engine.matcher, t), engine.matcher.implied),
    a.posting ? jobPlace(a.posting) : '',
    engine.matcher.implied,
  );
  verdicts = languageInGeneral(a.requirements, verdicts, resume, byId);
  // "Opening 1: Backend … Opening 2: Mobile …": the resume is judged against the opening it fits; the others' asks and skills are left out.
  const openings = a.posting ? openingsOf(a.posting.sections) : [];
  let opening: string | undefined;
  if (openings.length >= 2) {
    const judged = judgeOpenings(openings, a.requirements, verdicts);
    verdicts = judged.verdicts;
    opening = judged.chosen.title;
    const chosen = openings.indexOf(judged.chosen);
    // (A mention's offsets are into the description, as the openings' are.)
    const elsewhere = (m: Mention) => {
      const k = openingOf(openings, m.start);
      return k !== -1 && k !== chosen;
    };
    postingInput = postingInput.filter((s) => s.mentions.length === 0 || !s.mentions.every(elsewhere));
  }
  const match = compare(postingInput, resumeInput, byId, role, roles, engine.matcher.implied, skillChoices(a.requirements, verdicts));
  match.requirements = verdicts;
  if (opening !== undefined) match.opening = opening;
  match.wording = wordingTips(a.skills, resume.skills);
  const scored = scoreRequirements(a.requirements, verdicts);
  if (scored) {
    Object.assign(match, { score: scored.score, basis: 'requirements', summary: scored.summary, explanation: scored.explanation, requirementCounts: scored.counts });
  } else if (a.requirements.length > 0 && match.score !== null) {
    const n = a.requirements.length;
    match.explanation = `The resume says nothing either way about the posting’s ${n} requirement${n === 1 ? '' : 's'}, so the score is skill coverage. ${match.explanation}`;
  }
  if (opening !== undefined) match.explanation = `${match.explanation} Judged against the opening the resume fits best, ${opening}; the other openings\u2019 asks are not counted.`;
  return match;
}
