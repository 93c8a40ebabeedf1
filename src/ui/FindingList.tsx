import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { Finding, FindingKind } from '../engine/types';
import { FindingCard, type FindingActions } from './FindingCard';
import { KIND_LABELS, KIND_ORDER } from './finding-kinds';
import { count } from './format';

interface FindingListProps extends FindingActions {
  findings: readonly Finding[];
  /** excerpts[i] is the text of findings[i]. */
  excerpts: readonly string[];
  /** Kinds shown elsewhere (the units panel shows limits) are left out. */
  exclude?: readonly FindingKind[];
}

/**
 * Up to this many cards are all rendered. Past it (a pasted chart, thousands of findings) only
 * the cards in view and a screenful either side are: 10,000 cards would take seconds to build.
 */
export const RENDER_ALL_UP_TO = 150;
/** Height of a card not yet measured, px; a measured one keeps its own. */
const CARD_HEIGHT_GUESS = 120;
/** The space between two cards (`.cards { gap }` in sidebar.css), px. */
const CARD_GAP = 8;
/** Rendered beyond the visible part, px, above and below. */
const OVERSCAN = 600;

interface Group {
  kind: FindingKind;
  /** Indices into the report's findings. */
  items: number[];
}

function groupFindings(findings: readonly Finding[], exclude: readonly FindingKind[]): Group[] {
  const byKind = new Map<FindingKind, number[]>();
  findings.forEach((finding, index) => {
    const items = byKind.get(finding.kind);
    if (items) items.push(index);
    else byKind.set(finding.kind, [index]);
  });
  return KIND_ORDER.filter((kind) => !exclude.includes(kind) && byKind.has(kind)).map((kind) => ({
    kind,
    items: byKind.get(kind) ?? [],
  }));
}

/**
 * A key that stays with a finding while findings before it come and go, so Preact keeps its
 * card (and, the card being memoised, does not even re-render it).
 */
function cardKeys(findings: readonly Finding[], excerpts: readonly string[]): string[] {
  const seen = new Map<string, number>();
  return findings.map((finding, index) => {
    const base = `${finding.kind}|${finding.rule}|${finding.code}|${excerpts[index] ?? ''}`;
    const nth = (seen.get(base) ?? 0) + 1;
    seen.set(base, nth);
    return `${base}|${nth}`;
  });
}

/** Findings grouped by kind, each group a titled list; indices stay those of the report. */
export function FindingList({ findings, excerpts, exclude = [], ...actions }: FindingListProps) {
  const groups = groupFindings(findings, exclude);
  const keys = cardKeys(findings, excerpts);
  const total = groups.reduce((sum, group) => sum + group.items.length, 0);
  const windowed = total > RENDER_ALL_UP_TO;
  const view = useVisibleCards(windowed, keys);

  return (
    <div class="groups" ref={view.listRef}>
      {windowed && (
        <p class="kind-counts" role="status">
          {count(total)} findings:{' '}
          {groups.map(({ kind, items }, position) => (
            <span key={kind}>
              {position > 0 && ' · '}
              <a
                href={`#nc-group-${kind}`}
                onClick={(event) => {
                  event.preventDefault();
                  view.scrollToGroup(kind);
                }}
              >
                {KIND_LABELS[kind]} {count(items.length)}
              </a>
            </span>
          ))}
        </p>
      )}
      {groups.map(({ kind, items }) => {
        const [from, to] = windowed ? view.range(kind, items) : [0, items.length];
        return (
          <section class="group" key={kind} aria-labelledby={`nc-group-${kind}`} data-kind={kind}>
            <h3 class="group-title" id={`nc-group-${kind}`}>
              {KIND_LABELS[kind]} <span class="count">{count(items.length)}</span>
            </h3>
            <ul class="cards" aria-label={`${KIND_LABELS[kind]} findings`}>
              {from > 0 && (
                <li
                  class="cards-gap"
                  aria-hidden="true"
                  style={{ height: `${view.heightOf(items, 0, from)}px` }}
                />
              )}
              {items.slice(from, to).map((index) => (
                <FindingCard
                  key={keys[index]}
                  finding={findings[index]!}
                  excerpt={excerpts[index] ?? ''}
                  index={index}
                  {...actions}
                />
              ))}
              {to < items.length && (
                <li
                  class="cards-gap"
                  aria-hidden="true"
                  style={{ height: `${view.heightOf(items, to, items.length)}px` }}
                />
              )}
            </ul>
          </section>
        );
      })}
    </div>
  );
}

