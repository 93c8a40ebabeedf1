// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { noteFieldFor } from './discovery';

function page(html: string): void {
  document.body.innerHTML = html;
}

function fieldName(selector: string): string | null {
  const el = document.querySelector(selector);
  return el ? (noteFieldFor(el)?.adapter.name ?? null) : null;
}

describe('noteFieldFor', () => {
  it('takes a textarea and a contenteditable note', () => {
    page('<textarea id="n"></textarea><div id="r" contenteditable="true"><p id="p">x</p></div>');
    expect(fieldName('#n')).toBe('textarea');
    expect(fieldName('#p')).toBe('contenteditable');
    expect(noteFieldFor(document.querySelector('#p')!)?.root.id).toBe('r');
  });

  it('recognises named editors by their editable root', () => {
    page(`
      <div class="ck-editor__editable" contenteditable="true"><p id="ck">a</p></div>
      <div class="ql-editor" contenteditable="true"><p id="ql">a</p></div>
      <div class="ProseMirror" contenteditable="true"><p id="pm">a</p></div>
      <div class="public-DraftEditor-content" contenteditable="true" spellcheck="false"><div id="dj">a</div></div>`);
    expect(fieldName('#ck')).toBe('ckeditor5');
    expect(fieldName('#ql')).toBe('quill');
    expect(fieldName('#pm')).toBe('prosemirror');
    // Draft.js turns spellcheck off by default; that is not the page opting out.
    expect(fieldName('#dj')).toBe('draftjs');
  });

  it('skips one-line and search inputs', () => {
    page('<input id="s" type="search"><input id="t" type="text">');
    expect(fieldName('#s')).toBeNull();
    expect(fieldName('#t')).toBeNull();
  });

  it('skips read-only, disabled and opted-out fields', () => {
    page(`
      <textarea id="ro" readonly></textarea>
      <textarea id="dis" disabled></textarea>
      <fieldset disabled><textarea id="fs"></textarea></fieldset>
      <textarea id="sp" spellcheck="false"></textarea>
      <textarea id="gr" data-gramm="false"></textarea>
      <div data-enable-grammarly="false"><textarea id="eg"></textarea></div>
      <div id="cb" contenteditable="true" role="combobox"></div>
      <div id="one" contenteditable="true" aria-multiline="false"></div>
      <div id="off" contenteditable="false"></div>`);
    for (const id of ['ro', 'dis', 'fs', 'sp', 'gr', 'eg', 'cb', 'one', 'off']) {
      expect(fieldName(`#${id}`), id).toBeNull();
    }
  });
});
