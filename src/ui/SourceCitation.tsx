import type { SourceRef } from '../engine/types';
import { citationText, documentName } from './source-names';

/** Where a rule comes from, e.g. "Missouri 9 CSR 30-3.110 guidelines, (B)7". */
export function SourceCitation({ source }: { source: SourceRef }) {
  return (
    <cite class="citation" title={documentName(source.document)}>
      {citationText(source)}
    </cite>
  );
}
