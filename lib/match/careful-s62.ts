import type { RequirementItem } from '../requirements/types';
import type { RequirementVerdict, ResumeFacts } from './requirements';

/**
 * Session 62's verdict classes (the careful pairs' tune part, #12), read over a row's verdict as judged: a certificate of a
 * vendor's ladder asked, against another rung of it held; military service asked done in the languages of the countries
 * that ask it, against the resume's line of it.
 */
export function carefulS62(item: RequirementItem, v: RequirementVerdict, resume: ResumeFacts): RequirementVerdict {
  return militaryAbroad(item, certLadder(item, v, resume), resume);
}

const lineOf = (l: string) => l.trim().replace(/^[-\u2022*\u00b7]\s*/, '').slice(0, 160);

/**
 * (s62 tune) A vendor's certificates are a ladder: Cisco's CCNA, CCNP, CCIE; AWS's Cloud Practitioner, its Associate
 * titles, its Professional ones; Microsoft Azure's Fundamentals (AZ-900), its Associate titles (AZ-104, AZ-204, ...), its
 * Expert ones (AZ-305, AZ-400); Juniper's JNCIA to JNCIE; Google Cloud's Digital Leader, Associate and Professional titles.
 * (A title's track, "Solutions Architect", "Developer", "Security", is its own ladder where the ask names one and allows no like one.)
 * A careful reader takes a rung held at or above the one asked as meeting it ("Azure Solutions Architect Expert" for
 * "AZ-104 ou une certification similaire"), a lower rung of the same ladder as meeting it in part (CCNA for "Cisco CCNP or
 * similar", the AZ-104 for "Azure Solutions Architect Expert or similar", the AWS Cloud Practitioner for "AWS Solutions
 * Architect - Associate or higher"); and where the ask leaves room for a like one ("or similar", "or equivalent"), another
 * vendor's ladder of the same kind (clouds, networks) at or above the rung as meeting it, one of its middle rungs below as
 * meeting it in part. Another vendor's entry certificate (AZ-900 or the Cloud Practitioner for an AWS architect, a CKA or a
 * CCNP ask) is no rung of it: the verdict stays as judged. Only for an ask whose whole subject is the certificate (not
 * "AWS experience; SA Associate a plus" read as one row).
 */
