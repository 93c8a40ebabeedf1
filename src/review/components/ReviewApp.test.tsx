// @vitest-environment happy-dom
import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { finding, report } from '../../../test/review/reports';
import { buttonNamed, click, mount } from '../../ui/render.test-helper';
import { memoryStorage } from '../page-storage';
import { SESSION_KEY } from '../saved-session';
import { createBatchWorker } from '../worker';
import { reviewInWorker, type WorkerPort } from '../worker-client';
import { ReviewApp } from './ReviewApp';

/** The real worker handler in this thread, with a stand-in engine that flags "drove". */
function inThreadWorker(): WorkerPort {
  const listeners = new Set<(event: { data: unknown }) => void>();
  const handler = createBatchWorker({
    analyzerFor: () => ({
      analyze: (text) => {
        const at = text.indexOf('drove');
        return report(
          at < 0
            ? []
            : [
                finding({
                  kind: 'non-billable',
                  code: 'transportation',
                  start: at,
                  end: at + 5,
                  severity: 'error',
                  message: 'Transport is not a unit.',
                }),
              ],
          60,
        );
      },
    }),
    post: (response) => listeners.forEach((l) => l({ data: structuredClone(response) })),
  });
  return {
    postMessage: (message) => void handler.receive(structuredClone(message)),
    addEventListener: (_type, listener) => listeners.add(listener),
    removeEventListener: (_type, listener) => listeners.delete(listener),
  };
}

const HOSTILE = '<img src=x onerror=alert(1)> CSW drove client to the clinic and back home.';
const CLEAN = 'CSW coached client through calling the pharmacy about a refill himself.';

