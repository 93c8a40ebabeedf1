// The trainer page: the app, with a Web Worker running the engine so typing stays smooth.
import { render } from 'preact';
import { workerChecker } from '../../src/trainer/check-client';
import { TrainerApp } from '../../src/trainer/components/TrainerApp';
import { handoutProgram } from '../../src/trainer/handout';
import { ALL_PAIRS } from '../../src/trainer/pairs/all-pairs';
import { PRACTICE_NOTES } from '../../src/trainer/practice-notes';
import { loadSettings } from '../../src/settings/storage';
import '../../src/ui/sidebar.css';
import CheckWorker from './check.worker.ts?worker';
import './trainer.css';

const check = workerChecker(new CheckWorker());

// The handout opens on the program the options name.
void loadSettings().then(({ settings }) =>
  render(
    <TrainerApp
      pairs={ALL_PAIRS}
      notes={PRACTICE_NOTES}
      check={check}
      win={window}
      program={handoutProgram(settings)}
    />,
    document.getElementById('app')!,
  ),
);
