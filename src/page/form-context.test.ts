// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { parseClockTime, readNoteContext } from './form-context';

function note(html: string): HTMLElement {
  document.body.innerHTML = html;
  return document.querySelector<HTMLElement>('#note')!;
}

describe('parseClockTime', () => {
  it('reads 24-hour and am/pm times as minutes after midnight', () => {
    expect(parseClockTime('14:05')).toBe(845);
    expect(parseClockTime('2:05 PM')).toBe(845);
    expect(parseClockTime('12:00 am')).toBe(0);
    expect(parseClockTime('9 a.m.')).toBe(540);
    expect(parseClockTime('noonish')).toBeNull();
    expect(parseClockTime('25:00')).toBeNull();
  });
});

describe('readNoteContext', () => {
  it('reads date, start and end time and location from labelled form controls', () => {
    const el = note(`
      <form>
        <label for="d">Date of service</label><input id="d" type="date" value="2026-11-20">
        <label for="s">Start time</label><input id="s" type="time" value="09:30">
        <label for="e">End time</label><input id="e" type="time" value="10:15">
        <label>Location <select name="loc"><option value="">Choose…</option><option value="home" selected>Client home</option></select></label>
        <textarea id="note"></textarea>
      </form>`);
    expect(readNoteContext(el)).toEqual({
      fields: { date: true, 'start-time': true, 'end-time': true, location: true },
      startMinutes: 570,
      endMinutes: 615,
    });
  });

  it('does not count empty controls or a location select left on its placeholder', () => {
    const el = note(`
      <form>
        <input type="date" name="service_date">
        <input type="time" aria-label="Start time">
        <select name="location"><option value="" selected>Choose…</option><option value="office">Office</option></select>
        <div contenteditable="true" id="note"></div>
      </form>`);
    expect(readNoteContext(el)).toEqual({});
  });

  it('finds the form around a note that has no <form> and reads time-in/time-out text inputs', () => {
    const el = note(`
      <section>
        <input name="time_in" value="1:00 PM"><input name="time_out" value="1:50 PM">
        <input name="group_size" type="number" value="3">
        <div><div contenteditable="true" id="note"></div></div>
      </section>`);
    expect(readNoteContext(el)).toEqual({
      fields: { 'start-time': true, 'end-time': true },
      startMinutes: 780,
      endMinutes: 830,
      groupSize: 3,
    });
  });
});
