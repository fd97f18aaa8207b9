import { pageCount, type ListFilter } from './listQuery';

interface Props {
  label: string;
  filter: ListFilter;
  segments: readonly string[];
  statuses: readonly string[];
  total: number | null;
  onChange: (filter: ListFilter) => void;
}

/** Segment and status filters and the pager of a list; a changed filter goes back to the first page. */
export function ListControls({ label, filter, segments, statuses, total, onChange }: Props) {
  const pages = total === null ? 1 : pageCount(total);
  return (
    <div className="list-controls">
      <label>
        Segment
        <select aria-label={`${label} segment`} value={filter.segment} onChange={(e) => { onChange({ ...filter, segment: e.target.value, page: 0 }); }}>
          <option value="">All my segments</option>
          {segments.map((s) => <option key={s} value={s}>{s}</option>)}
        </select>
      </label>
      <label>
        Status
        <select aria-label={`${label} status`} value={filter.status} onChange={(e) => { onChange({ ...filter, status: e.target.value, page: 0 }); }}>
          <option value="">Any</option>
          {statuses.map((s) => <option key={s} value={s}>{s}</option>)}
        </select>
      </label>
      <span className="pager">
        <button type="button" disabled={filter.page === 0} onClick={() => { onChange({ ...filter, page: filter.page - 1 }); }}>Previous</button>
        <span>Page {filter.page + 1} of {pages}{total === null ? '' : ` · ${String(total)} in all`}</span>
        <button type="button" disabled={filter.page + 1 >= pages} onClick={() => { onChange({ ...filter, page: filter.page + 1 }); }}>Next</button>
      </span>
    </div>
  );
}
