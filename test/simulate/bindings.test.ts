import { describe, expect, it } from 'vitest';
import { renderTemplates, resolveParams } from '../../lib/simulate/bindings';
import { makeEvent } from '../../lib/simulate/event';

const event = makeEvent(
  JSON.stringify({ head_commit: { id: 'c0ffee', message: 'say "hi" <b> & bye\nsecond line' }, labels: [{ name: 'ci' }, { name: 'loyalty' }], 'dotted.key': 'dk', count: 2, flag: true, none: null, repo: { z: 1, a: 2 } }),
  [['x-github-event', 'push'], ['X-Multi', 'one'], ['X-Multi', 'two']],
  'http://localhost:8080/',
);

const params = (bindings: Array<[string, string]>, declared: Array<{ name: string; default?: string }> = []) =>
  Object.fromEntries(resolveParams(bindings.map(([name, value]) => ({ name, value })), declared, event, { changed_files: 'a,b', nested: { k: 'v' } }));

describe('bindings as Triggers resolves them', () => {
  it('reads body, header, extensions and context paths, writing strings JSON-escaped without quotes and other values as JSON', () => {
    expect(
      params([
        ['sha', '$(body.head_commit.id)'],
        ['message', '$(body.head_commit.message)'],
        ['label', '$(body.labels[1].name)'],
        ['dotted', "$(body['dotted.key'])"],
        ['count', '$(body.count)'],
        ['flag', '$(body.flag)'],
        ['none', '$(body.none)'],
        ['repo', '$(body.repo)'],
        ['event', '$(header.X-GitHub-Event)'],
        ['multi', '$(header.x-multi)'],
        ['changed', '$(extensions.changed_files)'],
        ['nested', '$(extensions.nested.k)'],
        ['id', 'event $(context.eventID) at $(body.head_commit.id)'],
      ]),
    ).toEqual({
      sha: 'c0ffee',
      message: 'say \\"hi\\" \\u003cb\\u003e \\u0026 bye\\nsecond line',
      label: 'loyalty',
      dotted: 'dk',
      count: '2',
      flag: 'true',
      none: 'null',
      repo: '{"a":2,"z":1}',
      event: 'push',
      multi: 'one,two',
      changed: 'a,b',
      nested: 'v',
      id: `event ${event.eventID} at c0ffee`,
    });
  });

  it('falls back to the template default when a path is missing, and fails without one', () => {
    expect(params([['rev', '$(body.after)']], [{ name: 'rev', default: 'main' }, { name: 'other', default: 'x' }])).toEqual({ rev: 'main', other: 'x' });
    expect(() => params([['rev', '$(body.after)']], [{ name: 'rev' }])).toThrow(new Error('failed to replace JSONPath value for param rev: $(body.after): "after" is not found'));
    expect(() => params([['l', '$(body.labels[5].name)']])).toThrow(new Error('failed to replace JSONPath value for param l: $(body.labels[5].name): index 5 is not found'));
  });

  it('rejects a param bound twice', () => {
    expect(() => params([['a', 'x'], ['a', 'y']])).toThrow(new Error('duplicate param name: a'));
  });
});

describe('templates as Triggers renders them', () => {
  const template = { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'push-$(uid)' }, data: { message: '$(tt.params.message)', both: '$(tt.params.a)-$(tt.params.b)', missing: '$(tt.params.nope)' } };

  it('puts param values into the JSON text, so body strings (already escaped) survive', () => {
    const values = params([['message', '$(body.head_commit.message)'], ['a', '1'], ['b', '2']]);
    const [rendered] = renderTemplates([template], new Map(Object.entries(values)), event, 'el/0/t') as any[];
    expect(rendered.data).toEqual({ message: 'say "hi" <b> & bye\nsecond line', both: '1-2', missing: '$(tt.params.nope)' });
    expect(rendered.metadata.name).toMatch(/^push-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    const [again] = renderTemplates([template], new Map(Object.entries(values)), event, 'el/0/t') as any[];
    const [other] = renderTemplates([template], new Map(Object.entries(values)), event, 'el/1/t') as any[];
    expect(again.metadata.name).toBe(rendered.metadata.name);
    expect(other.metadata.name).not.toBe(rendered.metadata.name);
  });

  it('breaks, as in Triggers, on an inline value holding a bare quote, and says so', () => {
    expect(() => renderTemplates([template], new Map([['message', 'say "hi"']]), event, 'el/0/t')).toThrow(
      /^resource template 1 is not valid JSON once the params are put in \(.+\); a param value that holds a bare " or \\ breaks it: take such values from the event, whose strings Triggers escapes, or avoid those characters in defaults and inline bindings$/,
    );
  });
});
