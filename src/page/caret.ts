// Where the caret is in a note's plain text, so the finding under it can be shown: the
// textarea's own selection, or the document selection mapped through the editor's text map.
import type { NoteField } from './discovery';

/** The caret's offset in the note's text; null when the note holds a range or no caret. */
export function caretOffset(field: NoteField): number | null {
  const { root, adapter } = field;
  const doc = root.ownerDocument;
  if (adapter.kind === 'textarea') {
    const area = root as HTMLTextAreaElement;
    if (doc.activeElement !== area || area.selectionStart !== area.selectionEnd) return null;
    return area.selectionEnd;
  }
  const selection = doc.getSelection();
  const node = selection?.focusNode;
  if (!selection || !selection.isCollapsed || !node || !root.contains(node)) return null;
  const at = selection.focusOffset;
  for (const segment of adapter.text(root).segments) {
    if (
      segment.node === node &&
      at >= segment.nodeStart &&
      at <= segment.nodeStart + segment.length
    )
      return segment.start + at - segment.nodeStart;
  }
  return null;
}

/** The index of the finding whose words hold `offset` (either edge counts), or null. */
export function findingAt(
  spans: readonly ({ start: number; end: number } | null)[],
  offset: number | null,
): number | null {
  if (offset === null) return null;
  const index = spans.findIndex(
    (span) => span !== null && span.end > span.start && span.start <= offset && offset <= span.end,
  );
  return index === -1 ? null : index;
}
