import { PACKS, PROGRAM_IDS } from '../rules/packs';
import { CUSTOM_PROGRAM, type ProgramChoice } from '../settings/schema';
import { programName } from '../ui/program-names';

interface ProgramSectionProps {
  program: ProgramChoice;
  /** The saved custom pack's name, when there is one to choose. */
  customName: string | null;
  onChange(program: ProgramChoice): void;
}

/** Which program's rules notes are checked against. */
export function ProgramSection({ program, customName, onChange }: ProgramSectionProps) {
  const choices = [
    ...PROGRAM_IDS.map((id) => ({ id, name: programName(id), detail: PACKS[id].name })),
    ...(customName === null
      ? []
      : [{ id: CUSTOM_PROGRAM, name: 'Custom pack', detail: customName } as const]),
  ];
  return (
    <section class="card" aria-labelledby="program-heading">
      <h2 id="program-heading">Program</h2>
      <fieldset class="choices">
        <legend>Check notes against the rules of</legend>
        {choices.map((choice) => (
          <label class="choice" key={choice.id}>
            <input
              type="radio"
              name="program"
              value={choice.id}
              checked={program === choice.id}
              onChange={() => onChange(choice.id)}
            />
            <span>
              <strong>{choice.name}</strong>
              <span class="hint">{choice.detail}</span>
            </span>
          </label>
        ))}
      </fieldset>
    </section>
  );
}
