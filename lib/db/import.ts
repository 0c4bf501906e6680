import { z } from '../zod';
import { HISTORY_LIMIT, HistoryEntry, validDate } from '../history';
import { parsePreferences, Preferences, PREFERENCES_KEY } from '../preferences';
import { ACTIVE_RESUME_KEY, EXPORT_FORMAT, EXPORT_VERSION, ResumeRecord, type FitmarkDb } from './index';

/**
 * Importing an export file, validated like anything the user types: the file
 * may come from a newer Fitmark, from an older one, from a hand edit or from
 * a damaged disk. Nothing is written until the whole file is understood, and
 * what it would add and replace is told first (previewImport), then done
 * (importAll) — the two share one plan, so the preview says what happens.
 */

/**
 * The largest export file the popup reads: Chrome passes at most 64 MiB in
 * one message between the popup and the background. Larger files get this
 * limit said, before they are read.
 */
export const MAX_IMPORT_BYTES = 60 * 1024 * 1024;

/** A date more than this far in the future is not one: a day covers clocks that differ between two computers. */
const FUTURE_SLACK_MS = 24 * 60 * 60 * 1000;

/** Whether an instant can be a real date of something done on or before `now`. */
export function plausibleTime(ms: unknown, now: number): ms is number {
  return typeof ms === 'number' && Number.isInteger(ms) && ms >= 0 && ms <= now + FUTURE_SLACK_MS && validDate(ms) !== null;
}

// Records as a file may hold them: dates are checked apart, so that a bad date drops (or re-dates) one record, not the file.
const LooseResume = z.extend(ResumeRecord, { createdAt: z.unknown(), updatedAt: z.unknown() });
const LooseHistory = z.extend(HistoryEntry, { viewedAt: z.unknown() });
const Setting = z.object({ key: z.string().check(z.maxLength(200)), value: z.unknown() });
const FileShape = z.object({
  format: z.literal(EXPORT_FORMAT),
  version: z.number(),
  exportedAt: z.optional(z.string().check(z.maxLength(100))),
  resumes: z.array(LooseResume),
  settings: z.array(Setting),
  /** Version 1 had no history. */
  history: z.optional(z.array(LooseHistory)),
});

/** Settings an import carries over; the rest describe this install (taxonomyVersion) or a Fitmark that is not this one. */
const INTERNAL_SETTINGS = new Set(['taxonomyVersion']);

export interface ImportSummary {
  /** The file's export version. */
  version: number;
  exportedAt: string | null;
  resumes: {
    /** Distinct resumes in the file (a record listed twice counts once). */
    inFile: number;
    /** Names of those new to this device. */
    added: string[];
    /** Those that replace a resume saved here with the same id: the file's name, the name here, and whether the file's copy is the older one. */
    replaced: Array<{ name: string; was: string; older: boolean }>;
    /** Already here exactly as in the file. */
    unchanged: number;
    /** Extra copies of one resume in the file, merged (the latest edit kept). */
    duplicates: number;
    /** Kept, but their date was impossible: dated at the import. */
    redated: number;
  };
  /** The resume matches are made with, before and after (names); null when it does not change. */
  active: { from: string | null; to: string } | null;
  /** Preferences the file changes, field by field. */
  preferences: Array<{ field: keyof Preferences; from: Preferences[keyof Preferences]; to: Preferences[keyof Preferences] }>;
  /** Preferences in the file that were damaged: those stay as they are here. */
  preferencesDamaged: number;
  history: {
    /** Distinct postings in the file with a valid date. */
    inFile: number;
    added: number;
    /** The file's view is newer than the one here: it replaces it. */
    updated: number;
    /** The one here is newer: it stays. */
    keptHere: number;
    /** Already here as in the file. */
    unchanged: number;
    duplicates: number;
    /** Left out: dated 1e300, negative, or in the future. */
    badDates: number;
    /** The history keeps HISTORY_LIMIT postings: the newest `kept` of the `of` there would be; `removedHere` of those left out are already here. */
    limit: { kept: number; of: number; removedHere: number; leftOutOfFile: number } | null;
  };
  /** Settings this Fitmark does not know, left out. */
  ignoredSettings: number;
}

/** An import that cannot be done, with the user's words; nothing was written. */
export class ImportError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ImportError';
  }
}

