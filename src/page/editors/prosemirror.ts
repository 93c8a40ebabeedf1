// ProseMirror and the editors built on it (Tiptap, Remirror...): `.ProseMirror`. Its view
// reads DOM changes back into a transaction, so native input lands in its history.
import { richEditorAdapter } from './rich-editor';

export const prosemirrorAdapter = richEditorAdapter({
  name: 'prosemirror',
  rootSelector: '.ProseMirror',
  skip: (el) => el.classList.contains('ProseMirror-widget'),
});
