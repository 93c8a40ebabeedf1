// Plain text of a rich editor with a map back to DOM text nodes: block boundaries become
// newlines, editor filler characters are dropped, and every kept character stays mappable.
import type { EmptyLine, NoteText, TextSegment } from './editors/adapter';

const BLOCK_TAGS = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'DD',
  'DIV',
  'DL',
  'DT',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HR',
  'LI',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'TABLE',
  'TBODY',
  'TD',
  'TH',
  'THEAD',
  'TR',
  'UL',
]);
const SKIPPED_TAGS = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT']);
/** Zero-width characters editors insert to hold the caret (CKEditor, TinyMCE, Quill). */
const FILLER = /[\u200b\u2060\ufeff]/;

export interface TextMapOptions {
  /** Elements whose content is editor chrome, not note text. */
  skip?: (el: Element) => boolean;
}

function isSkipped(el: Element, options: TextMapOptions): boolean {
  if (SKIPPED_TAGS.has(el.tagName)) return true;
  if (el.getAttribute('contenteditable') === 'false') return true;
  return options.skip?.(el) ?? false;
}

/** A <br> that only keeps an empty or trailing line open (every rich editor adds them). */
function isTrailingBreak(br: Element): boolean {
  for (let next = br.nextSibling; next; next = next.nextSibling) {
    if (next.nodeType === 1 && !BLOCK_TAGS.has((next as Element).tagName)) return false;
    if (next.nodeType === 3 && (next as Text).data.replace(FILLER, '') !== '') return false;
    if (next.nodeType === 1) return true;
  }
  return true;
}

export function readText(root: HTMLElement, options: TextMapOptions = {}): NoteText {
  let text = '';
  const segments: TextSegment[] = [];
  const emptyLines: EmptyLine[] = [];
  // A line break was emitted for the block boundary we are in; further boundaries collapse.
  let breakOpen = false;
  // A block just ended: inline content after it starts on a new line.
  let afterBlock = false;

  const emitContent = (): void => {
    if (afterBlock && text.length > 0 && !breakOpen) text += '\n';
    afterBlock = false;
    breakOpen = false;
  };

  const visitText = (node: Text): void => {
    const data = node.data;
    // Most text nodes hold no filler: one run, without testing each character.
    if (data.length > 0 && !FILLER.test(data)) {
      emitContent();
      segments.push({ node, nodeStart: 0, start: text.length, length: data.length });
      text += data.replace(/\u00a0/g, ' ');
      return;
    }
    let runStart = -1;
    const closeRun = (at: number): void => {
      if (runStart < 0) return;
      segments.push({ node, nodeStart: runStart, start: text.length, length: at - runStart });
      text += data.slice(runStart, at).replace(/\u00a0/g, ' ');
      runStart = -1;
    };
    for (let i = 0; i < data.length; i += 1) {
      if (FILLER.test(data[i] ?? '')) closeRun(i);
      else if (runStart < 0) {
        emitContent();
        runStart = i;
      }
    }
    closeRun(data.length);
  };

  const visit = (node: Node): void => {
    if (node.nodeType === 3) return visitText(node as Text);
    if (node.nodeType !== 1) return;
    const el = node as Element;
    if (node !== root && isSkipped(el, options)) return;
    if (el.tagName === 'BR') {
      if (isTrailingBreak(el)) return;
      emitContent();
      text += '\n';
      const parent = el.parentNode!;
      emptyLines.push({
        start: text.length,
        container: parent,
        offset: Array.prototype.indexOf.call(parent.childNodes, el) + 1,
      });
      return;
    }
    const block = node !== root && BLOCK_TAGS.has(el.tagName);
    if (block && text.length > 0 && !breakOpen) {
      text += '\n';
      breakOpen = true;
    }
    const blockStart = text.length;
    for (let child = el.firstChild; child; child = child.nextSibling) visit(child);
    if (block) {
      // Innermost first: nested empty blocks record the same line, the innermost wins.
      if (text.length === blockStart)
        emptyLines.push({ start: blockStart, container: el, offset: 0 });
      breakOpen = false;
      afterBlock = true;
    }
  };

  visit(root);
  return { text, segments, emptyLines };
}

interface DomPoint {
  node: Text;
  offset: number;
}

/** The DOM point for a text offset; `side` says which run wins at a boundary between two. */
function pointAt(map: NoteText, offset: number, side: 'start' | 'end'): DomPoint | null {
  let fallback: DomPoint | null = null;
  for (const seg of map.segments) {
    const segEnd = seg.start + seg.length;
    const inside =
      side === 'start'
        ? offset >= seg.start && offset < segEnd
        : offset > seg.start && offset <= segEnd;
    if (inside) return { node: seg.node, offset: seg.nodeStart + offset - seg.start };
    // Offsets on a line break map to the nearest run edge.
    if (side === 'start' && seg.start >= offset) return { node: seg.node, offset: seg.nodeStart };
    if (side === 'end' && segEnd <= offset)
      fallback = { node: seg.node, offset: seg.nodeStart + seg.length };
  }
  return fallback;
}

/** Whether `at` is on an empty line of `text`. */
function onEmptyLine(text: string, at: number): boolean {
  return (at === 0 || text[at - 1] === '\n') && (at === text.length || text[at] === '\n');
}

export function rangeForOffsets(map: NoteText, start: number, end: number): Range | null {
  if (start > end || end > map.text.length) return null;
  // A place on an empty line is inside it: mapped to the end of the line before, a missing
  // line written there joined that line (CKEditor 5's empty last paragraph, ckeditor5:1796290951).
  const empty =
    start === end && onEmptyLine(map.text, start)
      ? map.emptyLines?.find((line) => line.start === start)
      : undefined;
  if (empty) {
    const range = empty.container.ownerDocument!.createRange();
    range.setStart(empty.container, empty.offset);
    return range;
  }
  // A place to insert at (a missing line) joins the text before it, as typing there would: at
  // a line break, the end of the line before, not the start of the next; at the note's end, the
  // end of its last run.
  const from =
    start === end
      ? (pointAt(map, start, 'end') ?? pointAt(map, start, 'start'))
      : pointAt(map, start, 'start');
  const to = start === end ? from : pointAt(map, end, 'end');
  if (!from || !to) return null;
  const range = from.node.ownerDocument.createRange();
  range.setStart(from.node, from.offset);
  range.setEnd(to.node, to.offset);
  return range;
}
