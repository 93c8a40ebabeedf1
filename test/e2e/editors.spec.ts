// The same type → underline → apply → undo check on every supported editor, in both browsers.
import { testEditor } from './editor-test';

testEditor('textarea', { path: 'textarea.html', editor: 'textarea[name=note]' });
testEditor('react-textarea', { path: 'react-textarea.html', editor: 'textarea[name=note]' });
testEditor('contenteditable', { path: 'contenteditable.html', editor: '.plain-editor' });
testEditor('ckeditor5', { path: 'ckeditor5.html', editor: '.ck-editor__editable' });
// TinyMCE's note is the body of its iframe; the page's autosave line is outside it.
testEditor('tinymce', {
  path: 'tinymce.html',
  frames: ['iframe.tox-edit-area__iframe'],
  editor: 'body',
  autosaveOutside: true,
});
testEditor('quill', { path: 'quill.html', editor: '.ql-editor' });
testEditor('prosemirror', { path: 'prosemirror.html', editor: '.ProseMirror' });
testEditor('tiptap', { path: 'tiptap.html', editor: '.tiptap-note' });
testEditor('draftjs', { path: 'draftjs.html', editor: '.public-DraftEditor-content' });
testEditor('nested-frame', {
  path: 'nested-frame.html',
  frames: ['#workspace', '#note-frame'],
  editor: '.plain-editor',
});
testEditor('late-editor', {
  path: 'late-editor.html',
  open: '#new-note',
  editor: 'dialog .plain-editor',
});
testEditor('late-editor-textarea', {
  path: 'late-editor.html?textarea',
  open: '#new-note',
  editor: 'dialog textarea',
});
