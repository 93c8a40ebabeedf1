// TinyMCE: the note is the body of its iframe (`body.mce-content-body`); the reader runs
// inside that frame. Bogus nodes are TinyMCE's own caret and bookmark markup.
import { richEditorAdapter } from './rich-editor';

export const tinymceAdapter = richEditorAdapter({
  name: 'tinymce',
  rootSelector: '.mce-content-body',
  skip: (el) =>
    el.getAttribute('data-mce-bogus') === 'all' || el.getAttribute('data-mce-type') === 'bookmark',
  // TinyMCE's undo manager records a level for `insertReplacementText` input (its hook for
  // the browser's spell checker) but not for execCommand's plain `insertText`; without
  // this, Ctrl+Z would jump past the replacement to before the typing.
  afterReplace(root, text) {
    const view = root.ownerDocument.defaultView;
    if (!view) return;
    root.dispatchEvent(
      new view.InputEvent('input', {
        inputType: 'insertReplacementText',
        data: text,
        bubbles: true,
      }),
    );
  },
});
