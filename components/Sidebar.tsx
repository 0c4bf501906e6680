import { BOARD_NAMES } from '@/lib/posting/sites/names';
import { useLayoutEffect, useRef, useState, type FocusEvent, type ReactNode } from 'react';
import type { AlternativeSkill, MatchedSkill, MissingSkill, SkillName } from '@/lib/match/types';
import type { WordingTip } from '@/lib/match/wording';
import { factsLine, scoreBand, splitSoft, type ResumeFit, type TabReport, type TabRequirement } from '@/lib/report';

export type SidebarState =
  | { status: 'reading' }
  | { status: 'result'; report: TabReport }
  | { status: 'not-found'; site: string }
  | { status: 'error'; message: string };

export interface SidebarProps {
  state: SidebarState;
  /** Opens the role guide at `anchor` (the part after guide.html#). */
  onOpenGuide(anchor: string): void;
  /**
   * The absolute URL of the guide at `anchor` (chrome-extension://…/guide.html#…), for the
   * links' href: middle-click and "open in new tab" must not resolve against the job board.
   */
  guideUrl(anchor: string): string;
  onClose(): void;
  /** Folded to a slim tab at the page's edge. */
  collapsed?: boolean;
  onCollapse?(collapsed: boolean): void;
  /** Analyse text the user pasted, or selected on the page, instead of what Fitmark could not read. */
  onUseText?(text: string): void;
  onUseSelection?(): void;
  /** Scrolls the page to the skill's first mention. */
  onLocate?(skillId: string): void;
  /** In-page highlights: shown when set, with a switch. */
  highlights?: { on: boolean; count: number; onToggle(on: boolean): void };
  /**
   * A pending request to move keyboard focus into the sidebar (e.g. it was opened with the
   * keyboard shortcut): any non-zero value. Focus goes to the sidebar's heading (or to the
   * tab when folded), then `onFocused` is called so the owner can clear the request.
   */
  focusRequest?: number;
  onFocused?(): void;
  /** With several saved resumes: match this posting with another one (the report comes back as a new state). */
  onChooseResume?(resumeId: string): void;
}

const IMPORTANCE_LABEL = { required: 'Required', preferred: 'Nice to have', mentioned: 'Mentioned' } as const;

function anchorOf(link: string): string {
  return link.slice(link.indexOf('#') + 1);
}

const CATEGORY_LABEL: Record<string, string> = {
  language: 'Languages',
  framework: 'Frameworks',
  library: 'Libraries',
  database: 'Databases',
  cloud: 'Cloud',
  'cloud-service': 'Cloud services',
  iac: 'Infrastructure as code',
  containers: 'Containers',
  'ci-cd': 'CI/CD',
  observability: 'Observability',
  networking: 'Networking',
  security: 'Security',
  os: 'Operating systems',
  data: 'Data',
  ml: 'Machine learning',
  tool: 'Tools',
  practice: 'Practices',
  soft: 'Soft skills',
};

/**
 * Focus, when the sidebar changes shape under the keyboard:
 * - folding (Esc or –) moves focus to the tab that replaces the sidebar;
 * - unfolding from the tab moves it to the sidebar's heading;
 * - hiding (×) gives it back to the page element that had it before the sidebar
 *   took it, if that element is still there; otherwise the browser's default.
 *   Fitmark never picks a page element on its own.
 * Folding or unfolding from outside (the popup, the page's own state) moves nothing:
 * focus is only taken when the user acted in the sidebar or asked (focusRequest).
 */
