import { useEffect, useMemo, useState } from 'preact/hooks';
import { basePackFor } from '../settings/active-pack';
import { CUSTOM_PROGRAM, DEFAULT_PROGRAM, type Settings } from '../settings/schema';
import { DEFAULT_LAYOUT, type SidebarLayout } from '../ui/sidebar-layout';
import { parseCustomPack } from '../settings/custom-pack';
import { CustomPackSection } from './CustomPackSection';
import { ExtraTermsEditor } from './ExtraTermsEditor';
import { ProgramSection } from './ProgramSection';
import { RulesSection } from './RulesSection';
import { SidebarSection } from './SidebarSection';
import { SitesSection } from './SitesSection';
import type { LayoutStore, SettingsStore, SiteList } from './stores';
import { UnitsSection } from './UnitsSection';

const FIELD_NAMES: Record<keyof Settings, string> = {
  program: 'program',
  packChoices: 'rounding and rate',
  extraTerms: "your agency's vague terms",
  severities: 'rule severities',
  rulesOff: 'rules turned off',
  customPack: 'custom rule pack',
};

export interface OptionsAppProps {
  settings: SettingsStore;
  layout: LayoutStore;
  download(fileName: string, text: string): void;
  /** The per-site list; the section is left out until it is wired. */
  sites?: SiteList;
}

/** The options page: every setting saves as it changes and reaches open tabs at once. */
export function OptionsApp({
  settings: store,
  layout: layoutStore,
  download,
  sites,
}: OptionsAppProps) {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [resetFields, setResetFields] = useState<string[]>([]);
  const [layout, setLayout] = useState<SidebarLayout>(DEFAULT_LAYOUT);
  const [saveProblem, setSaveProblem] = useState(false);

  useEffect(() => {
    void store.load().then((read) => {
      setSettings(read.settings);
      setResetFields(read.resetFields);
    });
    return store.watch((read) => setSettings(read.settings));
  }, [store]);

  useEffect(() => {
    void layoutStore.load().then(setLayout);
    return layoutStore.watch(setLayout);
  }, [layoutStore]);

  const base = useMemo(() => (settings ? basePackFor(settings) : null), [settings]);
  const customName = useMemo(() => {
    if (settings?.customPack == null) return null;
    const parsed = parseCustomPack(settings.customPack);
    return parsed.ok ? parsed.pack.name : null;
  }, [settings?.customPack]);

  if (settings === null || base === null) return <p class="loading">Loading settings…</p>;
  const pack = base.pack;

  /** Saves a change; resolves false, with the page back on what is stored, when it could not. */
  const update = async (changes: Partial<Settings>): Promise<boolean> => {
    const next = { ...settings, ...changes };
    setSettings(next);
    try {
      await store.save(next);
      setSaveProblem(false);
      return true;
    } catch {
      setSettings(settings);
      setSaveProblem(true);
      return false;
    }
  };
  const changeLayout = (next: SidebarLayout) => {
    setLayout(next);
    layoutStore.save(next).catch(() => setSaveProblem(true));
  };
  const without = (list: readonly string[], id: string) => list.filter((entry) => entry !== id);

  return (
    <main class="options">
      <header class="page-head">
        <h1>NoteCoach settings</h1>
        <p>
          In use: <strong class="in-use">{pack.name}</strong>, {pack.rules.length} rules
          {settings.rulesOff.length > 0 ? `, ${countOff(pack, settings.rulesOff)} turned off` : ''}.
          Changes apply at once in every open tab. Settings stay on this computer; notes are never
          stored.
        </p>
      </header>

      {resetFields.length > 0 && (
        <div class="notice" role="alert">
          <p>
            Some saved settings could not be read and were put back to their defaults:{' '}
            {resetFields.map((field) => FIELD_NAMES[field as keyof Settings] ?? field).join(', ')}.
            Check them below.
          </p>
          <button type="button" class="quiet" onClick={() => setResetFields([])}>
            Dismiss
          </button>
        </div>
      )}
      {base.problem && (
        <div class="notice" role="alert">
          <p>
            {base.problem} Notes are checked against {pack.name} until you choose a program or save
            a valid pack.
          </p>
        </div>
      )}
      {saveProblem && (
        <div class="notice" role="alert">
          <p>The last change could not be saved. Try again.</p>
        </div>
      )}

      <ProgramSection
        program={settings.program}
        customName={customName}
        onChange={(program) => void update({ program })}
      />
      <UnitsSection
        pack={pack}
        choice={settings.packChoices[pack.id] ?? {}}
        onChange={(choice) =>
          void update({ packChoices: { ...settings.packChoices, [pack.id]: choice } })
        }
      />
      <RulesSection
        pack={pack}
        rulesOff={settings.rulesOff}
        severities={settings.severities}
        onToggle={(id, on) =>
          void update({
            rulesOff: on ? without(settings.rulesOff, id) : [...without(settings.rulesOff, id), id],
          })
        }
        onSeverity={(id, severity) =>
          void update({ severities: { ...settings.severities, [id]: severity } })
        }
      />
      <ExtraTermsEditor
        terms={settings.extraTerms}
        onSave={(extraTerms) => update({ extraTerms })}
      />
      <SidebarSection layout={layout} onChange={changeLayout} />
      <CustomPackSection
        activePack={pack}
        saved={settings.customPack}
        download={download}
        onSave={(customPack) => update({ customPack, program: CUSTOM_PROGRAM })}
        onRemove={() =>
          update({
            customPack: null,
            program: settings.program === CUSTOM_PROGRAM ? DEFAULT_PROGRAM : settings.program,
          })
        }
      />
      {sites && <SitesSection sites={sites} />}
    </main>
  );
}

function countOff(pack: { rules: { id: string }[] }, rulesOff: readonly string[]): number {
  const off = new Set(rulesOff);
  return pack.rules.filter((rule) => off.has(rule.id)).length;
}
