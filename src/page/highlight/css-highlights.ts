// Underlines in rich editors through the CSS Custom Highlight API: ranges registered in
// the document's highlight registry, styled by `::highlight()` rules in an adopted style
// sheet. Neither the EHR's DOM nor the note's markup changes. The registry is the page's too:
// the names are random for each load of the reader, so a page cannot look our ranges up by
// name or tell them apart by severity. (A script of the same document can still list the
// whole registry: it learns which of its own note's words are underlined, not why.)
import type { EditorAdapter } from '../editors/adapter';
import { SEVERITIES, type Severity } from '../../engine/types';
import { UNDERLINE_COLORS, type Painter } from './marks';
import { rangeForOffsets } from '../text-map';
import { inWindow, visibleSpan } from './visible-span';

/** A CSS identifier nobody can guess and that says nothing of NoteCoach. */
function randomName(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(12));
  return `h${[...bytes].map((byte) => byte.toString(16).padStart(2, '0')).join('')}`;
}

const HIGHLIGHT_NAMES = Object.fromEntries(
  SEVERITIES.map((severity) => [severity, randomName()]),
) as Record<Severity, string>;
const styled = new WeakSet<Document>();

/** A content script that sees the page through Xray wrappers: Firefox (Gecko). */
function isXrayWorld(doc: Document): boolean {
  return (doc as Document & { wrappedJSObject?: Document }).wrappedJSObject !== undefined;
}

/**
 * Firefox ESR 140 paints `color` and `background-color` of a `::highlight()` but not its
 * `text-decoration` (checked with a page's own highlights: the wavy underline never shows).
 * There, each finding also gets a light tint of its colour, so it can be seen at all.
 */
function highlightStyles(tint: boolean): string {
  return SEVERITIES.map(
    (severity) =>
      `::highlight(${HIGHLIGHT_NAMES[severity]}) { text-decoration: underline wavy ${UNDERLINE_COLORS[severity]}; ` +
      'text-decoration-thickness: 1.5px; text-underline-offset: 3px; text-decoration-skip-ink: none;' +
      (tint ? ` background-color: ${UNDERLINE_COLORS[severity]}2e;` : '') +
      ' }',
  ).join('\n');
}

/**
 * Adds `sheet` to the document's adopted style sheets, after the page's own.
 *
 * In Firefox a content script sees the page's document through an Xray wrapper, and the Xray
 * of `adoptedStyleSheets` (an observable array) is opaque: it reads as an empty object that
 * cannot be iterated, and assigning an array to it throws "Accessing from Xray wrapper is not
 * supported". Spreading it threw in every rich editor, before the note was ever read. The
 * page's own view of the document (`wrappedJSObject`) has the real array; appending at its
 * length goes through the array's own proxy, calling no method the page could replace (only
 * the `adoptedStyleSheets` getter, which a page could redefine and so see or drop our sheet,
 * as it can already list it). Chromium's isolated world has no wrapper and the real array.
 */
function adoptSheet(doc: Document, sheet: CSSStyleSheet): void {
  const pageDoc = (doc as Document & { wrappedJSObject?: Document }).wrappedJSObject ?? doc;
  const sheets = pageDoc.adoptedStyleSheets;
  sheets[sheets.length] = sheet;
}

function addStyles(doc: Document): void {
  if (styled.has(doc)) return;
  const view = doc.defaultView;
  if (!view) return;
  // The page window's constructor: a sheet can only be adopted by the document it was made for.
  const sheet = new view.CSSStyleSheet();
  sheet.replaceSync(highlightStyles(isXrayWorld(doc)));
  adoptSheet(doc, sheet);
  styled.add(doc);
}

/** Whether this document's browser has the Highlight API. */
export function supportsHighlights(doc: Document): boolean {
  const view = doc.defaultView as (Window & typeof globalThis) | null;
  return Boolean(view && 'highlights' in view.CSS && typeof view.Highlight === 'function');
}

export function createHighlightPainter(adapter: EditorAdapter, root: HTMLElement): Painter {
  const doc = root.ownerDocument;
  const view = doc.defaultView as Window & typeof globalThis;
  addStyles(doc);
  const highlights = new Map<Severity, Highlight>();
  for (const severity of SEVERITIES) {
    const name = HIGHLIGHT_NAMES[severity];
    const existing = view.CSS.highlights.get(name);
    const highlight = existing ?? new view.Highlight();
    if (!existing) view.CSS.highlights.set(name, highlight);
    highlights.set(severity, highlight);
  }
  const drawn = new Set<Range>();
  const clear = (): void => {
    for (const highlight of highlights.values()) for (const range of drawn) highlight.delete(range);
    drawn.clear();
  };
  return {
    paint(marks) {
      clear();
      // One read of the editor's DOM for all marks, not one per mark.
      const map = adapter.text(root);
      for (const mark of marks) {
        if (mark.end <= mark.start) continue;
        const range = rangeForOffsets(map, mark.start, mark.end);
        if (!range) continue;
        highlights.get(mark.severity)?.add(range);
        drawn.add(range);
      }
    },
    visibleSpan() {
      const map = adapter.text(root);
      return visibleSpan(
        map.text.length,
        (offset) => rangeForOffsets(map, offset, offset + 1)?.getBoundingClientRect() ?? null,
        inWindow(root.getBoundingClientRect(), view.innerHeight),
      );
    },
    dispose: clear,
  };
}
