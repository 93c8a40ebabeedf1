// Adapters in the order they are tried: named editors first, generic contenteditable last.
import type { EditorAdapter } from './adapter';
import { ckeditor5Adapter } from './ckeditor5';
import { contenteditableAdapter } from './contenteditable';
import { draftjsAdapter } from './draftjs';
import { prosemirrorAdapter } from './prosemirror';
import { quillAdapter } from './quill';
import { textareaAdapter } from './textarea';
import { tinymceAdapter } from './tinymce';

const EDITOR_ADAPTERS: readonly EditorAdapter[] = [
  textareaAdapter,
  ckeditor5Adapter,
  tinymceAdapter,
  quillAdapter,
  prosemirrorAdapter,
  draftjsAdapter,
  contenteditableAdapter,
];

export function adapterFor(el: Element): EditorAdapter | null {
  return EDITOR_ADAPTERS.find((adapter) => adapter.matches(el)) ?? null;
}
