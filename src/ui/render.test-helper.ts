// Renders a Preact tree into a fresh container of the test's happy-dom document.
import { render, type ComponentChild } from 'preact';
import { act } from 'preact/test-utils';

export function mount(tree: ComponentChild): HTMLElement {
  const container = document.createElement('div');
  document.body.append(container);
  act(() => render(tree, container));
  return container;
}

export function click(element: Element | null | undefined): void {
  if (!element) throw new Error('nothing to click');
  act(() => {
    element.dispatchEvent(new MouseEvent('click', { bubbles: true }));
  });
}

export function buttonNamed(root: ParentNode, name: string | RegExp): HTMLButtonElement {
  const buttons = [...root.querySelectorAll('button')];
  const found = buttons.find((button) => {
    const label = button.getAttribute('aria-label') ?? button.textContent ?? '';
    return typeof name === 'string' ? label.trim() === name : name.test(label);
  });
  if (!found) throw new Error(`no button named ${String(name)}`);
  return found;
}