export function Sidebar({
  state,
  onOpenGuide,
  guideUrl,
  onClose,
  collapsed = false,
  onCollapse,
  onUseText,
  onUseSelection,
  onLocate,
  highlights,
  focusRequest,
  onFocused,
  onChooseResume,
}: SidebarProps) {
  const tabRef = useRef<HTMLButtonElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  /** Where focus goes once the fold/unfold the user started has rendered. */
  const pending = useRef<'tab' | 'heading' | null>(null);
  /** The page element that had focus before it came into the sidebar. */
  const returnTo = useRef<HTMLElement | null>(null);

  useLayoutEffect(() => {
    const want = pending.current;
    pending.current = null;
    if (want === 'tab' && collapsed) tabRef.current?.focus();
    else if (want === 'heading' && !collapsed) headingRef.current?.focus();
  }, [collapsed]);

  useLayoutEffect(() => {
    if (!focusRequest) return;
    (collapsed ? tabRef.current : headingRef.current)?.focus();
    onFocused?.();
  }, [focusRequest]); // once per request: not again when it folds or unfolds

  function fold(next: boolean) {
    if (!onCollapse) return;
    pending.current = next ? 'tab' : 'heading';
    onCollapse(next);
  }

  /** Remembers where focus came from when it enters our UI from the page (not from inside). */
  function noteEntry(e: FocusEvent) {
    const from = e.relatedTarget;
    if (!(from instanceof HTMLElement)) return;
    const ours = e.currentTarget;
    const root = ours.getRootNode(); // our shadow root on a page; the document in a test
    const inside = ours.contains(from) || (root !== ours.ownerDocument && root.contains(from));
    if (!inside) returnTo.current = from;
  }

  function close() {
    const back = returnTo.current;
    returnTo.current = null;
    // Before the sidebar unmounts, so focus never falls to <body> on the way.
    if (back?.isConnected) back.focus();
    onClose();
  }

  if (collapsed) {
    const score = state.status === 'result' ? state.report.score : null;
    // The accessible name starts with the visible text ("Fitmark 54"), so speech users can say what they see.
    return (
      <button
        ref={tabRef}
        type="button"
        className="fm-tab"
        data-testid="fitmark-tab"
        onFocus={noteEntry}
        onClick={() => fold(false)}
        aria-label={score === null ? 'Fitmark: open the sidebar' : `Fitmark ${score}: open the sidebar (match ${score} out of 100)`}
      >
        <span className="fm-tab-brand">Fitmark</span>
        {score !== null && (
          <>
            {' '}
            <span className={`fm-tab-score fm-${scoreBand(score)}`}>{score}</span>
          </>
        )}
      </button>
    );
  }
  return (
    <aside
      className="fm-sidebar"
      aria-label="Fitmark: how your resume fits this job"
      data-testid="fitmark-sidebar"
      onFocus={noteEntry}
      onKeyDown={(e) => {
        if (e.key === 'Escape' && onCollapse) {
          e.stopPropagation();
          fold(true);
        }
      }}
    >
      <header className="fm-header">
        <h2 className="fm-brand" ref={headingRef} tabIndex={-1}>
          Fitmark
        </h2>
        <span>
          {onCollapse && (
            <button type="button" className="fm-close" onClick={() => fold(true)} aria-label="Fold the Fitmark sidebar to the page edge (Esc)">
              –
            </button>
          )}
          <button type="button" className="fm-close" onClick={close} aria-label="Hide the Fitmark sidebar">
            ×
          </button>
        </span>
      </header>
      <div className="fm-body">
        {state.status === 'reading' && <p className="fm-muted" role="status">Reading this posting…</p>}
        {state.status === 'not-found' && <NotFound site={state.site} onUseText={onUseText} onUseSelection={onUseSelection} />}
        {state.status === 'error' && (
          <div role="alert">
            <p>
              <strong>Something went wrong.</strong>
            </p>
            <p className="fm-muted">{state.message}</p>
          </div>
        )}
        {state.status === 'result' && (
          <Result report={state.report} onOpenGuide={onOpenGuide} guideUrl={guideUrl} onLocate={onLocate} onChooseResume={onChooseResume} />
        )}
        {state.status === 'result' && highlights && (
          <label className="fm-switch">
            <input type="checkbox" checked={highlights.on} onChange={(e) => highlights.onToggle(e.currentTarget.checked)} />
            Highlight skills in the posting{highlights.on ? ` (${highlights.count} marked)` : ''}
          </label>
        )}
      </div>
    </aside>
  );
}

interface GuideLinks {
  onOpenGuide(anchor: string): void;
  guideUrl(anchor: string): string;
}

/**
 * A link into the role guide: a real absolute href (middle-click, "open in new tab",
 * copy link), and a plain click opens it through the background with "back to the posting".
 */
