import { describe, expect, it } from 'vitest';
import { memoryStorage } from './page-storage';
import { SESSION_KEY, clearSession, loadSession, saveSession } from './saved-session';

const NOTES = [
  { id: 'Row 2', text: 'CSW drove client to the clinic.', staff: 'Dana Ortiz' },
  { id: 'Row 3', text: 'CSW met client at the library.' },
];

describe('saved review session', () => {
  it('stores nothing until saved, then loads the notes and program back', async () => {
    const storage = memoryStorage();
    expect(await loadSession(storage)).toBeNull();
    expect(storage.entries.size).toBe(0);
    await saveSession(storage, 'mo-community-support', NOTES, new Date('2026-03-01T10:00:00Z'));
    expect(await loadSession(storage)).toEqual({
      savedAt: '2026-03-01T10:00:00.000Z',
      program: 'mo-community-support',
      notes: NOTES,
    });
  });

  it('is gone after clearing', async () => {
    const storage = memoryStorage();
    await saveSession(storage, 'ct-dmhas-csp', NOTES);
    await clearSession(storage);
    expect(storage.entries.has(SESSION_KEY)).toBe(false);
    expect(await loadSession(storage)).toBeNull();
  });

  it('treats stored data of another shape as no session', async () => {
    const storage = memoryStorage();
    await storage.set(SESSION_KEY, { savedAt: 'yesterday', program: 'x', notes: [] });
    expect(await loadSession(storage)).toBeNull();
  });
});
