// TinyMCE: the note is the body of its iframe (`body.mce-content-body`); the reader runs
// inside that frame. Bogus nodes are TinyMCE's own caret and bookmark markup.
import { richEditorAdapter } from './rich-editor';

export const tinymceAdapter = richEditorAdapter({
  name: 'tinymce',
  rootSelector: '.mce-content-body',
  skip: (el) =>
    el.getAttribute('data-mce-bogus') === 'all' || el.getAttribute('data-mce-type') === 'bookmark',
});
