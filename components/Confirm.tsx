import type { ReactNode } from 'react';

export interface ConfirmProps {
  /** What the dialog asks, for screen readers. */
  label: string;
  children: ReactNode;
  confirmLabel: string;
  onConfirm(): void;
  onCancel(): void;
  /** Class prefix of the page it sits on (pp- in the popup, hv- on the history page). */
  prefix: string;
}

/** An inline "are you sure?" for what cannot be undone; Cancel has the focus. */
export function Confirm({ label, children, confirmLabel, onConfirm, onCancel, prefix }: ConfirmProps) {
  return (
    <div role="alertdialog" aria-label={label} className={`${prefix}confirm`}>
      <p>{children}</p>
      <button type="button" className={`${prefix}danger`} onClick={onConfirm}>
        {confirmLabel}
      </button>{' '}
      <button type="button" onClick={onCancel} autoFocus>
        Cancel
      </button>
    </div>
  );
}
