// Which fields are notes: long free text the user writes (a textarea or a rich editor),
// never search boxes, one-line inputs, read-only fields or fields that opted out of
// writing tools.
import type { EditorAdapter } from './editors/adapter';
import { adapterFor } from './editors';

export interface NoteField {
  adapter: EditorAdapter;
  root: HTMLElement;
}

/** Page authors' ways of saying "no writing assistant here". */
const OPT_OUT = '[data-gramm="false"], [data-enable-grammarly="false"], [data-notecoach="off"]';

function isOptedOut(root: HTMLElement, adapter: EditorAdapter): boolean {
  if (root.closest(OPT_OUT)) return true;
  if (root.getAttribute('role') === 'combobox' || root.getAttribute('aria-multiline') === 'false') {
    return true;
  }
  // Named rich editors (Draft.js, TinyMCE...) turn spellcheck off themselves; it says
  // nothing about the page. On a plain field it is the author opting out.
  const generic = adapter.name === 'textarea' || adapter.name === 'contenteditable';
  return generic && root.getAttribute('spellcheck') === 'false';
}

function isWritable(root: HTMLElement, adapter: EditorAdapter): boolean {
  if (adapter.kind === 'textarea') {
    const area = root as HTMLTextAreaElement;
    return !area.readOnly && !area.disabled && !area.closest('fieldset:disabled');
  }
  return root.isContentEditable && root.getAttribute('aria-readonly') !== 'true';
}

/** The note field that `el` belongs to, or null when `el` is not in one we should read. */
export function noteFieldFor(el: Element): NoteField | null {
  const adapter = adapterFor(el);
  if (!adapter) return null;
  const root = adapter.root(el);
  if (!isWritable(root, adapter) || isOptedOut(root, adapter)) return null;
  return { adapter, root };
}
