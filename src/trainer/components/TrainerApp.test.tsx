// @vitest-environment happy-dom
// The trainer page's components with the real engine behind the checker.
import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { analyzeNote } from '../../engine';
import { PACKS, type ProgramId } from '../../rules/packs';
import { buttonNamed, click, mount } from '../../ui/render.test-helper';
import type { Checker } from '../check-client';
import { ALL_PAIRS } from '../pairs/all-pairs';
import { PRACTICE_NOTES } from '../practice-notes';
import { TrainerApp } from './TrainerApp';

/** The first check loads compromise; the editor waits for a pause in typing. */
const SLOW = { timeout: 8000 };

const check: Checker = (program, text, context) =>
  Promise.resolve(analyzeNote(text, PACKS[program], context));

function open(hash: string, pairs = ALL_PAIRS, program: ProgramId = 'mo-community-support') {
  window.location.hash = hash;
  return mount(
    <TrainerApp
      pairs={pairs}
      notes={PRACTICE_NOTES}
      check={check}
      win={window}
      program={program}
    />,
  );
}

const articleNamed = (root: HTMLElement, title: string) =>
  [...root.querySelectorAll('article')].find((article) =>
    article.querySelector('h3')?.textContent?.includes(title),
  )!;

describe('TrainerApp', { timeout: 20_000 }, () => {
  it('shows a pair with the bad note marked and the good note passing', async () => {
    const basketball = ALL_PAIRS.filter((pair) => pair.id === 'mo-guide-basketball');
    const root = open('#pairs', basketball);
    const pair = articleNamed(root, 'Playing basketball');
    await vi.waitFor(() => expect(pair.querySelector('.verdict-passes')).not.toBeNull(), SLOW);
    await vi.waitFor(
      () =>
        expect([...pair.querySelectorAll('.side-bad mark')].map((m) => m.textContent)).toContain(
          'playing basketball',
        ),
      SLOW,
    );
    expect(pair.querySelector('.side-good .verdict')?.textContent).toBe('Passes: nothing to fix');
    expect(pair.querySelectorAll('.side-good mark')).toHaveLength(0);
  });

  it("shows each pair's notes at once, before the checker answers", () => {
    window.location.hash = '#pairs';
    const never: Checker = () => new Promise(() => undefined);
    const pair = ALL_PAIRS.find((candidate) => candidate.id === 'mo-guide-basketball')!;
    const root = mount(
      <TrainerApp
        pairs={[pair]}
        notes={PRACTICE_NOTES}
        check={never}
        win={window}
        program="mo-community-support"
      />,
    );
    expect(root.querySelector('.side-bad .note-text')?.textContent).toBe(pair.bad);
    expect(root.querySelector('.side-good .note-text')?.textContent).toBe(pair.good[0]);
    expect(root.querySelector('.side-bad .checking')?.textContent).toBe(
      'Checking against the rules…',
    );
  });

  it('says a note could not be checked when the checker fails, never "Checking" forever', async () => {
    window.location.hash = '#pairs';
    const failing: Checker = () => Promise.reject(new Error('The checker did not start.'));
    const root = mount(
      <TrainerApp
        pairs={ALL_PAIRS.slice(0, 1)}
        notes={PRACTICE_NOTES}
        check={failing}
        win={window}
        program="mo-community-support"
      />,
    );
    await vi.waitFor(() =>
      expect(root.querySelector('.side-bad [role="alert"]')?.textContent).toBe(
        'This note could not be checked.',
      ),
    );
    expect(root.querySelector('.checking')).toBeNull();
  });

  it('opens the handout on the program the options chose', () => {
    const root = open('#handout', ALL_PAIRS, 'ma-csp');
    expect(root.querySelector('#handout-title')?.textContent).toBe(PACKS['ma-csp'].name);
    expect(root.querySelector<HTMLSelectElement>('.handout-controls select')?.value).toBe('ma-csp');
  });

  it('spells "Practice" one way on every view', () => {
    for (const hash of ['#pairs', '#practice', '#handout']) {
      expect(open(hash).textContent).not.toMatch(/practis/i);
    }
  });

  it('shows hostile markup in a practice note as text', async () => {
    const root = open('#practice');
    const area = root.querySelector('textarea')!;
    act(() => {
      area.value = '<img src=x onerror=alert(1)> CSW drove participant home.';
      area.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await vi.waitFor(
      () => expect(root.querySelector('.excerpt')?.textContent).toBe('“drove participant home”'),
      SLOW,
    );
    expect(root.querySelector('img')).toBeNull();
  });

  it('counts findings cleared as the trainee rewrites the note', async () => {
    const root = open('#practice');
    const select = root.querySelector<HTMLSelectElement>('select')!;
    act(() => {
      select.value = 'pair-ct-transport';
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
    const status = () => root.querySelector('.progress-line [role=status]')?.textContent;
    await vi.waitFor(() => expect(status()).toBe('0 of 1 cleared'), SLOW);
    const area = root.querySelector('textarea')!;
    act(() => {
      area.value = area.value.replace(
        'CSW drove participant to the housing authority and back home.',
        'CSW coached participant to ask the housing authority clerk about a payment plan for his back rent.',
      );
      area.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await vi.waitFor(() => expect(status()).toBe('1 of 1 cleared'), SLOW);
    expect(root.textContent).toContain('Nothing to fix in this note.');
  });

  it('hides an ignored finding without counting it as cleared, and shows it again', async () => {
    const root = open('#practice');
    const select = root.querySelector<HTMLSelectElement>('select')!;
    act(() => {
      select.value = 'pair-ma-non-compliant';
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
    const status = () => root.querySelector('.progress-line [role=status]')?.textContent;
    await vi.waitFor(() => expect(status()).toBe('0 of 1 cleared'), SLOW);
    click(buttonNamed(root, 'Ignore “non-compliant”'));
    expect(root.querySelector('.excerpt')).toBeNull();
    expect(status()).toBe('0 of 1 cleared');
    click(buttonNamed(root, 'Show 1 ignored'));
    expect(root.querySelector('.excerpt')?.textContent).toBe('“non-compliant”');
  });
});
