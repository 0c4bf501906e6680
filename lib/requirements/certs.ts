import type { FindSkills } from './types';

/**
 * Certifications a requirement line names, as options in words (`term:`) that the resume's text meets: "AZ-104 or
 * AZ-400 certification", "CISSP, CCSP or an AWS Security Specialty certification", "CKA or CKAD". A certification is no
 * skill of the taxonomy (holding one is not the same as having used the thing), so without this such a line was
 * "Fitmark cannot tell this from a resume", or met by any AWS experience at all.
 */

/** A line that speaks of certifications. */
// (s57: and the word abroad: "Certificazione VCP", "Certifica\u00e7\u00e3o AWS", "Zertifizierung", "Certificaci\u00f3n", "certyfikat".)
const CUE = /\bcertifi(?:ed|cations?)\b|\bcerts?\b(?!-)|(?<![\p{L}])(?:certificazion[ei]|certifica\u00e7(?:\u00e3o|\u00f5es)|certificaci(?:\u00f3n|ones)|Zertifizierung(?:en)?|Zertifikat(?:e)?|certyfikat(?:y|u)?|certificering(?:en)?)(?![\p{L}])/iu;
/** A certification named without the word: a known acronym, an exam code, a CompTIA title. */
// (s52: GIAC's titles, "G" and three or four capitals, and OffSec's "OS" ones: "GICSP; familiarity with IEC 62443".)
const BARE = /\b(?:CKA|CKAD|CKS|KCNA|CISSP|CISM|CISA|CCSP|OSCP|OSWE|OSEP|OSED|OSWA|RHCE|RHCSA|CCNA|CCNP|CCIE|JNCIA|JNCIS|JNCIP|JNCIE|PMP|CEH|CompTIA|G(?:ICSP|RID|SEC|CIH|PEN|CIA|CFA|CFE|REM|WAPT|XPN|CSA|CLD|CPN|MON|DSA|SLC|STRT|NFA|EVA|CED|CTI))\b|\b[A-Z]{2,3}-\d{3}\b/;
/**
 * (s61) Certifications named bare whose names BARE and ACRONYM cannot read (a digit, small letters or a hyphen in them):
 * "PRINCE2" (and its Foundation / Practitioner / Agile), "PgMP", "PMI-ACP", "PMI-RMP". "PRINCE2 or PMP" is a pick of two
 * certifications, no skill (project management) named twice.
 */