const NOT_AN_EXPORT = 'This is not a Fitmark export file (it has no Fitmark export header). Nothing was imported.';

type Parsed = z.infer<typeof FileShape>;

/** Reads the file's header and shape, or throws an ImportError saying which of: not an export, made by a newer Fitmark, damaged (and where). */
export function parseImportFile(data: unknown): Parsed {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) throw new ImportError(NOT_AN_EXPORT);
  const head = data as { format?: unknown; version?: unknown };
  if (head.format !== EXPORT_FORMAT) throw new ImportError(NOT_AN_EXPORT);
  const v = head.version;
  if (typeof v === 'number' && Number.isInteger(v) && v > EXPORT_VERSION)
    throw new ImportError(
      `This file was made by a newer version of Fitmark (export version ${v}; this Fitmark reads versions 1 to ${EXPORT_VERSION}) — update Fitmark to import it. Nothing was imported.`,
    );
  if (v !== 1 && v !== 2) throw new ImportError('This Fitmark export file is damaged: its version is missing or not a number Fitmark ever wrote. Nothing was imported.');
  const parsed = FileShape.safeParse(data);
  if (!parsed.success) throw new ImportError(`This Fitmark export file is damaged: ${where(parsed.error.issues[0]?.path ?? [], data)}. Nothing was imported.`);
  if (v === 2 && !parsed.data.history) throw new ImportError('This Fitmark export file is damaged: its list of postings is missing. Nothing was imported.');
  return parsed.data;
}

/** Where a zod issue is, in the user's words ("resume 2 of 3 is not valid"). */
function where(path: ReadonlyArray<PropertyKey>, data: object): string {
  const [list, index] = path;
  const d = data as Record<string, unknown>;
  const of = (k: string) => (Array.isArray(d[k]) ? ` of ${(d[k] as unknown[]).length.toLocaleString('en-US')}` : '');
  const n = typeof index === 'number' ? ` ${(index + 1).toLocaleString('en-US')}${of(String(list))}` : '';
  switch (list) {
    case 'resumes':
      return n ? `resume${n} is not valid` : 'its list of resumes is not valid';
    case 'history':
      return n ? `posting${n} in the history is not valid` : 'its list of postings is not valid';
    case 'settings':
      return n ? `setting${n} is not valid` : 'its list of settings is not valid';
    default:
      return 'its contents are not what Fitmark writes';
  }
}

/** The newest of each key (a later index wins a tie), and how many copies were merged. */
function dedupe<T>(items: readonly T[], key: (t: T) => string, time: (t: T) => number): { items: T[]; duplicates: number } {
  const byKey = new Map<string, T>();
  for (const it of items) {
    const k = key(it);
    const have = byKey.get(k);
    if (!have || time(it) >= time(have)) byKey.set(k, it);
  }
  return { items: [...byKey.values()], duplicates: items.length - byKey.size };
}

interface Plan {
  summary: ImportSummary;
  resumes: ResumeRecord[];
  history: HistoryEntry[];
  /** Job keys already here that the history's limit pushes out. */
  removeHistory: string[];
  settings: Array<{ key: string; value: unknown }>;
}

export interface ImportOptions {
  /** The import's time: what is later (by more than a day) is not a date. */
  now: number;
  /**
   * Re-reads an imported resume with this Fitmark's taxonomy: the file's
   * skills were found by another version, or typed by hand. The background
   * passes one; without it the file's skills are kept.
   */
  reread?: (r: ResumeRecord) => ResumeRecord;
}

