// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { ContentScriptContext as WxtContentScriptContext } from 'wxt/utils/content-script-context';
import { ContentScriptContext } from './quiet-script-context';

/** The event name WXT's own context announces a start with and listens for. */
const STARTED: string = Reflect.get(WxtContentScriptContext, 'SCRIPT_STARTED_MESSAGE_TYPE');

describe('the quiet content-script context', () => {
  it('tells the page nothing when a content script starts', () => {
    const posted = vi.spyOn(window, 'postMessage');
    const dispatched = vi.spyOn(document, 'dispatchEvent');
    new ContentScriptContext('sidebar', undefined, {});
    expect(posted).not.toHaveBeenCalled();
    expect(dispatched).not.toHaveBeenCalled();
  });

  it('is not stopped by the start event WXT would have sent', () => {
    const context = new ContentScriptContext('sidebar', undefined, {});
    const detail = { contentScriptName: 'sidebar', messageId: 'from-the-page' };
    document.dispatchEvent(new CustomEvent(STARTED, { detail }));
    window.postMessage({ type: STARTED, ...detail }, '*');
    expect(context.signal.aborted).toBe(false);
  });

  it('retires the older copy of the same script in the same world, and only that one', () => {
    const world = {};
    const first = new ContentScriptContext('sidebar', undefined, world);
    const reader = new ContentScriptContext('reader', undefined, world);
    const second = new ContentScriptContext('sidebar', undefined, world);
    expect(first.signal.aborted).toBe(true);
    expect(second.signal.aborted).toBe(false);
    expect(reader.signal.aborted).toBe(false);
  });
});
