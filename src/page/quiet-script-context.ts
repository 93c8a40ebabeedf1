// WXT's content-script context, minus its announcements to the page. WXT 0.21 starts every
// content script with `stopOldScripts()`, which posts `{ type: "<extension id>:<script>:wxt:
// content-script-started" }` to `window` (any page script hears it, extension id included) and
// dispatches the same name as a CustomEvent on `document`; every running copy listens for that
// event and removes itself, so a page that replays it removes the sidebar. Here the newer copy
// retires the older one through the extension's isolated world, which the page cannot reach.
// wxt.config.ts puts this class in place of WXT's for our content scripts.
import { ContentScriptContext as WxtContentScriptContext } from 'wxt/utils/content-script-context';

type ContextOptions = ConstructorParameters<typeof WxtContentScriptContext>[1];

const running = (name: string) => Symbol.for(`notecoach.context.${name}`);

export class ContentScriptContext extends WxtContentScriptContext {
  constructor(name: string, options?: ContextOptions, scope: object = globalThis) {
    super(name, options);
    const older: unknown = Reflect.get(scope, running(name));
    if (older instanceof WxtContentScriptContext) older.notifyInvalidated();
    Reflect.set(scope, running(name), this);
  }

  /** WXT posts to the page's window here; the constructor retires older copies instead. */
  override stopOldScripts(): void {}

  /** WXT listens for the page-visible event here; nothing on the page can stop this copy. */
  override listenForNewerScripts(): void {}
}
