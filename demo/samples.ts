// The example notes the demo EHR offers to paste; the files live in examples/ (CT DMHAS CSP,
// the program NoteCoach checks by default).
export interface Sample {
  file: string;
  title: string;
  /** What the sample shows, for the button's caption. */
  shows: string;
}

export const SAMPLES: readonly Sample[] = [
  { file: 'ct-csp-vague-bad.txt', title: 'Vague note', shows: 'assisted, accompanied, no times' },
  {
    file: 'birp-subjective-bad.txt',
    title: 'Judgmental note',
    shows: 'labels instead of behavior',
  },
  { file: 'ct-csp-ten-minute-contact-bad.txt', title: 'Ten-minute call', shows: 'under one unit' },
  { file: 'ct-csp-no-show-bad.txt', title: 'No-show', shows: 'not billable' },
  { file: 'ct-csp-dap-good.txt', title: 'Good DAP note', shows: 'what a clean note looks like' },
];

/** The note text of an example file, without its "# program:" header line. */
export function noteText(file: string): string {
  return file.replace(/^# program:.*\n/, '').trim();
}
