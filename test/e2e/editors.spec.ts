// The same type → underline → apply → undo check on every supported editor, in both browsers.
import { testEditor, testMissingLineAboveSignOff, testMissingLineOnEmptyLine } from './editor-test';

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

// A missing line above a sign-off is written at the start of the sign-off's line. Not Draft.js:
// there any line added by Use (at the note's end too) is taken into its model wrongly, which
// is open (docs/testing.md).
testMissingLineAboveSignOff('textarea', { path: 'textarea.html', editor: 'textarea[name=note]' });
testMissingLineAboveSignOff('contenteditable', {
  path: 'contenteditable.html',
  editor: '.plain-editor',
});
testMissingLineAboveSignOff('ckeditor5', {
  path: 'ckeditor5.html',
  editor: '.ck-editor__editable',
});
testMissingLineAboveSignOff('tinymce', {
  path: 'tinymce.html',
  frames: ['iframe.tox-edit-area__iframe'],
  editor: 'body',
  autosaveOutside: true,
});
testMissingLineAboveSignOff('quill', { path: 'quill.html', editor: '.ql-editor' });
testMissingLineAboveSignOff('prosemirror', { path: 'prosemirror.html', editor: '.ProseMirror' });
testMissingLineAboveSignOff('tiptap', { path: 'tiptap.html', editor: '.tiptap-note' });

// A missing line placed on an empty last line is written on it, not joined to the line before
// (CKEditor 5: ckeditor5:1796290951 in docs/testing.md). The four editors the apply fuzz runs.
testMissingLineOnEmptyLine('textarea', { path: 'textarea.html', editor: 'textarea[name=note]' });
testMissingLineOnEmptyLine('contenteditable', {
  path: 'contenteditable.html',
  editor: '.plain-editor',
});
testMissingLineOnEmptyLine('ckeditor5', { path: 'ckeditor5.html', editor: '.ck-editor__editable' });
testMissingLineOnEmptyLine('prosemirror', { path: 'prosemirror.html', editor: '.ProseMirror' });
