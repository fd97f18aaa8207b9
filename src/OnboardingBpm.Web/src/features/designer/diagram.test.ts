import { describe, expect, it } from 'vitest';
import { fromDiagram, syncNodes, toDiagram } from './diagram';
import { portsOf } from './ports';
import { descriptors, sample } from './testDefinitions';

describe('definition <-> diagram', () => {
  it('a load followed by a save gives the same definition, unknown properties included', () => {
    const definition = sample();
    const { nodes, edges } = toDiagram(definition, descriptors);
    expect(fromDiagram(definition, nodes, edges)).toEqual(sample());
  });

  it('keeps moved positions, rounded to whole pixels', () => {
    const definition = sample();
    const { nodes, edges } = toDiagram(definition, descriptors);
    const moved = nodes.map((n) => (n.id === 'log' ? { ...n, position: { x: 410.6, y: 20.2 } } : n));
    const saved = fromDiagram(definition, moved, edges);
    expect(saved.root.activities.find((a) => a.id === 'log')?.position).toEqual({ x: 411, y: 20 });
    expect(saved.root.activities.find((a) => a.id === 'start')?.position).toEqual({ x: 0, y: 0 });
  });

  it('draws a connection without a port from the Done port', () => {
    const { edges } = toDiagram(sample(), descriptors);
    expect(edges.map((e) => `${e.source}.${e.sourceHandle ?? ''}>${e.target}`)).toEqual(['start.Done>check', 'check.True>log', 'check.False>done', 'log.Done>done']);
  });

  it('gives a node the ports of its descriptor and of its defining input', () => {
    expect(portsOf({ id: 'd', type: 'Decision' }, descriptors.get('Decision'))).toEqual(['True', 'False']);
    expect(portsOf({ id: 'f', type: 'Fork' }, descriptors.get('Fork'))).toEqual(['Branch 1', 'Branch 2']);
    expect(portsOf({ id: 'f', type: 'Fork', inputs: { Branches: ['a', 'b', 'c'] } }, descriptors.get('Fork'))).toEqual(['a', 'b', 'c']);
    expect(portsOf({ id: 'x', type: 'Unknown' }, undefined)).toEqual(['Done']);
  });

  it('reuses the nodes an edit did not touch, so only the changed node redraws', () => {
    const definition = sample();
    const first = syncNodes([], definition, descriptors, new Map());
    const edited = { ...definition, root: { ...definition.root, activities: definition.root.activities.map((a) => (a.id === 'log' ? { ...a, name: 'Say yes' } : a)) } };
    const second = syncNodes(first, edited, descriptors, new Map());
    expect(second.filter((node, i) => node !== first[i]).map((n) => n.id)).toEqual(['log']);
  });

  it('redraws a node whose problems changed and keeps its selection', () => {
    const definition = sample();
    const first = syncNodes([], definition, descriptors, new Map()).map((n) => (n.id === 'check' ? { ...n, selected: true } : n));
    const second = syncNodes(first, definition, descriptors, new Map([['check', ['condition: is required']]]));
    const check = second.find((n) => n.id === 'check');
    expect(check?.data.problems).toEqual(['condition: is required']);
    expect(check?.selected).toBe(true);
  });
});
