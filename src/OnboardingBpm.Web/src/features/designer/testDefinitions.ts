import type { ActivityDescriptor, WorkflowDefinition } from './types';

/** Small fixtures shared by the designer's unit tests. */
export function descriptor(type: string, outcomes: string[] = ['Done'], extra: Partial<ActivityDescriptor> = {}): ActivityDescriptor {
  return { type, category: 'Test', displayName: type, description: '', canStartWorkflow: false, inputs: [], outputs: [], outcomes, ...extra };
}

export const descriptors = new Map<string, ActivityDescriptor>([
  ['Start', descriptor('Start')],
  ['Log', descriptor('Log')],
  ['Finish', descriptor('Finish', [])],
  ['Decision', descriptor('Decision', ['True', 'False'])],
  ['Fork', descriptor('Fork', [], {
    outcomesFromInput: 'branches',
    inputs: [{ name: 'branches', displayName: 'Branches', type: 'Array', description: '', uiHint: 'list', required: false, defaultValue: ['Branch 1', 'Branch 2'], defaultSyntax: 'Literal', literalOnly: true }],
  })],
]);

export function sample(): WorkflowDefinition {
  return {
    $schema: './schema/workflow-definition.schema.json',
    definitionId: 'sample',
    name: 'Sample',
    variables: [{ name: 'count', type: 'Number', default: 0 }],
    custom: { kept: true },
    root: {
      type: 'Flowchart',
      activities: [
        { id: 'start', type: 'Start', position: { x: 0, y: 0 } },
        { id: 'check', type: 'Decision', name: 'Enough?', inputs: { condition: { expression: { type: 'JavaScript', value: 'variables.count > 2' } } }, position: { x: 200, y: 0 }, notes: 'an unknown property' },
        { id: 'log', type: 'Log', inputs: { message: 'yes' }, retry: { maxAttempts: 3 }, position: { x: 400, y: -60 } },
        { id: 'done', type: 'Finish', position: { x: 600, y: 0 } },
      ],
      connections: [
        { source: { activity: 'start' }, target: { activity: 'check' } },
        { source: { activity: 'check', port: 'True' }, target: { activity: 'log' }, label: 'kept' },
        { source: { activity: 'check', port: 'False' }, target: { activity: 'done' } },
        { source: { activity: 'log', port: 'Done' }, target: { activity: 'done' } },
      ],
    },
  };
}
