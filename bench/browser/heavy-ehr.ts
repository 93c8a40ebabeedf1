// A heavy EHR-like page for the browser benchmark: a caseload rail, an encounter table, a
// medication list and hidden tabs around a progress-note form, well over 5,000 DOM nodes.
// The note field is a <textarea> or a contenteditable <div>, prefilled with a long note.
import { createRandom, pick } from '../prng';

const FIRST = ['Jordan', 'Avery', 'Sam', 'Riley', 'Morgan', 'Casey', 'Quinn', 'Taylor', 'Drew'];
const LAST = ['Reyes', 'Nguyen', 'Okafor', 'Smith', 'Kowalski', 'Haddad', 'Brown', 'Silva'];
const SERVICES = ['CSP individual', 'CSP group', 'Case management', 'Peer support', 'Intake'];
const DRUGS = ['sertraline', 'lithium', 'buprenorphine', 'quetiapine', 'metformin', 'naloxone'];

export type NoteFieldKind = 'textarea' | 'contenteditable';

const escape = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function repeat(count: number, row: (i: number) => string): string {
  return Array.from({ length: count }, (_, i) => row(i)).join('');
}

/** The page's HTML; the same seed gives the same page. */
export function heavyEhrHtml(field: NoteFieldKind, note: string): string {
  const random = createRandom(7);
  const name = () => `${pick(random, FIRST)} ${pick(random, LAST)}`;
  const day = () =>
    `2026-${String(1 + Math.floor(random() * 11)).padStart(2, '0')}-1${Math.floor(random() * 9)}`;
  const rail = repeat(
    180,
    (i) =>
      `<li class="client"><a href="#c${i}">${name()}</a><span class="mrn">MRN ${100000 + i}</span><span class="risk r${i % 3}">${i % 3 === 0 ? 'High' : 'Low'}</span></li>`,
  );
  const encounters = repeat(
    260,
    (i) =>
      `<tr><td>${day()}</td><td>${pick(random, SERVICES)}</td><td><span class="staff">${name()}</span></td><td>${15 * (1 + (i % 6))} min</td><td><span class="badge">${i % 4 === 0 ? 'Unsigned' : 'Signed'}</span></td><td><button type="button">Open</button></td></tr>`,
  );
  const meds = repeat(
    160,
    (i) =>
      `<li><strong>${pick(random, DRUGS)}</strong> <span>${5 * (1 + (i % 20))} mg</span> <em>${i % 2 ? 'daily' : 'twice daily'}</em> <small>${day()}</small></li>`,
  );
  const hiddenTabs = repeat(
    6,
    (t) =>
      `<section class="tab-panel" hidden><h2>Tab ${t}</h2><ul>${repeat(90, (i) => `<li><span>Item ${t}.${i}</span> <a href="#t${t}i${i}">details</a></li>`)}</ul></section>`,
  );
  const noteField =
    field === 'textarea'
      ? `<textarea id="note" name="note" rows="14" aria-labelledby="note-label">${escape(note)}</textarea>`
      : `<div id="note" class="note-editor" contenteditable="true" role="textbox" aria-multiline="true" aria-labelledby="note-label">${note
          .split('\n')
          .map((line) => `<p>${line ? escape(line) : '<br>'}</p>`)
          .join('')}</div>`;
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Progress note · heavy EHR</title>
<style>
  body { margin: 0; font: 14px/1.4 system-ui, sans-serif; color: #1d2939; background: #eef1f5; }
  header { display: flex; gap: 16px; padding: 10px 20px; background: #1f2a44; color: #fff; }
  .layout { display: grid; grid-template-columns: 220px 1fr 260px; gap: 12px; padding: 12px; }
  .rail { height: 80vh; overflow: auto; background: #fff; } .rail ul { list-style: none; margin: 0; padding: 0; }
  .client { display: grid; grid-template-columns: 1fr auto; padding: 4px 8px; border-bottom: 1px solid #eee; }
  .risk.r0 { color: #b42318; } .mrn { grid-column: 1; color: #667085; font-size: 12px; }
  table { width: 100%; border-collapse: collapse; background: #fff; } td { padding: 3px 6px; border-bottom: 1px solid #eee; }
  .encounters { height: 30vh; overflow: auto; }
  form { background: #fff; padding: 12px; } label { display: inline-block; margin-right: 12px; }
  #note { display: block; width: 100%; box-sizing: border-box; height: 320px; overflow: auto; border: 1px solid #98a2b3; padding: 8px; font: 15px/1.5 Georgia, serif; }
  .note-editor p { margin: 0 0 6px; }
  .meds { height: 80vh; overflow: auto; background: #fff; }
</style></head>
<body>
<header><strong>Riverbend EHR</strong><nav>${repeat(8, (i) => `<a href="#n${i}">Menu ${i}</a> `)}</nav><input type="search" aria-label="Search"></header>
<div class="layout">
  <aside class="rail"><ul>${rail}</ul></aside>
  <main>
    <div class="encounters"><table><tbody>${encounters}</tbody></table></div>
    <form id="progress-note" onsubmit="return false">
      <label>Date of service <input type="date" name="service_date" value="2026-11-20"></label>
      <label>Start time <input type="time" name="start_time" value="09:30"></label>
      <label>End time <input type="time" name="end_time" value="10:15"></label>
      <label>Location <select name="location"><option value="">Choose…</option><option value="home" selected>Client home</option></select></label>
      <div id="note-label">Progress note</div>
      ${noteField}
      <button type="button">Sign</button>
    </form>
    ${hiddenTabs}
  </main>
  <aside class="meds"><ul>${meds}</ul></aside>
</div>
</body></html>`;
}
