import type { TabReport } from '@/lib/report';

export interface TabMatchProps {
  report: TabReport | null | undefined;
  onToggleSidebar(): void;
}

/** The popup's view of the current tab: its posting and score, and the sidebar switch. */
export function TabMatch({ report, onToggleSidebar }: TabMatchProps) {
  return (
    <section aria-labelledby="tab-heading" className="pp-section">
      <h2 id="tab-heading">This page</h2>
      {report === undefined ? (
        <p className="pp-muted">Looking…</p>
      ) : report === null ? (
        <p className="pp-muted" data-testid="tab-none">
          No job posting here. Open a posting on LinkedIn or Greenhouse and Fitmark scores it.
        </p>
      ) : (
        <div data-testid="tab-match">
          <div className="pp-tab-row">
            <div className="pp-score" aria-label={report.score === null ? 'No score' : `Match score ${report.score} out of 100`}>
              {report.score ?? '–'}
            </div>
            <div>
              <strong>{report.posting.title}</strong>
              <div className="pp-muted">{report.posting.company}</div>
              <div className="pp-small pp-muted">
                {report.resumeName === null
                  ? 'Add a resume to see your match.'
                  : `${report.matched.length} skills shared, ${report.missing.length} missing`}
              </div>
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
