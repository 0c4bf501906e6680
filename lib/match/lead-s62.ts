import type { RequirementItem } from '../requirements/types';
import type { RequirementVerdict, ResumeFacts } from './requirements';

/**
 * Session 62's verdict classes from the lead's fresh pairs (#12), read over a row's verdict as judged: shift work asked,
 * against a resume that worked such shifts; a certificate asked "or higher", against a higher one of the same ladder.
 */
export function leadS62(item: RequirementItem, v: RequirementVerdict, resume: ResumeFacts): RequirementVerdict {
  return orHigher(item, shiftWork(item, v, resume), resume);
}

const lineOf = (l: string) => l.trim().replace(/^[-\u2022*\u00b7]\s*/, '').slice(0, 160);
const resumeLines = (resume: ResumeFacts) => (resume.text ?? '').split('\n').map((l) => l.trim()).filter(Boolean);

/**
 * (s62 lead) Shift work asked: "Willing to work night shift (US business hours)", "Able to work rotating shifts, weekends
 * included", "Comfortable covering the APAC overnight shift". A resume line that tells such shifts worked ("Graveyard shift,
 * US Eastern business hours", "Night shift NOC engineer", "24/7 rotating shifts") meets it; a resume silent on shifts leaves it
 * unknown (a willingness no resume can show), and a day-shift line is no evidence.
 */
const SHIFT_ASKED =
  /\b(?:night|graveyard|overnight|evening|late|rotating|rotational|weekend|split|24\/7|APAC|EMEA|US|UK)\s+shifts?\b|\bshift\s+(?:work|schedules?|rotas?|patterns?)\b|\bwork(?:ing)?\s+(?:in\s+)?shifts\b|\b(?:US|UK|EU|AU|ANZ)\s+(?:business\s+|working\s+|office\s+)?hours\b/i;
const SHIFT_WORKED =
  /\b(?:night|graveyard|overnight|mid|late|rotating|rotational|weekend)\s+shifts?\b|\bshift\s+(?:work|rota|pattern)\b|\b24\/7\s+(?:shifts?|rota|operations|NOC|support|coverage)\b|\b(?:US|UK|AU|ANZ)\s+(?:Eastern\s+|Pacific\s+|Central\s+)?(?:business\s+|working\s+|office\s+)?hours\b/i;
function shiftWork(item: RequirementItem, v: RequirementVerdict, resume: ResumeFacts): RequirementVerdict {
  if (v.verdict !== 'unknown' || v.groups.length || !SHIFT_ASKED.test(item.text)) return v;
  const line = resumeLines(resume).find((l) => SHIFT_WORKED.test(l) && !/\bday\s+shifts?\s+only\b/i.test(l));
  return line ? { ...v, verdict: 'met', evidence: `The resume says \u201c${lineOf(line)}\u201d.` } : v;
}

/**
 * (s62 lead) A certificate asked "or higher" ("AWS Certified Cloud Practitioner or higher", "CCNA or above", "AZ-900 or a
 * higher Azure certification", "CompTIA Network+ or higher"): met by a higher rung of the same vendor's ladder (an AWS
 * Associate or Professional, a CCNP or CCIE, an Azure associate or expert, Security+ above Network+). Another vendor's
 * certificate is no rung of it, and a lower rung leaves it as judged.
 */
const OR_HIGHER = /\bor\s+(?:any\s+)?(?:a\s+)?(?:higher|above|better|more\s+advanced|(?:a\s+)?higher[- ]level)\b/i;
const LADDERS: ReadonlyArray<ReadonlyArray<RegExp>> = [
  [/\bAWS\b[^,;\n]{0,30}\bCloud Practitioner\b|\bCLF-C0\d\b/i, /\bAWS\b[^,;\n]{0,40}\bAssociate\b|\b(?:SAA|SOA|DVA|DEA|MLA)-C0\d\b/i, /\bAWS\b[^,;\n]{0,40}\bProfessional\b|\b(?:SAP|DOP)-C0\d\b/i],
  [/\bAZ-900\b|\bAzure Fundamentals\b/i, /\bAZ-(?:104|204|500|700|800|120|140)\b|\bAzure\b[^,;\n]{0,30}\bAssociate\b/i, /\bAZ-(?:305|400)\b|\bAzure\b[^,;\n]{0,30}\bExpert\b/i],
  [/\bCCNA\b|\bCCT\b/, /\bCCNP\b/, /\bCCIE\b/],
  [/\bCompTIA A\+|\bA\+ (?:certified|certification)\b/i, /\bNetwork\+/i, /\bSecurity\+/i, /\bCySA\+|\bPenTest\+/i, /\bCASP\+|\bSecurityX\b/i],
  [/\bCloud Digital Leader\b/i, /\bAssociate Cloud Engineer\b/i, /\bProfessional Cloud (?:Architect|DevOps Engineer|Security Engineer|Network Engineer|Database Engineer|Developer)\b/i],
  [/\bRHCSA\b/, /\bRHCE\b/, /\bRHCA\b/],
  [/\bKCNA\b/, /\bCK(?:A|AD)\b/, /\bCKS\b/],
];
function orHigher(item: RequirementItem, v: RequirementVerdict, resume: ResumeFacts): RequirementVerdict {
  if (v.verdict === 'met' || !OR_HIGHER.test(item.text)) return v;
  const lines = resumeLines(resume);
  for (const ladder of LADDERS) {
    const asked = ladder.findIndex((rung) => rung.test(item.text));
    if (asked < 0) continue;
    for (let k = ladder.length - 1; k > asked; k--) {
      const line = lines.find((l) => ladder[k]!.test(l));
      if (line) return { ...v, verdict: 'met', evidence: `The resume says \u201c${lineOf(line)}\u201d: a higher certificate of the same track than the one asked.` };
    }
  }
  return v;
}
