// Underlines for a <textarea>, which has no DOM ranges: a mirror of its text, laid out
// with the textarea's own font and box, drawn in our own shadow host above it. The mirror
// text is transparent, only the underlines show; it follows scrolling and resizing. On a web
// page the shadow root is closed: the underlined words are findings, and no page script may
// read them there.
import { UNDERLINE_COLORS, type Mark, type Painter } from './marks';
import { inWindow, visibleSpan } from './visible-span';

const OVERLAY_HOST_TAG = 'notecoach-marks';

const COPIED_STYLES = [
  'font-family',
  'font-size',
  'font-weight',
  'font-style',
  'font-stretch',
  'font-variant',
  'line-height',
  'letter-spacing',
  'word-spacing',
  'text-indent',
  'text-transform',
  'text-align',
  'tab-size',
  'direction',
  'padding-top',
  'padding-right',
  'padding-bottom',
  'padding-left',
  'white-space',
  'word-break',
  'overflow-wrap',
] as const;

function createHost(
  area: HTMLTextAreaElement,
  mode: ShadowRootMode,
): { host: HTMLElement; mirror: HTMLElement } {
  const doc = area.ownerDocument;
  const host = doc.createElement(OVERLAY_HOST_TAG);
  host.style.cssText =
    'all: initial; position: fixed; inset: 0 auto auto 0; width: 0; height: 0; z-index: 2147483646; pointer-events: none;';
  const shadow = host.attachShadow({ mode });
  const mirror = doc.createElement('div');
  mirror.setAttribute('part', 'mirror');
  // Only the underlined words are visible (and painted); the rest of the text just holds their place.
  mirror.style.cssText =
    'position: fixed; overflow: hidden; box-sizing: border-box; border: 0; margin: 0; color: transparent; visibility: hidden; pointer-events: none;';
  shadow.append(mirror);
  // A modal dialog sits in the top layer, above anything outside it: draw inside it.
  (area.closest('dialog[open]') ?? doc.documentElement).append(host);
  return { host, mirror };
}

/** `mode` is 'closed' on every web page a user's build runs on. */
export function createTextareaPainter(area: HTMLTextAreaElement, mode: ShadowRootMode): Painter {
  const doc = area.ownerDocument;
  const view = doc.defaultView!;
  const { host, mirror } = createHost(area, mode);
  let marks: readonly Mark[] = [];

  // Reading computed styles forces a style pass: done when the box may have changed, not per key.
  const copyStyles = (): void => {
    const style = view.getComputedStyle(area);
    for (const name of COPIED_STYLES) mirror.style.setProperty(name, style.getPropertyValue(name));
    if (style.whiteSpace === 'normal') mirror.style.whiteSpace = 'pre-wrap';
  };

  const place = (): void => {
    const rect = area.getBoundingClientRect();
    mirror.style.left = `${rect.left + area.clientLeft}px`;
    mirror.style.top = `${rect.top + area.clientTop}px`;
    mirror.style.width = `${area.clientWidth}px`;
    mirror.style.height = `${area.clientHeight}px`;
    mirror.style.display = rect.width === 0 ? 'none' : 'block';
    mirror.scrollTop = area.scrollTop;
    mirror.scrollLeft = area.scrollLeft;
  };

  const relayout = (): void => {
    copyStyles();
    place();
  };

  /**
   * `full`: lay out the whole text even with nothing to underline (to measure what is in view).
   * Otherwise a note with no underlines leaves the mirror empty: laying out a copy of a long
   * note on each key (a megabyte is seconds of layout) would buy nothing.
   */
  const render = (full = false): void => {
    if (marks.length === 0 && !full) {
      if (mirror.firstChild) mirror.replaceChildren();
      return;
    }
    const text = area.value;
    const parts: Node[] = [];
    let at = 0;
    for (const mark of [...marks].sort((a, b) => a.start - b.start)) {
      if (mark.start < at || mark.end <= mark.start || mark.end > text.length) continue;
      parts.push(doc.createTextNode(text.slice(at, mark.start)));
      const underline = doc.createElement('span');
      underline.dataset.severity = mark.severity;
      underline.style.cssText = `text-decoration: underline wavy ${UNDERLINE_COLORS[mark.severity]}; text-decoration-thickness: 1.5px; text-underline-offset: 3px; text-decoration-skip-ink: none; visibility: visible;`;
      underline.textContent = text.slice(mark.start, mark.end);
      parts.push(underline);
      at = mark.end;
    }
    // A trailing newline needs a character after it to take up its line.
    parts.push(doc.createTextNode(`${text.slice(at)}\u200b`));
    // No geometry is read here, so typing forces no layout: a scroll or resize of the
    // textarea moves the mirror through the listeners below.
    mirror.replaceChildren(...parts);
  };

  /** The box of the character at `offset`, laid out in the mirror as in the textarea. */
  const measure = doc.createRange();
  const boxOf = (offset: number): DOMRect | null => {
    let at = offset;
    for (const node of mirror.childNodes) {
      const text = node.nodeType === node.TEXT_NODE ? node : node.firstChild;
      const length = text?.textContent?.length ?? 0;
      if (text && at < length) {
        measure.setStart(text, at);
        measure.setEnd(text, at + 1);
        return measure.getBoundingClientRect();
      }
      at -= length;
    }
    return null;
  };

  /** The boxes of [start, end) as laid out in the mirror, which sits over the textarea. */
  const boxesOf = (start: number, end: number): DOMRect[] => {
    const range = doc.createRange();
    let at = 0;
    let started = false;
    for (const node of mirror.childNodes) {
      const text = node.nodeType === node.TEXT_NODE ? node : node.firstChild;
      const length = text?.textContent?.length ?? 0;
      if (text && !started && start < at + length) {
        range.setStart(text, start - at);
        started = true;
      }
      if (text && started && end <= at + length) {
        range.setEnd(text, end - at);
        return [...range.getClientRects()];
      }
      at += length;
    }
    return [];
  };

  relayout();
  const resize = new view.ResizeObserver(relayout);
  resize.observe(area);
  view.addEventListener('scroll', place, { capture: true, passive: true });
  view.addEventListener('resize', relayout, { passive: true });

  return {
    paint(next) {
      marks = next;
      render();
    },
    visibleSpan() {
      relayout();
      // The mirror holds the text of the last paint; the textarea may have moved on since.
      if (mirror.textContent !== `${area.value}\u200b`) render(true);
      return visibleSpan(
        area.value.length,
        boxOf,
        inWindow(mirror.getBoundingClientRect(), view.innerHeight),
      );
    },
    boxesOf(start, end) {
      place();
      if (mirror.textContent !== `${area.value}\u200b`) render();
      return boxesOf(start, end);
    },
    dispose() {
      resize.disconnect();
      view.removeEventListener('scroll', place, { capture: true });
      view.removeEventListener('resize', relayout);
      host.remove();
    },
  };
}
