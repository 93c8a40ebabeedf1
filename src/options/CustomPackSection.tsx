import { useState } from 'preact/hooks';
import type { ResolvedPack } from '../rules/schema';
import { CUSTOM_PACK_FILE, packFileTooLarge, parseCustomPack } from '../settings/custom-pack';
import { packFileText } from '../settings/pack-file';

interface CustomPackSectionProps {
  /** The pack the engine runs on now (before settings), which Export writes out. */
  activePack: ResolvedPack;
  /** The saved custom pack's text, if any. */
  saved: string | null;
  /** Resolves false when the pack could not be stored. */
  onSave(text: string, pack: ResolvedPack): Promise<boolean>;
  /** Resolves false when the removal could not be stored. */
  onRemove(): Promise<boolean>;
  download(fileName: string, text: string): void;
}

type Outcome = { ok: true; name: string } | { ok: false; errors: string[] } | null;

const PREFIX = `${CUSTOM_PACK_FILE}: `;

/** Import, edit and check an agency's own rule pack; export the pack in use. */
export function CustomPackSection({
  activePack,
  saved,
  onSave,
  onRemove,
  download,
}: CustomPackSectionProps) {
  const [text, setText] = useState(saved ?? '');
  const [outcome, setOutcome] = useState<Outcome>(null);

  const check = async (candidate: string) => {
    const result = parseCustomPack(candidate);
    if (!result.ok) {
      setOutcome({ ok: false, errors: result.errors });
      return;
    }
    if (await onSave(candidate, result.pack)) {
      setOutcome({ ok: true, name: result.pack.name });
    } else {
      setOutcome({
        ok: false,
        errors: [`${CUSTOM_PACK_FILE}: the browser could not store it. Try again.`],
      });
    }
  };

  const importFile = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    const tooLarge = packFileTooLarge(file.name, file.size);
    if (tooLarge) {
      setOutcome({ ok: false, errors: [tooLarge] });
      return;
    }
    const content = await file.text();
    setText(content);
    await check(content);
  };

  return (
    <section class="card" aria-labelledby="pack-heading">
      <h2 id="pack-heading">Custom rule pack</h2>
      <p class="hint">
        A pack in the same JSON format as the bundled ones (rules/schema.json). It may extend a
        bundled pack, e.g. <code>"extends": ["ct-dmhas-csp"]</code>. It is checked before it is
        saved; a pack with errors is never used.
      </p>
      <div class="actions">
        {/* The input comes first so its keyboard focus can be drawn on the label after it. */}
        <input
          id="pack-file"
          class="visually-hidden"
          type="file"
          accept="application/json,.json"
          onChange={(event) => void importFile(event.currentTarget)}
        />
        <label class="button" for="pack-file">
          Import a JSON file…
        </label>
        <button type="button" onClick={() => setText(packFileText(activePack))}>
          Start from the pack in use
        </button>
        <button
          type="button"
          onClick={() => download(`${activePack.id}.json`, packFileText(activePack))}
        >
          Export the pack in use
        </button>
      </div>
      <label for="pack-text">Pack JSON</label>
      <textarea
        id="pack-text"
        class="pack-text"
        spellcheck={false}
        rows={12}
        value={text}
        aria-describedby={outcome && !outcome.ok ? 'pack-errors' : undefined}
        onInput={(event) => setText(event.currentTarget.value)}
      />
      <div class="actions">
        <button
          type="button"
          class="primary"
          disabled={text.trim() === ''}
          onClick={() => void check(text)}
        >
          Check and save
        </button>
        {saved !== null && (
          <button
            type="button"
            class="quiet"
            onClick={() =>
              void onRemove().then((removed) => {
                if (!removed) return;
                setOutcome(null);
                setText('');
              })
            }
          >
            Remove the custom pack
          </button>
        )}
      </div>
      <div role="status">
        {outcome?.ok && <p class="saved">Saved. “{outcome.name}” is checked and now in use.</p>}
      </div>
      <div role="alert">
        {outcome && !outcome.ok && (
          <div class="pack-errors" id="pack-errors">
            <p>
              <strong>
                Not saved: {outcome.errors.length} problem{outcome.errors.length === 1 ? '' : 's'}.
              </strong>{' '}
              “{activePack.name}” stays in use.
            </p>
            <ul>
              {outcome.errors.map((error) => (
                <li key={error}>{error.startsWith(PREFIX) ? error.slice(PREFIX.length) : error}</li>
              ))}
            </ul>
          </div>
        )}
      </div>
    </section>
  );
}
