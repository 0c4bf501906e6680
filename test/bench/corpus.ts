/**
 * The 1,620-posting corpus (../shared/fixtures/corpus/hn-2026.jsonl) as the evals read it: each posting's
 * text by id. Where ../shared is absent the eval says it skipped and ends (failing under CI=true).
 */
import { existsSync, readFileSync } from 'node:fs';
import { SHARED } from '../helpers';

export function corpusTextsOrExit(): Map<number, string> {
  const path = `${SHARED}fixtures/corpus/hn-2026.jsonl`;
  if (!existsSync(path)) {
    console.error('skipped: ../shared/fixtures/corpus/hn-2026.jsonl not found');
    process.exit(process.env.CI === 'true' ? 1 : 0);
  }
  const texts = new Map<number, string>();
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const row = JSON.parse(line) as { id: number; text: string };
    texts.set(row.id, row.text);
  }
  return texts;
}
