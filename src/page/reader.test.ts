// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { MessageOf } from '../messages';
import { startReader, type Reader } from './reader';

let reader: Reader | undefined;
afterEach(() => reader?.stop());

function start() {
  const analyzed: MessageOf<'analyze'>[] = [];
  reader = startReader(document, {
    analyze: async (request) => {
      analyzed.push(request);
      return null;
    },
    post: () => undefined,
  });
  return analyzed;
}

describe('startReader', () => {
  it('starts coaching the note field the user focuses, with the form around it', async () => {
    document.body.innerHTML = `<form><input type="date" value="2026-11-20"><textarea id="note">Met client.</textarea></form>`;
    const analyzed = start();
    document.querySelector<HTMLTextAreaElement>('#note')!.focus();
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
    ownField.focus();
    ownField.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    document.querySelector<HTMLTextAreaElement>('#note')!.focus();
    await vi.waitFor(() => expect(analyzed).toHaveLength(1));
    expect(analyzed.map((request) => request.text)).toEqual(['Page note.']);
  });

  it('checks the focused note again, as a newer version, when the settings change', async () => {
    document.body.innerHTML = `<textarea id="note">Met client.</textarea>`;
    const analyzed = start();
    expect(reader!.handle({ type: 'settings-changed' })).toBe(false);
    document.querySelector<HTMLTextAreaElement>('#note')!.focus();
    await vi.waitFor(() => expect(analyzed).toHaveLength(1));
    expect(reader!.handle({ type: 'settings-changed' })).toBe(true);
    await vi.waitFor(() => expect(analyzed).toHaveLength(2));
    expect(analyzed[1]).toMatchObject({ text: 'Met client.', version: analyzed[0]!.version + 1 });
  });
});
