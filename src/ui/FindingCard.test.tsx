// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { FindingCard } from './FindingCard';
import { fixtureReport } from './report.fixture';
import { buttonNamed, click, mount } from './render.test-helper';

function cardFor(index: number, excerpt?: string) {
  const { report, excerpts } = fixtureReport();
  const actions = { onReveal: vi.fn(), onApply: vi.fn(), onIgnore: vi.fn() };
  const finding = report.findings[index]!;
  const root = mount(
    <ul>
      <FindingCard
        finding={finding}
        excerpt={excerpt ?? excerpts[index]!}
        index={index}
        {...actions}
      />
    </ul>,
  );
  return { root, actions, item: root.querySelector('li')! };
}

describe('FindingCard', () => {
  it('names the item by kind and excerpt and shows message, severity and citation', () => {
    const { item } = cardFor(0);
    expect(item.getAttribute('aria-label')).toBe('Vague wording: assisted');
    expect(item.textContent).toContain('“assisted”');
    expect(item.textContent).toContain('Name the skill you taught');
    expect(item.textContent).toContain('Should fix');
    expect(item.querySelector('cite')?.textContent).toBe('Missouri 9 CSR 30-3.110 guidelines, (C)');
  });

  it('names a missing field by the field, not by an empty excerpt', () => {
    const { item } = cardFor(2);
    expect(item.getAttribute('aria-label')).toBe('Missing: start time');
  });

  it('renders the excerpt as text, never as markup', () => {
    const { item } = cardFor(0, '<img src=x onerror=alert(1)>');
    expect(item.querySelector('img')).toBeNull();
    expect(item.textContent).toContain('<img src=x onerror=alert(1)>');
  });

  it('applies a suggestion with a replacement and shows one without as advice', () => {
    const { item, actions } = cardFor(0);
    click(buttonNamed(item, 'Use: taught client to [skill] by [method]'));
    expect(actions.onApply).toHaveBeenCalledWith(0, 0);
    expect(actions.onReveal).not.toHaveBeenCalled();
    const advice = item.querySelector('.advice');
    expect(advice?.textContent).toContain('Describe the client’s part');
    expect(advice?.closest('button')).toBeNull();
  });

  it('a mouse press on Use or Ignore leaves focus where it was (in the note)', () => {
    const { item } = cardFor(0);
    for (const button of item.querySelectorAll('button.use, button.ignore')) {
      const press = new MouseEvent('mousedown', { bubbles: true, cancelable: true });
      button.dispatchEvent(press);
      expect(press.defaultPrevented, button.textContent ?? '').toBe(true);
    }
    expect(item.querySelectorAll('button.use, button.ignore').length).toBeGreaterThan(1);
  });

  it('ignores the finding without revealing it', () => {
    const { item, actions } = cardFor(1);
    click(buttonNamed(item, 'Ignore “drove client”'));
    expect(actions.onIgnore).toHaveBeenCalledWith(1);
    expect(actions.onReveal).not.toHaveBeenCalled();
  });

  it('reveals the finding in the note when its head is clicked', () => {
    const { item, actions } = cardFor(1);
    click(item.querySelector('.card-head'));
    expect(actions.onReveal).toHaveBeenCalledWith(1);
  });

  it('is read-only without apply and ignore: the replacement shows as advice, no Ignore', () => {
    const { report, excerpts } = fixtureReport();
    const onReveal = vi.fn();
    const root = mount(
      <ul>
        <FindingCard
          finding={report.findings[0]!}
          excerpt={excerpts[0]!}
          index={0}
          onReveal={onReveal}
        />
      </ul>,
    );
    const item = root.querySelector('li')!;
    expect([...item.querySelectorAll('button')].map((b) => b.className)).toEqual(['card-head']);
    expect(item.querySelector('.advice')?.textContent).toContain(
      'Try: taught client to [skill] by [method]',
    );
    click(item.querySelector('.card-head'));
    expect(onReveal).toHaveBeenCalledWith(0);
  });
});
