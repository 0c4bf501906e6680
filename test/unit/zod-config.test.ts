import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers';
import { z, zFull } from '../../lib/zod';

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
    const S = z.object({ a: z.string(), b: z.array(z.number()).check(z.maxLength(2)) });
    expect(S.parse({ a: 'x', b: [1, 2] })).toEqual({ a: 'x', b: [1, 2] });
    expect(S.safeParse({ a: 'x', b: [1, 2, 3] }).success).toBe(false);
  });

  it('says what is wrong in English, word for word as classic zod does', () => {
    const cases: Array<[unknown, unknown]> = [
      [z.string().check(z.minLength(1), z.maxLength(3)), zFull.string().min(1).max(3)],
      [z.number().check(z.int(), z.nonnegative()), zFull.number().int().nonnegative()],
      [z.object({ a: z.enum(['x', 'y']), b: z.optional(z.literal('b')) }), zFull.object({ a: zFull.enum(['x', 'y']), b: zFull.literal('b').optional() })],
    ];
    const inputs = ['', 'abcd', 1.5, -1, 'x', null, { a: 'z' }, { a: 'x', b: 'c' }];
    for (const [mini, full] of cases)
      for (const input of inputs) {
        const a = (mini as { safeParse(x: unknown): { error?: { issues: unknown[] } } }).safeParse(input);
        const b = (full as { safeParse(x: unknown): { error?: { issues: unknown[] } } }).safeParse(input);
        expect(a.error?.issues, JSON.stringify(input)).toEqual(b.error?.issues);
      }
  });
});
