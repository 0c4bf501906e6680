import { describe, expect, it } from 'vitest';
import { findSkills } from '@/lib/skills/matcher';
import { bundled } from '@/lib/skills/taxonomy';
import { probeFailures, type Probe } from './trap-probes';

/**
 * Guarded tool names (issue #13): a name that is also an ordinary word ("Linear", "Storm", "Salt") is the tool where
 * its place in the text says so (lib/skills/matcher.ts toolSense: a whole item of a list with another skill, after
 * "tools like" or "(e.g.", offered with "or a similar …", asked after "experience with" beside other names) and
 * another sense in a list of ordinary words with no skill in it (otherSense). Every sentence here was written fresh
 * for this file; none is taken from the corpus, the eval files or the labels. The probe files
 * test/tools/guarded-judged-s36*.jsonl hold more (`npx tsx test/tools/guarded-probe.ts FILE --misses`).
 * KNOWN_MISSES still fail and are asserted to: a fix moves one out of the list.
 */
const KNOWN_MISSES = new Set<string>([
  // Two guarded names vouch for neither: "Modal and Ray", "Poetry or uv" (two people would read the same way).
  'Our GPU jobs run on Modal and Ray.',
  'Package management with Poetry or uv.',
  // A name opening a sentence, followed by a long phrase: no list to read.
  'Swift, honest feedback is part of every review.',
  // A list with one skill of another field (welding) reads as a list of skills.
  'Experience with Spark, arc and TIG welding.',
  // People after "experience with": their names read as products.
  'Experience with Julia, Marco and the rest of the research team.',
]);

const TOOLS: Probe[] = [
  { cls: 'list of skills', text: 'Day-to-day planning happens in Linear, Slack and Figma.', asks: ['Linear'] },
  { cls: 'or equivalent', text: 'You are fluent in Notion, Airtable or equivalent.', asks: ['Notion'] },
  { cls: 'kind such as', text: 'Familiarity with ATS platforms such as Workday or Greenhouse.', asks: ['Workday'] },
  { cls: 'list of skills', text: 'Prior work with Electron, Tauri or another desktop framework.', asks: ['Electron'] },
  { cls: 'or a comparable', text: 'Knowledge of Storm (or a comparable engine) is a plus.', asks: ['Storm'] },
  { cls: 'kind like', text: 'Hybrid app toolkits like Ionic are part of our stack.', asks: ['Ionic'] },
  { cls: 'or a similar', text: 'Expertise in Percy or a similar snapshot service.', asks: ['Percy'] },
  { cls: 'list of skills', text: 'Orchestration with Beam, Flink or Dataflow.', asks: ['Beam'] },
  { cls: 'ask', text: 'Experience with Sinatra.', asks: ['Sinatra'] },
  { cls: 'list of skills', text: 'Mobile test automation using Maestro, Detox or Appium.', asks: ['Maestro'] },
  { cls: 'ask', text: 'Proficient in Asana.', asks: ['Asana'] },
  { cls: 'list of skills', text: 'Hands-on with Vagrant and Packer.', asks: ['Vagrant'] },
  { cls: 'e.g.', text: 'Container registries (e.g. Quay, Harbor, ECR).', asks: ['Harbor'] },
  { cls: 'or a comparable', text: 'Ticket tracking in Linear or a comparable tool.', asks: ['Linear'] },
  { cls: 'or other kind', text: 'Heron, Storm or other streaming engines.', asks: ['Storm'] },
  { cls: 'tools heading', text: 'Tech stack: Notion, Linear, Retool.', asks: ['Linear'] },
  { cls: 'ask', text: 'Proficiency in Ionic.', asks: ['Ionic'] },
  { cls: 'ask', text: 'Experience with Workday (HCM) administration.', asks: ['Workday'] },
  { cls: 'ask beside a name', text: 'Experience with Storm or Heron for event streams.', asks: ['Storm'] },
  { cls: 'or another kind', text: 'Experience with Crystal, Nim or another compiled language.', asks: ['Crystal', 'Nim'] },
  { cls: 'list of skills', text: 'Our GPU jobs run on Modal and Ray.', asks: ['Modal'] },
  { cls: 'list of skills', text: 'Package management with Poetry or uv.', asks: ['Poetry'] },
];