/** Works out what an import does, reading the database and writing nothing. */
async function plan(db: FitmarkDb, file: Parsed, o: ImportOptions): Promise<Plan> {
  const { now } = o;
  // Resumes: one per id (the latest edit), impossible dates replaced by the import's time.
  let redated = 0;
  const loose = dedupe(file.resumes, (r) => r.id, (r) => (plausibleTime(r.updatedAt, now) ? r.updatedAt : -1));
  const incoming = loose.items.map((r): ResumeRecord => {
    const createdAt = plausibleTime(r.createdAt, now) ? r.createdAt : null;
    const updatedAt = plausibleTime(r.updatedAt, now) ? r.updatedAt : null;
    if (createdAt === null || updatedAt === null) redated++;
    const record = ResumeRecord.parse({ ...r, createdAt: createdAt ?? now, updatedAt: updatedAt ?? Math.max(now, createdAt ?? now) });
    return o.reread ? ResumeRecord.parse(o.reread(record)) : record;
  });
  const here = await db.resumes.bulkGet(incoming.map((r) => r.id));
  const added: string[] = [];
  const replaced: ImportSummary['resumes']['replaced'] = [];
  let unchangedResumes = 0;
  const resumes: ResumeRecord[] = [];
  incoming.forEach((r, i) => {
    const h = here[i];
    if (!h) return void (added.push(r.name), resumes.push(r));
    const same = h.updatedAt === r.updatedAt && h.name === r.name && h.text === r.text && JSON.stringify(h.corrections) === JSON.stringify(r.corrections);
    if (same) return void unchangedResumes++;
    replaced.push({ name: r.name, was: h.name, older: r.updatedAt < h.updatedAt });
    resumes.push(r);
  });

  // Settings: the preferences (field by field: a damaged field keeps the value here) and the active resume; nothing else.
  const settingsIn = dedupe(file.settings, (s) => s.key, () => 0).items;
  let ignoredSettings = 0;
  let prefsIn: unknown;
  let activeIn: unknown;
  for (const s of settingsIn) {
    if (s.key === PREFERENCES_KEY) prefsIn = s.value;
    else if (s.key === ACTIVE_RESUME_KEY) activeIn = s.value;
    else if (!INTERNAL_SETTINGS.has(s.key)) ignoredSettings++;
  }
  const settings: Plan['settings'] = [];
  const currentPrefs = parsePreferences((await db.settings.get(PREFERENCES_KEY))?.value);
  const preferences: ImportSummary['preferences'] = [];
  let preferencesDamaged = 0;
  if (prefsIn !== undefined) {
    const o = typeof prefsIn === 'object' && prefsIn !== null && !Array.isArray(prefsIn) ? (prefsIn as Record<string, unknown>) : {};
    const next: Preferences = { ...currentPrefs };
    for (const field of Object.keys(Preferences.shape) as Array<keyof Preferences>) {
      if (!(field in o)) continue;
      const v = Preferences.shape[field].safeParse(o[field]);
      if (!v.success) {
        preferencesDamaged++;
        continue;
      }
      (next as Record<string, unknown>)[field] = field === 'disabledBoards' ? [...new Set(v.data as string[])] : v.data;
      if (JSON.stringify(v.data) !== JSON.stringify(currentPrefs[field])) preferences.push({ field, from: currentPrefs[field], to: next[field] });
    }
    if (preferences.length) settings.push({ key: PREFERENCES_KEY, value: next });
  }

  // The active resume: the file's choice when it names a resume there will be, else the choice here; else the newest.
  const all = new Map((await db.resumes.toArray()).map((r) => [r.id, r]));
  const activeBefore = await currentActive(db, all);
  for (const r of incoming) all.set(r.id, r);
  const chosenHere = (await db.settings.get(ACTIVE_RESUME_KEY))?.value;
  let chosen: unknown = chosenHere;
  if (typeof activeIn === 'string' && all.has(activeIn)) {
    chosen = activeIn;
    if (activeIn !== chosenHere) settings.push({ key: ACTIVE_RESUME_KEY, value: activeIn });
  }
  const activeAfter = (typeof chosen === 'string' ? all.get(chosen) : undefined) ?? newest([...all.values()]);
  const active = activeAfter && activeAfter.id !== activeBefore?.id ? { from: activeBefore?.name ?? null, to: activeAfter.name } : null;

  // History: one per job (the latest view), dated, merged with what is here (the later view wins), held to the limit.
  const rawHistory = file.history ?? [];
  const dated = rawHistory.filter((h): h is typeof h & { viewedAt: number } => plausibleTime(h.viewedAt, now)).map((h) => HistoryEntry.parse(h));
  const badDates = rawHistory.length - dated.length;
  const hist = dedupe(dated, (h) => h.jobKey, (h) => h.viewedAt);
  const existing = new Map((await db.history.toArray()).map((h) => [h.jobKey, h]));
  let keptHere = 0;
  let unchangedH = 0;
  const accepted: HistoryEntry[] = [];
  for (const h of hist.items) {
    const have = existing.get(h.jobKey);
    if (!have || have.viewedAt < h.viewedAt) accepted.push(h);
    else if (have.viewedAt === h.viewedAt) unchangedH++;
    else keptHere++;
  }
  const merged = new Map(existing);
  for (const h of accepted) merged.set(h.jobKey, h);
  let limit: ImportSummary['history']['limit'] = null;
  let removeHistory: string[] = [];
  let history = accepted;
  if (merged.size > HISTORY_LIMIT) {
    const order = [...merged.values()].sort((a, b) => b.viewedAt - a.viewedAt || a.jobKey.localeCompare(b.jobKey));
    const out = order.slice(HISTORY_LIMIT);
    const acceptedKeys = new Set(accepted.map((h) => h.jobKey));
    const outKeys = new Set(out.map((h) => h.jobKey));
    removeHistory = out.filter((h) => !acceptedKeys.has(h.jobKey)).map((h) => h.jobKey);
    history = accepted.filter((h) => !outKeys.has(h.jobKey));
    limit = { kept: HISTORY_LIMIT, of: merged.size, removedHere: removeHistory.length, leftOutOfFile: accepted.length - history.length };
  }
  // Counted after the limit: "adds" says what is stored, not what was offered.
  const addedH = history.filter((h) => !existing.has(h.jobKey)).length;
  const updated = history.length - addedH;

  return {
    resumes,
    history,
    removeHistory,
    settings,
    summary: {
      version: file.version,
      exportedAt: file.exportedAt ?? null,
      resumes: { inFile: incoming.length, added, replaced, unchanged: unchangedResumes, duplicates: loose.duplicates, redated },
      active,
      preferences,
      preferencesDamaged,
      history: { inFile: hist.items.length, added: addedH, updated, keptHere, unchanged: unchangedH, duplicates: hist.duplicates, badDates, limit },
      ignoredSettings,
    },
  };
}