/** The element whose scrolling moves `element`: the nearest scrollable ancestor, or the page. */
function scrollerOf(element: Element): Element | null {
  let node: Node | null = element.parentNode;
  while (node) {
    if (node instanceof Element) {
      const overflow = getComputedStyle(node).overflowY;
      if (overflow === 'auto' || overflow === 'scroll') return node;
      node = node.parentNode;
    } else if (node instanceof ShadowRoot) {
      node = node.host;
    } else {
      node = null;
    }
  }
  return null;
}

interface VisibleCards {
  listRef: { current: HTMLDivElement | null };
  /** The cards of a group to render, `[from, to)` of its items. */
  range(kind: FindingKind, items: readonly number[]): [number, number];
  /** Height of items `[from, to)` of a group, measured or guessed, px. */
  heightOf(items: readonly number[], from: number, to: number): number;
  scrollToGroup(kind: FindingKind): void;
}

/**
 * Which cards are in view, following the scroll of the list's scroller. Each rendered card's
 * height is measured once it is drawn; cards never drawn count as CARD_HEIGHT_GUESS.
 */
function useVisibleCards(windowed: boolean, keys: readonly string[]): VisibleCards {
  const listRef = useRef<HTMLDivElement>(null);
  /** Measured heights, card gap included, by card key: a card keeps its height across reports. */
  const heights = useRef(new Map<string, number>());
  const [, setTick] = useState(0);
  const rerender = () => setTick((tick) => tick + 1);

  useEffect(() => {
    const list = listRef.current;
    if (!windowed || !list) return;
    const scroller = scrollerOf(list);
    const target: EventTarget = scroller ?? list.ownerDocument.defaultView!;
    let frame = 0;
    const onScroll = () => {
      if (frame) return;
      frame = requestAnimationFrame(() => {
        frame = 0;
        rerender();
      });
    };
    target.addEventListener('scroll', onScroll, { passive: true });
    const resize = new ResizeObserver(onScroll);
    if (scroller) resize.observe(scroller);
    return () => {
      target.removeEventListener('scroll', onScroll);
      resize.disconnect();
      cancelAnimationFrame(frame);
    };
  }, [windowed]);

  // Measure the cards just drawn; if a guess was off, lay out again with the real height.
  useLayoutEffect(() => {
    const list = listRef.current;
    if (!windowed || !list) return;
    let changed = false;
    for (const card of list.querySelectorAll<HTMLElement>('li.card[data-index]')) {
      const key = keys[Number(card.dataset.index)];
      // Not laid out (the panel is folded away): keep the guess.
      if (key === undefined || card.offsetHeight === 0) continue;
      const height = card.offsetHeight + CARD_GAP;
      if (heights.current.get(key) !== height) {
        heights.current.set(key, height);
        changed = true;
      }
    }
    if (changed) rerender();
  });

  const heightOfItem = (index: number) => {
    const key = keys[index];
    return (key !== undefined && heights.current.get(key)) || CARD_HEIGHT_GUESS;
  };
  // The gap the list puts after the spacer itself is taken off.
  const heightOf = (items: readonly number[], from: number, to: number) => {
    let sum = -CARD_GAP;
    for (let i = from; i < to; i += 1) sum += heightOfItem(items[i]!);
    return Math.max(0, sum);
  };

  /** The part of the scroller in view, in px from the top of the group's card list. */
  const viewOf = (kind: FindingKind): [number, number] | null => {
    const list = listRef.current;
    const cards = list?.querySelector(`section[data-kind="${kind}"] > ul.cards`);
    if (!list || !cards) return null;
    const scroller = scrollerOf(list);
    const top = scroller ? scroller.getBoundingClientRect().top : 0;
    const height = scroller ? scroller.clientHeight : list.ownerDocument.defaultView!.innerHeight;
    const offset = top - cards.getBoundingClientRect().top;
    return [offset - OVERSCAN, offset + height + OVERSCAN];
  };

  return {
    listRef,
    heightOf,
    range(kind, items) {
      // First render: the group's list is not drawn yet; show the top of the list.
      const seen = viewOf(kind) ?? [-OVERSCAN, 2 * OVERSCAN];
      const [visibleTop, visibleBottom] = seen;
      let from = 0;
      let y = 0;
      while (from < items.length && y + heightOfItem(items[from]!) < visibleTop) {
        y += heightOfItem(items[from]!);
        from += 1;
      }
      let to = from;
      while (to < items.length && y < visibleBottom) {
        y += heightOfItem(items[to]!);
        to += 1;
      }
      return [from, to];
    },
    scrollToGroup(kind) {
      const list = listRef.current;
      list?.querySelector(`section[data-kind="${kind}"]`)?.scrollIntoView({ block: 'start' });
    },
  };
}