type Kind = 'cloud' | 'network';
/** An AWS title up to its level: "AWS Certified Solutions Architect \u2013 ", "AWS Developer ". */
const AWS_TITLE = String.raw`\bAWS\s+(?:Certified\s+)?(Solutions\s+Architect|Developer|SysOps\s+Administrator|DevOps\s+Engineer|Data\s+Engineer|Machine\s+Learning\s+Engineer|CloudOps\s+Engineer)\s*(?:[\u2013\u2014-]\s*)?`;
interface Rung {
  ladder: string;
  kind: Kind;
  rung: number;
  track: string | null;
}
const LADDER: ReadonlyArray<[RegExp, string, Kind, number]> = [
  // Cisco: the entry CCT, then CCNA, CCNP (its track after it: "CCNP Security"), CCIE.
  [/\bCCT\b/, 'Cisco', 'network', 0],
  [/\bCCNA\b|\bCisco Certified Network Associate\b/i, 'Cisco', 'network', 1],
  [/\bCCNP(?:\s+(Enterprise|Security|Data Center|Service Provider|Collaboration))?\b|\bCisco Certified Network Professional\b/i, 'Cisco', 'network', 2],
  [/\bCCIE(?:\s+(Enterprise|Security|Data Center|Service Provider|Collaboration))?\b|\bCisco Certified Internetwork Expert\b/i, 'Cisco', 'network', 3],
  [/\bJNCIA\b/, 'Juniper', 'network', 1],
  [/\bJNCIS\b/, 'Juniper', 'network', 1],
  [/\bJNCIP\b/, 'Juniper', 'network', 2],
  [/\bJNCIE\b/, 'Juniper', 'network', 3],
  // AWS: the Cloud Practitioner, then a title ending in Associate, then one ending in Professional (the title its track).
  [/\bAWS\b[^,;()\n]{0,40}?\bCloud Practitioner\b|\bCLF-C0\d\b/i, 'AWS', 'cloud', 0],
  [new RegExp(`${AWS_TITLE}Associate\\b|\\b(?:SAA|DVA|SOA)-C0\\d\\b`, 'i'), 'AWS', 'cloud', 1],
  [new RegExp(`${AWS_TITLE}Professional\\b|\\b(?:SAP|DOP)-C0\\d\\b`, 'i'), 'AWS', 'cloud', 2],
  // Microsoft Azure: AZ-900 (Fundamentals), the Associate exams and titles, the Expert ones (the title its track).
  [/\bAZ-900\b|\bAzure Fundamentals\b/i, 'Azure', 'cloud', 0],
  [/\bAZ-(?:104|204|500|700|800|801)\b|\bAzure\s+((?:[A-Z][\w-]*\s+){1,4})Associate\b/, 'Azure', 'cloud', 1],
  [/\bAZ-(?:305|400)\b|\bAzure\s+((?:[A-Z][\w-]*\s+){1,4})Expert\b/, 'Azure', 'cloud', 2],
  // Google Cloud: the Digital Leader, the Associate Cloud Engineer, the Professional titles.
  [/\bCloud Digital Leader\b/i, 'Google Cloud', 'cloud', 0],
  [/\bAssociate Cloud Engineer\b/i, 'Google Cloud', 'cloud', 1],
  [/\bProfessional ((?:Cloud|Data|Machine Learning)\s+\w+(?:\s+\w+)?)\b/i, 'Google Cloud', 'cloud', 2],
];
/** The rungs a text names, the highest of each ladder; each with its track where its title names one ("Solutions Architect"). */
function rungsIn(text: string): Rung[] {
  const out: Rung[] = [];
  for (const [re, ladder, kind, rung] of LADDER) {
    const m = re.exec(text);
    if (!m) continue;
    const track = m[1] ? m[1].trim().toLowerCase().replace(/\s+/g, ' ') : null;
    const had = out.find((r) => r.ladder === ladder);
    if (had && had.rung >= rung) continue;
    if (had) Object.assign(had, { rung, track });
    else out.push({ ladder, kind, rung, track });
  }
  return out;
}
/** "or similar", "or equivalent", "ili sli\u010dan", "\u0438\u043b\u0438 \u043f\u043e\u0434\u043e\u0431\u0435\u043d", "ou similaire", "tr\u1edf l\u00ean" (or above): room for a like certificate. */
const LIKE_ONE = /\b(?:or|ou|oder|o|ili|of)\s+(?:an?\s+|une?\s+|any\s+)?(?:similar|equivalent|comparable|higher|above|better|sli\u010dn\p{L}*|similaire|\u00e9quivalent\p{L}*|gleichwertig\p{L}*|vergleichbar\p{L}*|similar\p{L}*|equivalente?)|\u0438\u043b\u0438\s+(?:\u043f\u043e\u0434\u043e\u0431\p{L}*|\u0430\u043d\u0430\u043b\u043e\u0433\u0438\u0447\p{L}*|\u0435\u043a\u0432\u0438\u0432\u0430\u043b\u0435\u043d\u0442\p{L}*|\u0440\u0430\u0432\u043d\u043e\u0446\u0435\u043d\p{L}*)|\btr\u1edf\s+l\u00ean\b|\bor\s+(?:higher|above)\b/iu;
/** (s62 lead) "or higher", "or above", "or better", Vietnamese "tr\u1edf l\u00ean": a higher rung of the same ladder; and the words of a like one. */
const HIGHER_ONE = /\b(?:or|ou|oder|o|ili|of)\s+(?:an?\s+|any\s+)?(?:higher|above|better)\b|tr\u1edf\s+l\u00ean/iu;
const SIMILAR_WORDS = /similar|equivalent|comparable|sli\u010dn|similaire|\u00e9quivalent|gleichwertig|vergleichbar|equivalente|\u043f\u043e\u0434\u043e\u0431\u043d|\u0441\u043b\u0438\u0447\u043d/iu;
/** A line of the resume that holds a certificate rather than mentions one taught or planned. */
const NOT_HELD = /\b(?:taught|teach|teaching|trainer|instructor|course(?:s)? for|prepar\w+ (?:for|students)|studying for|pursuing|in progress|planned|expected|expir(?:ed|y))\b/i;