const OTHER_SENSES: Probe[] = [
  { cls: 'longer name', text: 'Experience with Storm surge modelling, hydrology or GIS.', traps: ['Storm'] },
  { cls: 'working day', text: 'Your workday, your hours: mornings, evenings or weekends.', traps: ['workday'] },
  { cls: 'physics', text: 'Knowledge of Electron, proton and neutron interactions.', traps: ['Electron'] },
  { cls: 'chemistry', text: 'Lab work with Ionic, covalent and metallic compounds.', traps: ['Ionic'] },
  { cls: 'logic', text: 'Experience with Modal, Bayesian or fuzzy logic.', traps: ['Modal'] },
  { cls: 'sibling sense', text: 'Our process is Lean/post-agile: short loops, few meetings.', traps: ['Lean'] },
  { cls: 'sibling sense', text: 'Glue services together with n8n/Make or Zapier.', traps: ['Make'] },
  { cls: 'title fields', text: 'Acme | Staff Java Engineer and Tech Lead | Lisbon/hybrid', asks: ['Java'] },
  { cls: 'neutral kind', text: 'We will teach you Go, testing and other core topics in your first month.', asks: ['Go'] },
  { cls: 'person', text: 'Ask Percy, Dana or Sam about our interview loop.', traps: ['Percy'] },
  { cls: 'english', text: 'We weather every Storm, outage and launch together.', traps: ['Storm'] },
  { cls: 'cook', text: 'The team cooks together: Chef, sous-chef and dishwasher rotate weekly.', traps: ['Chef'] },
  { cls: 'toy', text: 'Experience with Puppet, marionette or shadow theatre.', traps: ['Puppet'] },
  { cls: 'food', text: 'Seasoning options: Salt, pepper, or chilli flakes.', traps: ['Salt'] },
  { cls: 'welding', text: 'Experience with Spark, flame and ignition testing in our safety lab.', traps: ['Spark'] },
  { cls: 'trains', text: 'We ride the Rails, buses and ferries to our offsites.', traps: ['Rails'] },
  { cls: 'english', text: 'Swift, honest feedback is part of every review.', traps: ['Swift'] },
  { cls: 'person', text: 'Experience with Julia, Marco and the rest of the research team.', traps: ['Julia'] },
  { cls: 'longer name', text: 'Experience with Electron Microscopy.', traps: ['Electron'] },
  { cls: 'weather', text: 'Knowledge of Storm, flood and wildfire risk.', traps: ['Storm'] },
  { cls: 'food', text: 'Experience with Salt, sugar or spice blends.', traps: ['Salt'] },
  { cls: 'welding', text: 'Experience with Spark, arc and TIG welding.', traps: ['Spark'] },
  { cls: 'game', text: 'Games like Go or chess are popular at our Friday socials.', traps: ['Go'] },
  { cls: 'person', text: 'Percy, our office dog, greets everyone.', traps: ['Percy'] },
  { cls: 'other kind', text: 'Experience with Go, Chess or other board games.', traps: ['Go'] },
  { cls: 'longer name', text: 'Experience with Crystal growth, X-ray diffraction or materials synthesis.', traps: ['Crystal'] },
  { cls: 'person', text: 'Experience with Julia Child recipes, baking or meal prep.', traps: ['Julia'] },
];

function check(p: Probe) {
  const failures = probeFailures(p);
  if (KNOWN_MISSES.has(p.text)) expect(failures, 'a known miss now passes: take it out of KNOWN_MISSES').not.toEqual([]);
  else expect(failures).toEqual([]);
}

describe('guarded tool names in lists, choices and asks (#13)', () => {
  it.each(TOOLS.map((p) => [p.cls, p.text, p] as const))('%s: %s', (_c, _t, p) => check(p));
});

describe('the same words in another sense, in lists and after asks (#13)', () => {
  it.each(OTHER_SENSES.map((p) => [p.cls, p.text, p] as const))('%s: %s', (_c, _t, p) => check(p));
});

describe('reading a guarded name\'s list', () => {
  it('stays linear on a long line of list items', () => {
    const { matcher } = bundled();
    const line = 'Experience with ' + Array.from({ length: 4000 }, (_, i) => (i % 3 === 0 ? 'Linear' : i % 3 === 1 ? 'Storm' : 'widget')).join(', ') + '.';
    const t0 = performance.now();
    findSkills(matcher, line);
    expect(performance.now() - t0).toBeLessThan(2000);
  });
});
