// Clone groups as a supervisor reads them: one entry per group of notes that read alike, the
// text they share marked in one of them, and each other note's closeness to it, instead of
// every pair (a text pasted for ten clients is 45 pairs but one finding).
import type { ClonePair, CloneReport, TextRange } from './clones';

export interface CloneMember {
  id: string;
  /** Its closest kept pair in the group; null when the batch kept none for it. */
  closest: ClonePair | null;
}

export interface CloneCluster {
  /** The group's notes in batch order. */
  ids: string[];
  /** The note whose shared passages stand for the group: the one with most partners. */
  anchor: string;
  /** The anchor's passages shared with any note of the group, merged, in text order. */
  shared: TextRange[];
  /** Every note but the anchor, in batch order. */
  members: CloneMember[];
  /** Highest and lowest similarity among the group's kept pairs. */
  most: number;
  least: number;
}

function mergeRanges(ranges: readonly TextRange[]): TextRange[] {
  const merged: TextRange[] = [];
  for (const range of [...ranges].sort((a, b) => a.start - b.start)) {
    const last = merged.at(-1);
    if (last && range.start <= last.end) last.end = Math.max(last.end, range.end);
    else merged.push({ ...range });
  }
  return merged;
}

const partnerIn = (pair: ClonePair, id: string) => (pair.a === id ? pair.b : pair.a);

/** One cluster per clone group, the largest and closest first. */
export function cloneClusters(report: CloneReport): CloneCluster[] {
  return report.groups
    .map((ids): CloneCluster => {
      // A group of thousands of notes is a few thousand kept pairs: each listed once per note.
      const byNote = new Map(ids.map((id) => [id, [] as ClonePair[]]));
      const pairs = report.pairs.filter((pair) => byNote.has(pair.a) && byNote.has(pair.b));
      for (const pair of pairs) {
        byNote.get(pair.a)!.push(pair);
        byNote.get(pair.b)!.push(pair);
      }
      const partners = (id: string) => byNote.get(id) ?? [];
      const anchor = ids.reduce((best, id) =>
        partners(id).length > partners(best).length ? id : best,
      );
      const shared = mergeRanges(
        partners(anchor).flatMap((pair) => (pair.a === anchor ? pair.passagesA : pair.passagesB)),
      );
      const members = ids
        .filter((id) => id !== anchor)
        .map((id) => {
          const own = partners(id);
          // Closeness to the anchor when that pair was kept, else to its nearest note.
          const closest =
            own.find((pair) => partnerIn(pair, id) === anchor) ??
            own.reduce<ClonePair | null>(
              (best, pair) => (best === null || pair.similarity > best.similarity ? pair : best),
              null,
            );
          return { id, closest };
        });
      const similarities = pairs.map((pair) => pair.similarity);
      return {
        ids,
        anchor,
        shared,
        members,
        most: Math.max(0, ...similarities),
        least: similarities.length ? Math.min(...similarities) : 0,
      };
    })
    .sort((x, y) => y.ids.length - x.ids.length || y.most - x.most);
}

/** The note a member's closest pair links it to. */
export function closestPartner(member: CloneMember): string | null {
  return member.closest && partnerIn(member.closest, member.id);
}
