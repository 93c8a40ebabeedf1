import type { SidebarLayout } from '../ui/sidebar-layout';

interface SidebarSectionProps {
  layout: SidebarLayout;
  onChange(layout: SidebarLayout): void;
}

/** Where the sidebar opens on an EHR page, and whether it starts folded away. */
export function SidebarSection({ layout, onChange }: SidebarSectionProps) {
  return (
    <section class="card" aria-labelledby="sidebar-heading">
      <h2 id="sidebar-heading">Sidebar</h2>
      <fieldset class="choices inline">
        <legend>Show the sidebar on the</legend>
        {(['left', 'right'] as const).map((side) => (
          <label class="choice" key={side}>
            <input
              type="radio"
              name="sidebar-side"
              value={side}
              checked={layout.side === side}
              onChange={() => onChange({ ...layout, side })}
            />
            <span>{side === 'left' ? 'Left' : 'Right'} side of the page</span>
          </label>
        ))}
      </fieldset>
      <label class="choice">
        <input
          type="checkbox"
          checked={layout.collapsed}
          onChange={(event) => onChange({ ...layout, collapsed: event.currentTarget.checked })}
        />
        <span>Start collapsed (a small tab until you open it)</span>
      </label>
    </section>
  );
}
