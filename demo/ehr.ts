// The demo EHR's own script: fills the note with an example, the way a paste would, so the
// editor's undo and input events behave as they do for a real writer.
import { SAMPLES, noteText } from './samples.js';

function pasteIntoNote(note: HTMLTextAreaElement, text: string): void {
  note.focus();
  note.select();
  // execCommand keeps the paste on the textarea's undo stack; setting .value would not.
  if (!document.execCommand('insertText', false, text)) {
    note.value = text;
    note.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertFromPaste' }));
  }
  note.setSelectionRange(0, 0);
  note.scrollTop = 0;
}

function addSampleButtons(): void {
  const note = document.querySelector<HTMLTextAreaElement>('#note');
  const holder = document.querySelector('#sample-buttons');
  if (!note || !holder) return;
  for (const sample of SAMPLES) {
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'sample';
    button.dataset.file = sample.file;
    const title = document.createElement('strong');
    title.textContent = sample.title;
    const shows = document.createElement('span');
    shows.textContent = sample.shows;
    button.append(title, shows);
    button.addEventListener('click', async () => {
      const response = await fetch(`/examples/${sample.file}`);
      pasteIntoNote(note, noteText(await response.text()));
    });
    holder.append(button);
  }
}

addSampleButtons();
