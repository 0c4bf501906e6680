// What test/unit/lazy-regexps.test.ts builds with the background's rewrite of lib/ (lib/background/lazy-regexps.ts).
export { analyzePosting, analyzeResume, matchResume } from '@/lib/analyze';
export { dropRegExps } from '@/lib/background/regexp-slots';
export { postingFromText } from '@/lib/posting/text';
export { bundled } from '@/lib/skills/taxonomy';
