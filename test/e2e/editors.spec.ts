// The same type → underline → apply → undo check on every supported editor.
import { fixture, testEditor } from './editor-test';

testEditor('textarea', 'textarea.html', (page) => fixture(page, 'textarea[name=note]'));
testEditor('react-textarea', 'react-textarea.html', (page) => fixture(page, 'textarea[name=note]'));
testEditor('contenteditable', 'contenteditable.html', (page) => fixture(page, '.plain-editor'));
testEditor('ckeditor5', 'ckeditor5.html', (page) => fixture(page, '.ck-editor__editable'));
testEditor('tinymce', 'tinymce.html', (page) => ({
  editor: page.frameLocator('iframe.tox-edit-area__iframe').locator('body'),
  autosave: page.locator('#autosave'),
}));
testEditor('quill', 'quill.html', (page) => fixture(page, '.ql-editor'));
testEditor('prosemirror', 'prosemirror.html', (page) => fixture(page, '.ProseMirror'));
testEditor('tiptap', 'tiptap.html', (page) => fixture(page, '.tiptap-note'));
testEditor('draftjs', 'draftjs.html', (page) => fixture(page, '.public-DraftEditor-content'));
testEditor('nested-frame', 'nested-frame.html', (page) => {
  const inner = page.frameLocator('#workspace').frameLocator('#note-frame');
  return { editor: inner.locator('.plain-editor'), autosave: inner.locator('#autosave') };
});
testEditor('late-editor', 'late-editor.html', async (page) => {
  await page.locator('#new-note').click();
  return fixture(page, 'dialog .plain-editor');
});
testEditor('late-editor-textarea', 'late-editor.html?textarea', async (page) => {
  await page.locator('#new-note').click();
  return fixture(page, 'dialog textarea');
});
