// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { contenteditableAdapter } from './contenteditable';
import { prosemirrorAdapter } from './prosemirror';

// happy-dom has no execCommand: these tests run the path a browser without it would take.
describe('replacing without execCommand', () => {
  it('writes a plain contenteditable note directly and announces it with an input event', async () => {
    document.body.innerHTML =
      '<div contenteditable="true"><p>Met client.</p><p>CSW <b>assisted</b> client.</p></div>';
    const root = document.querySelector<HTMLElement>('[contenteditable]')!;
    const inputs: string[] = [];
    root.addEventListener('input', (event) => inputs.push((event as InputEvent).inputType));
    const start = contenteditableAdapter.text(root).text.indexOf('assisted');
    expect(await contenteditableAdapter.replace(root, start, start + 8, 'coached')).toBe(true);
    expect(contenteditableAdapter.text(root).text).toBe('Met client.\nCSW coached client.');
    expect(inputs).toEqual(['insertReplacementText']);
  });

  it('never writes behind the back of an editor that keeps its own model', async () => {
    document.body.innerHTML =
      '<div class="ProseMirror" contenteditable="true"><p>CSW assisted client.</p></div>';
    const root = document.querySelector<HTMLElement>('.ProseMirror')!;
    expect(await prosemirrorAdapter.replace(root, 4, 12, 'coached')).toBe(false);
    expect(prosemirrorAdapter.text(root).text).toBe('CSW assisted client.');
  });
});