function certLadder(item: RequirementItem, v: RequirementVerdict, resume: ResumeFacts): RequirementVerdict {
  if (resume.text === undefined || item.kind === 'language' || item.kind === 'degree' || item.years) return v;
  const asked = rungsIn(item.text);
  // (One ladder asked: "CCNP Security or similar", "AZ-104 ou une certification similaire"; not a choice of two vendors'.)
  if (asked.length !== 1) return v;
  const want = asked[0]!;
  const like = LIKE_ONE.test(item.text);
  // (s62 lead: "or higher" alone, "AWS Certified Cloud Practitioner or higher", "CCNA or above", leaves room for a higher rung of
  // the ladder named, not for another vendor's: an Azure associate is no higher AWS certificate. "Or similar" does.)
  const crossVendor = like && !(HIGHER_ONE.test(item.text) && !SIMILAR_WORDS.test(item.text));
  let best: { verdict: 'met' | 'partial'; line: string; held: Rung } | null = null;
  for (const l of resume.text.split('\n')) {
    if (NOT_HELD.test(l)) continue;
    for (const held of rungsIn(l)) {
      let verdict: 'met' | 'partial' | null = null;
      // (Another track of the vendor, "AWS Certified Developer \u2013 Associate" for "Solutions Architect \u2013 Associate", or a rung
      // with none, CCNA for "CCNP Enterprise certification", is no rung of the one asked unless the ask leaves room for a like one:
      // s50 decided a CCNA unmet for a plain "CCNP Enterprise certification", s37 an AZ-104 unmet for "AZ-305 certification", s62
      // a CCNA partial for "Cisco CCNP or similar".)
      if (held.ladder === want.ladder && (like || (held.track !== null && held.track === want.track))) verdict = held.rung >= want.rung ? 'met' : 'partial';
      else if (crossVendor && held.kind === want.kind && held.rung >= 1) verdict = held.rung >= want.rung ? 'met' : 'partial';
      if (verdict && (!best || (verdict === 'met' && best.verdict !== 'met'))) best = { verdict, line: l, held };
    }
  }
  if (!best) return v;
  // (A verdict already met stays met; one judged otherwise takes the ladder's.)
  if (v.verdict === 'met') return v;
  const same = best.held.ladder === want.ladder;
  const evidence =
    best.verdict === 'met'
      ? `The resume holds \u201c${lineOf(best.line)}\u201d, ${same ? 'at or above the rung asked' : `a like ${best.held.kind} certificate at the rung asked`}.`
      : `The resume holds \u201c${lineOf(best.line)}\u201d, a lower rung of ${same ? `${want.ladder}'s ladder` : `a like ${want.kind} ladder`} than the one asked.`;
  return { ...v, verdict: best.verdict, evidence };
}

