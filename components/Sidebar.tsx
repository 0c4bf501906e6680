import { BOARD_NAMES } from '@/lib/posting/sites/names';
import { useState } from 'react';
import type { MatchedSkill, MissingSkill } from '@/lib/match/types';
import type { TabReport } from '@/lib/report';

export type SidebarState =
  | { status: 'reading' }
  | { status: 'result'; report: TabReport }
  | { status: 'not-found'; site: string }
  | { status: 'error'; message: string };

export interface SidebarProps {
  state: SidebarState;
  /** Opens the role guide at `anchor` (the part after guide.html#). */
  onOpenGuide(anchor: string): void;
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
}

const IMPORTANCE_LABEL = { required: 'Required', preferred: 'Nice to have', mentioned: 'Mentioned' } as const;

function anchorOf(link: string): string {
  return link.slice(link.indexOf('#') + 1);
}

function band(score: number): 'high' | 'mid' | 'low' {
  return score >= 70 ? 'high' : score >= 40 ? 'mid' : 'low';
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

export function Sidebar({ state, onOpenGuide, onClose, collapsed = false, onCollapse, onUseText, onUseSelection, onLocate, highlights }: SidebarProps) {
  if (collapsed) {
    const score = state.status === 'result' ? state.report.score : null;
    return (
      <button
        type="button"
        className="fm-tab"
        data-testid="fitmark-tab"
        onClick={() => onCollapse?.(false)}
        aria-label={`Open the Fitmark sidebar${score === null ? '' : `: match ${score} out of 100`}`}
      >
        <span className="fm-tab-brand">Fitmark</span>
        {score !== null && <span className={`fm-tab-score fm-${band(score)}`}>{score}</span>}
      </button>
    );
  }
  return (
    <aside
      className="fm-sidebar"
      aria-label="Fitmark: how your resume fits this job"
      data-testid="fitmark-sidebar"
      onKeyDown={(e) => {
        if (e.key === 'Escape' && onCollapse) {
          e.stopPropagation();
          onCollapse(true);
        }
      }}
    >
      <header className="fm-header">
        <span className="fm-brand">Fitmark</span>
        <span>
          {onCollapse && (
            <button type="button" className="fm-close" onClick={() => onCollapse(true)} aria-label="Fold the Fitmark sidebar to the page edge (Esc)">
              –
            </button>
          )}
          <button type="button" className="fm-close" onClick={onClose} aria-label="Hide the Fitmark sidebar">
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
        {state.status === 'result' && <Result report={state.report} onOpenGuide={onOpenGuide} onLocate={onLocate} />}
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

function Result({ report, onOpenGuide, onLocate }: { report: TabReport; onOpenGuide(anchor: string): void; onLocate?(skillId: string): void }) {
  const { posting, role } = report;
  // Soft skills are shown apart: resumes rarely name them, so they are not scored.
  const missing = report.missing.filter((m) => m.category !== 'soft');
  const matched = report.matched.filter((m) => m.category !== 'soft');
  const soft = [
    ...report.matched.filter((m) => m.category === 'soft').map((m) => ({ id: m.id, name: m.name, shown: true })),
    ...report.missing.filter((m) => m.category === 'soft').map((m) => ({ id: m.id, name: m.name, shown: false })),
  ];
  return (
    <>
      <div className="fm-posting">
        <div className="fm-title">{posting.title || 'This posting'}</div>
        {posting.company && <div className="fm-muted">{posting.company}</div>}
        {role && (
          <button type="button" className="fm-link fm-role" onClick={() => onOpenGuide(anchorOf(role.guide))}>
            Role guide: {role.title}
          </button>
        )}
      </div>
      {report.resumeName === null ? (
        <NoResume report={report} />
      ) : (
        <>
          <Score score={report.score} explanation={report.explanation} resumeName={report.resumeName} />
          <section aria-labelledby="fm-missing">
            <h2 id="fm-missing">
              Skills you lack <span className="fm-count">{missing.length}</span>
            </h2>
            {missing.length === 0 ? (
              <p className="fm-muted">None: your resume shows every technical skill this posting names.</p>
            ) : (
              <ul className="fm-list" data-testid="fitmark-missing">
                {missing.map((m) => (
                  <Missing key={m.id} skill={m} onOpenGuide={onOpenGuide} onLocate={onLocate} />
                ))}
              </ul>
            )}
          </section>
          <section aria-labelledby="fm-matched">
            <h2 id="fm-matched">
              Skills you share <span className="fm-count">{matched.length}</span>
            </h2>
            <ul className="fm-list" data-testid="fitmark-matched">
              {byCategory(matched).map((m) => (
                <Matched key={m.id} skill={m} onLocate={onLocate} />
              ))}
            </ul>
          </section>
          {soft.length > 0 && (
            <section aria-labelledby="fm-soft">
              <h2 id="fm-soft">Soft skills named (not scored)</h2>
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

function Score({ score, explanation, resumeName }: { score: number | null; explanation: string; resumeName: string }) {
  return (
    <div className="fm-score-row">
      {score === null ? (
        <div className="fm-score fm-score-none" aria-label="No score">
          –
        </div>
      ) : (
        <div className={`fm-score fm-${band(score)}`} data-testid="fitmark-score" aria-label={`Match score ${score} out of 100`}>
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

function Missing({ skill, onOpenGuide, onLocate }: { skill: MissingSkill; onOpenGuide(anchor: string): void; onLocate?(skillId: string): void }) {
  return (
    <li className="fm-skill fm-missing" data-skill={skill.id}>
      <div className="fm-skill-head">
        <a
          href={skill.guide}
          className="fm-link"
          onClick={(e) => {
            e.preventDefault();
            onOpenGuide(anchorOf(skill.guide));
          }}
          title={`What the market expects for ${skill.name}, and how to close the gap`}
        >
          {skill.name}
        </a>
        <Locate id={skill.id} name={skill.name} onLocate={onLocate} />
        <span className={`fm-tag fm-tag-${skill.importance}`}>{IMPORTANCE_LABEL[skill.importance]}</span>
      </div>
      <div className="fm-cat">{CATEGORY_LABEL[skill.category] ?? skill.category}</div>
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
      <h2>This posting asks for</h2>
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