function newest(rs: ResumeRecord[]): ResumeRecord | undefined {
  return rs.reduce<ResumeRecord | undefined>((a, r) => (!a || r.createdAt > a.createdAt ? r : a), undefined);
}

/** The active resume as lib/db's activeResume finds it: the one chosen, else the newest. */
async function currentActive(db: FitmarkDb, all: Map<string, ResumeRecord>): Promise<ResumeRecord | undefined> {
  const chosen = (await db.settings.get(ACTIVE_RESUME_KEY))?.value;
  return (typeof chosen === 'string' ? all.get(chosen) : undefined) ?? newest([...all.values()]);
}

/** What importing `data` would do, writing nothing. Throws an ImportError when it cannot be imported. */
export async function previewImport(db: FitmarkDb, data: unknown, o: ImportOptions): Promise<ImportSummary> {
  const file = parseImportFile(data);
  return db.transaction('r', db.resumes, db.settings, db.history, async () => (await plan(db, file, o)).summary);
}

/** Imports `data` in one transaction (all or nothing) and answers what it did. Throws an ImportError when it cannot be imported. */
export async function importAll(db: FitmarkDb, data: unknown, o: ImportOptions): Promise<ImportSummary> {
  const file = parseImportFile(data);
  return db.transaction('rw', db.resumes, db.settings, db.history, async () => {
    const p = await plan(db, file, o);
    await db.resumes.bulkPut(p.resumes);
    await db.settings.bulkPut(p.settings);
    await db.history.bulkDelete(p.removeHistory);
    await db.history.bulkPut(p.history);
    return p.summary;
  });
}

const count = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;
const quoted = (names: readonly string[], max = 3) =>
  names.slice(0, max).map((n) => `“${n}”`).join(', ') + (names.length > max ? ` and ${names.length - max} more` : '');

const SIDEBAR_WORDS: Record<Preferences['sidebar'], string> = { always: 'Open', collapsed: 'Collapsed', never: 'Closed' };

function prefWords(field: keyof Preferences, v: Preferences[keyof Preferences], boardName: (id: string) => string): string {
  if (field === 'sidebar') return SIDEBAR_WORDS[v as Preferences['sidebar']];
  if (field === 'highlights') return v ? 'on' : 'off';
  const ids = v as string[];
  return ids.length ? ids.map(boardName).join(', ') : 'none';
}

