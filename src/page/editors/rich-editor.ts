// What every contenteditable-based editor shares; each adapter names its root and chrome.
import type { EditorAdapter } from './adapter';
import { rangeForOffsets, readText, type TextMapOptions } from '../text-map';
import { replaceRangeNatively, selectRange } from '../native-input';

export interface RichEditorSpec extends TextMapOptions {
  name: string;
  /** Selector of the editor's editable root element. */
  rootSelector: string;
  /** Whether writing straight into the DOM is safe as a last resort (no editor model). */
  directWrite?: boolean;
  /** Tells the editor a replacement is coming, and that it was made, when it needs telling. */
  beforeReplace?: (root: HTMLElement, text: string) => void;
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
      const map = readText(root, spec);
      // A line above another ("Line\n" at the start of a line, as above a sign-off) is written
      // as the same text after the line before ("\nLine" at its end): a place at a line break
      // maps to the end of the line before, and CKEditor 5, which records a new line and its
      // words as two undo steps, then undoes the words first, never leaving them on the next line.
      const above =
        start === end && start > 0 && text.endsWith('\n') && map.text[start - 1] === '\n';
      const [from, to, written] = above
        ? [start - 1, start - 1, `\n${text.slice(0, -1)}`]
        : [start, end, text];
      const range = rangeForOffsets(map, from, to);
      if (!range) return false;
      spec.beforeReplace?.(root, written);
      if (!(await replaceRangeNatively(root, range, written, spec.directWrite))) return false;
      spec.afterReplace?.(root, written);
      return true;
    },
    select(root, start, end) {
      const range = adapter.rangeFor(root, start, end);
      if (range) selectRange(root, range);
    },
  };
  return adapter;
}
