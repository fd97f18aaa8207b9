import type { Api } from '../../api/client';
import type { Me } from '../../app/navigation';
import { CaseList } from './CaseList';
import { CasePage } from './CasePage';
import { segmentChoices } from './listQuery';
import { TicketList } from './TicketList';

/** /cases: the lists of cases and tickets; /cases/{id}: one case. */
export function CasesScreen({ api, me, path }: { api: Api; me: Me; path: string }) {
  const id = path.startsWith('/cases/') ? decodeURIComponent(path.slice('/cases/'.length)) : '';
  if (id) {
    return <CasePage key={id} api={api} me={me} caseId={id} />;
  }
  const segments = segmentChoices(me.segments, me.seesAllSegments);
  return (
    <div className="cases">
      <CaseList api={api} segments={segments} />
      <TicketList api={api} segments={segments} />
    </div>
  );
}
