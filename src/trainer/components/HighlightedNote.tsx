// A note as text with its findings' words marked; text nodes only, never parsed as HTML.
import type { Finding } from '../../engine/types';
import { segmentText } from '../../review/highlight';
import { KIND_LABELS } from '../../ui/finding-kinds';

export function HighlightedNote({
  text,
  findings,
}: {
  text: string;
  findings: readonly Finding[];
}) {
  return (
    <pre class="note-text">
      {segmentText(text, findings).map((segment) => {
        if (segment.marks.length === 0) return segment.text;
        const kind = findings[segment.marks[0]!]!.kind;
        return (
          <mark key={segment.start} class={`mark-${kind}`} title={KIND_LABELS[kind]}>
            {segment.text}
          </mark>
        );
      })}
    </pre>
  );
}
