// @vitest-environment happy-dom
import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { finding, report } from '../../../test/review/reports';
import { buttonNamed, click, mount } from '../../ui/render.test-helper';
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

function type(field: HTMLTextAreaElement, text: string) {
  act(() => {
    field.value = text;
    field.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

function app() {
  const worker = inThreadWorker();
  const download = vi.fn();
  const root = mount(
    <ReviewApp
      programs={[{ id: 'ct-dmhas-csp', name: 'CT DMHAS Community Support' }]}
      start={(request, onProgress) => reviewInWorker(worker, request, onProgress)}
      download={download}
    />,
  );
  return { root, download };
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
    const rows = [...root.querySelectorAll('table.notes tbody tr')].map((tr) =>
      [...tr.children].map((cell) => cell.textContent),
    );
    expect(rows).toEqual([
      ['Note 1', '', '', '', 'Needs work', '1', '60', '4', '4'],
      ['Note 2', '', '', '', 'Pass', '0', '60', '4', ''],
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

  it('exports the findings as CSV', async () => {
    const { root, download } = app();
    await reviewPasted(root, HOSTILE);
    click(buttonNamed(root, 'Export findings (CSV)'));
    expect(download).toHaveBeenCalledWith(
      'notecoach-findings.csv',
      expect.stringContaining('Note 1,'),
    );
    expect(download.mock.calls[0]?.[1]).toContain(',non-billable,transportation,');
  });

  it('shows notes that read alike side by side', async () => {
    const { root } = app();
    await reviewPasted(root, `${CLEAN}\n---\n${CLEAN}\n---\n${HOSTILE}`);
    expect(root.querySelectorAll('.clone-tag')).toHaveLength(2);
    click(buttonNamed(root, '100% alike: Note 1 and Note 2'));
    const sides = [...root.querySelectorAll('.side-by-side .side mark.shared')].map(
      (m) => m.textContent,
    );
    expect(sides).toEqual([CLEAN.slice(0, -1), CLEAN.slice(0, -1)]);
  });
});
