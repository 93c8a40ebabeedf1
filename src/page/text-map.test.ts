// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { rangeForOffsets, readText } from './text-map';

function editor(html: string): HTMLElement {
  const root = document.createElement('div');
  root.setAttribute('contenteditable', 'true');
  root.innerHTML = html;
  document.body.replaceChildren(root);
  return root;
}

describe('readText', () => {
  it('turns paragraphs into lines and keeps empty paragraphs as empty lines', () => {
    expect(readText(editor('<p>Met client.</p><p><br></p><p>Plan: call Tuesday.</p>')).text).toBe(
      'Met client.\n\nPlan: call Tuesday.',
    );
  });

  it('reads a <br> inside a line as a newline but not a trailing filler <br>', () => {
    expect(readText(editor('<p>one<br>two<br></p><p>three</p>')).text).toBe('one\ntwo\nthree');
  });

  it('collapses nested blocks into one line break', () => {
    expect(readText(editor('<ul><li><p>a</p></li><li><p>b</p></li></ul>')).text).toBe('a\nb');
  });

  it('drops zero-width fillers and reads no-break spaces as spaces', () => {
    expect(readText(editor('<p>CSW\u00a0assisted\u2060\u2060 client\ufeff.</p>')).text).toBe(
      'CSW assisted client.',
    );
  });

  it('skips non-editable widgets inside the editor', () => {
    expect(readText(editor('<p>note</p><div contenteditable="false">toolbar</div>')).text).toBe(
      'note',
    );
  });
});

describe('rangeForOffsets', () => {
  it('maps plain-text offsets back to the words across inline formatting', () => {
    const root = editor('<p>CSW <b>assisted</b> client</p><p>with <i>forms</i>.</p>');
    const map = readText(root);
    const start = map.text.indexOf('assisted');
    expect(rangeForOffsets(map, start, start + 'assisted client'.length)?.toString()).toBe(
      'assisted client',
    );
    const forms = map.text.indexOf('forms');
    expect(rangeForOffsets(map, forms, forms + 5)?.toString()).toBe('forms');
  });

  it('maps offsets after a filler character to the right place in the text node', () => {
    const root = editor('<p>a\u2060bc assisted</p>');
    const map = readText(root);
    expect(map.text).toBe('abc assisted');
    expect(rangeForOffsets(map, 4, 12)?.toString()).toBe('assisted');
  });

  it('maps the very end of the note, where a missing line is added', () => {
    const root = editor('<p>Met client.</p><p>Paid the bill.</p>');
    const map = readText(root);
    const range = rangeForOffsets(map, map.text.length, map.text.length)!;
    expect(range.collapsed).toBe(true);
    expect(range.startContainer.textContent).toBe('Paid the bill.');
    expect(range.startOffset).toBe('Paid the bill.'.length);
  });

  it('puts a place to insert at a line break at the end of the line before it', () => {
    const root = editor('<p>Met client.</p><p>Paid the bill.</p>');
    const map = readText(root);
    const range = rangeForOffsets(map, 'Met client.'.length, 'Met client.'.length)!;
    expect(range.startContainer.textContent).toBe('Met client.');
    expect(range.startOffset).toBe('Met client.'.length);
  });

  it('puts a place on an empty last paragraph inside it, not at the end of the line before', () => {
    const root = editor('<p>Met client.</p><p>Client was cooperative.</p><p><br></p>');
    const map = readText(root);
    expect(map.text).toBe('Met client.\nClient was cooperative.\n');
    const range = rangeForOffsets(map, map.text.length, map.text.length)!;
    expect(range.collapsed).toBe(true);
    expect(range.startContainer).toBe(root.lastChild);
    expect(range.startOffset).toBe(0);
  });

  it('puts a place on an empty line between two line breaks between them', () => {
    const root = editor('Met client.<br><br>Paid the bill.');
    const map = readText(root);
    expect(map.text).toBe('Met client.\n\nPaid the bill.');
    const range = rangeForOffsets(map, 'Met client.\n'.length, 'Met client.\n'.length)!;
    expect(range.startContainer).toBe(root);
    expect(range.startOffset).toBe(2);
  });

  it('returns null for offsets past the end', () => {
    const map = readText(editor('<p>short</p>'));
    expect(rangeForOffsets(map, 2, 40)).toBeNull();
  });
});
