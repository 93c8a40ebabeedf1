// CKEditor 5: the editable is `.ck-editor__editable`; widgets' UI is contenteditable=false
// (skipped by the text map), and CKEditor handles `beforeinput` itself, into its own undo.
import { richEditorAdapter } from './rich-editor';

export const ckeditor5Adapter = richEditorAdapter({
  name: 'ckeditor5',
  rootSelector: '.ck-editor__editable',
  skip: (el) => el.classList.contains('ck-fake-selection-container'),
});
