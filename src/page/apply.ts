// Applying a suggestion: replace exactly the flagged span through the editor's own input
// path, then select the first [placeholder] so the user types the detail only they know.
import type { NoteField } from './discovery';

const PLACEHOLDER = /\[[^\]\n]+\]/;

export async function applyReplacement(
  field: NoteField,
  start: number,
  end: number,
  replacement: string,
): Promise<boolean> {
  const { adapter, root } = field;
  if (!(await adapter.replace(root, start, end, replacement))) return false;
  const placeholder = PLACEHOLDER.exec(replacement);
  if (placeholder) {
    const at = start + placeholder.index;
    adapter.select(root, at, at + placeholder[0].length);
  }
  return true;
}
