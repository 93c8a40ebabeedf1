// The small card at an underline, as Grammarly, LanguageTool and Microsoft Editor show one: the
// finding in a line, its Use and Ignore. It opens on hover or when the caret enters the words,
// lives in our own shadow host (closed on web pages), and is built from text nodes only: the
// excerpt and the suggestion are note text, never parsed as HTML.
import type { Finding } from '../engine/types';

const HOST_TAG = 'notecoach-hint';
const WIDTH = 300;
const REPLACEMENT_SHOWN = 60;

const SEVERITY_WORDS: Record<Finding['severity'], string> = {
  error: 'Must fix',
  warning: 'Should fix',
  info: 'Tip',
};

const STYLE = `
.hint { position: fixed; width: ${WIDTH}px; box-sizing: border-box; padding: 10px 12px;
  font: 13px/1.4 system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif; color: #101828;
  background: #fff; border: 1px solid #d0d5dd; border-radius: 10px; text-align: left;
  box-shadow: 0 12px 24px -8px rgb(16 24 40 / 0.25); pointer-events: auto; }
.sev { font-weight: 650; margin-right: 6px; }
.sev-error { color: #b42318; } .sev-warning { color: #a14a06; } .sev-info { color: #175cd3; }
.msg { margin: 4px 0 8px; color: #344054; }
.row { display: flex; gap: 6px; flex-wrap: wrap; align-items: center; }
button { font: inherit; cursor: pointer; border-radius: 7px; padding: 4px 10px; }
.use { color: #fff; background: #0f6b63; border: 1px solid #0f6b63; font-weight: 600; }
.ignore { color: #344054; background: #fff; border: 1px solid #d0d5dd; }
.keys { color: #5d6b82; font-size: 12px; }
button:focus-visible { outline: 2px solid #2e5bff; outline-offset: 2px; }
`;

export interface HintActions {
  /** Applies suggestion 0 of the shown finding. */
  use(): void;
  ignore(): void;
}

export interface HintCard {
  /** Opens (or moves) the card under `anchor` for `finding`. */
  show(anchor: DOMRect, finding: Finding, actions: HintActions): void;
  hide(): void;
  readonly open: boolean;
  /** Whether the pointer at (x, y) is over the card. */
  holds(x: number, y: number): boolean;
  dispose(): void;
}

function shorten(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > REPLACEMENT_SHOWN ? `${flat.slice(0, REPLACEMENT_SHOWN - 1)}…` : flat;
}

/** `mode` is 'closed' on every web page a user's build runs on. */
export function createHintCard(doc: Document, mode: ShadowRootMode): HintCard {
  const host = doc.createElement(HOST_TAG);
  // Above the underlines (2147483646), below the sidebar (2147483647).
  host.style.cssText =
    'all: initial; position: fixed; inset: 0 auto auto 0; width: 0; height: 0; z-index: 2147483646;';
  const shadow = host.attachShadow({ mode });
  const style = doc.createElement('style');
  style.textContent = STYLE;
  const card = doc.createElement('div');
  card.className = 'hint';
  card.setAttribute('role', 'dialog');
  card.setAttribute('aria-label', 'NoteCoach suggestion');
  card.hidden = true;
  shadow.append(style, card);
  let attached = false;

  const button = (className: string, label: string, act: () => void) => {
    const element = doc.createElement('button');
    element.type = 'button';
    element.className = className;
    element.textContent = label;
    // A press leaves focus and the caret in the note, as the sidebar's buttons do.
    element.addEventListener('mousedown', (event) => event.preventDefault());
    element.addEventListener('click', (event) => {
      if (event.isTrusted) act();
    });
    return element;
  };

  return {
    show(anchor, finding, actions) {
      if (!attached) {
        doc.documentElement.append(host);
        attached = true;
      }
      const head = doc.createElement('div');
      const severity = doc.createElement('span');
      severity.className = `sev sev-${finding.severity}`;
      severity.textContent = SEVERITY_WORDS[finding.severity];
      head.append(severity);
      const message = doc.createElement('p');
      message.className = 'msg';
      message.textContent = finding.message;
      const row = doc.createElement('div');
      row.className = 'row';
      const replacement = finding.suggestions[0]?.replacement;
      if (replacement !== undefined) {
        row.append(
          button(
            'use',
            replacement === '' ? 'Use: remove' : `Use “${shorten(replacement)}”`,
            actions.use,
          ),
        );
      } else if (finding.suggestions[0]) {
        message.append(doc.createElement('br'), finding.suggestions[0].label);
      }
      row.append(button('ignore', 'Ignore', actions.ignore));
      const keys = doc.createElement('span');
      keys.className = 'keys';
      keys.textContent =
        replacement !== undefined ? 'Alt+Enter to use · Esc to close' : 'Esc to close';
      row.append(keys);
      card.replaceChildren(head, message, row);
      card.hidden = false;
      const view = doc.defaultView!;
      const left = Math.max(8, Math.min(anchor.left, view.innerWidth - WIDTH - 8));
      card.style.left = `${left}px`;
      card.style.top = `${anchor.bottom + 6}px`;
      // Above the words when there is no room below them.
      const height = card.getBoundingClientRect().height;
      if (anchor.bottom + 6 + height > view.innerHeight) {
        card.style.top = `${Math.max(8, anchor.top - height - 6)}px`;
      }
    },
    hide() {
      card.hidden = true;
    },
    get open() {
      return !card.hidden;
    },
    holds(x, y) {
      if (card.hidden) return false;
      const box = card.getBoundingClientRect();
      return x >= box.left && x <= box.right && y >= box.top && y <= box.bottom;
    },
    dispose() {
      host.remove();
    },
  };
}
