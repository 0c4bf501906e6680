import type { RequirementItem } from '../requirements/types';
import { isTerm } from '../requirements/terms';
import type { RequirementVerdict, ResumeFacts } from './requirements';
import { domainsShown, industriesAsked } from './domains';
import { yearsOfRoles } from '../resume/profile';

/**
 * Session 60's verdict classes (the careful pairs' tune part, #12), read over a row's verdict as judged: the making of
 * things in a tool asked against its use; a framework's edition asked against another edition held; a vendor picked
 * and the kind shown on another vendor.
 */
export function carefulS60(item: RequirementItem, v: RequirementVerdict, resume: ResumeFacts, name: (id: string) => string): RequirementVerdict {
  return certificateAsked(item, industryYears(item, builtNotUsed(item, editionAsked(item, vendorByKind(item, v, resume, name), resume, name), resume, name), resume));
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const lineOf = (l: string) => l.trim().replace(/^[-\u2022*\u00b7]\s*/, '').slice(0, 160);
/** Whether a line names a thing by one of its names (as a word, any case). */
const names = (line: string, ns: readonly string[]) => ns.some((n) => n.length > 1 && new RegExp(`(?<![\\w-])${escapeRe(n)}(?![\\w-])`, 'i').test(line));
/** The names a skill met goes by in the resume: its own and the one it was shown through. */
function namesOf(id: string, resume: ResumeFacts, name: (id: string) => string): string[] {
  const via = resume.covered.get(id)?.via ?? id;
  return [...new Set([name(id), name(via)])];
}
/** The clauses of the resume's lines: a line split at its semicolons and sentence ends. */
const clauses = (text: string) => text.split('\n').flatMap((l) => l.split(/;\s*|\.\s+(?=[A-Z])/));

/**
 * (s60 tune) "2+ years building Power BI reports and semantic models", "Developing Jira Automation rules and ScriptRunner
 * scripts": the making of things in a tool asked (reports, models, rules, scripts, the ask's own nouns), against a resume
 * whose every clause that names the tool uses what others made ("Used the Power BI arrears dashboards every morning",
 * "Filtered and exported Power BI visuals into Excel", "asked the admin team for new automation rules"). Reading a report
 * is not building one: not met. A clause that makes a thing of the kind asked with it ("Built thirty Power BI reports"),
 * or a clause that names it with no verb of use, leaves the verdict as it was; so does a resume that names the tool only
 * in a list of skills.
 */
const BUILD_ASK = /^\W*(?:(?:\d{1,2}|one|two|three|four|five|six)\s*\+?\s*(?:years?|yrs)\s+(?:of\s+)?(?:experience\s+)?(?:in\s+)?|(?:hands-on\s+|proven\s+)?experience\s+(?:in\s+|with\s+)?)?(?:build(?:ing)?|develop(?:ing|ment\s+of)|creat(?:ing|ion\s+of)|writ(?:ing|e)|author(?:ing)?)\s+(.+)$/i;
/** The things made in a tool, as an ask and a resume name them. */
const ARTEFACT = /\b(reports?|dashboards?|models?|visuals?|datasets?|dataflows?|measures?|rules?|automations?|scripts?|workflows?|listeners?|post-functions?|plugins?|add-ons?|apps?|flows?|integrations?|templates?|forms?|macros?|pipelines?|queries)\b/gi;
const BUILT = /\b(?:buil[dt]|building|develop(?:ed|ing|s)?|design(?:ed|ing|s)?|creat(?:ed|es|ing)|wr(?:ote|itten|ites|iting)|authored|modell?ed|script(?:ed|ing)|automat(?:ed|ing)|implement(?:ed|ing)|publish(?:ed|ing)|set up|configur(?:ed|ing)|programm(?:ed|ing))\b/i;
const USED = /\b(?:us(?:ed|es|ing)|view(?:ed|s|ing)|read(?:s|ing)?|filter(?:ed|s|ing)|export(?:ed|s|ing)|consum(?:ed|es|ing)|rel(?:ied|ies|ying)\s+on|monitor(?:ed|s|ing)|check(?:ed|s|ing)|track(?:ed|s|ing)|triag(?:ed|es|ing)|work(?:ed|s)?\s+(?:in|as|from)|asked|request(?:ed|s|ing)|presented|shared|refresh(?:ed|es|ing))\b/i;
const stem = (w: string) => w.toLowerCase().replace(/(?:ies|es|s)$/, '');
function builtNotUsed(item: RequirementItem, v: RequirementVerdict, resume: ResumeFacts, name: (id: string) => string): RequirementVerdict {
  if ((v.verdict !== 'met' && v.verdict !== 'partial') || resume.text === undefined || !resume.profile?.roles.length) return v;
  const ask = BUILD_ASK.exec(item.text);
  if (!ask) return v;
  const kinds = [...ask[1]!.matchAll(ARTEFACT)].map((m) => stem(m[1]!));
  if (!kinds.length) return v;
  const met = v.groups.flatMap((g) => (g.met ? [g.met] : []));
  if (!met.length) return v;
  const text = resume.text;
  const p = resume.profile;
  const inRoles = p.roles.map((r) => text.slice(r.textStart, r.textEnd)).join('\n');
  const makes = (c: string) => BUILT.test(c) && [...c.matchAll(ARTEFACT)].some((m) => kinds.includes(stem(m[1]!)));
  for (const id of met) {
    const ns = namesOf(id, resume, name);
    // (A title that names the tool and makes things, "Power BI Developer", "Jira Administrator", makes them.)
    if (p.roles.some((r) => names(r.title ?? '', ns) && /\b(?:developer|engineer|admin(?:istrator)?|architect|consultant)\b/i.test(r.title ?? ''))) return v;
    if (clauses(text).some((c) => names(c, ns) && makes(c))) return v;
    const said = clauses(inRoles).filter((c) => names(c, ns));
    if (!said.length || !said.every((c) => USED.test(c) && !BUILT.test(c))) return v;
  }
  const line = clauses(inRoles).find((c) => met.some((id) => names(c, namesOf(id, resume, name))))!;
  return { ...v, verdict: 'unmet', evidence: `The resume uses ${met.map(name).join(' and ')} (\u201c${lineOf(line)}\u201d) and makes nothing in it; the building of ${ask[1]!.replace(/\s*\([^)]*\)\s*/g, ' ').trim()} asked.` };
}

/**
 * (s60 tune) "ITIL 4 Foundation" met by "ITIL v3 Foundation (2018)": a framework or standard asked in one edition (its name
 * and a version: "ITIL 4", "ITIL v4", "TOGAF 10"), where the resume names it only in another edition ("ITIL
 * v3", "ITIL 2011", "TOGAF 9.2"): the same practices in an older or other form, held in part. A resume that names the
 * edition asked, or the framework with no edition at all, is judged as before.
 */
const EDITIONS: ReadonlyArray<[string, RegExp]> = [
  // [the skill the framework is read as, its name and an edition's number or year after it]
  // (Or its level first and a "v" edition after: "ITIL Foundation v3".)
  ['itil', /\bITIL\s*(?:\u00ae\s*)?(?:v(?:ersion)?\s*)?(\d{1,4})\b|\bITIL\s*(?:\u00ae\s*)?(?:Foundation|Practitioner|Intermediate|Expert|Master)\s+v(?:ersion)?\s*(\d)\b/gi],
  ['enterprise-architecture', /\bTOGAF\s*(?:\u00ae\s*)?(?:v(?:ersion)?\s*)?(\d{1,2}(?:\.\d)?)\b/gi],
];
/** ITIL's editions by year as well as by number: 2007 and 2011 are v3. */
const EDITION_SAME: Readonly<Record<string, string>> = { '2007': '3', '2011': '3', v3: '3', '2019': '4' };
function editionAsked(item: RequirementItem, v: RequirementVerdict, resume: ResumeFacts, name: (id: string) => string): RequirementVerdict {
  if (v.verdict !== 'met' || resume.text === undefined) return v;
  const met = new Set(v.groups.flatMap((g) => (g.met ? [g.met] : [])));
  for (const [id, re] of EDITIONS) {
    if (!met.has(id)) continue;
    const ed = (m: RegExpMatchArray) => {
      const n = m[1] ?? m[2] ?? '';
      return id === 'itil' ? (EDITION_SAME[n] ?? n) : n;
    };
    const asked = new Set([...item.text.matchAll(re)].map(ed));
    if (!asked.size) continue;
    const held = [...resume.text.matchAll(re)];
    if (!held.length || held.some((m) => asked.has(ed(m)))) continue;
    const line = resume.text.split('\n').find((l) => new RegExp(re.source, 'i').test(l)) ?? '';
    return { ...v, verdict: 'partial', evidence: `The resume holds ${held[0]![0]} (\u201c${lineOf(line)}\u201d), another edition; ${[...item.text.matchAll(re)][0]![0]} asked.` };
  }
  return v;
}

/**
 * (s60 tune) "Juniper or Arista switching at the core and distribution layers" met by "Cisco Catalyst 9500 core and 9300
 * distribution switching": a pick of vendors or products named before the kind of thing they make, where the group is met
 * only by the kind (layer 2 switching), on a platform not among those named. The work asked is shown, not on what was
 * picked: met in part. Not where the ask lets another stand in ("or similar", "or equivalent", "such as", "e.g."), nor
 * where the options are examples in a bracket or after a colon, nor where the kind is named in the ask by its own name.
 */
const OTHERS_WELCOME = /\b(?:similar|equivalent|comparable|alternatives?|such\s+as|e\.\s?g\.|for\s+example|like|including|any|another|other|etc|podobn\p{L}*|vergleichbar\p{L}*|\u00e4hnlich\p{L}*|ali\s+podobno|simil\p{L}*|similaires?)\b/iu;
function vendorByKind(item: RequirementItem, v: RequirementVerdict, resume: ResumeFacts, name: (id: string) => string): RequirementVerdict {
  if (v.verdict !== 'met' || OTHERS_WELCOME.test(item.text) || /\([^()]*\)/.test(item.text.replace(/\([^()]*\)\s*$/, ''))) return v;
  // (A skill by its name, or its name without its maker's, "Airflow" for "Apache Airflow".)
  // (Or a maker's name without its "Networks", "Aruba" for "Aruba Networks".)
  const said = (id: string) => names(item.text, [name(id), name(id).replace(/^(?:Apache|Microsoft|Amazon|AWS|Google|Azure|IBM|Oracle)\s+/, ''), name(id).replace(/\s+(?:Networks|Systems|Software|Technologies|networking)$/, '')]);
  for (const g of v.groups) {
    // (Options in words, "term:JNCIS-ENT certification", are no vendors: the kind is a skill the taxonomy knows.)
    if (!g.met || isTerm(g.met) || said(g.met) || g.options.length < 2 || g.options.some(isTerm)) continue;
    const picked = g.options.filter(said);
    // (A pick of two or more the taxonomy knows, joined by "or" in the ask's language.)
    if (picked.length < 2 || picked.length < g.options.length || !/(?<![\p{L}])(?:or|o|ou|oder|ali|eller|lub|nebo|of|vagy|tai)(?![\p{L}])|\//iu.test(item.text)) continue;
    // (The options named beside the kind's word: "Juniper or Arista switching", "Fortinet ali Palo Alto" (Slovenian, the kind before them).)
    // (Not a kind asked with its examples after a colon or a dash: "A cloud warehouse: Snowflake, Redshift or BigQuery".)
    const first = Math.min(...picked.map((id) => item.text.toLowerCase().indexOf(name(id).replace(/^(?:Apache|Microsoft|Amazon|AWS|Google|Azure|IBM|Oracle)\s+/, '').toLowerCase())).filter((i) => i >= 0));
    if (!Number.isFinite(first) || /[(:]|\s[\u2013\u2014-]\s/.test(item.text.slice(0, first))) continue;
    // (Not where the line that shows the kind names a product the ask names too, one the taxonomy does not know: "Copias
    // con Bacula" for "con Veeam o Bacula".)
    const shown = resume.covered.get(g.met)?.evidence ?? '';
    const asked = [...item.text.matchAll(/(?<![\w-])([A-Z][\w-]{2,})/g)].map((m) => m[1]!).filter((w) => !picked.some((id) => name(id).includes(w)));
    if (asked.some((w) => names(shown, [w]))) continue;
    return { ...v, verdict: 'partial', evidence: `${name(g.met)} is shown, not on ${picked.map(name).join(' or ')}, the platforms asked.` };
  }
  return v;
}

/**
 * (s60 tune) "Three years of analytical experience in public transportation" met by six years of a bike-sharing operator's
 * analysis: years asked in an industry the ask names in words (lib/match/domains), not among its skills, count in the roles
 * that industry's employers or work tell. Fewer than asked there (none at all, the work's years shown elsewhere) is the
 * work without the industry: met in part. Enough there, or an industry the skills hold (judged by them), as before.
 */
function industryYears(item: RequirementItem, v: RequirementVerdict, resume: ResumeFacts): RequirementVerdict {
  const p = resume.profile;
  if (v.verdict !== 'met' || !item.years || item.years.min <= 0 || !p?.roles.length || resume.text === undefined) return v;
  const held = new Set(item.groups.flat());
  const ids = industriesAsked(item.text).filter((id) => !held.has(id));
  if (!ids.length) return v;
  const shown = domainsShown(ids, p, resume.text);
  const roles = [...new Set([...shown.values()].flatMap((s) => s.roles))].sort((a, b) => a - b);
  const n = roles.length ? yearsOfRoles(p.roles, roles) : 0;
  if (n >= item.years.min) return v;
  const years = (x: number) => `${Math.round(x * 10) / 10} year${x === 1 ? '' : 's'}`;
  return { ...v, verdict: 'partial', evidence: `${v.evidence.replace(/\.$/, '')}; ${n > 0 ? `${years(n)} of them` : 'none of them'} in the industry asked, ${item.years.min}+ asked there.` };
}

/**
 * (s60 tune) "PL-300 (Power BI Data Analyst Associate)" met by a resume that uses Power BI and holds no PL-300: a
 * certificate asked by its code (the line opens with it, or with a vendor's "Certified", "Certification"), where the
 * skills read from its title in the bracket are met and the code is not. The certificate is asked, not the skills its
 * title names: not met. A code wished for beside a skill ("Power BI (PL-300 a plus)"), or one "or equivalent", is judged
 * as before.
 */
const CODE_TERM = /^term:([A-Z][A-Z0-9]*(?:-[A-Z0-9]+)+)(?:\s+certification)?$/;
const CERT_HEAD = /^\W*(?:[A-Z][\w-]*\s+){0,2}(?:Certified|Certification|Certificate)\b/;
function certificateAsked(item: RequirementItem, v: RequirementVerdict): RequirementVerdict {
  if ((v.verdict !== 'met' && v.verdict !== 'partial') || /\b(?:equivalent|or\s+(?:relevant\s+)?experience)\b/i.test(item.text)) return v;
  for (const g of v.groups) {
    if (g.met !== null) continue;
    const codes = g.options.flatMap((id) => CODE_TERM.exec(id)?.slice(1, 2) ?? []);
    if (!codes.length || codes.length < g.options.length) continue;
    if (!codes.some((c) => item.text.trimStart().startsWith(c)) && !CERT_HEAD.test(item.text)) continue;
    return { ...v, verdict: 'unmet', evidence: `The resume does not name ${codes.join(' or ')}: the certificate is asked, not the skills its title names.` };
  }
  return v;
}
