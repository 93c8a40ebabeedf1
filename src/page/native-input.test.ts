// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { replaceRangeNatively } from './native-input';

/**
 * A stand-in for an editor with its own model (CKEditor 5): it learns the selection only from
 * `selectionchange`, and handles `beforeinput` itself, against the selection it knows.
 */
function modelEditor(text: string) {
  const root = document.createElement('div');
  root.setAttribute('contenteditable', 'true');
  root.textContent = text;
  document.body.replaceChildren(root);
  const state = { known: '', handledWith: [] as string[] };
  const describe = (): string => {
    const selection = document.getSelection();
    if (!selection || selection.rangeCount === 0) return '';
    const range = selection.getRangeAt(0);
    return `${range.startOffset}-${range.endOffset}`;
  };
  const onSelection = (): void => {
    state.known = describe();
  };
  const onBeforeInput = (event: Event): void => {
    event.preventDefault();
    // What the editor would put in one undo step: the selection it knows at this moment.
    state.handledWith.push(state.known);
    const node = root.firstChild as Text;
    const range = document.getSelection()!.getRangeAt(0);
    node.replaceData(
      range.startOffset,
      range.endOffset - range.startOffset,
      (event as InputEvent).data ?? '',
    );
  };
  document.addEventListener('selectionchange', onSelection);
  root.addEventListener('beforeinput', onBeforeInput);
  const detach = (): void => {
    document.removeEventListener('selectionchange', onSelection);
    root.removeEventListener('beforeinput', onBeforeInput);
  };
  return { root, state, detach };
}

/** A busy page: the browser tells the page of a selection change only `delayMs` later. */
function delaySelectionEvents(delayMs: number): () => void {
  let redispatching = false;
  const hold = (event: Event): void => {
    if (redispatching) return;
    event.stopImmediatePropagation();
    setTimeout(() => {
      redispatching = true;
      document.dispatchEvent(new Event('selectionchange'));
      redispatching = false;
    }, delayMs);
  };
  document.addEventListener('selectionchange', hold, true);
  return () => document.removeEventListener('selectionchange', hold, true);
}

/** A browser that never tells the page of a selection change. */
function swallowSelectionEvents(): () => void {
  const swallow = (event: Event): void => event.stopImmediatePropagation();
  document.addEventListener('selectionchange', swallow, true);
  return () => document.removeEventListener('selectionchange', swallow, true);
}

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((undo) => undo()));

function rangeOf(root: HTMLElement, start: number, end: number): Range {
  const range = document.createRange();
  range.setStart(root.firstChild!, start);
  range.setEnd(root.firstChild!, end);
  return range;
}

describe('replaceRangeNatively', () => {
  it('waits until the page has been told of the new selection, however late, before replacing', async () => {
    cleanups.push(delaySelectionEvents(120));
    const editor = modelEditor('CSW assisted client with the bill.');
    cleanups.push(editor.detach);
    const done = await replaceRangeNatively(
      editor.root,
      rangeOf(editor.root, 4, 24),
      'taught client to pay',
    );
    expect(done).toBe(true);
    expect(editor.root.textContent).toBe('CSW taught client to pay the bill.');
    // The editor knew the words being replaced, so typing before it is a separate undo step.
    expect(editor.state.handledWith).toEqual(['4-24']);
  });

  it('still applies the replacement when the browser never reports the selection', async () => {
    cleanups.push(swallowSelectionEvents());
    const editor = modelEditor('CSW assisted client with the bill.');
    cleanups.push(editor.detach);
    const done = await replaceRangeNatively(editor.root, rangeOf(editor.root, 4, 12), 'taught');
    expect(done).toBe(true);
    expect(editor.root.textContent).toBe('CSW taught client with the bill.');
  });
});
