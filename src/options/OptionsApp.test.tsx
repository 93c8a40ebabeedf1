// @vitest-environment happy-dom
import { act } from 'preact/test-utils';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { PACKS } from '../rules/packs';
import { DEFAULT_SETTINGS, type Settings, type SettingsRead } from '../settings/schema';
import { DEFAULT_LAYOUT, type SidebarLayout } from '../ui/sidebar-layout';
import { buttonNamed, click, mount } from '../ui/render.test-helper';
import { OptionsApp } from './OptionsApp';
import type { SiteList } from './stores';

function stores(read: SettingsRead = { settings: DEFAULT_SETTINGS, resetFields: [] }) {
  const saved: Settings[] = [];
  const layouts: SidebarLayout[] = [];
  return {
    saved,
    layouts,
    settings: {
      load: async () => read,
      save: vi.fn(async (settings: Settings) => void saved.push(settings)),
      watch: () => () => undefined,
    },
    layout: {
      load: async () => DEFAULT_LAYOUT,
      save: vi.fn(async (layout: SidebarLayout) => void layouts.push(layout)),
      watch: () => () => undefined,
    },
    download: vi.fn<(fileName: string, text: string) => void>(),
  };
}

async function open(s = stores(), sites?: SiteList) {
  const root = mount(
    <OptionsApp settings={s.settings} layout={s.layout} download={s.download} sites={sites} />,
  );
  await act(async () => {
    await new Promise((next) => setTimeout(next, 0));
  });
  return root;
}

/** The form control a visible label, aria-label or radio text names. */
function control<T extends HTMLElement>(root: HTMLElement, name: string | RegExp): T {
  const matches = (text: string | null | undefined) =>
    typeof name === 'string' ? text?.trim() === name : name.test(text ?? '');
  for (const el of root.querySelectorAll<HTMLElement>('input, select, textarea')) {
    const label = el.id ? root.querySelector(`label[for="${el.id}"]`)?.textContent : undefined;
    if (
      matches(el.getAttribute('aria-label')) ||
      matches(label) ||
      matches(el.closest('label')?.textContent)
    )
      return el as T;
  }
  throw new Error(`no control named ${String(name)}`);
}

function change(el: HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement, value?: string) {
  act(() => {
    if (value !== undefined) el.value = value;
    el.dispatchEvent(
      new Event(el instanceof HTMLSelectElement ? 'change' : 'input', { bubbles: true }),
    );
  });
}

function toggle(el: HTMLInputElement) {
  act(() => el.click());
}

async function settle() {
  await act(async () => {
    await new Promise((next) => setTimeout(next, 0));
  });
}

const lastSaved = (s: ReturnType<typeof stores>) => s.saved.at(-1);