function GuideLink({ anchor, links, className, title, children }: { anchor: string; links: GuideLinks; className: string; title?: string; children: ReactNode }) {
  return (
    <a
      href={links.guideUrl(anchor)}
      className={className}
      title={title}
      onClick={(e) => {
        if (e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return; // the browser's own new-tab/window
        e.preventDefault();
        links.onOpenGuide(anchor);
      }}
    >
      {children}
    </a>
  );
}

function Result({
  report,
  onOpenGuide,
  guideUrl,
  onLocate,
  onChooseResume,
}: { report: TabReport; onLocate?(skillId: string): void; onChooseResume?(resumeId: string): void } & GuideLinks) {
  const links: GuideLinks = { onOpenGuide, guideUrl };
  const { posting, role } = report;
  // Soft skills are shown apart: resumes rarely name them, so they are not scored.
  const { matched, missing, soft } = splitSoft(report);
  return (
    <>
      <div className="fm-posting">
        <div className="fm-title">{posting.title || 'This posting'}</div>
        {posting.company && <div className="fm-muted">{posting.company}</div>}
        {factsLine(report.facts).length > 0 && (
          <div className="fm-facts" data-testid="fitmark-facts">
            {factsLine(report.facts).join(' · ')}
          </div>
        )}
        {role && (
          <GuideLink anchor={anchorOf(role.guide)} links={links} className="fm-link fm-role">
            Role guide: {role.title}
          </GuideLink>
        )}
      </div>
      {report.resumeName === null ? (
        <NoResume report={report} />
      ) : (
        <>
          <Score score={report.score} explanation={report.explanation} resumeName={report.resumeName} />
          <Resumes report={report} onChooseResume={onChooseResume} />
          <Asks requirements={report.requirements ?? []} />
          <section aria-labelledby="fm-missing">
            <h3 id="fm-missing">
              Skills you lack <span className="fm-count">{missing.length}</span>
            </h3>
            {missing.length === 0 ? (
              <p className="fm-muted">None: your resume shows every technical skill this posting names.</p>
            ) : (
              <ul className="fm-list" data-testid="fitmark-missing">
                {missing.map((m) => (
                  <Missing key={m.id} skill={m} links={links} onLocate={onLocate} />
                ))}
              </ul>
            )}
          </section>
          <section aria-labelledby="fm-matched">
            <h3 id="fm-matched">
              Skills you share <span className="fm-count">{matched.length}</span>
            </h3>
            <ul className="fm-list" data-testid="fitmark-matched">
              {byCategory(matched).map((m) => (
                <Matched key={m.id} skill={m} onLocate={onLocate} />
              ))}
            </ul>
          </section>
          <Alternatives alternatives={report.alternatives ?? []} />
          <Wording tips={report.wording ?? []} />
          {soft.length > 0 && (
            <section aria-labelledby="fm-soft">
              <h3 id="fm-soft">Soft skills named (not scored)</h3>
              <ul className="fm-chips" data-testid="fitmark-soft">
                {soft.map((s) => (
                  <li key={s.id} className="fm-chip" data-skill={s.id} title={s.shown ? 'Your resume shows it' : 'Your resume does not name it'}>
                    {s.shown ? '✓ ' : ''}
                    {s.name}
                  </li>
                ))}
              </ul>
            </section>
          )}
        </>
      )}
    </>
  );
}

const VERDICT: Record<string, { mark: string; label: string }> = {
  met: { mark: '✓', label: 'Met' },
  partial: { mark: '◐', label: 'Partly met' },
  unmet: { mark: '✗', label: 'Not met' },
  unknown: { mark: '?', label: 'The resume does not say' },
};

/**
 * A requirement's choices, where it offers any: the skill that meets each group
 * and its other skills as "or" options ("Python, or Go"); for a group none
 * meets, "any one of" its skills.
 */
function Groups({ groups }: { groups: NonNullable<TabRequirement['groups']> }) {
  const choices = groups.filter((g) => g.options.length > (g.met ? 0 : 1));
  if (choices.length === 0) return null;
  const names = (xs: SkillName[]) => xs.map((x) => x.name).join(', ');
  return (
    <span className="fm-groups">
      {choices.map((g, i) => (
        <span key={i} className="fm-group">
          {g.met ? (
            <>
              <span className="fm-group-met">{g.met.name}</span> <span className="fm-or">(or {names(g.options)}: not needed)</span>
            </>
          ) : (
            <>Any one of {names(g.options)}</>
          )}
        </span>
      ))}
    </span>
  );
}

/** "What they ask": each requirement of the posting with its verdict and the resume's evidence, required first. */
function Asks({ requirements }: { requirements: readonly TabRequirement[] }) {
  if (requirements.length === 0) return null;
  const ordered = [...requirements].sort((a, b) => (a.importance === b.importance ? 0 : a.importance === 'required' ? -1 : 1));
  const met = requirements.filter((r) => r.verdict === 'met').length;
  return (
    <section aria-labelledby="fm-asks">
      <h3 id="fm-asks">
        What they ask <span className="fm-count">{met} of {requirements.length} met</span>
      </h3>
      <ul className="fm-list" data-testid="fitmark-asks">
        {ordered.map((r, i) => {
          const v = VERDICT[r.verdict ?? 'unknown']!;
          return (
            <li key={i} className="fm-skill fm-ask" data-verdict={r.verdict ?? 'unknown'}>
              <div className="fm-skill-head">
                <span className={`fm-verdict fm-v-${r.verdict ?? 'unknown'}`} role="img" aria-label={v.label} title={v.label}>
                  {v.mark}
                </span>
                <span>{r.text}</span>
                {r.importance === 'preferred' && <span className="fm-tag">Nice to have</span>}
              </div>
              {r.kind !== 'degree' && <Groups groups={r.groups ?? []} /> /* a degree's groups are its fields, not choices of skill */}
              {r.evidence && <span className="fm-evidence">{r.evidence}</span>}
            </li>
          );
        })}
      </ul>
    </section>
  );
}

/**
 * With several saved resumes: which fits this posting best, and a switch for
 * this posting only. Names and scores only: the resumes' text stays in the
 * background (and this sidebar lives in a closed shadow root).
 */
function Resumes({ report, onChooseResume }: { report: TabReport; onChooseResume?(resumeId: string): void }) {
  const fits = report.resumes ?? [];
  if (fits.length < 2) return null;
  const best = fits.find((f) => f.id === report.bestResumeId) ?? null;
  const current = fits.find((f) => f.id === report.resumeId) ?? null;
  const label = (f: ResumeFit) => `${f.name} — ${f.score ?? 'no score'}${f.id === best?.id ? ' (best fit)' : ''}`;
  return (
    <div className="fm-resumes" data-testid="fitmark-resumes">
      {best && current && best.id !== current.id && best.score !== current.score ? (
        <p className="fm-best" role="status">
          “{best.name}” fits this posting better: {best.score} against {current.score ?? '–'}.{' '}
          {onChooseResume && (
            <button type="button" className="fm-button" onClick={() => onChooseResume(best.id)}>
              Use “{best.name}” here
            </button>
          )}
        </p>
      ) : (
        best && <p className="fm-best fm-muted fm-small">Of your {fits.length} resumes, this one fits this posting best.</p>
      )}
      {onChooseResume && (
        <label className="fm-resume-pick">
          <span>Resume for this posting</span>
          <select value={report.resumeId ?? ''} onChange={(e) => onChooseResume(e.currentTarget.value)}>
            {fits.map((f) => (
              <option key={f.id} value={f.id}>
                {label(f)}
              </option>
            ))}
          </select>
        </label>
      )}
    </div>
  );
}

/** Skills named only as choices the resume already meets with another one: listed so the user sees they were read, never as gaps. */
function Alternatives({ alternatives }: { alternatives: readonly AlternativeSkill[] }) {
  if (alternatives.length === 0) return null;
  return (
    <section aria-labelledby="fm-alternatives">
      <h3 id="fm-alternatives">
        Or options you need not add <span className="fm-count">{alternatives.length}</span>
      </h3>
      <ul className="fm-chips" data-testid="fitmark-alternatives">
        {alternatives.map((a) => (
          <li key={a.id} className="fm-chip" data-skill={a.id}>
            {a.name} <span className="fm-via">(you show {a.metBy.name})</span>
          </li>
        ))}
      </ul>
    </section>
  );
}

/**
 * "Say it their way": a skill both name, written differently. Applicant
 * tracking systems often search resumes for the recruiter's words, which are
 * the posting's.
 */
function Wording({ tips }: { tips: readonly WordingTip[] }) {
  if (tips.length === 0) return null;
  return (
    <section aria-labelledby="fm-wording">
      <h3 id="fm-wording">
        Say it their way <span className="fm-count">{tips.length}</span>
      </h3>
      <p className="fm-muted">Recruiters search resumes for the posting's words; yours name these skills differently.</p>
      <ul className="fm-list" data-testid="fitmark-wording">
        {tips.map((t) => (
          <li key={t.id} data-skill={t.id}>
            <strong>{t.posting}</strong> <span className="fm-via">(your resume: {t.resume.join(', ')})</span>
          </li>
        ))}
      </ul>
    </section>
  );
}

function Score({ score, explanation, resumeName }: { score: number | null; explanation: string; resumeName: string }) {
  return (
    <div className="fm-score-row">
      {score === null ? (
        <div className="fm-score fm-score-none" role="img" aria-label="No score">
          –
        </div>
      ) : (
        <div className={`fm-score fm-${scoreBand(score)}`} data-testid="fitmark-score" role="img" aria-label={`Match score ${score} out of 100`}>
          {score}
        </div>
      )}
      <div>
        <p className="fm-explain">{explanation}</p>
        <p className="fm-muted fm-small">Compared with “{resumeName}”.</p>
      </div>
    </div>
  );
}

/** A small button that scrolls the page to where the posting names the skill. */
function Locate({ id, name, onLocate }: { id: string; name: string; onLocate?(skillId: string): void }) {
  if (!onLocate) return null;
  return (
    <button type="button" className="fm-locate" onClick={() => onLocate(id)} aria-label={`Show ${name} in the posting`} title="Show in the posting">
      <svg width="12" height="12" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
        <circle cx="7" cy="7" r="5" fill="none" stroke="currentColor" strokeWidth="2" />
        <line x1="11" y1="11" x2="15" y2="15" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
      </svg>
    </button>
  );
}

function Missing({ skill, links, onLocate }: { skill: MissingSkill; links: GuideLinks; onLocate?(skillId: string): void }) {
  return (
    <li className="fm-skill fm-missing" data-skill={skill.id}>
      <div className="fm-skill-head">
        <GuideLink anchor={anchorOf(skill.guide)} links={links} className="fm-link" title={`What the market expects for ${skill.name}, and how to close the gap`}>
          {skill.name}
        </GuideLink>
        <Locate id={skill.id} name={skill.name} onLocate={onLocate} />
        <span className={`fm-tag fm-tag-${skill.importance}`}>{IMPORTANCE_LABEL[skill.importance]}</span>
      </div>
      <div className="fm-cat">
        {CATEGORY_LABEL[skill.category] ?? skill.category}
        {skill.anyOf?.length ? <span className="fm-or"> · or {skill.anyOf.map((x) => x.name).join(', ')}: any one would do</span> : null}
      </div>
      {skill.evidence && <q className="fm-evidence">{skill.evidence}</q>}
    </li>
  );
}

/** Shared skills grouped by category (a stable sort keeps required first inside each group). */
function byCategory<T extends { category: string }>(xs: T[]): T[] {
  const order = Object.keys(CATEGORY_LABEL);
  return [...xs].sort((a, b) => order.indexOf(a.category) - order.indexOf(b.category));
}

function Matched({ skill, onLocate }: { skill: MatchedSkill; onLocate?(skillId: string): void }) {
  return (
    <li className="fm-skill fm-matched" data-skill={skill.id}>
      <div className="fm-skill-head">
        <span>
          {skill.name}
          {skill.via && <span className="fm-via"> via {skill.via.name}</span>}
          {skill.options?.length ? <span className="fm-via"> (or {skill.options.map((x) => x.name).join(', ')})</span> : null}
        </span>
        <Locate id={skill.id} name={skill.name} onLocate={onLocate} />
        <span className={`fm-tag fm-tag-${skill.importance}`}>{IMPORTANCE_LABEL[skill.importance]}</span>
      </div>
      <div className="fm-cat">{CATEGORY_LABEL[skill.category] ?? skill.category}</div>
      {skill.evidence && <q className="fm-evidence">{skill.evidence}</q>}
    </li>
  );
}

function NoResume({ report }: { report: TabReport }) {
  return (
    <div data-testid="fitmark-no-resume">
      <p>
        <strong>No resume saved yet.</strong>
      </p>
      <p className="fm-muted">
        Click the Fitmark icon in the toolbar and add your resume (PDF or text). It stays on this device. Then this
        sidebar shows how you match.
      </p>
      <h3>This posting asks for</h3>
      <ul className="fm-chips">
        {report.skills.map((s) => (
          <li key={s.id} className={`fm-chip fm-tag-${s.importance}`}>
            {s.name}
          </li>
        ))}
      </ul>
    </div>
  );
}

/** Honest failure: say what happened, and offer another way in. */
function NotFound({ site, onUseText, onUseSelection }: { site: string; onUseText?(text: string): void; onUseSelection?(): void }) {
  const [text, setText] = useState('');
  const board = BOARD_NAMES[site];
  return (
    <div data-testid="fitmark-not-found">
      <p role="status">
        <strong>Fitmark could not read a job posting on this page.</strong>
      </p>
      <p className="fm-muted">
        {board
          ? `Fitmark knows ${board} pages, but found no posting here: the page may still be loading, or ${board} changed its layout.`
          : 'The page may still be loading, or it holds no posting Fitmark can find.'}{' '}
        Select the posting’s text on the page, or paste it below.
      </p>
      {onUseSelection && (
        <button type="button" className="fm-button" onClick={onUseSelection}>
          Use the text I selected
        </button>
      )}
      {onUseText && (
        <form
          className="fm-paste"
          onSubmit={(e) => {
            e.preventDefault();
            if (text.trim()) onUseText(text);
          }}
        >
          <textarea aria-label="Posting text" rows={5} value={text} onChange={(e) => setText(e.target.value)} placeholder="Paste the job posting here" />
          <button type="submit" className="fm-button" disabled={!text.trim()}>
            Analyze pasted text
          </button>
        </form>
      )}
    </div>
  );
}