function type(field: HTMLTextAreaElement | HTMLInputElement, text: string) {
  act(() => {
    field.value = text;
    field.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

function app(storage = memoryStorage()) {
  const worker = inThreadWorker();
  const download = vi.fn();
  const print = vi.fn();
  const root = mount(
    <ReviewApp
      programs={[{ id: 'ct-dmhas-csp', name: 'CT DMHAS Community Support' }]}
      start={(request, onProgress) => reviewInWorker(worker, request, onProgress)}
      download={download}
      storage={storage}
      print={print}
    />,
  );
  return { root, download, print, storage };
}

async function reviewPasted(root: HTMLElement, text: string) {
  type(root.querySelector('textarea')!, text);
  click(buttonNamed(root, 'Add pasted notes'));
  click(buttonNamed(root, /^Review \d+ notes?$/));
  await vi.waitFor(() => expect(root.querySelector('table.notes tbody tr')).not.toBeNull());
}

describe('ReviewApp', () => {
  it('reviews pasted notes into a table with a summary', async () => {
    const { root } = app();
    await reviewPasted(root, `${HOSTILE}\n---\n${CLEAN}`);
    const headers = [...root.querySelectorAll('table.notes thead th')].map((th) => th.textContent);
    expect(headers.slice(5, 8)).toEqual(['Status', 'Not billable', 'Minutes']);
    const rows = [...root.querySelectorAll('table.notes tbody tr')].map((tr) =>
      [...tr.children].map((cell) => cell.textContent),
    );
    expect(rows).toEqual([
      ['Note 1', '', '', '', 'CT DMHAS CSP', 'Needs work', '1', '60', '4', '4'],
      ['Note 2', '', '', '', 'CT DMHAS CSP', 'Pass', '', '60', '4', ''],
    ]);
    expect(root.querySelector('.summary .totals')?.textContent).toContain('Need work1');
  });

  it('opens a note with its markup shown as text and the finding marked', async () => {
    const { root } = app();
    await reviewPasted(root, HOSTILE);
    click(root.querySelector('table.notes tbody tr'));
    const text = root.querySelector('.detail .note-text');
    expect(text?.textContent).toBe(HOSTILE);
    expect(root.querySelector('img')).toBeNull();
    expect(text?.querySelector('mark')?.textContent).toBe('drove');
    const card = root.querySelector('.sidebar-findings')?.shadowRoot?.querySelector('.card');
    expect(card?.textContent).toContain('Transport is not a unit.');
    expect(card?.querySelector('.ignore')).toBeNull();
  });

  it('finds notes by words in their text', async () => {
    const { root } = app();
    await reviewPasted(root, `${HOSTILE}\n---\n${CLEAN}`);
    const search = root.querySelector<HTMLInputElement>('input[type="search"]')!;
    type(search, 'PHARMACY refill');
    const shown = () =>
      [...root.querySelectorAll('table.notes tbody th')].map((th) => th.textContent);
    expect(shown()).toEqual(['Note 2']);
    type(search, 'clinic');
    expect(shown()).toEqual(['Note 1']);
  });

  it('exports the findings as CSV', async () => {
    const { root, download } = app();
    await reviewPasted(root, HOSTILE);
    click(buttonNamed(root, 'Export findings (CSV)'));
    expect(download).toHaveBeenCalledWith(
      'notecoach-findings.csv',
      expect.stringContaining('Note 1,'),
    );
    expect(download.mock.calls[0]?.[1]).toContain(
      ',CT DMHAS CSP,Not billable,transportation,Must fix,',
    );
  });

  // Longer than a form's heading line, so three copies of it are not taken for a template.
  const COPIED = `${CLEAN.slice(0, -1)} and wrote the pharmacy's number on his calendar.`;

  it('shows notes that read alike as one group, its shared text, and any two side by side', async () => {
    const { root } = app();
    await reviewPasted(root, `${COPIED}\n---\n${COPIED}\n---\n${COPIED}\n---\n${HOSTILE}`);
    expect(root.querySelectorAll('.clone-tag')).toHaveLength(3);
    // Three copies are three pairs but one group: one button.
    expect(root.querySelectorAll('.clone-groups button')).toHaveLength(1);
    click(buttonNamed(root, '3 notes, 100% alike: Note 1, Note 2, Note 3'));
    const group = root.querySelector('.clone-group');
    expect(
      [...(group?.querySelectorAll(':scope > .note-text mark.shared') ?? [])].map(
        (m) => m.textContent,
      ),
    ).toEqual([COPIED.slice(0, -1)]);
    expect(group?.querySelectorAll('.clone-members li')).toHaveLength(3);
    click(buttonNamed(root, 'Compare Note 2 with Note 1'));
    const sides = [...root.querySelectorAll('.side-by-side .side mark.shared')].map(
      (m) => m.textContent,
    );
    expect(sides).toEqual([COPIED.slice(0, -1), COPIED.slice(0, -1)]);
  });

  it('keeps nothing until the session is saved, then offers it back until deleted', async () => {
    const storage = memoryStorage();
    const first = app(storage);
    await reviewPasted(first.root, `${CLEAN}\n---\n${HOSTILE}`);
    expect(storage.entries.size).toBe(0);
    click(buttonNamed(first.root, 'Save session on this computer'));
    await vi.waitFor(() => expect(storage.entries.has(SESSION_KEY)).toBe(true));

    const second = app(storage);
    await vi.waitFor(() => buttonNamed(second.root, 'Open saved session'));
    expect(second.root.querySelector('table.notes')).toBeNull();
    click(buttonNamed(second.root, 'Open saved session'));
    await vi.waitFor(() =>
      expect(second.root.querySelectorAll('table.notes tbody tr')).toHaveLength(2),
    );

    click(buttonNamed(second.root, 'Delete saved session'));
    await vi.waitFor(() => expect(storage.entries.has(SESSION_KEY)).toBe(false));
    await vi.waitFor(() => expect(second.root.textContent).toContain('No session is saved.'));
  });

  it('prints the report from its button', async () => {
    const { root, print } = app();
    await reviewPasted(root, CLEAN);
    click(buttonNamed(root, 'Print report'));
    expect(print).toHaveBeenCalledOnce();
  });
});
