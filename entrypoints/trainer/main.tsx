// The trainer page: the app, with a Web Worker running the engine so typing stays smooth.
import { render } from 'preact';
import { workerChecker } from '../../src/trainer/check-client';
import { TrainerApp } from '../../src/trainer/components/TrainerApp';
import { ALL_PAIRS } from '../../src/trainer/pairs/all-pairs';
import { PRACTICE_NOTES } from '../../src/trainer/practice-notes';
import '../../src/ui/sidebar.css';
import CheckWorker from './check.worker.ts?worker';
import './trainer.css';

render(
  <TrainerApp
    pairs={ALL_PAIRS}
    notes={PRACTICE_NOTES}
    check={workerChecker(new CheckWorker())}
    win={window}
  />,
  document.getElementById('app')!,
);
