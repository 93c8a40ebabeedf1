import { describe, expect, it, vi } from 'vitest';
import { fixtureReport } from '../ui/report.fixture';
import { createSelectionChecks, type SelectionDeps } from './selection';

const SELECTED = 'CSW assisted client with groceries.';

function deps() {
  const { report } = fixtureReport();
  const finding = { ...report.findings[0]!, start: 4, end: 12 };
  const analyzed = { ...report, findings: [finding] };
  return {
    analyzed,
    analyze: vi.fn<SelectionDeps['analyze']>(async () => analyzed),
    injectSidebar: vi.fn<SelectionDeps['injectSidebar']>(async () => undefined),
    sendToFrame: vi.fn<SelectionDeps['sendToFrame']>(async () => undefined),
  };
}

describe('checking selected text', () => {
  it('analyses the selection alone and sends its findings, with excerpts, to the top frame', async () => {
    const d = deps();
    await expect(createSelectionChecks(d).check(3, SELECTED)).resolves.toBe(true);
    expect(d.analyze).toHaveBeenCalledWith(SELECTED, {});
    expect(d.injectSidebar).toHaveBeenCalledWith(3);
    expect(d.sendToFrame).toHaveBeenCalledWith(3, 0, {
      type: 'selection-state',
      report: d.analyzed,
      excerpts: ['assisted'],
    });
  });

  it('keeps the findings for a sidebar that is still starting, and hands them over once', async () => {
    const d = deps();
    d.sendToFrame.mockRejectedValue(new Error('Receiving end does not exist.'));
    const checks = createSelectionChecks(d);
    await checks.check(3, SELECTED);
    expect(checks.take(4)).toBeUndefined();
    expect(checks.take(3)?.excerpts).toEqual(['assisted']);
    expect(checks.take(3)).toBeUndefined();
  });

  it('drops waiting findings when the tab navigates', async () => {
    const d = deps();
    const checks = createSelectionChecks(d);
    await checks.check(3, SELECTED);
    checks.forget(3);
    expect(checks.take(3)).toBeUndefined();
  });

  it('keeps nothing when the sidebar cannot be put on the page', async () => {
    const d = deps();
    d.injectSidebar.mockRejectedValue(new Error('Cannot access contents of the page'));
    const checks = createSelectionChecks(d);
    await expect(checks.check(3, SELECTED)).resolves.toBe(false);
    expect(checks.take(3)).toBeUndefined();
    expect(d.sendToFrame).not.toHaveBeenCalled();
  });
});
