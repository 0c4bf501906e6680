import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers';

/** The README's command-line examples, as a new user would copy them: each runs as written, on the bundled samples. */
const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
const block = /## Command line[\s\S]*?```bash\n([\s\S]*?)```/.exec(readme)?.[1] ?? '';
const examples = block
  .split('\n')
  .map((l) => l.replace(/\s+#.*$/, '').trim())
  .filter((l) => l.startsWith('npm run --silent analyze'));

describe("the README's command-line examples", () => {
  it('are there', () => {
    expect(examples.length).toBeGreaterThanOrEqual(5);
  });

  for (const example of examples) {
    it(`runs: ${example}`, { timeout: 120_000 }, async () => {
      const args = example.replace(/^npm run --silent analyze(\s+--)?/, '').trim().split(/\s+/).filter(Boolean);
      // Every file it names ships with the project, in lib/cli/samples/.
      for (const a of args.filter((a) => /\.(txt|pdf|docx|html|jsonl|json)$/.test(a))) {
        expect(a.startsWith('lib/cli/samples/'), `${a} is a bundled sample`).toBe(true);
        expect(existsSync(join(ROOT, a)), a).toBe(true);
      }
      const { stdout, stderr } = await promisify(execFile)(process.execPath, ['--import', 'tsx', join(ROOT, 'lib/cli/analyze.ts'), ...args], {
        cwd: ROOT,
        maxBuffer: 64 << 20,
      });
      expect(stderr).toBe('');
      expect(stdout.trim().length).toBeGreaterThan(0);
      if (args.includes('--jsonl')) {
        const lines = stdout.trim().split('\n').map((l) => JSON.parse(l) as { id: string });
        expect(lines.map((l) => l.id)).toEqual(readFileSync(join(ROOT, args[args.indexOf('--jsonl') + 1]!), 'utf8').trim().split('\n').map((l) => (JSON.parse(l) as { id: string }).id));
      } else if (args.includes('--json')) {
        expect(typeof JSON.parse(stdout)).toBe('object');
      }
    });
  }
});
