import { CheckIcon, SeverityIcon } from './icons';

/** "3 to fix" or "Looks good"; `toFix` is null while no note is being read. */
export function SummaryBadge({ toFix }: { toFix: number | null }) {
  if (toFix === null) return <span class="badge badge-idle">No note</span>;
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