const PREF_LABELS: Record<keyof Preferences, string> = { sidebar: 'sidebar on a posting', highlights: 'highlights in the posting', disabledBoards: 'boards turned off' };

/**
 * The summary in the user's words, one sentence a line: before the import
 * (`done` false: "Adds…", "Replaces…") and after it ("Added…").
 */
export function describeImport(s: ImportSummary, done: boolean, boardName: (id: string) => string = (id) => id): string[] {
  const w = (now: string, past: string) => (done ? past : now);
  const lines: string[] = [];
  if (s.resumes.added.length) lines.push(`${w('Adds', 'Added')} ${count(s.resumes.added.length, 'resume')}: ${quoted(s.resumes.added)}.`);
  for (const r of s.resumes.replaced)
    lines.push(
      `${w('Replaces', 'Replaced')} your saved resume “${r.was}” with the file’s copy${r.name !== r.was ? ` (“${r.name}”)` : ''}` +
        (r.older ? `, which is older: changes made here since ${w('are', 'were')} lost.` : '.'),
    );
  if (s.resumes.unchanged) lines.push(`${count(s.resumes.unchanged, 'resume')} in the file ${s.resumes.unchanged === 1 ? 'is' : 'are'} already here as saved.`);
  if (s.resumes.redated) {
    const one = s.resumes.redated === 1;
    lines.push(`${count(s.resumes.redated, 'resume')} had an impossible date; ${one ? w('it is', 'it was') : w('they are', 'they were')} dated today instead.`);
  }
  if (s.active) lines.push(`${w('Makes', 'Made')} “${s.active.to}” the resume your matches use${s.active.from ? ` (${w('now', 'was')} “${s.active.from}”)` : ''}.`);
  if (s.preferences.length)
    lines.push(
      `${w('Changes', 'Changed')} your preferences: ${s.preferences
        .map((p) => `${PREF_LABELS[p.field]} ${prefWords(p.field, p.from, boardName)} → ${prefWords(p.field, p.to, boardName)}`)
        .join('; ')}.`,
    );
  if (s.preferencesDamaged) lines.push(`${count(s.preferencesDamaged, 'preference')} in the file ${s.preferencesDamaged === 1 ? 'was' : 'were'} damaged; ${s.preferencesDamaged === 1 ? 'it stays' : 'they stay'} as set here.`);
  const h = s.history;
  if (h.added) lines.push(`${w('Adds', 'Added')} ${count(h.added, 'posting')} to your history.`);
  if (h.updated) lines.push(`${w('Updates', 'Updated')} ${count(h.updated, 'posting')} in your history with a later view.`);
  if (h.keptHere) lines.push(`${count(h.keptHere, 'posting')} in the file ${h.keptHere === 1 ? 'is' : 'are'} older than ${h.keptHere === 1 ? 'its' : 'their'} view here, which ${w('stays', 'stayed')}.`);
  if (h.badDates) lines.push(`${w('Leaves', 'Left')} out ${count(h.badDates, 'posting')} with an impossible date (not a real day, or in the future).`);
  if (h.limit)
    lines.push(
      `History keeps ${count(h.limit.kept, 'posting')}: ${w('keeps', 'kept')} the newest ${h.limit.kept.toLocaleString('en-US')} of ${h.limit.of.toLocaleString('en-US')}` +
        (h.limit.removedHere ? `; ${count(h.limit.removedHere, 'older posting')} already here ${w('go', 'went')}.` : '.'),
    );
  const dup = s.resumes.duplicates + h.duplicates;
  if (dup) lines.push(`The file lists ${count(dup, 'record')} more than once; each is counted once, its latest copy kept.`);
  if (s.ignoredSettings) lines.push(`${w('Leaves', 'Left')} out ${count(s.ignoredSettings, 'setting')} this version of Fitmark does not know.`);
  if (!importChanges(s)) lines.unshift(done ? 'Nothing to import: everything in this file was already here.' : 'Nothing to import: everything in this file is already here.');
  return lines;
}

/** Whether importing changes anything: the confirm step is skipped when not. */
export function importChanges(s: ImportSummary): boolean {
  return !!(s.resumes.added.length || s.resumes.replaced.length || s.active || s.preferences.length || s.history.added || s.history.updated || s.history.limit?.removedHere);
}
