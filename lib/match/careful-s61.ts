import type { RequirementItem } from '../requirements/types';
import type { RequirementVerdict, ResumeFacts } from './requirements';
import { yearsOfRoles } from '../resume/profile';

/**
 * Session 61's verdict classes (the careful pairs' tune part, #12), read over a row's verdict as judged: a certificate
 * asked with getting it later as the other way in; a skill with the aspects of it asked in a bracket; the making of tools
 * in a language against running one; SCADA asked, against a utility's work that is not SCADA.
 */
export function carefulS61(item: RequirementItem, v: RequirementVerdict, resume: ResumeFacts, name: (id: string) => string, implied: ReadonlyMap<string, readonly string[]> = new Map()): RequirementVerdict {
  return orLater(item, scadaWork(item, bracketAspects(item, toolsBuilt(item, v, resume, name), resume, name, implied), resume, name), name);
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const lineOf = (l: string) => l.trim().replace(/^[-\u2022*\u00b7]\s*/, '').slice(0, 160);
/** Whether a line names a thing by one of its names, as a word or a word's first part before "-based" ("Go-based"). */
const names = (line: string, ns: readonly string[]) => ns.some((n) => n.length > 1 && new RegExp(`(?<![\\w-])${escapeRe(n)}(?:(?![\\w-])|-(?:based|powered|built)\\b)`, 'i').test(line));
/** The names a skill met goes by in the resume: its own and the one it was shown through. */
function namesOf(id: string, resume: ResumeFacts, name: (id: string) => string): string[] {
  const via = resume.covered.get(id)?.via ?? id;
  return [...new Set([name(id), name(via), ...(id.startsWith('term:') ? [id.slice(5)] : [])])];
}
/** The clauses of the resume's lines: a line split at its semicolons and sentence ends. */
const clauses = (text: string) => text.split('\n').flatMap((l) => l.split(/;\s*|\.\s+(?=[A-Z])/));

/**
 * (s61 tune) "CKA, or willingness to get it within the first year", "RHCE, or obtain it within 12 months of joining",
 * "GICSP or GRID certification, or willingness to earn one", "Grundlagen der ISO 27001 oder die Bereitschaft, eine Schulung
 * dazu zu besuchen": a thing asked, with getting it after hire as the other way in. A resume that holds it meets it; one
 * that does not cannot show the willingness, and the post takes it in its stead: held in part, not unknown and not unmet.
 * An ask to be met after hire alone ("Security+ within 6 months of start", "Ability to obtain a CKA") stays unknown, and a
 * clearance one may obtain is judged as a clearance.
 */
const OR_LATER =
  /(?:\bor|\boder|\bbzw\.)\s+(?:(?:a|an|the|be|are|being|die|eine)\s+)?(?:(?:willing(?:ness)?|commit(?:ment|ted)|intent(?:ion)?|ready|readiness|happy|eager(?:ness)?|open(?:ness)?|plan(?:s|ning)?)\s+to\s+)?(?:obtain|get|earn|acquire|pursue|achieve|complete|take|sit|pass)\b|(?:\boder|\bbzw\.)\s+(?:die\s+)?Bereitschaft\b/i;
function orLater(item: RequirementItem, v: RequirementVerdict, name: (id: string) => string): RequirementVerdict {
  if ((v.verdict !== 'unknown' && v.verdict !== 'unmet') || item.kind === 'clearance' || item.kind === 'authorization' || item.kind === 'language' || item.years) return v;
  if (!v.groups.length || v.groups.some((g) => g.met !== null) || !OR_LATER.test(item.text)) return v;
  return { ...v, verdict: 'partial', evidence: `The resume does not show ${v.groups.map((g) => g.options.map(name).join(' or ')).join(', ')} yet; the post takes getting it after hire instead, which a resume cannot show.` };
}

/**
 * (s61 tune) "PostgreSQL (schema design and tuning)", "Kubernetes (multi-cluster operations)", "Linux (performance tuning and
 * troubleshooting)": a skill, then in a bracket the aspects of it the post wants (words, not a list of examples). A resume
 * line that names the skill and one of the aspects' words ("PostgreSQL schema and migrations", "multi-cluster failover
 * for matchmaking") meets it, though the taxonomy reads no skill of its own from those words; one that names the skill
 * with none of them ("Operates one EKS cluster") shows the skill, not the aspects asked: in part.
 */
const ASPECT_BRACKET = /^\W*([^()]{2,40}?)\s*\(([^(),;:]{3,80})\)\s*[.;]?\s*$/;
// (Nor what the post says of its own stack, "(we run EKS)", "(our main language)".)
const NOT_ASPECTS = /\b(?:e\.?\s?g|i\.?\s?e|such as|for example|for instance|including|especially|like|etc|preferred|required|ideally|years?|plus|bonus|nice|optional|or similar|or equivalent|certification|certificate|we|our|us|you|your)\b/i;
const ASPECT_STOP = new Set(['and', 'or', 'the', 'of', 'with', 'for', 'in', 'on', 'a', 'an', 'to', 'your', 'our', 'its', 'their', 'dan', 'und', 'oder', 'i', 'y', 'e', 'et', 'de', 'del', 'la', 'el', 'les', 'der', 'die', 'das']);
const tokens = (s: string) => (s.toLowerCase().match(/[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*/gu) ?? []).map((w) => w.replace(/s$/, ''));
function bracketAspects(item: RequirementItem, v: RequirementVerdict, resume: ResumeFacts, name: (id: string) => string, implied: ReadonlyMap<string, readonly string[]>): RequirementVerdict {
  if ((v.verdict !== 'met' && v.verdict !== 'partial') || item.kind !== 'skills' || resume.text === undefined || !resume.profile?.roles.length) return v;
  const m = ASPECT_BRACKET.exec(item.text);
  if (!m || NOT_ASPECTS.test(m[2]!)) return v;
  // (A name in the bracket, every word capitalised and no "and" between, is another name of the thing: "Perforce (Helix Core)".)
  if (!/[a-z]{3}/.test(m[2]!.replace(/\b[A-Z]\w*/g, '')) && !/\b(?:and|or|und|oder|i|y|e|et|dan|atau)\b/.test(m[2]!)) return v;
  const aspects = tokens(m[2]!).filter((w) => w.length > 2 && !ASPECT_STOP.has(w));
  // (One word in the bracket is an example of the kind, s55's class, judged as before; two or more are its aspects.)
  // (And the head is the skill alone, a few words: "Building internal tools in Go (not only running them)" is no skill's aspects.)
  if (tokens(m[2]!).length < 2 || !aspects.length || tokens(m[1]!).length > 3 || /\b(?:not|only|no)\b/i.test(m[2]!)) return v;
  // The skill before the bracket: a group met whose name the head's words hold.
  const head = v.groups.find((g) => g.met !== null && names(m[1]!, [name(g.met), ...g.options.map(name), ...(g.met.startsWith('term:') ? [g.met.slice(5)] : [])]));
  if (!head) return v;
  const text = resume.text;
  const inRoles = resume.profile.roles.map((r) => text.slice(r.textStart, r.textEnd)).join('\n');
  const ns = namesOf(head.met!, resume, name);
  // (The clauses that name it, and the lines of what implies it: "Runs six GKE clusters" shows Kubernetes.)
  const by = [...resume.covered].filter(([id, c]) => c.via === id && (id === head.met || (implied.get(id) ?? []).includes(head.met!))).map(([, c]) => c.evidence);
  const said = [...clauses(inRoles).filter((c) => names(c, ns)), ...by.filter((e) => inRoles.includes(e.slice(0, 60)))];
  if (!said.length) return v;
  const shown = said.find((c) => tokens(c).some((w) => aspects.includes(w)));
  if (shown && v.verdict === 'partial') return { ...v, verdict: 'met', groups: v.groups.map((g) => (g === head || g.met ? g : { met: null, options: g.options })), evidence: `${name(head.met!)} \u2014 \u201c${lineOf(shown)}\u201d: the skill, and an aspect of it the bracket asks.` };
  if (!shown && v.verdict === 'met') return { ...v, verdict: 'partial', evidence: `${name(head.met!)} \u2014 \u201c${lineOf(said[0]!)}\u201d; not shown: ${m[2]!.trim()}, the aspects of it asked.` };
  return v;
}

/**
 * (s61 tune) "Building internal tools in Go (not only running them)": tools made in a language asked. A clause that makes
 * a tool, a service, a CLI or an operator in it ("Built eventctl, a Go service and CLI") meets it, though the taxonomy
 * reads "internal tools" as a practice of its own; a resume whose every clause naming the language runs or uses a tool
 * others maintain ("runs the Go-based deploy tool that the tools team maintains") makes none: not met.
 */
const TOOLS_ASK = /^\W*(?:build(?:ing)?|develop(?:ing)?|writ(?:ing|e)|creat(?:ing|e))\s+(?:[\w-]+\s+){0,2}(?:tools?|tooling|CLIs?|services?|utilities)\s+(?:in|with|using)\s+([\w#+.-]+)/i;
const MADE = /\b(?:buil[dt]|building|develop(?:ed|ing|s)?|design(?:ed|ing|s)?|creat(?:ed|es|ing)|wr(?:ote|itten|ites|iting)|authored|implement(?:ed|ing)|shipp(?:ed|ing))\b/i;
const TOOL_THING = /\b(?:tools?|tooling|CLIs?|services?|operators?|utilit(?:y|ies)|bots?|plugins?|libraries|library|SDKs?)\b/i;
const RUN_ONLY = /\b(?:runs?|ran|running|us(?:es|ed|ing)|operat(?:es|ed|ing))\b/i;
const OTHERS_MADE = /\b(?:(?:that|which)\s+(?:the\s+)?[\w -]{0,30}?(?:team|vendor|colleagues?)\s+(?:maintains?|maintained|owns?|built|wrote|develops?)|maintained by|built by|written by|owned by)\b/i;
function toolsBuilt(item: RequirementItem, v: RequirementVerdict, resume: ResumeFacts, name: (id: string) => string): RequirementVerdict {
  if ((v.verdict !== 'met' && v.verdict !== 'partial') || resume.text === undefined || !resume.profile?.roles.length) return v;
  const ask = TOOLS_ASK.exec(item.text);
  if (!ask) return v;
  const lang = v.groups.find((g) => g.met !== null && names(ask[1]!, [name(g.met), ...g.options.map(name)]));
  if (!lang) return v;
  const text = resume.text;
  const ns = namesOf(lang.met!, resume, name);
  const inRoles = resume.profile.roles.map((r) => text.slice(r.textStart, r.textEnd)).join('\n');
  const said = clauses(inRoles).filter((c) => names(c, ns));
  const made = said.find((c) => MADE.test(c) && TOOL_THING.test(c) && !OTHERS_MADE.test(c));
  if (made && v.verdict === 'partial') return { ...v, verdict: 'met', evidence: `${name(lang.met!)} \u2014 \u201c${lineOf(made)}\u201d: a tool made in it.` };
  if (!made && said.length && said.every((c) => RUN_ONLY.test(c) && !MADE.test(c)) && said.some((c) => OTHERS_MADE.test(c)))
    return { ...v, verdict: 'unmet', evidence: `The resume runs a tool in ${name(lang.met!)} that others maintain (\u201c${lineOf(said[0]!)}\u201d) and makes none; tools built in it asked.` };
  return v;
}

/**
 * (s61 tune) "Mindestens drei Jahre Berufspraxis mit SCADA- oder Netzleitsystemen", "Experience supporting SCADA systems":
 * SCADA, the control system, which the taxonomy reads as the energy trade's systems (energy-systems), the industry too.
 * Asked by the system's name, it is shown by work on such systems (SCADA, an HMI, RTUs, telecontrol, a grid's control
 * system, a plant historian, Ignition or Wonderware), not by any job at a utility: a grid company's office IT administrator
 * has no SCADA years. The years asked count the roles whose lines show that work; a verdict met by the utility alone is
 * not met. An ask of the industry ("Erfahrung in der Energiewirtschaft") is judged as before.
 */
const SCADA_ASK = /\bSCADA\b/;
const SCADA_WORK = /\b(?:SCADA|HMIs?|RTUs?|DCS|PLCs?|ICS|Fernwirk\w*|Netzleit\w*|Leitsystem\w*|Leittechnik|Stationsleittechnik|telecontrol|telemetry|historians?|Ignition|Wonderware|WinCC|FactoryTalk|iFIX|Citect|ClearSCADA|GE Proficy|AVEVA)\b/i;
function scadaWork(item: RequirementItem, v: RequirementVerdict, resume: ResumeFacts, name: (id: string) => string): RequirementVerdict {
  const p = resume.profile;
  if ((v.verdict !== 'met' && v.verdict !== 'partial') || !SCADA_ASK.test(item.text) || resume.text === undefined || !p?.roles.length) return v;
  const g = v.groups.find((x) => x.met === 'energy-systems');
  if (!g) return v;
  const text = resume.text;
  const roles = p.roles.flatMap((r, k) => (SCADA_WORK.test(text.slice(r.textStart, r.textEnd)) ? [k] : []));
  if (item.years && item.years.min > 0) {
    const n = roles.length ? yearsOfRoles(p.roles, roles) : 0;
    if (n >= item.years.min) return v;
    const years = (x: number) => `${Math.round(x * 10) / 10} year${x === 1 ? '' : 's'}`;
    return { ...v, verdict: n > 0 ? 'partial' : 'unmet', evidence: n > 0 ? `${years(n)} of roles whose lines show SCADA work; ${item.years.min}+ asked.` : `No role's lines show SCADA work (a control system, an HMI, RTUs, telecontrol); a utility's other work is not it.` };
  }
  if (roles.length || SCADA_WORK.test(text.split('\n').filter((l) => !p.roles.some((r) => text.slice(r.textStart, r.textEnd).includes(l))).join('\n'))) return v;
  return { ...v, verdict: 'unmet', groups: v.groups.map((x) => (x === g ? { met: null, options: [g.met!, ...g.options] } : x)), evidence: `The resume names no SCADA work (a control system, an HMI, RTUs, telecontrol); ${name('energy-systems')} shown by a utility's other work is not it.` };
}
