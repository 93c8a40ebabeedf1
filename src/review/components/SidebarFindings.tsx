// A note's findings drawn by the sidebar's own components and stylesheet, in a shadow root
// so the sidebar's styles and the review page's never meet: the supervisor sees exactly the
// cards the worker saw while writing, read-only.
import { render } from 'preact';
import { useLayoutEffect, useRef } from 'preact/hooks';
import type { Report } from '../../engine/types';
import { CheckIcon } from '../../ui/icons';
import { FindingList } from '../../ui/FindingList';
import sidebarStyles from '../../ui/sidebar.css?inline';
import { UnitsGlance } from '../../ui/UnitsGlance';
import { UnitsPanel } from '../../ui/UnitsPanel';

/** The sidebar panel sits fixed beside the EHR; here it flows inside the page. */
const EMBEDDED = `.nc.nc-embedded{position:static;width:auto;z-index:auto;pointer-events:auto}
.nc-embedded .panel{max-height:none;box-shadow:none;border-radius:8px}
.nc-embedded .body{overflow:visible}`;

interface SidebarFindingsProps {
  report: Report;
  excerpts: readonly string[];
  onReveal(index: number): void;
}

function Panel({ report, excerpts, onReveal }: SidebarFindingsProps) {
  return (
    <section class="nc nc-embedded" aria-label="Findings">
      <div class="panel">
        <UnitsGlance report={report} />
        <div class="body">
          {report.findings.length === 0 && (
            <p class="all-clear">
              <CheckIcon class="icon good" />
              <span>Nothing to fix in this note.</span>
            </p>
          )}
          <FindingList
            findings={report.findings}
            excerpts={excerpts}
            exclude={['limit']}
            onReveal={onReveal}
          />
          <UnitsPanel report={report} excerpts={excerpts} onReveal={onReveal} />
        </div>
      </div>
    </section>
  );
}

let sheet: CSSStyleSheet | null = null;

/**
 * The sidebar's stylesheet as a constructed sheet: the page's CSP (`style-src 'self'`) refuses
 * a <style> element with inline text, but not a sheet adopted by the shadow root.
 */
function sidebarSheet(): CSSStyleSheet {
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(sidebarStyles + EMBEDDED);
  }
  return sheet;
}

export function SidebarFindings(props: SidebarFindingsProps) {
  const host = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const element = host.current;
    if (!element) return;
    const root = element.shadowRoot ?? element.attachShadow({ mode: 'open' });
    if (!root.lastElementChild) {
      root.adoptedStyleSheets = [sidebarSheet()];
      root.append(document.createElement('div'));
    }
    render(<Panel {...props} />, root.lastElementChild!);
  });
  useLayoutEffect(() => {
    const element = host.current;
    return () => {
      const mount = element?.shadowRoot?.lastElementChild;
      if (mount) render(null, mount);
    };
  }, []);
  return <div class="sidebar-findings" ref={host} />;
}
