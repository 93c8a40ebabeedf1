// The supervisor review page: the app, a batch worker running the engine, and CSV downloads.
import { render } from 'preact';
import { downloadText } from '../../src/ui/download';
import { browser } from 'wxt/browser';
import { ReviewApp } from '../../src/review/components/ReviewApp';
import { storageArea } from '../../src/review/page-storage';
import { reviewInWorker } from '../../src/review/worker-client';
import { PROGRAM_IDS } from '../../src/rules/packs';
import { programName } from '../../src/ui/program-names';
import BatchWorker from './batch.worker.ts?worker';
import './review.css';

const worker = new BatchWorker();

render(
  <ReviewApp
    programs={PROGRAM_IDS.map((id) => ({ id, name: programName(id) }))}
    start={(request, onProgress) => reviewInWorker(worker, request, onProgress)}
    download={(fileName, text) => downloadText(fileName, text, 'text/csv;charset=utf-8')}
    storage={storageArea(browser.storage.local)}
    print={() => window.print()}
  />,
  document.getElementById('app')!,
);
