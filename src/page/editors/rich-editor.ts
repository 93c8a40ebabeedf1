// What every contenteditable-based editor shares; each adapter names its root and chrome.
import type { EditorAdapter } from './adapter';
import { rangeForOffsets, readText, type TextMapOptions } from '../text-map';
import { replaceRangeNatively, selectRange } from '../native-input';

export interface RichEditorSpec extends TextMapOptions {
  name: string;
  /** Selector of the editor's editable root element. */
  rootSelector: string;
  /** Tells the editor about a replacement the native path made, when it needs telling. */
  afterReplace?: (root: HTMLElement, text: string) => void;
}

export function richEditorAdapter(spec: RichEditorSpec): EditorAdapter {
  const rootOf = (el: Element): HTMLElement | null => el.closest<HTMLElement>(spec.rootSelector);
  const adapter: EditorAdapter = {
    name: spec.name,
    kind: 'rich',
    matches: (el) => rootOf(el) !== null,
    root: (el) => rootOf(el) ?? (el as HTMLElement),
    text: (root) => readText(root, spec),
    rangeFor: (root, start, end) => rangeForOffsets(readText(root, spec), start, end),
    async replace(root, start, end, text) {
      const range = adapter.rangeFor(root, start, end);
      if (!range || !(await replaceRangeNatively(root, range, text))) return false;
      spec.afterReplace?.(root, text);
      return true;
    },
    select(root, start, end) {
      const range = adapter.rangeFor(root, start, end);
      if (range) selectRange(root, range);
    },
  };
  return adapter;
}
