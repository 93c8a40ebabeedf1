// TinyMCE: the note is the body of its iframe (`body.mce-content-body`); the reader runs
// inside that frame. Bogus nodes are TinyMCE's own caret and bookmark markup.
import { richEditorAdapter } from './rich-editor';

/**
 * TinyMCE's undo manager snapshots an undo level on `insertReplacementText` input (its
 * hook for the browser's spell checker), not on execCommand's plain `insertText`. One
 * snapshot before the replacement closes the typing in progress, one after records the
 * replacement, so Ctrl+Z undoes exactly the replacement.
 */
function snapshotUndoLevel(root: HTMLElement, text: string): void {
  const view = root.ownerDocument.defaultView;
  if (!view) return;
  root.dispatchEvent(
    new view.InputEvent('input', { inputType: 'insertReplacementText', data: text, bubbles: true }),
  );
}

export const tinymceAdapter = richEditorAdapter({
  name: 'tinymce',
  rootSelector: '.mce-content-body',
  skip: (el) =>
    el.getAttribute('data-mce-bogus') === 'all' || el.getAttribute('data-mce-type') === 'bookmark',
  beforeReplace: snapshotUndoLevel,
  afterReplace: snapshotUndoLevel,
});
