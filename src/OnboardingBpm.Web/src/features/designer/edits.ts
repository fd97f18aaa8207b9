import type { Activity, ActivityDescriptor, Connection, Position, Variable, WorkflowDefinition } from './types';

/** Every change the designer makes, as a pure function from one definition to the next. */
export function newActivityId(type: string, taken: ReadonlySet<string>): string {
  const stem = type.charAt(0).toLowerCase() + type.slice(1);
  let n = 1;
  while (taken.has(`${stem}${n}`)) {
    n++;
  }
  return `${stem}${n}`;
}

function idsOf(definition: WorkflowDefinition): Set<string> {
  return new Set(definition.root.activities.map((a) => a.id));
}

function withRoot(definition: WorkflowDefinition, activities: Activity[], connections: Connection[]): WorkflowDefinition {
  return { ...definition, root: { ...definition.root, activities, connections } };
}

export function addActivity(definition: WorkflowDefinition, descriptor: ActivityDescriptor, position: Position): { definition: WorkflowDefinition; id: string } {
  const id = newActivityId(descriptor.type, idsOf(definition));
  const activity: Activity = { id, type: descriptor.type, name: descriptor.displayName, inputs: {}, position: { x: Math.round(position.x), y: Math.round(position.y) } };
  return { definition: withRoot(definition, [...definition.root.activities, activity], definition.root.connections), id };
}

export function moveActivities(definition: WorkflowDefinition, positions: ReadonlyMap<string, Position>): WorkflowDefinition {
  const activities = definition.root.activities.map((activity) => {
    const moved = positions.get(activity.id);
    return moved && (moved.x !== activity.position?.x || moved.y !== activity.position.y)
      ? { ...activity, position: { x: Math.round(moved.x), y: Math.round(moved.y) } }
      : activity;
  });
  return withRoot(definition, activities, definition.root.connections);
}

export function connect(definition: WorkflowDefinition, source: string, port: string, target: string): WorkflowDefinition {
  const exists = definition.root.connections.some((c) => c.source.activity === source && (c.source.port ?? 'Done') === port && c.target.activity === target);
  if (exists) {
    return definition;
  }
  const connection: Connection = { source: { activity: source, port }, target: { activity: target } };
  return withRoot(definition, definition.root.activities, [...definition.root.connections, connection]);
}

export function removeElements(definition: WorkflowDefinition, activityIds: ReadonlySet<string>, connections: ReadonlySet<Connection>): WorkflowDefinition {
  return withRoot(
    definition,
    definition.root.activities.filter((a) => !activityIds.has(a.id)),
    definition.root.connections.filter((c) => !connections.has(c) && !activityIds.has(c.source.activity) && !activityIds.has(c.target.activity)),
  );
}

export function updateActivity(definition: WorkflowDefinition, id: string, change: (activity: Activity) => Activity): WorkflowDefinition {
  return withRoot(definition, definition.root.activities.map((a) => (a.id === id ? change(a) : a)), definition.root.connections);
}

/** Sets (or, with undefined, removes) one input, keeping the activity's other inputs and properties. */
export function setInput(definition: WorkflowDefinition, id: string, name: string, value: unknown): WorkflowDefinition {
  return updateActivity(definition, id, (activity) => {
    const inputs = { ...(activity.inputs ?? {}) };
    const existing = Object.keys(inputs).find((key) => key.toLowerCase() === name.toLowerCase()) ?? name;
    if (value === undefined) {
      // eslint-disable-next-line @typescript-eslint/no-dynamic-delete -- inputs is a plain record keyed by input name
      delete inputs[existing];
    } else {
      inputs[existing] = value;
    }
    return { ...activity, inputs };
  });
}

export function setVariables(definition: WorkflowDefinition, variables: Variable[]): WorkflowDefinition {
  return { ...definition, variables };
}

/** What copy keeps: the selected activities and the connections between them. */
export interface Clip {
  activities: Activity[];
  connections: Connection[];
}

export function copySelection(definition: WorkflowDefinition, ids: ReadonlySet<string>): Clip {
  return {
    activities: definition.root.activities.filter((a) => ids.has(a.id)),
    connections: definition.root.connections.filter((c) => ids.has(c.source.activity) && ids.has(c.target.activity)),
  };
}

/** Pastes copies with fresh ids, shifted so they do not hide the originals. */
export function paste(definition: WorkflowDefinition, clip: Clip, offset = 40): { definition: WorkflowDefinition; ids: string[] } {
  const taken = idsOf(definition);
  const renamed = new Map<string, string>();
  const activities = clip.activities.map((activity, index) => {
    const id = newActivityId(activity.type, taken);
    taken.add(id);
    renamed.set(activity.id, id);
    const at = activity.position ?? { x: index * 40, y: 0 };
    return { ...activity, id, position: { x: at.x + offset, y: at.y + offset } };
  });
  const connections = clip.connections.map((c) => ({
    ...c,
    source: { ...c.source, activity: renamed.get(c.source.activity) ?? c.source.activity },
    target: { ...c.target, activity: renamed.get(c.target.activity) ?? c.target.activity },
  }));
  return {
    definition: withRoot(definition, [...definition.root.activities, ...activities], [...definition.root.connections, ...connections]),
    ids: activities.map((a) => a.id),
  };
}
