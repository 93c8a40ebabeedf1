// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { acceptOnlyTrustedEvents } from './trusted-events';

function buttonInShadowRoot() {
  const host = document.createElement('div');
  document.body.append(host);
  const shadow = host.attachShadow({ mode: 'open' });
  const button = document.createElement('button');
  shadow.append(button);
  const pressed = vi.fn();
  button.addEventListener('click', pressed);
  button.addEventListener('keydown', pressed);
  return { shadow, button, pressed };
}

describe('acceptOnlyTrustedEvents', () => {
  it("keeps a page script's click and keys from reaching a control", () => {
    const { shadow, button, pressed } = buttonInShadowRoot();
    acceptOnlyTrustedEvents(shadow);
    button.click();
    button.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    expect(pressed).not.toHaveBeenCalled();
  });

  it('cancels the default action of a made-up event', () => {
    const { shadow, button } = buttonInShadowRoot();
    acceptOnlyTrustedEvents(shadow);
    const click = new MouseEvent('click', { bubbles: true, cancelable: true });
    button.dispatchEvent(click);
    expect(click.defaultPrevented).toBe(true);
  });

  it('lets everything through again once undone', () => {
    const { shadow, button, pressed } = buttonInShadowRoot();
    acceptOnlyTrustedEvents(shadow)();
    button.click();
    expect(pressed).toHaveBeenCalledOnce();
  });
});
