// Checks a note whenever it or its program changes, after `delayMs` of quiet, and keeps the
// text each report was made for so offsets are never applied to a different text.
import { useEffect, useState } from 'preact/hooks';
import type { NoteContext, Report } from '../engine/types';
import type { ProgramId } from '../rules/packs';
import type { Checker } from './check-client';

export interface CheckedNote {
  report: Report | null;
  /** The text `report` describes; it lags behind while the writer types. */
  text: string;
  failed: boolean;
}

export function useReport(
  check: Checker,
  program: ProgramId,
  text: string,
  delayMs = 0,
  /** Keep it the same object from render to render: a new one checks again. */
  context?: NoteContext,
): CheckedNote {
  const [checked, setChecked] = useState<CheckedNote>({ report: null, text: '', failed: false });
  useEffect(() => {
    let current = true;
    const timer = setTimeout(() => {
      check(program, text, context).then(
        (report) => current && setChecked({ report, text, failed: false }),
        () => current && setChecked((before) => ({ ...before, failed: true })),
      );
    }, delayMs);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [check, program, text, delayMs, context]);
  return checked;
}
