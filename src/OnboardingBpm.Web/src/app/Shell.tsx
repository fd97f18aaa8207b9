import { Suspense, useCallback, useState } from 'react';
import type { Api } from '../api/client';
import type { AppConfig } from '../config';
import { TaskInbox } from '../features/task-inbox/TaskInbox';
import type { TaskNotice } from '../features/task-inbox/types';
import { useTaskNotices } from '../realtime/notifications';
import { AccessScreen } from './AccessScreen';
import { EmbeddedBanner } from './EmbeddedBanner';
import { lazyScreen } from './lazyScreen';
import { resolveScreen, screensFor, type Me } from './navigation';
import { navigate, usePath } from './router';
import { Toasts, type Toast } from './Toasts';

interface Props {
  config: AppConfig;
  api: Api;
  me: Me;
  name: string;
  now: () => number;
  token: () => Promise<string | null>;
  onSignOut: () => void;
}

let nextToastId = 1;
// Every screen but the inbox is its own chunk: an agent's first load carries neither React Flow (designer, instance
// diagram) nor the dashboard's and integrations' code; the screen a page opens on is fetched at once.
const DesignerScreen = lazyScreen('/designer', () => import('../features/designer/DesignerScreen').then((m) => m.DesignerScreen));
const InstancesScreen = lazyScreen('/instances', () => import('../features/instances/InstancesScreen').then((m) => m.InstancesScreen));
const IntegrationsScreen = lazyScreen('/integrations', () => import('../features/integrations/IntegrationsScreen').then((m) => m.IntegrationsScreen));
const CasesScreen = lazyScreen('/cases', () => import('../features/cases/CasesScreen').then((m) => m.CasesScreen));
const Dashboard = lazyScreen('/dashboard', () => import('../features/dashboard/Dashboard').then((m) => m.Dashboard));

/** The signed-in frame: banner, the user's screens only, live task notices as a toast and a badge. */
export function Shell({ config, api, me, name, now, token, onSignOut }: Props) {
  const path = usePath();
  const screen = resolveScreen(path, me.roles);
  const [toasts, setToasts] = useState<Toast[]>([]);
  const [fresh, setFresh] = useState<ReadonlySet<string>>(new Set());
  const [refreshKey, setRefreshKey] = useState(0);

  const toast = useCallback((text: string) => {
    const id = nextToastId++;
    setToasts((current) => [...current, { id, text }]);
    window.setTimeout(() => {
      setToasts((current) => current.filter((t) => t.id !== id));
    }, 8000);
  }, []);

  const onTask = useCallback((notice: TaskNotice) => {
    setFresh((current) => new Set(current).add(notice.id));
    setRefreshKey((key) => key + 1);
    toast(`New task: ${notice.title}`);
  }, [toast]);
  const live = useTaskNotices(token, onTask);

  const seen = useCallback((id: string) => {
    setFresh((current) => {
      const next = new Set(current);
      next.delete(id);
      return next;
    });
  }, []);

  return (
    <div className="shell">
      <EmbeddedBanner config={config} />
      <header>
        <h1>OnboardingBpm</h1>
        <nav aria-label="Screens">
          {screensFor(me.roles).map((s) => (
            <a key={s.id} href={s.path} aria-current={s.id === screen?.id ? 'page' : undefined}
              onClick={(event) => { event.preventDefault(); navigate(s.path); }}>
              {s.title}
              {s.id === 'tasks' && fresh.size > 0 ? <span className="badge" aria-label={`${fresh.size} new tasks`}>{fresh.size}</span> : null}
            </a>
          ))}
        </nav>
        <span className={`live ${live}`} title="Live updates">{live === 'live' ? '● live' : live === 'connecting' ? '○ connecting' : '○ offline'}</span>
        <span className="user">{name} · {me.roles.join(', ')}</span>
        <button type="button" onClick={onSignOut}>Sign out</button>
      </header>
      <main>
        {screen?.id === 'tasks' ? (
          <TaskInbox api={api} me={me} now={now} refreshKey={refreshKey} fresh={fresh} onSeen={seen}
            onCompleted={(task, outcome) => { toast(`Completed “${task.title}” (${outcome})`); }} />
        ) : (
          <Suspense fallback={<p className="hint">Opening {screen?.title ?? 'the screen'}…</p>}>
            {screen?.id === 'designer' ? <DesignerScreen api={api} path={path} />
            : screen?.id === 'instances' ? <InstancesScreen api={api} />
            : screen?.id === 'integrations' ? <IntegrationsScreen api={api} token={token} />
            : screen?.id === 'cases' ? <CasesScreen api={api} me={me} path={path} />
            : screen?.id === 'dashboard' ? <Dashboard api={api} me={me} token={token} />
            : screen?.id === 'access' ? <AccessScreen me={me} /> : <p>There is no screen for your roles yet.</p>}
          </Suspense>
        )}
      </main>
      <Toasts toasts={toasts} onDismiss={(id) => { setToasts((current) => current.filter((t) => t.id !== id)); }} />
    </div>
  );
}
