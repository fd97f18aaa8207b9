import type { Api } from '../../api/client';
import { usePath } from '../../app/router';
import { InstanceList } from './InstanceList';
import { InstancePage } from './InstancePage';
import './instances.css';

/** /instances lists; /instances/{id} opens one. */
export function InstancesScreen({ api }: { api: Api }) {
  const path = usePath();
  const instanceId = path.startsWith('/instances/') ? decodeURIComponent(path.slice('/instances/'.length)) : '';
  return instanceId ? <InstancePage key={instanceId} api={api} instanceId={instanceId} /> : <InstanceList api={api} />;
}
