// The supervisor review page: the app, a batch worker running the engine, and CSV downloads.
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { ReviewApp } from '../../src/review/components/ReviewApp';
import { storageArea } from '../../src/review/page-storage';
import { reviewInWorker } from '../../src/review/worker-client';
import { PROGRAM_IDS } from '../../src/rules/packs';
import { programName } from '../../src/ui/program-names';
import BatchWorker from './batch.worker.ts?worker';
import './review.css';

const worker = new BatchWorker();

/** Saves text as a file through the browser's own download, from memory. */
function download(fileName: string, text: string) {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  // The click has handed the blob to the download; the URL is no longer needed.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

render(
  <ReviewApp
    programs={PROGRAM_IDS.map((id) => ({ id, name: programName(id) }))}
    start={(request, onProgress) => reviewInWorker(worker, request, onProgress)}
    download={download}
    storage={storageArea(browser.storage.local)}
    print={() => window.print()}
  />,
  document.getElementById('app')!,
);
