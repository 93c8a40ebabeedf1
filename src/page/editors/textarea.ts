// <textarea>, including React-controlled ones: execCommand('insertText') fires a real
// input event, so the page's own state (React's onChange) sees every change.
import type { EditorAdapter } from './adapter';
import { replaceInTextControl } from '../native-input';

function asTextarea(root: HTMLElement): HTMLTextAreaElement {
  return root as HTMLTextAreaElement;
}

export const textareaAdapter: EditorAdapter = {
  name: 'textarea',
  kind: 'textarea',
  matches: (el) => el.tagName === 'TEXTAREA',
  root: (el) => el as HTMLElement,
  text: (root) => ({ text: asTextarea(root).value, segments: [] }),
  rangeFor: () => null,
  replace: async (root, start, end, text) =>
    replaceInTextControl(asTextarea(root), start, end, text),
  select(root, start, end) {
    const area = asTextarea(root);
    area.focus({ preventScroll: true });
    area.setSelectionRange(start, end);
    area.scrollIntoView({ block: 'nearest' });
  },
};
