// The one interface every editor adapter implements: adding an editor is adding a file.

/** A run of note text that lives in one DOM text node. */
export interface TextSegment {
  node: Text;
  /** Offset of the run inside `node.data`. */
  nodeStart: number;
  /** Offset of the run inside the plain text. */
  start: number;
  length: number;
}

/** An empty line, which has no text run to map to: a DOM point where its words would go. */
export interface EmptyLine {
  /** Offset of the line inside the plain text. */
  start: number;
  /** An empty block, or the parent of the line break it follows. */
  container: Node;
  offset: number;
}

/** The note as plain text, with a map back to the DOM (empty for a textarea). */
export interface NoteText {
  text: string;
  segments: TextSegment[];
  emptyLines?: EmptyLine[];
}

export interface EditorAdapter {
  /** A stable name, used in tests and in the reader's bookkeeping. */
  readonly name: string;
  /** `textarea` adapters draw with an overlay; `rich` ones with DOM ranges. */
  readonly kind: 'textarea' | 'rich';
  /** Whether `el` (or an editor around it) is this editor. */
  matches(el: Element): boolean;
  /** The element that holds the note. */
  root(el: Element): HTMLElement;
  text(root: HTMLElement): NoteText;
  /** A DOM range over [start, end) of the plain text; null for a textarea or a stale span. */
  rangeFor(root: HTMLElement, start: number, end: number): Range | null;
  /** Replaces [start, end) with `text` through the editor's own input path (undoable). */
  replace(root: HTMLElement, start: number, end: number, text: string): Promise<boolean>;
  /** Puts the caret selection over [start, end) and scrolls it into view. */
  select(root: HTMLElement, start: number, end: number): void;
}
