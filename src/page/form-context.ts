// What the EHR's own form already says about the visit (date, times, location...), so the
// engine does not ask the note to repeat it. Reads values, never sends them: only whether
// a field is filled, and times as minutes.
import type { NoteContext } from '../engine/types';

type Control = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

/** Words around a control that say what it is: its label, name, id, placeholder. */
function describeControl(control: Control): string {
  const doc = control.ownerDocument;
  const parts: string[] = [control.name, control.id, control.getAttribute('aria-label') ?? ''];
  if ('placeholder' in control) parts.push(control.placeholder);
  if (control.id) {
    for (const label of doc.querySelectorAll('label')) {
      if (label.htmlFor === control.id) parts.push(label.textContent ?? '');
    }
  }
  parts.push(control.closest('label')?.textContent ?? '');
  for (const id of (control.getAttribute('aria-labelledby') ?? '').split(/\s+/).filter(Boolean)) {
    parts.push(doc.getElementById(id)?.textContent ?? '');
  }
  return parts.join(' ').replace(/[_-]+/g, ' ').toLowerCase();
}

function isFilled(control: Control): boolean {
  if (control.tagName === 'SELECT') {
    const option = (control as HTMLSelectElement).selectedOptions[0];
    return option !== undefined && option.value.trim() !== '' && !option.disabled;
  }
  if ((control as HTMLInputElement).type === 'checkbox')
    return (control as HTMLInputElement).checked;
  return control.value.trim() !== '';
}

/** "14:05", "2:05 PM", "2 pm" → minutes after midnight. */
export function parseClockTime(value: string): number | null {
  const match = /^\s*(\d{1,2})(?::(\d{2}))?(?::\d{2})?\s*([ap])?\.?\s*m?\.?\s*$/i.exec(value);
  if (!match) return null;
  let hours = Number(match[1]);
  const minutes = Number(match[2] ?? 0);
  const meridiem = match[3]?.toLowerCase();
  if (hours > 23 || minutes > 59 || (meridiem && (hours < 1 || hours > 12))) return null;
  if (meridiem === 'p' && hours < 12) hours += 12;
  if (meridiem === 'a' && hours === 12) hours = 0;
  return hours * 60 + minutes;
}

/** The form around the note: its <form>, or the nearest ancestor holding other controls. */
function formAround(note: Element): ParentNode {
  const form = note.closest('form');
  if (form) return form;
  for (let el = note.parentElement; el; el = el.parentElement) {
    const controls = el.querySelectorAll('input:not([type=hidden]), select');
    if (controls.length >= 2) return el;
  }
  return note.ownerDocument;
}

const START = /\b(start|begin|from|time in)\b/;
const END = /\b(end|stop|until|to|time out)\b/;

export function readNoteContext(note: Element): NoteContext {
  const fields: NonNullable<NoteContext['fields']> = {};
  const context: NoteContext = {};
  const controls = formAround(note).querySelectorAll<Control>('input, select, textarea');
  for (const control of controls) {
    if (
      control === note ||
      note.contains(control) ||
      control.type === 'hidden' ||
      !isFilled(control)
    )
      continue;
    const about = describeControl(control);
    const type = control.type;
    if (type === 'time' || /\btime\b/.test(about)) {
      const minutes = parseClockTime(control.value);
      if (minutes === null) continue;
      if (END.test(about) && !START.test(about)) {
        context.endMinutes = minutes;
        fields['end-time'] = true;
      } else if (START.test(about)) {
        context.startMinutes = minutes;
        fields['start-time'] = true;
      }
    } else if (type === 'date' || /\b(date|dos)\b/.test(about)) fields.date = true;
    else if (/\b(location|place of service|pos|setting|site)\b/.test(about)) fields.location = true;
    else if (/\bgroup size\b|\bnumber of (clients|participants|people)\b/.test(about)) {
      const size = Number.parseInt(control.value, 10);
      if (size > 0) context.groupSize = size;
    } else if (/\b(participants|attendees|present|in attendance)\b/.test(about))
      fields.participants = true;
    else if (/\bgoal\b/.test(about)) fields.goal = true;
    else if (/\b(signature|signed|sign)\b/.test(about)) fields.signature = true;
  }
  if (Object.keys(fields).length > 0) context.fields = fields;
  return context;
}