/**
 * (s62 tune) Military service asked done, as the countries that owe it ask it in their own words: Azerbaijani "H\u0259rbi xidm\u0259t
 * ke\u00e7mi\u015f olmaq", Turkish "Askerlik hizmetini tamamlam\u0131\u015f", Greek "\u0395\u03ba\u03c0\u03bb\u03b7\u03c1\u03c9\u03bc\u03ad\u03bd\u03b5\u03c2 \u03c3\u03c4\u03c1\u03b1\u03c4\u03b9\u03c9\u03c4\u03b9\u03ba\u03ad\u03c2 \u03c5\u03c0\u03bf\u03c7\u03c1\u03b5\u03ce\u03c3\u03b5\u03b9\u03c2", Hebrew "\u05e9\u05d9\u05e8\u05d5\u05ea \u05e6\u05d1\u05d0\u05d9 \u05de\u05dc\u05d0
 * \u05d1\u05e6\u05d4\u05f4\u05dc" (or "IDF service"), Russian "\u041d\u0430\u043b\u0438\u0447\u0438\u0435 \u0432\u043e\u0435\u043d\u043d\u043e\u0433\u043e \u0431\u0438\u043b\u0435\u0442\u0430" (the military card of one who served or was excused), Korean
 * "\uad70\ud544". Met by the resume's line that says it done ("H\u0259rbi xidm\u0259t: ke\u00e7ib", "Askerlik: Tamamland\u0131", "\u0412\u043e\u0435\u043d\u043d\u044b\u0439 \u0431\u0438\u043b\u0435\u0442
 * \u0438\u043c\u0435\u0435\u0442\u0441\u044f", "IDF, C4I Corps, 2012 \u2013 2015 (completed)"), or by a line under a heading of it that says it done or dates
 * it ("H\u018fRB\u0130 X\u0130DM\u018fT" then "Ke\u00e7ib, 2012 \u2013 2013"); a resume that says nothing of it leaves it unknown, and so does one that says
 * it put off ("Askerlik: Tecilli", deferred).
 */
const SERVICE_WORDS =
  '(?:military|army|national)\\s+(?:service|obligations?|duty|status)|IDF|Tzahal|h\\u0259rbi\\s+(?:xidm\\u0259t\\p{L}*|bilet\\p{L}*|m\\u00fck\\u0259ll\\u0259fiyy\\u0259t\\p{L}*)|askerli\\p{L}*|\\u03c3\\u03c4\\u03c1\\u03b1\\u03c4\\u03b9\\u03c9\\u03c4\\u03b9\\u03ba\\p{L}*\\s+(?:\\u03c5\\u03c0\\u03bf\\u03c7\\u03c1\\u03b5[\\u03ce\\u03c9]\\u03c3\\p{L}*|\\u03b8\\u03b7\\u03c4\\u03b5[\\u03af\\u03b9]\\u03b1)|\\u05e9\\u05d9\\u05e8\\u05d5\\u05ea\\s+\\u05e6\\u05d1\\u05d0\\u05d9|\\u05e6\\u05d4["\\u05f4\\u201d]\\u05dc|\\u0432\\u043e\\u0435\\u043d\\u043d\\p{L}*\\s+(?:\\u0431\\u0438\\u043b\\u0435\\u0442\\p{L}*|\\u0441\\u043b\\u0443\\u0436\\u0431\\p{L}*)|\\u0432\\u043e\\u0438\\u043d\\u0441\\u043a\\p{L}*\\s+(?:\\u0443\\u0447[\\u0435\\u0451]\\u0442\\p{L}*|\\u043e\\u0431\\u044f\\u0437\\u0430\\u043d\\p{L}*)|\\u043f\\u0440\\u0438\\u043f\\u0438\\u0441\\u043d\\p{L}*\\s+\\u0441\\u0432\\u0438\\u0434\\u0435\\u0442\\u0435\\u043b\\u044c\\u0441\\u0442\\u0432\\p{L}*|\\uad70\\ud544|\\ubcd1\\uc5ed';
