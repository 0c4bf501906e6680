import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers';
import { z } from '../../lib/zod';

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sources(join(dir, e.name)) : /\.tsx?$/.test(e.name) ? [join(dir, e.name)] : [],
  );
}

describe('zod runs jitless everywhere', () => {
  it('every module takes z from lib/zod.ts, which configures it before any schema exists', () => {
    const direct = ['lib', 'entrypoints', 'components']
      .flatMap((d) => sources(join(ROOT, d)))
      .filter((f) => relative(ROOT, f) !== 'lib/zod.ts')
      .filter((f) => /from\s+['"]zod(\/[^'"]*)?['"]|import\(\s*['"]zod/.test(readFileSync(f, 'utf8')))
      .map((f) => relative(ROOT, f));
    expect(direct, "import { z } from '@/lib/zod' (or a relative path to it), not from 'zod'").toEqual([]);
  });

  it('is set to jitless, and schemas still parse and reject', () => {
    expect(z.config().jitless).toBe(true);
    const S = z.object({ a: z.string(), b: z.array(z.number()).max(2) });
    expect(S.parse({ a: 'x', b: [1, 2] })).toEqual({ a: 'x', b: [1, 2] });
    expect(S.safeParse({ a: 'x', b: [1, 2, 3] }).success).toBe(false);
  });
});
