import { describe, expect, it } from 'vitest';
import { cloneClusters, closestPartner } from './clone-clusters';
import { findClones, type ClonePair, type CloneReport } from './clones';

function pair(a: string, b: string, similarity: number, shared = { start: 0, end: 10 }): ClonePair {
  return { a, b, similarity, containment: similarity, passagesA: [shared], passagesB: [shared] };
}

function report(pairs: ClonePair[], groups: string[][]): CloneReport {
  return { pairs, groups, compared: 10, tooShort: 0, boilerplateLines: 0 };
}

const PASTED =
  'CSW met client at his apartment to review the monthly budget worksheet. Client listed his ' +
  'income and fixed bills, and CSW showed him how to mark the bills already paid. He found ' +
  'two overdue bills and agreed to call the electric company before Friday.';

describe('cloneClusters', () => {
  it('gives one entry for a text pasted for many clients, not a button per pair', () => {
    const notes = Array.from({ length: 12 }, (_, i) => ({ id: `N-${i + 1}`, text: PASTED }));
    const clones = findClones(notes);
    expect(clones.pairs.length).toBeGreaterThan(12);
    const clusters = cloneClusters(clones);
    expect(clusters).toHaveLength(1);
    const [cluster] = clusters;
    expect(cluster?.ids).toEqual(notes.map((note) => note.id));
    expect(cluster?.members.map((member) => member.id)).not.toContain(cluster?.anchor);
    expect(cluster?.members).toHaveLength(11);
    expect(cluster?.most).toBe(1);
    // The shared text is the whole pasted note, marked once in the anchor.
    expect(cluster?.shared).toEqual([{ start: 0, end: PASTED.length - 1 }]);
  });

  it('puts the largest group first and keeps each group to its own pairs', () => {
    const clusters = cloneClusters(
      report(
        [pair('a', 'b', 0.9), pair('c', 'd', 0.7), pair('d', 'e', 0.8), pair('c', 'e', 0.6)],
        [
          ['a', 'b'],
          ['c', 'd', 'e'],
        ],
      ),
    );
    expect(clusters.map((cluster) => cluster.ids)).toEqual([
      ['c', 'd', 'e'],
      ['a', 'b'],
    ]);
    expect(clusters[0]).toMatchObject({ most: 0.8, least: 0.6 });
    expect(clusters[1]).toMatchObject({ anchor: 'a', most: 0.9, least: 0.9 });
  });

  it('anchors a group on the note with most partners and merges its shared passages', () => {
    const [cluster] = cloneClusters(
      report(
        [
          pair('a', 'hub', 0.7, { start: 0, end: 20 }),
          pair('b', 'hub', 0.9, { start: 15, end: 40 }),
          pair('a', 'c', 0.6, { start: 50, end: 60 }),
          pair('hub', 'c', 0.8, { start: 70, end: 90 }),
        ],
        [['a', 'b', 'hub', 'c']],
      ),
    );
    expect(cluster?.anchor).toBe('hub');
    expect(cluster?.shared).toEqual([
      { start: 0, end: 40 },
      { start: 70, end: 90 },
    ]);
    const byId = new Map(cluster?.members.map((member) => [member.id, member]));
    expect(byId.get('a')?.closest?.similarity).toBe(0.7);
    expect(closestPartner(byId.get('a')!)).toBe('hub');
  });

  it('links a member with no kept pair to the anchor to its nearest note', () => {
    const [cluster] = cloneClusters(
      report(
        [pair('a', 'b', 0.9), pair('a', 'c', 0.8), pair('c', 'd', 0.75), pair('c', 'e', 0.7)],
        [['a', 'b', 'c', 'd', 'e']],
      ),
    );
    expect(cluster?.anchor).toBe('c');
    const b = cluster?.members.find((member) => member.id === 'b');
    expect(closestPartner(b!)).toBe('a');
  });
});
