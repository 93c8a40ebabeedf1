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
 * Resolves once the browser has told the page about the new selection. Editors end their
 * typing batch (CKEditor's change buffer, TinyMCE's undo level) when the selection moves,
 * so waiting for it makes the replacement its own undo step, as a click on it would.
 */
function selectionSettled(doc: Document): Promise<void> {
  return new Promise((resolve) => {
    const done = (): void => {
      doc.removeEventListener('selectionchange', done);
      resolve();
    };
    doc.addEventListener('selectionchange', done);
    // The selection may already be where we put it, in which case no event comes.
    doc.defaultView?.requestAnimationFrame(() => doc.defaultView?.requestAnimationFrame(done));
  });
}

/**
 * Replaces `range` in a contenteditable editor: first a cancelable `beforeinput`
 * (`insertReplacementText`, the event spell checkers send) that editors with their own
 * model handle and cancel; when nobody handles it, `execCommand('insertText')`, which
 * the browser routes through native `beforeinput`/`input` into the editor's undo history.
 */
export async function replaceRangeNatively(
  root: HTMLElement,
  range: Range,
  text: string,
): Promise<boolean> {
  const doc = root.ownerDocument;
  const view = doc.defaultView;
  if (!view) return false;
  const settled = selectionSettled(doc);
  selectRange(root, range);
  await settled;
  const data = new view.DataTransfer();
  data.setData('text/plain', text);
  const event = new view.InputEvent('beforeinput', {
    inputType: 'insertReplacementText',
    data: text,
    dataTransfer: data,
    targetRanges: [new view.StaticRange(range)],
    bubbles: true,
    cancelable: true,
    composed: true,
  });
  const before = root.textContent;
  const unhandled = root.dispatchEvent(event);
  if (!unhandled && root.textContent !== before) return true;
  // Cancelled without a change: the editor ignored the replacement; restore the selection.
  if (!unhandled) selectRange(root, range);
  return doc.execCommand('insertText', false, text);
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
  if (el.ownerDocument.execCommand('insertText', false, text)) return true;
  // Last resort (no execCommand): the native setter keeps React's value tracker honest.
  el.setRangeText(text, start, end, 'end');
  el.dispatchEvent(new Event('input', { bubbles: true }));
  return true;
}
