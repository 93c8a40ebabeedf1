// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Report } from '../engine/types';
import type { Message, MessageOf } from '../messages';
import { startReader, type Reader } from './reader';

let reader: Reader | undefined;
afterEach(() => reader?.stop());

const EMPTY_REPORT: Report = {
  program: 'test',
  findings: [],
  time: { start: null, end: null, minutes: null, basis: null },
  units: null,
  dollars: null,
  fields: {},
};

/** What the browser dispatches when a person presses in `el`: trusted, unlike a script's events. */
function pressBy(el: Element, type: 'pointerdown' | 'keydown' | 'beforeinput' = 'pointerdown') {
  const event = new Event(type, { bubbles: true, composed: true });
  Object.defineProperty(event, 'isTrusted', { value: true });
  el.dispatchEvent(event);
}

/** The user clicks into a field: a trusted press, then focus. */
function clickInto(el: HTMLElement) {
  pressBy(el);
  el.focus();
}

function start() {
  const analyzed: MessageOf<'analyze'>[] = [];
  reader = startReader(
    document,
    {
      analyze: async (request) => {
        analyzed.push(request);
        return null;
      },
      post: () => undefined,
    },
    { shadowRootMode: 'closed' },
  );
  return analyzed;
}

describe('startReader', () => {
  it('starts coaching the note field the user focuses, with the form around it', async () => {
    document.body.innerHTML = `<form><input type="date" value="2026-11-20"><textarea id="note">Met client.</textarea></form>`;
    const analyzed = start();
    clickInto(document.querySelector<HTMLTextAreaElement>('#note')!);
    await vi.waitFor(() => expect(analyzed).toHaveLength(1));
    expect(analyzed[0]).toMatchObject({
      type: 'analyze',
      text: 'Met client.',
      context: { fields: { date: true } },
    });
  });

  it('never reads fields inside the extension’s own UI', async () => {
    document.body.innerHTML = `<notecoach-sidebar></notecoach-sidebar><textarea id="note">Page note.</textarea>`;
    const shadow = document.querySelector('notecoach-sidebar')!.attachShadow({ mode: 'open' });
    const ownField = document.createElement('textarea');
    shadow.append(ownField);
    const analyzed = start();
    clickInto(ownField);
    ownField.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    clickInto(document.querySelector<HTMLTextAreaElement>('#note')!);
    await vi.waitFor(() => expect(analyzed).toHaveLength(1));
    expect(analyzed.map((request) => request.text)).toEqual(['Page note.']);
  });

  it('checks the focused note again, as a newer version, when the settings change', async () => {
    document.body.innerHTML = `<textarea id="note">Met client.</textarea>`;
    const analyzed = start();
    expect(reader!.handle({ type: 'settings-changed' })).toBe(false);
    clickInto(document.querySelector<HTMLTextAreaElement>('#note')!);
    await vi.waitFor(() => expect(analyzed).toHaveLength(1));
    expect(reader!.handle({ type: 'settings-changed' })).toBe(true);
    await vi.waitFor(() => expect(analyzed).toHaveLength(2));
    expect(analyzed[1]).toMatchObject({ text: 'Met client.', version: analyzed[0]!.version + 1 });
  });

  it('never coaches a field the user had no hand in, however the page focuses and fills it', async () => {
    document.body.innerHTML = `<textarea id="note">Met client.</textarea>`;
    const fake = document.createElement('textarea');
    fake.style.cssText = 'position: fixed; left: -9999px';
    fake.value = 'Words the page chose.';
    document.body.append(fake);
    const analyzed = start();
    fake.focus();
    fake.dispatchEvent(new Event('input', { bubbles: true }));
    fake.dispatchEvent(new Event('pointerdown', { bubbles: true }));
    fake.dispatchEvent(new KeyboardEvent('keydown', { key: 'a', bubbles: true }));
    clickInto(document.querySelector<HTMLTextAreaElement>('#note')!);
    await vi.waitFor(() => expect(analyzed).toHaveLength(1));
    fake.focus();
    fake.dispatchEvent(new Event('input', { bubbles: true }));
    expect(analyzed.map((request) => request.text)).toEqual(['Met client.']);
  });

  it('coaches an editor that opened already focused from the first key the user presses in it', async () => {
    document.body.innerHTML = `<textarea id="note" autofocus>Met client.</textarea>`;
    const note = document.querySelector<HTMLTextAreaElement>('#note')!;
    note.focus();
    const analyzed = start();
    note.dispatchEvent(new Event('input', { bubbles: true }));
    expect(analyzed).toEqual([]);
    pressBy(note, 'keydown');
    await vi.waitFor(() => expect(analyzed).toHaveLength(1));
  });

  it('keeps a note removed while its check was on its way cleared when the report comes back', async () => {
    document.body.innerHTML = `<textarea id="note">Met client.</textarea>`;
    const answers: ((report: Report) => void)[] = [];
    const posted: Message[] = [];
    reader = startReader(
      document,
      {
        analyze: () => new Promise<Report>((answer) => answers.push(answer)),
        post: (message) => posted.push(message),
      },
      { shadowRootMode: 'closed' },
    );
    clickInto(document.querySelector<HTMLTextAreaElement>('#note')!);
    await vi.waitFor(() => expect(answers).toHaveLength(1));
    // The page makes a new editor for its next note; the user starts in it.
    const next = document.createElement('textarea');
    next.value = 'Next note.';
    document.querySelector('#note')!.replaceWith(next);
    await vi.waitFor(() => expect(posted.map((m) => m.type)).toContain('note-cleared'));
    clickInto(next);
    await vi.waitFor(() => expect(answers).toHaveLength(2));
    answers[1]!(EMPTY_REPORT);
    await vi.waitFor(() => expect(posted.at(-1)?.type).toBe('note-state'));
    const nextNote = (posted.at(-1) as MessageOf<'note-state'>).note.noteId;
    // The removed note's report arrives last: the sidebar must still be shown the next note.
    answers[0]!(EMPTY_REPORT);
    await new Promise((settled) => setTimeout(settled, 10));
    const cleared = posted.find((m) => m.type === 'note-cleared') as MessageOf<'note-cleared'>;
    const afterClearing = posted.slice(posted.indexOf(cleared) + 1);
    expect(afterClearing.filter((m) => 'note' in m && m.note.noteId !== nextNote)).toEqual([]);
  });

  it('counts an edit of the user’s own (paste, drop, dictation) as their hand in the field', async () => {
    document.body.innerHTML = `<textarea id="note">Met client.</textarea>`;
    const analyzed = start();
    pressBy(document.querySelector('#note')!, 'beforeinput');
    await vi.waitFor(() => expect(analyzed).toHaveLength(1));
  });
});
