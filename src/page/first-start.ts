// A content script can land twice in one frame (the toolbar button pressed on a site that is
// always on, or two clicks racing); a second reader would check and underline everything
// twice. Copies share the extension's isolated world, never the page's, so the page can
// neither see nor set these marks.

const mark = (name: string) => Symbol.for(`notecoach.started.${name}`);

/** Marks `name` as started in this frame; true if it already was. */
export function markStarted(name: string, scope: object = globalThis): boolean {
  const already = Reflect.get(scope, mark(name)) === true;
  Reflect.set(scope, mark(name), true);
  return already;
}

/**
 * Which of `names` started in this frame. The background runs it inside each frame with
 * scripting.executeScript, which sends only its source: it must use nothing outside its body.
 */
export function startedInFrame(names: string[]): boolean[] {
  return names.map(
    (name) => Reflect.get(globalThis, Symbol.for(`notecoach.started.${name}`)) === true,
  );
}
