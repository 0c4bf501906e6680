/**
 * `--guide` on the command line (../shared/DESIGN.md, "Command line"):
 *
 *   npm run --silent analyze -- --guide ANCHOR --json   one section as one JSON object
 *   npm run --silent analyze -- --guide --json          every section, one object a line
 *   (without --json: the same as readable text)
 *
 * A section is `{ anchor, role, skill, what, why, market, show, learn, demand }`:
 * `role` is `{ id, title }` for a role's section and null for a skill's own;
 * `demand` holds the market figures and their source (taxonomy/market.json),
 * or null where too few postings name the skill.
 */
import { demandText, type Market } from '../guide/market';
import { allSections, findSection, skillGuides, type GuideSection } from '../guide/sections';
import { bundled } from '../skills/taxonomy';
import { GUIDE_FILES } from '../../taxonomy/guides';
import market from '../../taxonomy/market.json';

export class GuideError extends Error {}

export interface GuideArgs {
  /** The anchor asked for (without "guide.html#"), or null for every section. */
  anchor: string | null;
  json: boolean;
}

/** Reads `--guide [ANCHOR] [--json]`; other arguments are refused. */
export function parseGuideArgs(argv: readonly string[]): GuideArgs {
  const out: GuideArgs = { anchor: null, json: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--json') out.json = true;
    else if (a === '--guide') {
      const next = argv[i + 1];
      if (next !== undefined && !next.startsWith('--')) {
        out.anchor = next.replace(/^.*#/, '');
        i++;
      }
    } else throw new GuideError(`--guide takes an anchor and --json, not ${a}`);
  }
  return out;
}

export function guideSections(): GuideSection[] {
  const { taxonomy } = bundled();
  return allSections(taxonomy.roles, skillGuides(GUIDE_FILES), taxonomy.byId, market as Market);
}

function readable(s: GuideSection): string {
  const { taxonomy } = bundled();
  const name = (id: string) => taxonomy.byId.get(id)?.name ?? id;
  return [
    `${s.skill.name}${s.role ? ` — ${s.role.title}` : ''}  (#${s.anchor})`,
    `What it is: ${s.what}`,
    `Why: ${s.why}`,
    `What the market expects: ${s.market}`,
    ...(s.demand ? [`In real postings: ${demandText(s.demand, name)}`] : []),
    `How to show it: ${s.show}`,
    `How to close the gap: ${s.learn}`,
  ].join('\n');
}

/** The lines `--guide` prints; throws GuideError for an anchor that names no section. */
export function runGuide(args: GuideArgs, sections: readonly GuideSection[] = guideSections()): string[] {
  if (args.anchor !== null) {
    const s = findSection(args.anchor, sections);
    if (!s) throw new GuideError(`no guide section #${args.anchor} (--guide --json lists every anchor)`);
    return [args.json ? JSON.stringify(s) : readable(s)];
  }
  return args.json ? sections.map((s) => JSON.stringify(s)) : sections.map((s) => `${s.anchor}\t${s.skill.name}${s.role ? `\t${s.role.title}` : ''}`);
}

/** The hook lib/cli/analyze.ts calls when `--guide` is among the arguments. */
export function guideMain(argv: readonly string[]): void {
  try {
    for (const line of runGuide(parseGuideArgs(argv))) process.stdout.write(line + '\n');
  } catch (e) {
    if (!(e instanceof GuideError)) throw e;
    process.stderr.write(`fitmark: ${e.message}\n`);
    process.exitCode = /takes an anchor/.test(e.message) ? 2 : 1;
  }
}
