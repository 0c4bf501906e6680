import type { RequirementItem } from '../requirements/types';
import type { RequirementVerdict, ResumeFacts } from './requirements';

/**
 * Session 62's verdict classes from the lead's fresh pairs (#12), read over a row's verdict as judged: shift work asked,
 * against a resume that worked such shifts. (A certificate asked "or higher" is read by careful-s62's ladders.)
 */
export function leadS62(item: RequirementItem, v: RequirementVerdict, resume: ResumeFacts): RequirementVerdict {
  return shiftWork(item, v, resume);
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
