// Events a person makes are trusted; events a page script makes (`el.click()`,
// `dispatchEvent(new KeyboardEvent(...))`) are not. NoteCoach's own controls must answer only
// the first kind, or a page that reaches a button could apply a suggestion or change a setting.

/** Every event a sidebar control acts on, and those that lead to one. */
const ACTION_EVENTS = [
  'click',
  'auxclick',
  'dblclick',
  'contextmenu',
  'mousedown',
  'mouseup',
  'pointerdown',
  'pointerup',
  'keydown',
  'keyup',
  'keypress',
  'beforeinput',
  'input',
  'change',
  'submit',
] as const;

function dropUntrusted(event: Event): void {
  if (event.isTrusted) return;
  // Before any handler below sees it; no default action either (a made-up click still presses).
  event.stopImmediatePropagation();
  event.preventDefault();
}

/** Stops every made-up action event inside `root` before our handlers see it; returns undo. */
export function acceptOnlyTrustedEvents(root: Node): () => void {
  for (const type of ACTION_EVENTS) root.addEventListener(type, dropUntrusted, true);
  return () => {
    for (const type of ACTION_EVENTS) root.removeEventListener(type, dropUntrusted, true);
  };
}
