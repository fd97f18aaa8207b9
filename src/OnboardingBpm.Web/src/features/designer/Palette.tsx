import { memo, useMemo, useState } from 'react';
import { paletteMime } from './Canvas';
import type { ActivityDescriptor } from './types';

interface Props {
  descriptors: readonly ActivityDescriptor[];
  onAdd: (type: string) => void;
}

export function groupByCategory(descriptors: readonly ActivityDescriptor[], search: string): [string, ActivityDescriptor[]][] {
  const term = search.trim().toLowerCase();
  const groups = new Map<string, ActivityDescriptor[]>();
  for (const d of descriptors) {
    if (term && !`${d.displayName} ${d.type} ${d.category} ${d.description}`.toLowerCase().includes(term)) {
      continue;
    }
    groups.set(d.category, [...(groups.get(d.category) ?? []), d]);
  }
  return [...groups.entries()].sort(([a], [b]) => a.localeCompare(b));
}

/** The activities the server knows, by category: drag one onto the canvas, or click to add it. */
function PaletteInner({ descriptors, onAdd }: Props) {
  const [search, setSearch] = useState('');
  const groups = useMemo(() => groupByCategory(descriptors, search), [descriptors, search]);
  return (
    <aside className="palette" aria-label="Palette">
      <input type="search" placeholder="Search activities" aria-label="Search activities" value={search}
        onChange={(e) => { setSearch(e.target.value); }} />
      {groups.map(([category, items]) => (
        <section key={category}>
          <h3>{category}</h3>
          {items.map((d) => (
            <button key={d.type} type="button" className="palette-item" draggable title={d.description}
              onDragStart={(e) => { e.dataTransfer.setData(paletteMime, d.type); e.dataTransfer.effectAllowed = 'copy'; }}
              onClick={() => { onAdd(d.type); }}>
              {d.displayName}
            </button>
          ))}
        </section>
      ))}
      {groups.length === 0 ? <p className="hint">No activity matches “{search}”.</p> : null}
    </aside>
  );
}

export const Palette = memo(PaletteInner);
