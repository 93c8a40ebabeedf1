// @vitest-environment happy-dom
import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { buttonNamed, click, mount } from '../../ui/render.test-helper';
import { memoryStorage } from '../page-storage';
import { ImportPanel } from './ImportPanel';

function choose(root: HTMLElement, files: File[]) {
  const input = root.querySelector<HTMLInputElement>('input[type=file]')!;
  Object.defineProperty(input, 'files', { value: files, configurable: true });
  act(() => {
    input.dispatchEvent(new Event('change', { bubbles: true }));
  });
}

function select(root: HTMLElement, label: string, value: string) {
  const forId = [...root.querySelectorAll('.mapping label')]
    .find((l) => l.textContent === label)
    ?.getAttribute('for');
  const field = forId ? root.querySelector<HTMLSelectElement>(`[id="${forId}"]`) : null;
  if (!field) throw new Error(`no select ${label}`);
  act(() => {
    field.value = value;
    field.dispatchEvent(new Event('change', { bubbles: true }));
  });
}

const CSV =
  'Service Date,Staff,Comments\r\n03/05/2024,Ana,"Met client, at home."\r\n03/06/2024,Bo\r\n';

describe('ImportPanel', () => {
  it('asks for the note column of a CSV, then adds its notes and lists skipped rows', async () => {
    const onNotes = vi.fn();
    const root = mount(<ImportPanel onNotes={onNotes} storage={memoryStorage()} />);
    choose(root, [new File([CSV], 'export.csv', { type: 'text/csv' })]);
    await vi.waitFor(() => expect(root.querySelector('.mapping')).not.toBeNull());

    click(buttonNamed(root, 'Add 1 note'));
    expect(root.querySelector('[role=alert]')?.textContent).toContain(
      'No column is chosen for the note text',
    );
    expect(onNotes).not.toHaveBeenCalled();

    select(root, 'Note text', '2');
    click(buttonNamed(root, 'Add 1 note'));
    expect(onNotes).toHaveBeenCalledWith([
      expect.objectContaining({ id: 'Row 2', text: 'Met client, at home.', date: '2024-03-05' }),
    ]);
    expect(root.querySelector('.skipped')?.textContent).toContain(
      'Row 3 has 2 cells; the header has 3.',
    );
  });

  it('adds a text file and reports a binary one by name', async () => {
    const onNotes = vi.fn();
    const root = mount(<ImportPanel onNotes={onNotes} storage={memoryStorage()} />);
    choose(root, [
      new File(['Met client.'], 'visit.txt', { type: 'text/plain' }),
      new File(['%PDF-1.7 ...'], 'scan.txt', { type: 'text/plain' }),
    ]);
    await vi.waitFor(() => expect(root.querySelector('[role=alert]')).not.toBeNull());
    expect(onNotes).toHaveBeenCalledWith([{ id: 'visit.txt', text: 'Met client.' }]);
    expect(root.querySelector('[role=alert]')?.textContent).toMatch(/^"scan\.txt": .*PDF/);
  });

  it('maps the next CSV with the same headers as the supervisor mapped the last one', async () => {
    const storage = memoryStorage();
    const first = mount(<ImportPanel onNotes={vi.fn()} storage={storage} />);
    choose(first, [new File([CSV], 'march.csv', { type: 'text/csv' })]);
    await vi.waitFor(() => expect(first.querySelector('.mapping')).not.toBeNull());
    select(first, 'Note text', '2');
    click(buttonNamed(first, 'Add 1 note'));
    await vi.waitFor(() => expect(storage.entries.size).toBe(1));
    expect(JSON.stringify([...storage.entries.values()])).not.toContain('Met client');

    const onNotes = vi.fn();
    const second = mount(<ImportPanel onNotes={onNotes} storage={storage} />);
    choose(second, [new File([CSV], 'april.csv', { type: 'text/csv' })]);
    await vi.waitFor(() => expect(second.querySelector('.recalled')).not.toBeNull());
    click(buttonNamed(second, 'Add 1 note'));
    expect(onNotes).toHaveBeenCalledWith([
      expect.objectContaining({ text: 'Met client, at home.', staff: 'Ana' }),
    ]);
  });
});
