// Draft.js: `.public-DraftEditor-content`, one `[data-block]` per paragraph; an empty
// paragraph is a lone <br>, which the text map already reads as an empty line.
import { richEditorAdapter } from './rich-editor';

export const draftjsAdapter = richEditorAdapter({
  name: 'draftjs',
  rootSelector: '.public-DraftEditor-content',
});
