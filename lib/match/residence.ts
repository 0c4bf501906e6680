/**
 * Where the job says its people must live ("Remote — must reside in TX, FL, GA, NC or AZ", "open to candidates based in
 * Canada or the UK") against where the resume's header says the candidate lives ("Atlanta, GA"). A careful reader
 * checks the address; without this the row read "Fitmark cannot tell this from a resume".
 */

export const STATES: Record<string, string> = {
  AL: 'Alabama', AK: 'Alaska', AZ: 'Arizona', AR: 'Arkansas', CA: 'California', CO: 'Colorado', CT: 'Connecticut', DE: 'Delaware',
  FL: 'Florida', GA: 'Georgia', HI: 'Hawaii', ID: 'Idaho', IL: 'Illinois', IN: 'Indiana', IA: 'Iowa', KS: 'Kansas', KY: 'Kentucky',
  LA: 'Louisiana', ME: 'Maine', MD: 'Maryland', MA: 'Massachusetts', MI: 'Michigan', MN: 'Minnesota', MS: 'Mississippi',
  MO: 'Missouri', MT: 'Montana', NE: 'Nebraska', NV: 'Nevada', NH: 'New Hampshire', NJ: 'New Jersey', NM: 'New Mexico',
  NY: 'New York', NC: 'North Carolina', ND: 'North Dakota', OH: 'Ohio', OK: 'Oklahoma', OR: 'Oregon', PA: 'Pennsylvania',
  RI: 'Rhode Island', SC: 'South Carolina', SD: 'South Dakota', TN: 'Tennessee', TX: 'Texas', UT: 'Utah', VT: 'Vermont',
  VA: 'Virginia', WA: 'Washington', WV: 'West Virginia', WI: 'Wisconsin', WY: 'Wyoming', DC: 'District of Columbia',
};
const COUNTRIES = [
  'United States', 'USA', 'Canada', 'United Kingdom', 'UK', 'Ireland', 'Germany', 'France', 'Netherlands', 'Spain', 'Portugal', 'Italy',
  'Poland', 'Sweden', 'Norway', 'Denmark', 'Finland', 'Switzerland', 'Austria', 'Belgium', 'Czech Republic', 'Romania', 'Greece',
  'India', 'Australia', 'New Zealand', 'Singapore', 'Japan', 'Israel', 'Brazil', 'Mexico', 'Argentina', 'South Africa',
];
/** Aliases of a country as a resume may write it. */
const SAME: Record<string, string> = { USA: 'United States', US: 'United States', 'U.S.': 'United States', UK: 'United Kingdom', 'U.K.': 'United Kingdom', England: 'United Kingdom', Scotland: 'United Kingdom', Wales: 'United Kingdom' };

/** Words that say the job is limited to people living somewhere. (s49: "Local candidates only: must be onsite ... in Charlotte, NC".) */
const RESIDE = /\b(?:must|should|need to|required to)\s+(?:currently\s+)?(?:reside|live|be (?:located|based))\s+in\b|\b(?:residing|located|based|living)\s+in\s+(?:one of\s+)?(?:the following|these)\b|\b(?:open (?:only )?to|only (?:open to|hiring|considering)|hiring (?:only )?in|candidates? (?:must be )?(?:based|located|residing) in)\b|\blocal (?:candidates|applicants|residents) only\b|\bonly local (?:candidates|applicants)\b/i;

/** Whether the text holds the name as a word of its own (a plain search, no pattern per name). */
function hasWord(text: string, name: string): boolean {
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
    const before = text[at - 1] ?? ' ';
    const after = text[at + name.length] ?? ' ';
    if (!/[\w.]/.test(before) && !/\w/.test(after)) return true;
  }
  return false;
}

export interface Places {
  states: string[];
  countries: string[];
}

/** The places a residence requirement lists, or null when the line sets none. */
export function residencePlaces(text: string): Places | null {
  const m = RESIDE.exec(text);
  if (!m) return null;
  const rest = text.slice(m.index + m[0].length);
  // A region ("based in Europe (Germany preferred)") is wider than the countries it goes on to name: no verdict from a list.
  if (/\b(?:Europe|EU|EEA|EMEA|North America|Latin America|LATAM|APAC|Asia|the Americas|Nordics|Scandinavia|Benelux|DACH)\b/.test(rest)) return null;
  const states = new Set<string>();
  for (const c of rest.matchAll(/\b[A-Z]{2}\b/g)) if (STATES[c[0]]) states.add(c[0]);
  for (const [code, name] of Object.entries(STATES)) if (hasWord(rest, name) && !(name === 'Washington' && /\bWashington,? D\.?C\b/.test(rest))) states.add(code);
  const countries = new Set<string>();
  for (const c of COUNTRIES) if (hasWord(rest, c)) countries.add(SAME[c] ?? c);
  if (!states.size && !countries.size) return null;
  return { states: [...states], countries: [...countries] };
}

const HEADING = { test: (l: string) => /^(?:(?:work |professional |career )?(?:experience|summary|profile|objective|skills|education|employment(?: history)?|history))\s*:?$/i.test(l) || /^[A-Z][A-Z &]{3,}:?$/.test(l) };
/** Where a resume's header (its first lines) says the candidate lives: US states and countries named there. */
export function resumePlaces(text: string): Places {
  // The header: the first lines, up to the first heading ("EXPERIENCE", "Summary").
  const lines = text.split('\n').filter((l) => l.trim()).slice(0, 4);
  const end = lines.findIndex((l, k) => k > 0 && HEADING.test(l.trim()));
  const head = (end > 0 ? lines.slice(0, end) : lines).join('\n');
  const states = new Set<string>();
  // "Atlanta, GA", "Austin, TX 78701": a town, a comma, the state's code.
  for (const c of head.matchAll(/[A-Za-z.]+,\s*([A-Z]{2})\b(?!\s*[A-Za-z]{2,})/g)) if (STATES[c[1]!]) states.add(c[1]!);
  for (const [code, name] of Object.entries(STATES)) if (hasWord(head, name) && /,\s*$/.test(head.slice(0, head.indexOf(name)))) states.add(code);
  const countries = new Set<string>();
  for (const c of [...COUNTRIES, ...Object.keys(SAME)]) if (hasWord(head, c)) countries.add(SAME[c] ?? c);
  if (states.size) countries.add('United States');
  return { states: [...states], countries: [...countries] };
}

