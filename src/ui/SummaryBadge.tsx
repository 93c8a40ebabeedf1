import { CheckIcon, SeverityIcon } from './icons';

/**
 * "3 to fix" or "Looks good"; `toFix` is null while no note is being read, or while the note in
 * focus is `tooLong` to check as the user types.
 */
export function SummaryBadge({
  toFix,
  tooLong = false,
  paused = false,
}: {
  toFix: number | null;
  tooLong?: boolean;
  /** Live checking is paused for a long note until the user checks it. */
  paused?: boolean | undefined;
}) {
  if (toFix === null) {
    return (
      <span class="badge badge-idle">{paused ? 'Paused' : tooLong ? 'Too long' : 'No note'}</span>
    );
  }
  if (toFix === 0) {
    return (
      <span class="badge badge-good">
        <CheckIcon />
        Looks good
      </span>
    );
  }
  return (
    <span class="badge badge-fix">
      <SeverityIcon severity="warning" />
      {toFix} to fix
    </span>
  );
}
