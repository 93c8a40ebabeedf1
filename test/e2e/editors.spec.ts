// The same type → underline → apply → undo check on every supported editor.
import { fixture, testEditor } from './editor-test';

testEditor('textarea', 'textarea.html', (page) => fixture(page, 'textarea[name=note]'));