/** The verdict on a residence requirement: met where the resume's header names a place listed, unmet where it names another place of the same kind. */
export function residenceVerdict(asked: Places, lives: Places): { verdict: 'met' | 'unmet'; evidence: string } | null {
  const name = (code: string) => STATES[code] ?? code;
  if (asked.states.length) {
    const here = lives.states.find((s) => asked.states.includes(s));
    if (here) return { verdict: 'met', evidence: `The resume’s address is in ${name(here)}.` };
    if (lives.states.length) return { verdict: 'unmet', evidence: `The resume’s address is in ${name(lives.states[0]!)}, not a state listed.` };
    if (lives.countries.length && !lives.countries.includes('United States')) return { verdict: 'unmet', evidence: `The resume’s address is in ${lives.countries[0]}.` };
    return null;
  }
  const here = lives.countries.find((c) => asked.countries.includes(c));
  if (here) return { verdict: 'met', evidence: `The resume’s address is in ${here}.` };
  if (lives.countries.length) return { verdict: 'unmet', evidence: `The resume’s address is in ${lives.countries[0]}, not a country listed.` };
  return null;
}

/**
 * Indeed's screening lines under "Ability to Commute:" and "Ability to Relocate:": a town and its state alone, "Tampa, FL
 * 33602 (Required)", or with the move asked, "Tampa, FL 33602: Relocate before starting work (Required)". The place is where
 * the job is; the row asks the candidate to get there. Null for any other line.
 */
export function commutePlace(text: string): { state: string; town: string; relocate: boolean } | null {
  const m = /^(?:ability to (?:commute|relocate)\s*:?\s*)?([A-Z][A-Za-z.' -]{1,40}),\s*([A-Z]{2})(?:\s+\d{5})?(?:\s*:\s*(relocate\b[^()]*|commute\b[^()]*))?\s*\((?:required|preferred)\)\s*\.?$/i.exec(text.trim());
  if (!m || !STATES[m[2]!.toUpperCase()]) return null;
  return { state: m[2]!.toUpperCase(), town: m[1]!.trim(), relocate: /^relocate/i.test(m[3] ?? '') || /^ability to relocate/i.test(text.trim()) };
}

/**
 * A commute or relocation line against the resume's address: living in the job's state meets either (a reader takes a
 * town in the same state as within reach; the resume cannot say more). Living in another state leaves a commute unmet,
 * and a move asked before starting cannot be told from a resume (a reader does not know whether the candidate will move).
 */
export function commuteVerdict(asked: { state: string; town: string; relocate: boolean }, lives: Places): { verdict: 'met' | 'unmet'; evidence: string } | null {
  const state = STATES[asked.state]!;
  if (lives.states.includes(asked.state)) return { verdict: 'met', evidence: `The resume\u2019s address is in ${state}, where the job is (${asked.town}).` };
  if (asked.relocate) return null;
  if (lives.states.length) return { verdict: 'unmet', evidence: `The resume\u2019s address is in ${STATES[lives.states[0]!]}; the job is in ${asked.town}, ${state}.` };
  if (lives.countries.length && !lives.countries.includes('United States')) return { verdict: 'unmet', evidence: `The resume\u2019s address is in ${lives.countries[0]}; the job is in ${asked.town}, ${state}.` };
  return null;
}

/** A town written with its US state after it, code or name ("Portland, OR", "Portland, Oregon"): the state's code, or null. */
function stateAfter(text: string, town: string): string | null {
  for (let at = text.indexOf(town); at >= 0; at = text.indexOf(town, at + 1)) {
    if (/\w/.test(text[at - 1] ?? ' ')) continue;
    const rest = text.slice(at + town.length);
    const code = /^,?\s+([A-Z]{2})\b/.exec(rest);
    if (code && STATES[code[1]!]) return code[1]!;
    const name = Object.entries(STATES).find(([, n]) => rest.startsWith(`, ${n}`) && !/\w/.test(rest[n.length + 2] ?? ' '));
    if (name) return name[0];
  }
  return null;
}

/**
 * An office the row asks the candidate to work from, by its town ("Able to work from our Portland office on Tuesdays",
 * "Must come into the Denver, CO office twice a week"), with the US state the row or the job's place gives the town
 * ("Copperleaf Studio - Portland, Oregon, United States"). Null when the row names no such office or no state is told.
 * (A commute then, as Indeed's lines ask one: commuteVerdict.)
 */
export function officePlace(text: string, place: string): { state: string; town: string; relocate: boolean } | null {
  const m = /\b(?:work|working|come|coming|commute|be|attend|report|join us)\b[^.;]{0,30}?\b(?:from|in|at|into|to)\s+(?:our|the)\s+((?:[A-Z][a-z]+\s+){0,2}[A-Z][a-z]+)(?:,\s*([A-Z]{2}))?\s+(?:office|HQ|headquarters|studio|hub)\b/.exec(text);
  if (!m) return null;
  const town = m[1]!;
  const state = m[2] && STATES[m[2]] ? m[2] : stateAfter(place, town);
  return state ? { state, town, relocate: false } : null;
}