const NAMED_CERT = /(?<![\w-])(?:PRINCE2(?:\s+(?:Foundation|Practitioner|Agile))?|PgMP|PMI-ACP|PMI-RMP)(?![\w+-])/g;
/** "AWS certification (Solutions Architect or DevOps Engineer)": a vendor's certification, its titles in the bracket. */
const VENDOR_BRACKET = /\b(AWS|Azure|Microsoft|Google Cloud|GCP|HashiCorp|Red Hat|Cisco|Oracle)\s+certifi\w*\s*\(([^()]{3,120})\)/g;
const TITLE_END = /^(?:[A-Z][\w]*\s+){0,4}(?:Associate|Professional|Specialty|Specialist|Expert|Administrator|Architect|Engineer|Developer|Practitioner|Fundamentals|Analyst)$/;
/** A vendor's title ending in a certification level, which no job title does. */
const LEVELLED = /\b(?:AWS|Azure|Microsoft|Google Cloud|GCP|HashiCorp|Red Hat|Cisco|Oracle)\b[^.;]{0,60}?\b(?:Associate|Professional|Specialty|Expert|Practitioner|Fundamentals)\b/;
/** (s57) A Red Hat exam's code: EX200, EX280, EX294. */
const RED_HAT_EXAM = /(?<![\w-])EX\d{3}(?![\w-])/g;
/** An exam code: AZ-104, DP-203, SAA-C03, CLF-C02. */
const CODE = /(?<![\w-])[A-Z]{2,4}-[A-Z]?\d{2,3}(?![\w-])/g;
/** An acronym of capitals (CISSP, CKA, CCNP), or a CompTIA name with its plus (Security+). */
const ACRONYM = /(?<![\w+#.-])(?:[A-Z]{3,6}|(?:Security|Network|Linux|Cloud|Server|Data|Pentest|CySA|CASP|A)\+)(?![\w+#-])/g;
/** Capitals that are no certification: places, degrees, words written in capitals, the line's own cue. */
const NOT_CERT = new Set([
  'AND', 'THE', 'FOR', 'NOT', 'ANY', 'ALL', 'OUR', 'YOU', 'ONE', 'TWO', 'USA', 'EMEA', 'APAC', 'NYC', 'PHD', 'MBA', 'BSC', 'MSC',
  'BENG', 'MENG', 'STEM', 'NICE', 'PLUS', 'BONUS', 'REQUIRED', 'MUST', 'HAVE', 'WITH', 'CERT', 'CERTS', 'OR', 'ETC',
  // (s52: a standards body is no certification: "GICSP; familiarity with IEC 62443".)
  'IEC', 'NIST', 'IEEE', 'ANSI',
]);
/** A vendor's certification by its title: "AWS Certified Security – Specialty", "HashiCorp Terraform Associate". */
const TITLED =
  /\b(?:Certified\s+)?(?:AWS|Amazon Web Services|Microsoft(?:\s+Certified:?)?|Azure|Google(?:\s+Cloud)?|GCP|HashiCorp|Red Hat|CompTIA|Cisco|Linux Foundation|Kubernetes|Oracle|Databricks|Snowflake|Terraform|Splunk|Okta|Palo Alto|ServiceNow|Salesforce|VMware|Atlassian|SAP|Juniper|Fortinet|MongoDB|Confluent|Elastic|Tableau|Nutanix)\s+(?:Certified:?\s+)?(?:(?:[A-Z][\w]*|&|and)(?:\s+|\s*[–—-]\s*)){0,4}(?:Associate|Professional|Specialty|Specialist|Expert|Administrator|Architect|Engineer|Developer|Practitioner|Fundamentals|Analyst|Consultant)\b/g;

/** A title that opens with its level, as Google Cloud's do: "Professional Cloud Architect", "Associate Cloud Engineer". */
const LEVEL_FIRST =
  /\b(?:Professional|Associate)\s+(?:Cloud|Data|Machine\s+Learning|Cloud\s+Security|Cloud\s+Network|Cloud\s+DevOps|Cloud\s+Database|Google\s+Workspace|Collaboration)(?:\s+[A-Z][\w]*){0,1}?\s+(?:Architect|Engineer|Developer|Administrator|Leader)\b/g;

/**
 * (s58 lead) A title that opens with "Certified" and closes with its acronym in brackets, the vendor's name left out:
 * "Certified Application Developer (CAD)", "Certified Implementation Specialist (CIS)". The acronym is the title's, not a
 * skill the taxonomy knows by the same capitals (CAD as computer-aided design).
 */
const CERTIFIED_BRACKETED = /\bCertified\s+(?:[A-Z][\w]*\s+){0,3}(?:Administrator|Developer|Architect|Engineer|Specialist|Professional|Analyst|Consultant|Associate|Expert|Practitioner|Technician)(?=\s*\(\s*[A-Z]{2,6}\s*\))/g;

const CERTIFIED_TITLE =
  /\b(?:AWS|Amazon Web Services|Microsoft|Azure|Google(?:\s+Cloud)?|GCP|HashiCorp|Red Hat|CompTIA|Cisco|Linux Foundation|Oracle|Databricks|Snowflake|Splunk|GIAC|ServiceNow|Salesforce|VMware|Atlassian|SAP|Juniper|Fortinet|MongoDB|Confluent|Elastic|Tableau|Nutanix)\s+Certified:?\s+[A-Z][\w+]*(?:\s+(?!or\b|and\b)[A-Z][\w+]*){0,4}/g;

/** Full titles that an acronym stands for, so either form in the resume meets the other. */
const SPELLED: Record<string, string> = {
  CKA: 'Kubernetes Administrator',
  CKAD: 'Kubernetes Application Developer',
  CKS: 'Kubernetes Security Specialist',
  KCNA: 'Kubernetes and Cloud Native Associate',
  CISSP: 'Certified Information Systems Security Professional',
  CISM: 'Certified Information Security Manager',
  CISA: 'Certified Information Systems Auditor',
  CCSP: 'Certified Cloud Security Professional',
  OSCP: 'Offensive Security Certified Professional',
  RHCSA: 'Red Hat Certified System Administrator',
  RHCE: 'Red Hat Certified Engineer',
  CCNA: 'Cisco Certified Network Associate',
  CCNP: 'Cisco Certified Network Professional',
  CCIE: 'Cisco Certified Internetwork Expert',
  JNCIA: 'Juniper Networks Certified Associate',
  JNCIS: 'Juniper Networks Certified Specialist',
  JNCIP: 'Juniper Networks Certified Professional',
  JNCIE: 'Juniper Networks Certified Expert',
  PMP: 'Project Management Professional',
  CEH: 'Certified Ethical Hacker',
  OSWE: 'Offensive Security Web Expert',
  GICSP: 'Global Industrial Cyber Security Professional',
  GRID: 'Response and Industrial Defense',
  GSEC: 'Security Essentials',
  GCIH: 'Certified Incident Handler',
  GPEN: 'Penetration Tester',
};

/** A title's words as a term: without "Certified", its dashes and colons as spaces. */
const termWords = (title: string): string =>
  title
    .replace(/\bCertified:?\s*/g, '')
    .replace(/\s*[–—:-]\s*/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

interface Span {
  start: number;
  end: number;
  words: string;
  /** The acronym in brackets after a "Certified …" title: the title's own, whatever the taxonomy reads in its capitals. */
  bracketed?: boolean;
  /** (s61) A certification of NAMED_CERT: a certification, whatever skill the taxonomy files its name under (PRINCE2 as project management). */
  named?: boolean;
}

/** The certifications the line names, in order, each once. */
export function certsIn(text: string): Span[] {
  // (A vendor's title that ends in a level, "AWS Solutions Architect – Associate", is one without the word.)
  if (!CUE.test(text) && !BARE.test(text) && !LEVELLED.test(text) && !new RegExp(NAMED_CERT.source).test(text)) return [];
  const out: Span[] = [];
  const add = (start: number, end: number, words: string) => {
    if (out.some((s) => s.start < end && start < s.end)) return;
    out.push({ start, end, words });
  };
  for (const m of text.matchAll(TITLED)) {
    add(m.index, m.index + m[0].length, termWords(m[0]));
    // "AWS Certified Solutions Architect – Associate or Professional": the title at either level. (s49: "Okta Certified
    // Professional or Administrator": a vendor's titles that are roles as well as levels.)
    const other = /^\s*(?:or|\/)\s*(Associate|Professional|Specialty|Expert|Administrator|Developer|Consultant|Practitioner)\b/.exec(text.slice(m.index + m[0].length));
    const level = /(\w+)$/.exec(m[0])![1]!;
    if (other && other[1] !== level) add(m.index + m[0].length + other[0].length - other[1]!.length, m.index + m[0].length + other[0].length, termWords(m[0].slice(0, -level.length) + other[1]));
  }
  // "Professional Cloud Architect or AWS DevOps Engineer certification": Google Cloud's titles open with their level and
  // are written without the vendor's name as often as with it.
  for (const m of text.matchAll(LEVEL_FIRST)) add(m.index, m.index + m[0].length, termWords(m[0]));
  // "AWS Certified Data Analytics", "Databricks Certified Data Engineer": a vendor's word "Certified", then the title's capitals.
  for (const m of text.matchAll(CERTIFIED_TITLE)) add(m.index, m.index + m[0].length, termWords(m[0]));
  for (const m of text.matchAll(CERTIFIED_BRACKETED)) {
    add(m.index, m.index + m[0].length, termWords(m[0]));
    const acronym = /^\s*\(\s*([A-Z]{2,6})\s*\)/.exec(text.slice(m.index + m[0].length))!;
    const at = m.index + m[0].length + acronym[0].indexOf(acronym[1]!);
    if (!out.some((s) => s.start < at + acronym[1]!.length && at < s.end)) out.push({ start: at, end: at + acronym[1]!.length, words: acronym[1]!, bracketed: true });
  }
  for (const m of text.matchAll(VENDOR_BRACKET)) {
    const open = m.index + m[0].indexOf('(') + 1;
    for (const piece of m[2]!.matchAll(/[^,/]+/g)) {
      for (const part of piece[0].split(/\s+or\s+/)) {
        const title = part.replace(/^\s*(?:e\.g\.?,?|such as|ideally|preferably|at least|either)\s+/i, '').replace(/\s+(?:or\s+)?(?:higher|above|better|equivalent)\s*$/i, '').trim();
        if (!TITLE_END.test(title)) continue;
        const at = open + piece.index + piece[0].indexOf(title);
        add(at, at + title.length, termWords(`${m[1]} ${title}`));
        // The vendor's name and the word are the certification's, no ask of their own ("AWS certification" of "AWS certification (…)").
        add(m.index, open - 1, '');
      }
    }
  }
  for (const m of text.matchAll(NAMED_CERT)) if (!out.some((s) => s.start < m.index + m[0].length && m.index < s.end)) out.push({ start: m.index, end: m.index + m[0].length, words: m[0], named: true });
  for (const m of text.matchAll(CODE)) add(m.index, m.index + m[0].length, m[0]);
  for (const m of text.matchAll(RED_HAT_EXAM)) add(m.index, m.index + m[0].length, m[0]);
  for (const m of text.matchAll(ACRONYM)) if (!NOT_CERT.has(m[0])) add(m.index, m.index + m[0].length, m[0]);
  return out.sort((a, b) => a.start - b.start);
}

/**
 * The groups of a line with its certifications as one choice of term options ("CKA or CKAD": either will do; "CKA and
 * CKAD": each its own group). A skill the matcher found inside a certification's title ("AWS" of "AWS Certified Security
 * – Specialty") or an acronym the taxonomy knows for something else is no ask of its own and leaves its group.
 */
/** An open end of certifications: "or a comparable OT security certificate", "or any equivalent cloud certification". */
const OPEN_CERT = /\bor\s+(?:an?|any|another|other|some)\s+(?:(?:comparable|similar|equivalent|relevant|recognized|recognised|other)\s+)?[^.;,()]{0,40}?\bcert(?:ificat\w*|s)?\b/i;
export function withCerts(text: string, groups: string[][], findSkills: FindSkills, term: (words: string) => string): string[][] {
  const certs = certsIn(text);
  if (!certs.length) return vendorCerts(text, groups, findSkills, term);
  const skills = findSkills(text);
  // An acronym the taxonomy knows as a skill ("AWS", "SRE") is that skill, unless a title holds it.
  // (Not a certification's own acronym the taxonomy knows as holding one: "GCIH" is a certification either way.)
  const plain = certs.filter((c) => !c.named && (/\s/.test(c.words) || /-\d/.test(c.words) || c.words.endsWith('+') || c.words in SPELLED || c.words === '' || c.bracketed || !skills.some((h) => h.start === c.start && h.end === c.end && !h.skillId.endsWith('-certification'))));
  // (s61) A certification of NAMED_CERT is one where another certification stands beside it as its alternative ("PRINCE2 or
  // PMP", "PgMP or PMP"); beside a skill alone ("TOGAF or PRINCE2 certification", "Scrum or PRINCE2") it is read as before.
  // (Joined to it by "or" or a slash: "PRINCE2 or PMP", "PMP/PRINCE2"; not "PRINCE2 certified, PMP a plus".)
  const orBeside = (c: Span, o: Span) => /^\s*,?\s*(?:or|and\/or)\s+$|^\s*\/\s*$/i.test(c.start < o.start ? text.slice(c.end, o.start) : text.slice(o.end, c.start));
  const kept = certs.filter((c) => plain.includes(c) || (c.named === true && certs.some((o) => o !== c && (plain.includes(o) || o.named === true) && orBeside(c, o))));
  if (!kept.length) return vendorCerts(text, groups, findSkills, term);
  const inside = new Set(skills.filter((h) => kept.some((c) => c.start <= h.start && h.end <= c.end)).map((h) => h.skillId));
  // (s52) "GICSP or a comparable OT security certificate": the words of the open end describe the certifications it
  // allows; "security" there is no ask of its own.
  const open = OPEN_CERT.exec(text);
  if (open) for (const h of skills) if (h.start >= open.index && h.end <= open.index + open[0].length) inside.add(h.skillId);
  const terms = kept.filter((c) => c.words).map((c) => term(c.words));
  // (A word of a title read as a term of its own, "Professional" of "AWS Certified Solutions Architect – Professional", is the title's;
  // and so is a term that holds a certification with its vendor's name, "CompTIA CySA+" or "Microsoft SC-200" of "One of:
  // CompTIA CySA+, GIAC GCIH, GCIA, or Microsoft SC-200": the same option, which must not stand as a second choice beside it.)
  for (const id of groups.flat()) {
    const words = id.startsWith('term:') ? id.slice(5).toLowerCase() : null;
    if (words && !terms.includes(id) && kept.some((c) => c.words && (text.slice(c.start, c.end).toLowerCase().includes(words) || new RegExp(`(?<![\\w+#-])${c.words.toLowerCase().replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\w+#-])`).test(words)))) inside.add(id);
  }
  if (!terms.length) return groups;
  // (Options in words read from the same list already, "CISSP, CCSP or …", are these certifications.)
  // (A vendor's certification said before the one named, "Kubernetes certification (CKA)", is that one.)
  const rest = vendorCerts(text, groups.map((g) => g.filter((id) => !inside.has(id) && !terms.includes(id))).filter((g) => g.length > 0), findSkills, term, false).filter((g) => !g.every((id) => id.endsWith('-certification')));
  const named = kept.filter((c) => c.words);
  const allOf = /\band\b|&/.test(text.slice(named[0]!.start, named[named.length - 1]!.end)) && !/\bor\b|\//.test(text);
  // "AZ-104 or AZ-400, or an equivalent AWS certification": another vendor's certification offered after "or" is one
  // more option of the choice, not the named one said again.
  const instead = skills.filter((h) => h.skillId.endsWith('-certification') && h.start > named[named.length - 1]!.end && OR_ANOTHER.test(text.slice(0, h.start))).map((h) => h.skillId);
  return [...rest, ...(allOf ? terms.map((t) => [t]) : [[...terms, ...new Set(instead)]])];
}

/** Just before a vendor's certification offered instead (its vendor's name, if the hit leaves it out): "…, or an equivalent AWS ", "or a comparable ". */
const OR_ANOTHER = /\bor\s+(?:an?\s+|another\s+)?(?:(?:equivalent|comparable|similar|relevant)\s+)?(?:[\w-]+\s+){0,2}$/i;

/** What a certification term's words may also be written as in a resume: the acronym's title, or the title's acronym. */
export function certAlias(words: string): string | null {
  if (SPELLED[words]) return SPELLED[words];
  for (const [k, v] of Object.entries(SPELLED)) if (v === words) return k;
  return null;
}

/** A list of names right before the word: "Epic or Cerner ", "AWS, Azure or GCP ", "ServiceNow/Salesforce ". */
const NAME_LIST = /(?<![\w.+#-])((?:[A-Z][\w.+#-]*(?:\s+[A-Z0-9][\w.+#-]*){0,2}(?:\s*,\s*(?:or\s+|and\/or\s+)?|\s*\/\s*|\s+or\s+|\s+and\/or\s+))*[A-Z][\w.+#-]*(?:\s+[A-Z0-9][\w.+#-]*){0,2})\s+$/;
const LIST_SEP = /\s*,\s*(?:or\s+|and\/or\s+)?|\s*\/\s*|\s+or\s+|\s+and\/or\s+/;

/**
 * "Epic or Cerner certification": a choice of vendors' certifications, each the taxonomy's certification of the vendor
 * ("AWS certification") or, where it knows none, the certification in words (`Epic certification`), which the resume
 * meets by naming it ("Epic certified"), never by use of the product. Every member must be written as a name (a
 * capital; at the sentence's start only with another name beside it: "Cloud certification" is a field's); else null.
 */
function namedVendors(text: string, cue: number, hits: ReturnType<FindSkills>, findSkills: FindSkills, term: (words: string) => string): { start: number; certs: string[]; words: string[] } | null {
  const m = NAME_LIST.exec(text.slice(0, cue));
  if (!m) return null;
  const members = m[1]!.split(LIST_SEP);
  if (!members.every((w) => /^[A-Z]/.test(w) && !/^(?:An?|The|Any|One|Relevant|Industry|Professional|Technical|Vendor)$/.test(w))) return null;
  const opening = /^[\s\u2022*\u00b7:(-]*$/.test(text.slice(0, m.index));
  if (opening && members.length < 2) return null;
  const certs: string[] = [];
  const words: string[] = [];
  let at = m.index;
  for (const w of members) {
    const start = text.indexOf(w, at);
    at = start + w.length;
    // (The vendor's hit, or its certification's that starts with it: "GCP certification".)
    const hit = hits.find((h) => h.start >= start && h.end <= at && h.skillId.endsWith('-certification')) ?? hits.find((h) => h.start === start && h.skillId.endsWith('-certification')) ?? hits.find((h) => h.start >= start && h.end <= at);
    const own = hit ? findSkills(`${w} certification`).find((c) => c.start > 0 && c.skillId.endsWith('-certification')) : undefined;
    if (hit?.skillId.endsWith('-certification')) certs.push(hit.skillId);
    else if (own) certs.push(own.skillId);
    else {
      certs.push(term(`${w} certification`));
      words.push(w);
    }
  }
  return { start: m.index, certs: [...new Set(certs)], words };
}

/**
 * "AWS or GCP certification", "an AWS, Azure or GCP certification": the word after a list of vendors is every vendor's,
 * so each is its certification (the taxonomy's "AWS certification"), not experience of the cloud.
 */
function vendorCerts(text: string, groups: string[][], findSkills: FindSkills, term: (words: string) => string, inWords = true): string[][] {
  const cue = /\bcertifi(?:cations?|ed)\b/i.exec(text);
  if (!cue) return groups;
  const hits = findSkills(text);
  // (Not where the line's certifications were read by name already: "Security+ or CySA+ certification".)
  const named = inWords ? namedVendors(text, cue.index, hits, findSkills, term) : null;
  if (named) {
    // The vendors' skills found inside the list (and not named elsewhere in the line) are no ask of their own.
    // (A hit that spans the word, "GCP certification", is the list's own.)
    const end = cue.index + cue[0].length;
    const outside = new Set(hits.filter((h) => h.end <= named.start || h.start >= end).map((h) => h.skillId));
    const inside = new Set(hits.filter((h) => h.end > named.start && h.start < end && !outside.has(h.skillId)).map((h) => h.skillId));
    const drop = (id: string) => inside.has(id) || named.certs.includes(id) || named.words.some((w) => id === term(w));
    const at = groups.findIndex((g) => g.some(drop));
    const rest = groups.map((g) => g.filter((id) => !drop(id))).filter((g) => g.length > 0);
    rest.splice(at < 0 ? rest.length : Math.min(at, rest.length), 0, named.certs);
    return rest;
  }
  const swap = new Map<string, string>();
  const elsewhere = new Set<string>();
  for (const h of hits) {
    if (h.skillId.endsWith('-certification')) continue;
    // (A vendor also named apart from the certification, "AWS experience and an AWS certification", stays asked.)
    // Between it and the word, only other names of the list and what joins them ("AWS, Azure or GCP certification").
    let between = text.slice(h.end, cue.index);
    for (const o of hits) if (o !== h && o.start >= h.end && o.end <= cue.index) between = between.slice(0, o.start - h.end) + ' '.repeat(o.end - o.start) + between.slice(o.end - h.end);
    if (h.end > cue.index || !/^(?:\s|,|\/|\bor\b|\band\/or\b|\ban?\b)*$/i.test(between)) {
      elsewhere.add(h.skillId);
      continue;
    }
    const own = findSkills(`${text.slice(h.start, h.end)} certification`).find((c) => c.start > h.end - h.start && c.skillId.endsWith('-certification'));
    if (own && own.skillId !== h.skillId) swap.set(h.skillId, own.skillId);
  }
  for (const id of elsewhere) swap.delete(id);
  if (!swap.size) return groups;
  const out: string[][] = [];
  for (const g of groups.map((g) => [...new Set(g.map((id) => swap.get(id) ?? id))])) if (!out.some((o) => o.length === g.length && o.every((id) => g.includes(id)))) out.push(g);
  return out;
}

