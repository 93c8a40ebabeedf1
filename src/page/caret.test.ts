// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { caretOffset, findingAt } from './caret';
import { noteFieldFor } from './discovery';

describe('caretOffset', () => {
  it("reads a textarea's caret, and nothing while it holds a range", () => {
    document.body.innerHTML = '<textarea>CSW assisted client.</textarea>';
    const area = document.querySelector('textarea')!;
    area.focus();
    area.setSelectionRange(6, 6);
    const field = noteFieldFor(area)!;
    expect(caretOffset(field)).toBe(6);
    area.setSelectionRange(4, 12);
    expect(caretOffset(field)).toBeNull();
  });

  it('maps the caret in a rich editor through its text', () => {
    document.body.innerHTML =
      '<div contenteditable="true"><p>First line.</p><p>CSW <b>assisted</b> client.</p></div>';
    const bold = document.querySelector('b')!.firstChild!;
    const field = noteFieldFor(bold.parentElement!)!;
    document.getSelection()!.collapse(bold, 3);
    // "First line.\nCSW " is 16 characters; three more into "assisted".
    expect(caretOffset(field)).toBe(19);
  });
});

describe('findingAt', () => {
  const spans = [{ start: 4, end: 12 }, null, { start: 20, end: 25 }];
  it('finds the words the caret is in, or just after', () => {
    expect(findingAt(spans, 4)).toBe(0);
    expect(findingAt(spans, 12)).toBe(0);
    expect(findingAt(spans, 22)).toBe(2);
  });
  it('finds nothing between findings, or without a caret', () => {
    expect(findingAt(spans, 15)).toBeNull();
    expect(findingAt(spans, null)).toBeNull();
  });
});