const SERVICE_ASKED = new RegExp(`(?<![\\p{L}])(?:${SERVICE_WORDS})(?![\\p{L}])`, 'iu');
/** A word that says the service done, served or excused, in those languages; or a span of years. */
const SERVICE_DONE =
  /(?<![\p{L}])(?:completed?|fulfilled|done|served|exempt(?:ed|ion)?|discharged|ke\u00e7ib|ke\u00e7mi\u015f\p{L}*|tamamlan\p{L}*|tamamlad\p{L}*|tamamlam\u0131\u015f|yap\u0131ld\u0131|yapt\u0131m|muaf|azad\s+olunub|\u0438\u043c\u0435\u0435\u0442\u0441\u044f|\u0435\u0441\u0442\u044c|\u043f\u0440\u043e\u0448[\u0435\u0451]\u043b|\u043f\u0440\u043e\u0445\u043e\u0434\u0438\u043b|\u043e\u0442\u0441\u043b\u0443\u0436\u0438\u043b|\u0432\u044b\u043f\u043e\u043b\u043d\u0435\u043d\p{L}*|\u043e\u0441\u0432\u043e\u0431\u043e\u0436\u0434\u0435\u043d\p{L}*|\u03b5\u03ba\u03c0\u03bb\u03b7\u03c1\u03c9\u03bc\u03ad\u03bd\p{L}*|\u03b5\u03ba\u03c0\u03bb\u03b7\u03c1\u03c9\u03bc\u03b5\u03bd\p{L}*|\u03b5\u03ba\u03c0\u03bb\u03b7\u03c1\u03ce\u03b8\u03b7\u03ba\u03b1\u03bd|\u03b1\u03c0\u03b1\u03bb\u03bb\u03b1\u03b3\p{L}*|\u05d4\u05d5\u05e9\u05dc\u05dd|\u05e9\u05d7\u05e8\u05d5\u05e8|\u05d0\u05d6\u05e8\u05d7\u05d9|\uc804\uc5ed|\uad70\ud544)(?![\p{L}])|(?<!\d)(?:19|20)\d\d\s*[\u2013\u2014-]\s*(?:19|20)\d\d(?!\d)/iu;
/** A word that says it put off or not done: "Tecilli", "deferred", "\u043e\u0442\u0441\u0440\u043e\u0447\u043a\u0430". */
const SERVICE_NOT_DONE = /(?<![\p{L}])(?:tecil\p{L}*|deferred|postponed|not\s+(?:yet\s+)?(?:done|completed|served)|\u043e\u0442\u0441\u0440\u043e\u0447\p{L}*|\u03b1\u03bd\u03b1\u03b2\u03bf\u03bb\p{L}*|\u05d3\u05d7\u05d9\u05d9\u05d4)(?![\p{L}])/iu;
/** A heading of the service alone on its line: "H\u018fRB\u0130 X\u0130DM\u018fT", "MILITARY SERVICE", "\u0412\u041e\u0418\u041d\u0421\u041a\u0418\u0419 \u0423\u0427\u0401\u0422", "ASKERL\u0130K DURUMU". */
const SERVICE_HEADING = new RegExp(`^\\s*(?:${SERVICE_WORDS})(?:\\s+(?:durumu|status|\\u0441\\u0442\\u0430\\u0442\\u0443\\u0441))?\\s*:?\\s*$`, 'iu');
const folded = (l: string) => l.replace(/\u0130/g, 'i');

function militaryAbroad(item: RequirementItem, v: RequirementVerdict, resume: ResumeFacts): RequirementVerdict {
  if (v.verdict !== 'unknown' || resume.text === undefined || v.groups.length > 0 || !SERVICE_ASKED.test(folded(item.text))) return v;
  const lines = resume.text.split('\n').map(folded);
  const said = lines.find((l, k) => {
    if (!SERVICE_DONE.test(l) || SERVICE_NOT_DONE.test(l)) return false;
    // (The service named at the line's head, "Askerlik: ...", "IDF, C4I Corps ...": not a project about it, "Records app for the army's military service, 2019 \u2013 2021".)
    const at = l.replace(/^[\s\-\u2022*\u00b7]+/, '').search(SERVICE_ASKED);
    if (at >= 0 && at <= 12 && !SERVICE_HEADING.test(l)) return true;
    return lines.slice(Math.max(0, k - 2), k).some((h) => SERVICE_HEADING.test(h));
  });
  if (!said) return v;
  return { ...v, verdict: 'met', evidence: `The resume says \u201c${lineOf(said)}\u201d.` };
}
