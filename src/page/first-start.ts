// A content script can land twice in one frame (the toolbar button pressed twice, or on a site
// that is always on); the second copy must not start a second reader or sidebar. Copies share
// the extension's isolated world, never the page's, so the page cannot see or set the mark.

/** True the first time `name` starts in `scope` (the frame's global object), false after. */
export function isFirstStart(name: string, scope: object = globalThis): boolean {
  const mark = Symbol.for(`notecoach.started.${name}`);
  if (Reflect.get(scope, mark) === true) return false;
  Reflect.set(scope, mark, true);
  return true;
}
