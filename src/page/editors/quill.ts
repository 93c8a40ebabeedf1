// Quill: `.ql-editor`; its caret holder (`.ql-cursor`) and UI are not note text.
import { richEditorAdapter } from './rich-editor';

export const quillAdapter = richEditorAdapter({
  name: 'quill',
  rootSelector: '.ql-editor',
  skip: (el) => el.classList.contains('ql-cursor') || el.classList.contains('ql-ui'),
});
