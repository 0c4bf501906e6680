import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ResumeManager, type ResumeSummary } from '@/components/ResumeManager';
import { ResumeError } from '@/lib/resume/errors';

const resumes: ResumeSummary[] = [
  { id: 'r2', name: 'sre.pdf', kind: 'pdf', createdAt: Date.UTC(2026, 10, 2), skills: [{ id: 'go', name: 'Go' }, { id: 'aws', name: 'AWS' }] },
  { id: 'r1', name: 'old.txt', kind: 'text', createdAt: Date.UTC(2026, 0, 5), skills: [] },
];
const noop = async () => {};
const fmt = (ms: number) => new Date(ms).toISOString().slice(0, 10);

describe('ResumeManager', () => {
  it('lists resumes with name, date, skills and the active one marked', () => {
    render(<ResumeManager resumes={resumes} activeId="r2" onUpload={noop} onPaste={noop} onDelete={noop} onActivate={noop} formatDate={fmt} />);
    const items = screen.getAllByTestId('resume-item');
    expect(items).toHaveLength(2);
    expect(items[0]!.getAttribute('aria-current')).toBe('true');
    expect(within(items[0]!).getByText('active')).toBeTruthy();
    expect(within(items[0]!).getByText(/Added 2026-11-02 · 2 skills found/)).toBeTruthy();
    expect(within(items[0]!).getByText('Go')).toBeTruthy();
  });

  it('says there is no resume yet', () => {
    render(<ResumeManager resumes={[]} activeId={null} onUpload={noop} onPaste={noop} onDelete={noop} onActivate={noop} />);
    expect(screen.getByTestId('no-resumes').textContent).toMatch(/No resume saved yet/);
  });

  it('saves pasted text under its name and clears the form', async () => {
    const onPaste = vi.fn(noop);
    render(<ResumeManager resumes={[]} activeId={null} onUpload={noop} onPaste={onPaste} onDelete={noop} onActivate={noop} />);
    await userEvent.type(screen.getByPlaceholderText(/Name/), 'Pasted 2026');
    await userEvent.type(screen.getByLabelText('Resume text'), 'Terraform and Go');
    await userEvent.click(screen.getByRole('button', { name: 'Save pasted resume' }));
    expect(onPaste).toHaveBeenCalledWith('Pasted 2026', 'Terraform and Go');
    await waitFor(() => expect((screen.getByLabelText('Resume text') as HTMLTextAreaElement).value).toBe(''));
  });

  it('shows a parse error clearly and keeps the saved resumes', async () => {
    const onUpload = vi.fn(async () => {
      throw new ResumeError('encrypted');
    });
    render(<ResumeManager resumes={resumes} activeId="r2" onUpload={onUpload} onPaste={noop} onDelete={noop} onActivate={noop} />);
    const file = new File([new Uint8Array([37, 80, 68, 70])], 'locked.pdf', { type: 'application/pdf' });
    await userEvent.upload(screen.getByTestId('resume-file'), file);
    expect(onUpload).toHaveBeenCalledWith(file);
    expect((await screen.findByRole('alert')).textContent).toMatch(/protected by a password/);
    expect(screen.getAllByTestId('resume-item')).toHaveLength(2);
  });

  it('deletes and activates through labelled buttons', async () => {
    const onDelete = vi.fn(noop);
    const onActivate = vi.fn(noop);
    render(<ResumeManager resumes={resumes} activeId="r2" onUpload={noop} onPaste={noop} onDelete={onDelete} onActivate={onActivate} />);
    await userEvent.click(screen.getByRole('button', { name: 'Delete old.txt' }));
    await userEvent.click(screen.getByRole('button', { name: 'Use this one' }));
    expect(onDelete).toHaveBeenCalledWith('r1');
    expect(onActivate).toHaveBeenCalledWith('r1');
  });
});
