// The trainer page: good and bad examples side by side, a practice editor, and a printable
// handout per program.
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { PACKS, type ProgramId } from '../../rules/packs';
import { LockIcon, LogoMark } from '../../ui/icons';
import type { Checker } from '../check-client';
import { handoutFor } from '../handout';
import type { ExamplePair } from '../pairs/example-pair';
import type { PracticeNote } from '../practice-notes';
import { VIEW_LABELS, VIEWS, viewFromHash } from '../trainer-route';
import { HandoutView } from './HandoutView';
import { PairsView } from './PairsView';
import { PracticeEditor } from './PracticeEditor';

interface TrainerAppProps {
  pairs: readonly ExamplePair[];
  notes: readonly PracticeNote[];
  check: Checker;
  /** The page's window: its address names the view, and it prints the handout. */
  win: Window;
  /** The program chosen in the options: the handout opens on it. */
  program: ProgramId;
}

export function TrainerApp({ pairs, notes, check, win, program: chosen }: TrainerAppProps) {
  const [view, setView] = useState(viewFromHash(win.location.hash));
  const [noteId, setNoteId] = useState(notes[0]!.id);
  const [program, setProgram] = useState<ProgramId>(chosen);
  const handout = useMemo(() => handoutFor(PACKS[program]), [program]);

  const main = useRef<HTMLElement>(null);
  const opened = useRef(false);
  // Moving to another view puts keyboard focus on its heading, not on a control now gone.
  useEffect(() => {
    if (opened.current) main.current?.querySelector<HTMLElement>('h2')?.focus();
    opened.current = true;
  }, [view]);

  useEffect(() => {
    const follow = () => setView(viewFromHash(win.location.hash));
    win.addEventListener('hashchange', follow);
    return () => win.removeEventListener('hashchange', follow);
  }, [win]);

  const practice = (pair: ExamplePair) => {
    setNoteId(`pair-${pair.id}`);
    win.location.hash = '#practice';
  };

  return (
    <div class="trainer">
      <header class="trainer-head">
        <div class="trainer-brand">
          <LogoMark class="icon logo" />
          <h1>NoteCoach trainer</h1>
        </div>
        <p class="trainer-private">
          <LockIcon /> Everything runs on this computer; nothing you type is saved or sent.
        </p>
        <nav aria-label="Trainer">
          <ul>
            {VIEWS.map((id) => (
              <li key={id}>
                <a href={`#${id}`} aria-current={view === id ? 'page' : undefined}>
                  {VIEW_LABELS[id]}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <main ref={main}>
        {view === 'pairs' && <PairsView pairs={pairs} check={check} onPractice={practice} />}
        {view === 'practice' && (
          <PracticeEditor notes={notes} check={check} noteId={noteId} onNoteChange={setNoteId} />
        )}
        {view === 'handout' && (
          <HandoutView
            program={program}
            handout={handout}
            onProgramChange={setProgram}
            onPrint={() => win.print()}
          />
        )}
      </main>
    </div>
  );
}
