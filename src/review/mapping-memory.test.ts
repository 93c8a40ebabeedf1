import { describe, expect, it } from 'vitest';
import { MAPPINGS_KEPT, MAPPINGS_KEY, recallMapping, rememberMapping } from './mapping-memory';
import { memoryStorage } from './page-storage';

const HEADERS = ['Visit', 'Narrative', 'Worker', 'DOS'];

describe('CSV column mapping memory', () => {
  it('recalls the mapping for the same headers, whatever their case or spacing', async () => {
    const storage = memoryStorage();
    await rememberMapping(storage, HEADERS, { note: 1, staff: 2, date: 3, id: 0 });
    expect(await recallMapping(storage, ['\uFEFFvisit', ' NARRATIVE', 'worker ', 'dos'])).toEqual({
      note: 1,
      staff: 2,
      date: 3,
      id: 0,
    });
  });

  it('recalls nothing for a file with other headers', async () => {
    const storage = memoryStorage();
    await rememberMapping(storage, HEADERS, { note: 1 });
    expect(await recallMapping(storage, [...HEADERS, 'Client'])).toBeNull();
  });

  it('keeps column names and positions only', async () => {
    const storage = memoryStorage();
    await rememberMapping(storage, HEADERS, { note: 1 });
    expect(storage.entries.get(MAPPINGS_KEY)).toEqual([{ headers: HEADERS, mapping: { note: 1 } }]);
  });

  it('forgets the oldest header row past the limit and replaces a re-confirmed one', async () => {
    const storage = memoryStorage();
    for (let i = 0; i <= MAPPINGS_KEPT; i++)
      await rememberMapping(storage, [`Note ${i}`], { note: 0 });
    await rememberMapping(storage, ['Note 5'], { note: 0 });
    const kept = storage.entries.get(MAPPINGS_KEY) as { headers: string[] }[];
    expect(kept).toHaveLength(MAPPINGS_KEPT);
    expect(kept[0]!.headers).toEqual(['Note 5']);
    expect(await recallMapping(storage, ['Note 0'])).toBeNull();
  });

  it('ignores stored data of the wrong shape', async () => {
    const storage = memoryStorage();
    await storage.set(MAPPINGS_KEY, [{ headers: HEADERS, mapping: { note: 'Narrative' } }]);
    expect(await recallMapping(storage, HEADERS)).toBeNull();
  });

  it('never keeps a header row that holds data: a date, a sentence or long text', async () => {
    const storage = memoryStorage();
    const noteRow = ['17', 'Note', '03/05/2026', 'Rosa Diaz', 'Met Rosa at home. Reviewed budget.'];
    await rememberMapping(storage, noteRow, { note: 4 });
    await rememberMapping(storage, ['Staff', 'x'.repeat(61)], { note: 1, staff: 0 });
    expect(storage.entries.has(MAPPINGS_KEY)).toBe(false);
  });
});
