// Any other contenteditable element: the outermost editable ancestor holds the note.
import type { EditorAdapter } from './adapter';
import { richEditorAdapter } from './rich-editor';

function editableRoot(el: Element): HTMLElement | null {
  let root: HTMLElement | null = null;
  for (let node: Element | null = el; node; node = node.parentElement) {
    if ((node as HTMLElement).isContentEditable) root = node as HTMLElement;
  }
  return root;
}

const generic = richEditorAdapter({
  name: 'contenteditable',
  rootSelector: '[contenteditable]',
  directWrite: true,
});

export const contenteditableAdapter: EditorAdapter = {
  ...generic,
  matches: (el) => editableRoot(el) !== null,
  root: (el) => editableRoot(el) ?? (el as HTMLElement),
};
