/** The second resumes' verdicts of a careful batch, where its second-decided file holds them (from s55). */
import { readFileSync } from 'node:fs';
import { ROOT } from '../helpers';
import { carefulPair, read } from './readers';

/** The second resumes' rows read as decided (`prefix`-second-decided.json: [start, verdict] per row). */
export function secondAgree(prefix: string) {
  const second = JSON.parse(readFileSync(`${ROOT}test/fixtures/text/careful/${prefix}-second-decided.json`, 'utf8')) as Record<
  string,
  { resume: string; verdicts?: [string, string][] }
>;
  let verdicts = 0;
  let of = 0;
  const misses: string[] = [];
  for (const [name, d] of Object.entries(second)) {
    const { a, m } = carefulPair(prefix, name, read(d.resume));
    for (const [start, want] of d.verdicts ?? []) {
      of++;
      const i = a.requirements.findIndex((r) => r.text.toLowerCase().startsWith(start.toLowerCase()));
      const got = i < 0 ? 'no item' : m.requirements![i]!.verdict;
      if (got === want) verdicts++;
      else misses.push(`${name} (second resume) "${start}": ${got}`);
    }
  }
  return { verdicts, of, misses };
}