describe('OptionsApp', () => {
  beforeEach(() => {
    document.body.innerHTML = '';
  });

  it('says which settings were unreadable and put back to their defaults', async () => {
    const root = await open(
      stores({ settings: DEFAULT_SETTINGS, resetFields: ['program', 'rulesOff'] }),
    );
    expect(root.querySelector('[role=alert]')?.textContent).toContain('program, rules turned off');
  });

  it('saves the program picked by its name and shows that pack in use', async () => {
    const s = stores();
    const root = await open(s);
    toggle(control(root, /^Missouri community support/));
    expect(lastSaved(s)?.program).toBe('mo-community-support');
    expect(root.querySelector('.in-use')?.textContent).toBe(PACKS['mo-community-support'].name);
  });

  it('turns a rule off and sets a severity, each with its citation shown', async () => {
    const s = stores();
    const root = await open(s);
    const rule = control<HTMLInputElement>(root, 'assisted ambiguous-assisted');
    expect(rule.closest('li')?.textContent).toContain('NoteCoach, General documentation practice');
    toggle(rule);
    expect(lastSaved(s)?.rulesOff).toEqual(['ambiguous-assisted']);
    toggle(control(root, 'assisted ambiguous-assisted'));
    expect(lastSaved(s)?.rulesOff).toEqual([]);
    change(control(root, 'Severity of ambiguous-helped'), 'error');
    expect(lastSaved(s)?.severities).toEqual({ 'ambiguous-helped': 'error' });
  });

  it('offers the rates of a pack that has a choice, and saves the one picked', async () => {
    const s = stores({
      settings: { ...DEFAULT_SETTINGS, program: 'ct-dds-parenting' },
      resetFields: [],
    });
    const root = await open(s);
    change(control(root, 'Rate for dollar estimates'), 'dds-parenting-direct-hire');
    expect(lastSaved(s)?.packChoices).toEqual({
      'ct-dds-parenting': { rate: 'dds-parenting-direct-hire' },
    });
  });

  it('adds, checks and saves extra terms, and refuses a row without preferred wording', async () => {
    const s = stores();
    const root = await open(s);
    click(buttonNamed(root, 'Add a term'));
    change(control(root, 'Term 1'), 'facilitated');
    click(buttonNamed(root, 'Save terms'));
    await settle();
    expect(s.settings.save).not.toHaveBeenCalled();
    expect(root.textContent).toContain('Write the wording your agency prefers.');
    expect(control(root, 'Preferred wording for term 1').getAttribute('aria-invalid')).toBe('true');

    change(control(root, 'Preferred wording for term 1'), 'led the group through [topic]');
    click(buttonNamed(root, 'Add a term'));
    change(control(root, 'Term 2'), 'handled');
    change(control(root, 'Preferred wording for term 2'), 'resolved [what] by [how]');
    click(buttonNamed(root, /^Remove term 2/));
    click(buttonNamed(root, 'Save terms'));
    await settle();
    expect(lastSaved(s)?.extraTerms).toEqual([
      { term: 'facilitated', wording: 'led the group through [topic]' },
    ]);
  });

  it('never says Saved for terms the browser could not store', async () => {
    const s = stores();
    s.settings.save.mockRejectedValue(new Error('QUOTA_BYTES quota exceeded'));
    const root = await open(s);
    click(buttonNamed(root, 'Add a term'));
    change(control(root, 'Term 1'), 'facilitated');
    change(control(root, 'Preferred wording for term 1'), 'led the group through [topic]');
    click(buttonNamed(root, 'Save terms'));
    await settle();
    expect(root.textContent).not.toContain('Saved');
    expect(root.textContent).toContain('Not saved: the browser could not store the terms.');
  });

  it('moves the sidebar and makes it start collapsed', async () => {
    const s = stores();
    const root = await open(s);
    toggle(control(root, 'Left side of the page'));
    toggle(control(root, /^Start collapsed/));
    expect(s.layouts.at(-1)).toEqual({ side: 'left', collapsed: true });
  });

  it('shows each error of a bad custom pack with its path, saves nothing, keeps the pack in use', async () => {
    const s = stores();
    const root = await open(s);
    change(
      control(root, 'Pack JSON'),
      JSON.stringify({ id: 'agency', name: 'Agency', description: 7, rules: [{ kind: 'odd' }] }),
    );
    click(buttonNamed(root, 'Check and save'));
    await settle();
    const alert = root.querySelector('.pack-errors')?.textContent ?? '';
    expect(alert).toContain('description: expected text, found 7');
    expect(alert).toMatch(/rules\[0\]\.kind: expected one of/);
    expect(alert).toContain(`“${PACKS['ct-dmhas-csp'].name}” stays in use`);
    expect(s.settings.save).not.toHaveBeenCalled();
  });

  it('saves a valid custom pack and puts it in use', async () => {
    const s = stores();
    const root = await open(s);
    const pack = { id: 'agency', name: 'Agency CSP', description: 'Ours.', extends: ['ma-csp'] };
    change(control(root, 'Pack JSON'), JSON.stringify(pack));
    click(buttonNamed(root, 'Check and save'));
    await settle();
    expect(lastSaved(s)).toMatchObject({ program: 'custom', customPack: JSON.stringify(pack) });
    expect(root.querySelector('.in-use')?.textContent).toBe('Agency CSP');
    expect(control<HTMLInputElement>(root, /^Custom pack/).checked).toBe(true);
  });

  it('refuses a pack file over the size limit at once, naming the limit, and reads none of it', async () => {
    const s = stores();
    const root = await open(s);
    const pack = { id: 'agency', name: 'Agency CSP', description: 'x'.repeat(2_500_000) };
    const file = new File([JSON.stringify(pack)], 'agency-pack.json', { type: 'application/json' });
    const read = vi.spyOn(file, 'text');
    const input = root.querySelector<HTMLInputElement>('input[type=file]')!;
    Object.defineProperty(input, 'files', { value: [file], configurable: true });
    act(() => void input.dispatchEvent(new Event('change', { bubbles: true })));
    await settle();
    expect(root.querySelector('.pack-errors')?.textContent).toContain(
      '“agency-pack.json” is 2.5 MB; a rule pack can be at most 2 MB (2,000,000 characters).',
    );
    expect(root.textContent).not.toContain('Saved');
    expect(read).not.toHaveBeenCalled();
    expect(s.settings.save).not.toHaveBeenCalled();
    expect(control<HTMLTextAreaElement>(root, 'Pack JSON').value).toBe('');
  });

  it('never says Saved when the browser could not store the pack, and keeps the pack in use', async () => {
    const s = stores();
    s.settings.save.mockRejectedValue(new Error('QUOTA_BYTES quota exceeded'));
    const root = await open(s);
    const pack = { id: 'agency', name: 'Agency CSP', description: 'Ours.', extends: ['ma-csp'] };
    change(control(root, 'Pack JSON'), JSON.stringify(pack));
    click(buttonNamed(root, 'Check and save'));
    await settle();
    expect(root.textContent).not.toContain('Saved');
    expect(root.querySelector('.pack-errors')?.textContent).toContain(
      'the browser could not store it',
    );
    expect(root.querySelector('.in-use')?.textContent).toBe(PACKS['ct-dmhas-csp'].name);
  });

  it('exports the pack in use as a file that loads again', async () => {
    const s = stores();
    const root = await open(s);
    click(buttonNamed(root, 'Export the pack in use'));
    const [fileName, text] = s.download.mock.calls[0]!;
    expect(fileName).toBe('ct-dmhas-csp.json');
    expect(JSON.parse(text)).toMatchObject({ id: 'ct-dmhas-csp', extends: [] });
  });

  it('lists the sites it was given and removes one', async () => {
    let sites = ['https://ehr.example.org/*', 'https://notes.example.com/*'];
    const list: SiteList = {
      list: async () => sites,
      remove: vi.fn(async (site: string) => {
        sites = sites.filter((entry) => entry !== site);
      }),
    };
    const root = await open(stores(), list);
    await settle();
    expect(root.querySelectorAll('.sites li')).toHaveLength(2);
    click(buttonNamed(root, 'Remove https://ehr.example.org/*'));
    await settle();
    expect(list.remove).toHaveBeenCalledWith('https://ehr.example.org/*');
    expect([...root.querySelectorAll('.site')].map((el) => el.textContent)).toEqual([
      'https://notes.example.com/*',
    ]);
  });
});
