// Writing through the browser's own input path, so the editor, its undo stack, the page's
// change listeners and autosave all see the edit exactly as if the user had typed it.

/** Selects `range` in its document and makes sure it is on screen. */
export function selectRange(root: HTMLElement, range: Range): void {
  const doc = root.ownerDocument;
  root.focus({ preventScroll: true });
  const selection = doc.getSelection();
  if (!selection) return;
  selection.removeAllRanges();
  selection.addRange(range);
  const target = range.startContainer.parentElement ?? root;
  target.scrollIntoView({ block: 'nearest', inline: 'nearest' });
}

/**
 * Rich editors fold an edit made right after typing into the typing's own undo step (Quill
 * merges any change within 1 s, ProseMirror one within 500 ms that touches the typed text), so
 * Ctrl+Z after Use would take the user's last words too. A replacement waits until that moment
 * has passed since the last input the reader saw in the document.
 */
const UNDO_GROUP_MS = 1_050;
const lastInput = new WeakMap<Document, number>();

/** The reader tells us of each input in a document it reads. */
export function noticeInput(doc: Document): void {
  lastInput.set(doc, performance.now());
}

/** Resolves once no input has been seen in `doc` for as long as editors group typing. */
export function typingSettled(doc: Document): Promise<void> {
  const since = performance.now() - (lastInput.get(doc) ?? -Infinity);
  if (since >= UNDO_GROUP_MS) return Promise.resolve();
  return new Promise((resolve) => setTimeout(resolve, UNDO_GROUP_MS - since));
}

/** Whether the document's selection is already exactly `range`. */
function selectionIs(doc: Document, range: Range): boolean {
  const selection = doc.getSelection();
  if (!selection || selection.rangeCount !== 1) return false;
  const current = selection.getRangeAt(0);
  return (
    current.startContainer === range.startContainer &&
    current.startOffset === range.startOffset &&
    current.endContainer === range.endContainer &&
    current.endOffset === range.endOffset
  );
}

/** How long to wait for a `selectionchange` the browser owes us before going on anyway. */
const SELECTION_EVENT_GRACE_MS = 500;

/**
 * Selects `range` and resolves once the page has been told about it. Editors end their
 * typing batch (CKEditor's change buffer, TinyMCE's undo level) when the selection moves,
 * so the replacement that follows is its own undo step, as a click on it would be. The
 * browser owes a `selectionchange` whenever the selection actually moves; on a busy page it
 * can come after several frames, so we wait for the event itself (a frame count was not
 * enough: CKEditor then put the replacement in the same undo step as the last words typed).
 */
function selectAndSettle(root: HTMLElement, range: Range): Promise<void> {
  const doc = root.ownerDocument;
  if (selectionIs(doc, range)) {
    selectRange(root, range);
    return Promise.resolve();
  }
  return new Promise((resolve) => {
    const done = (): void => {
      doc.removeEventListener('selectionchange', done);
      clearTimeout(timer);
      resolve();
    };
    // A browser that never fires the event must not leave the suggestion unapplied.
    const timer = setTimeout(done, SELECTION_EVENT_GRACE_MS);
    doc.addEventListener('selectionchange', done);
    selectRange(root, range);
  });
}

/**
 * The last resort when the browser has no `execCommand`: write the text into the DOM and
 * announce it with an `input` event. Only for plain contenteditable, which has no model
 * to fall out of step with; the browser's own undo does not see this edit.
 */
function writeDirectly(root: HTMLElement, range: Range, text: string): void {
  const doc = root.ownerDocument;
  const view = doc.defaultView!;
  range.deleteContents();
  const node = doc.createTextNode(text);
  range.insertNode(node);
  doc.getSelection()?.collapse(node, text.length);
  root.dispatchEvent(
    new view.InputEvent('input', { inputType: 'insertReplacementText', data: text, bubbles: true }),
  );
}

/**
 * Replaces `range` in a contenteditable editor: first a cancelable `beforeinput`
 * (`insertReplacementText`, the event spell checkers send) that editors with their own
 * model handle and cancel (CKEditor 5, Quill); when nobody handles it,
 * `execCommand('insertText')`, which the browser applies as typing, with an `input`
 * event and a native undo step, and which editors read back into their model (ProseMirror,
 * Draft.js, TinyMCE). `directWrite` allows the last resort (see writeDirectly).
 */
export async function replaceRangeNatively(
  root: HTMLElement,
  range: Range,
  text: string,
  directWrite = false,
): Promise<boolean> {
  const doc = root.ownerDocument;
  const view = doc.defaultView;
  if (!view) return false;
  await selectAndSettle(root, range);
  const data = new view.DataTransfer();
  data.setData('text/plain', text);
  const event = new view.InputEvent('beforeinput', {
    inputType: 'insertReplacementText',
    data: text,
    dataTransfer: data,
    targetRanges: typeof view.StaticRange === 'function' ? [new view.StaticRange(range)] : [],
    bubbles: true,
    cancelable: true,
    composed: true,
  });
  const before = root.textContent;
  const unhandled = root.dispatchEvent(event);
  if (!unhandled && root.textContent !== before) return true;
  // Cancelled without a change: the editor ignored the replacement; restore the selection.
  if (!unhandled) selectRange(root, range);
  if (typeof doc.execCommand === 'function') return doc.execCommand('insertText', false, text);
  if (!directWrite) return false;
  writeDirectly(root, range, text);
  return true;
}

/** Replaces [start, end) of a textarea or input the way typing would (undoable, fires input). */
export function replaceInTextControl(
  el: HTMLTextAreaElement | HTMLInputElement,
  start: number,
  end: number,
  text: string,
): boolean {
  el.focus({ preventScroll: true });
  el.setSelectionRange(start, end);
  const doc = el.ownerDocument;
  if (typeof doc.execCommand === 'function' && doc.execCommand('insertText', false, text)) {
    return true;
  }
  // Last resort (no execCommand): the native setter keeps React's value tracker honest.
  el.setRangeText(text, start, end, 'end');
  el.dispatchEvent(new Event('input', { bubbles: true }));
  return true;
}
