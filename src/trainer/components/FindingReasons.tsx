// Why a note fails, read-only: each finding's words, message and source, as the sidebar
// words them, without the buttons that change a note.
import type { Finding } from '../../engine/types';
import { KIND_LABELS, findingSubject } from '../../ui/finding-kinds';
import { SourceCitation } from '../../ui/SourceCitation';

export function FindingReasons({ text, findings }: { text: string; findings: readonly Finding[] }) {
  return (
    <ul class="reasons">
      {findings.map((finding, index) => {
        const subject = findingSubject(finding.code, text.slice(finding.start, finding.end));
        return (
          <li key={index} class={`reason reason-${finding.kind}`}>
            <p class="reason-head">
              <span class="reason-kind">{KIND_LABELS[finding.kind]}</span>{' '}
              <span class={subject.quoted ? 'reason-words' : 'reason-missing'}>
                {subject.quoted ? `“${subject.text}”` : subject.text}
              </span>
            </p>
            <p class="reason-message">{finding.message}</p>
            <SourceCitation source={finding.source} />
          </li>
        );
      })}
    </ul>
  );
}
