// @vitest-environment happy-dom
import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { buttonNamed, click, mount } from '../ui/render.test-helper';
import { Popup, type PopupActions } from './Popup';

function actions(overrides: Partial<PopupActions> = {}): PopupActions {
  return {
    checkPage: vi.fn(async () => true),
    isAlwaysOn: vi.fn(async () => false),
    turnOn: vi.fn(async () => true),
    turnOff: vi.fn(async () => undefined),
    openOptions: vi.fn(),
    close: vi.fn(),
    ...overrides,
  };
}

async function settle() {
  await act(async () => {
    await new Promise((next) => setTimeout(next, 0));
  });
}

const toggle = (root: HTMLElement) => root.querySelector<HTMLInputElement>('input[role=switch]')!;

describe('Popup', () => {
  it('checks the page and closes, showing the shortcut on the button', async () => {
    const a = actions();
    const root = mount(<Popup host="ehr.example.org" shortcut="Alt+Shift+N" actions={a} />);
    click(buttonNamed(root, /Check this page/));
    await settle();
    expect(a.checkPage).toHaveBeenCalledOnce();
    expect(a.close).toHaveBeenCalledOnce();
    expect(root.querySelector('kbd')?.textContent).toBe('Alt+Shift+N');
  });

  it('says so, and stays open, when the page cannot be checked', async () => {
    const a = actions({ checkPage: vi.fn(async () => false) });
    const root = mount(<Popup host="ehr.example.org" shortcut={null} actions={a} />);
    click(buttonNamed(root, /Check this page/));
    await settle();
    expect(a.close).not.toHaveBeenCalled();
    expect(root.querySelector('[role=status]')?.textContent).toContain('cannot run on this page');
  });

  it('turns the site on, and off again, from the switch', async () => {
    const a = actions();
    const root = mount(<Popup host="ehr.example.org" shortcut={null} actions={a} />);
    await settle();
    expect(toggle(root).checked).toBe(false);
    click(toggle(root));
    await settle();
    expect(a.turnOn).toHaveBeenCalledOnce();
    expect(toggle(root).checked).toBe(true);
    click(toggle(root));
    await settle();
    expect(a.turnOff).toHaveBeenCalledOnce();
    expect(toggle(root).checked).toBe(false);
  });

  it('stays off when the permission is refused', async () => {
    const a = actions({ turnOn: vi.fn(async () => false) });
    const root = mount(<Popup host="ehr.example.org" shortcut={null} actions={a} />);
    click(toggle(root));
    await settle();
    expect(toggle(root).checked).toBe(false);
    expect(root.querySelector('[role=status]')?.textContent).toContain('Permission was not given');
  });

  it('shows a site already on as on', async () => {
    const root = mount(
      <Popup
        host="ehr.example.org"
        shortcut={null}
        actions={actions({ isAlwaysOn: async () => true })}
      />,
    );
    await settle();
    expect(toggle(root).checked).toBe(true);
  });

  it('offers only the pages on browser pages NoteCoach cannot run on', () => {
    const root = mount(<Popup host={null} shortcut={null} actions={actions()} />);
    expect(root.querySelector('input[role=switch]')).toBeNull();
    expect([...root.querySelectorAll('a')].map((a) => a.getAttribute('href'))).toEqual([
      '/review.html',
      '/trainer.html',
    ]);
    expect(buttonNamed(root, 'Options')).toBeTruthy();
  });
});
