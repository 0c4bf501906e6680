import { useState } from 'react';
import { boardList } from '@/lib/posting/sites/names';
import type { TabReport } from '@/lib/report';

export interface TabMatchProps {
  report: TabReport | null | undefined;
  /** The page kept removing or hiding the sidebar, so Fitmark stopped showing it there. */
  blocked?: boolean;
  onToggleSidebar(): void;
  /** Reads the page on request (any site); resolves when done, rejects with a message a user can act on. */
  onAnalyzePage?(): Promise<void>;
}

/** The figures behind the score, as the sidebar gives them ("7 of 9 required met, 1 partly; …"); skill counts for a report without them. */
function summaryOf(report: TabReport): string {
  if (report.summary) return report.summary;
  return `${report.matched.length} skills shared, ${report.missing.length} missing`;
}

/** Which resume the score is for and, with several, whether another fits this posting better (the sidebar switches). */
function ResumeLine({ report }: { report: TabReport }) {
  const fits = report.resumes ?? [];
  const best = fits.length > 1 ? fits.find((f) => f.id === report.bestResumeId) : undefined;
  return (
    <div className="pp-small pp-muted" data-testid="tab-resume">
      With “{report.resumeName}”.
      {best && best.id !== report.resumeId && best.score !== report.score && ` “${best.name}” fits it better (${best.score}): switch in the sidebar.`}
    </div>
  );
}

/** The popup's view of the current tab: its posting and score, and the sidebar switch. */
export function TabMatch({ report, blocked, onToggleSidebar, onAnalyzePage }: TabMatchProps) {
  const [state, setState] = useState<{ busy: boolean; error: string | null }>({ busy: false, error: null });
  return (
    <section aria-labelledby="tab-heading" className="pp-section">
      <h2 id="tab-heading">This page</h2>
      {blocked && (
        <p role="status" data-testid="tab-blocked">
          This page keeps removing or hiding Fitmark’s sidebar, so Fitmark stopped showing it here. The match is still below.
        </p>
      )}
      {report === undefined ? (
        <p className="pp-muted">Looking…</p>
      ) : report === null ? (
        <div data-testid="tab-none">
          <p className="pp-muted">
            Fitmark reads postings on {boardList()} by itself. On any other career page, ask it to read this one.
          </p>
          {onAnalyzePage && (
            <button
              type="button"
              disabled={state.busy}
              onClick={() => {
                setState({ busy: true, error: null });
                onAnalyzePage().then(
                  () => setState({ busy: false, error: null }),
                  (e: unknown) => setState({ busy: false, error: e instanceof Error ? e.message : String(e) }),
                );
              }}
            >
              {state.busy ? 'Reading this page…' : 'Analyze this page'}
            </button>
          )}
          {state.error && (
            <p role="alert" className="pp-error">
              {state.error}
            </p>
          )}
        </div>
      ) : (
        <div data-testid="tab-match">
          <div className="pp-tab-row">
            <div className="pp-score" role="img" aria-label={report.score === null ? 'No score' : `Match score ${report.score} out of 100`}>
              {report.score ?? '–'}
            </div>
            <div>
              <strong>{report.posting.title}</strong>
              <div className="pp-muted">{report.posting.company}</div>
              <div className="pp-small pp-muted" data-testid="tab-summary">
                {report.resumeName === null ? 'Add a resume to see your match.' : summaryOf(report)}
              </div>
              {report.resumeName !== null && <ResumeLine report={report} />}
            </div>
          </div>
          <button type="button" onClick={onToggleSidebar}>
            Show/Hide sidebar
          </button>
        </div>
      )}
    </section>
  );
}
