import { describe, expect, it } from 'vitest';
import { canonicalHeader, toJson, triggersCelEnvironment } from '../../lib/simulate/cel-env';
import { makeEvent } from '../../lib/simulate/event';

const env = triggersCelEnvironment(new Map([['webhook-token/token', 'abc123']]));
const event = makeEvent(
  JSON.stringify({ ref: 'refs/heads/release/2026.11', n: 3, url: 'https://user:pw@git.example.com:8443/acme/shop.git?x=1&x=2&y=3#frag', doc: '{"a": [1, 2]}', yaml: 'a:\n  b: c\n', items: ['x', 'y', 'z'] }),
  [['x-github-event', 'push'], ['X-Secret-Token', 'abc123'], ['X-Multi', 'one'], ['x-multi', 'two']],
  'http://localhost:8080/hooks',
);
const run = (expression: string) => toJson(env.evaluate(expression, { body: event.body, header: event.header, extensions: { k: 'v' }, requestURL: event.requestURL }));

describe('the Triggers CEL environment', () => {
  it('canonicalizes header names as Go does', () => {
    expect([canonicalHeader('x-github-event'), canonicalHeader('X-GITLAB-TOKEN'), canonicalHeader('content-type')]).toEqual(['X-Github-Event', 'X-Gitlab-Token', 'Content-Type']);
    expect(event.header).toEqual({ 'X-Github-Event': ['push'], 'X-Secret-Token': ['abc123'], 'X-Multi': ['one', 'two'] });
  });

  it.each([
    ['header.match("X-GitHub-Event", "push")', true],
    ['header.match("x-github-event", "pull_request")', false],
    ['header.match("X-Multi", "two")', false],
    ['header.canonical("x-multi")', 'one'],
    ['header["X-Multi"]', ['one', 'two']],
    ['body.ref.split("/")', ['refs', 'heads', 'release', '2026.11']],
    ['body.ref.split("/").first()', 'refs'],
    ['body.ref.split("/").last()', '2026.11'],
    ['[].first()', null],
    ['body.ref.truncate(9)', 'refs/head'],
    ['body.ref.truncate(100)', 'refs/heads/release/2026.11'],
    ['body.ref.translate("refs/heads/(.*)", "$1")', 'release/2026.11'],
    ['body.ref.replace("/", "-")', 'refs-heads-release-2026.11'],
    ['body.ref.replace("/", "-", 2)', 'refs-heads-release/2026.11'],
    ['body.ref.charAt(5)', 'h'],
    ['body.ref.lowerAscii().upperAscii()', 'REFS/HEADS/RELEASE/2026.11'],
    ['body.items.join(",")', 'x,y,z'],
    ['body.doc.parseJSON().a', [1, 2]],
    ['body.yaml.parseYAML().a.b', 'c'],
    ['body.url.parseURL().host', 'git.example.com:8443'],
    ['body.url.parseURL().path', '/acme/shop.git'],
    ['body.url.parseURL().query', { x: ['1', '2'], y: ['3'] }],
    ['body.url.parseURL().auth.username', 'user'],
    ['marshalJSON({"b": 1, "a": [true, null]})', '{"a":[true,null],"b":1}'],
    ['base64.encode(b"loyalty")', 'bG95YWx0eQ=='],
    ['base64.decode("bG95YWx0eQ==").string()', 'loyalty'],
    ['header.canonical("X-Secret-Token").compareSecret("token", "webhook-token")', true],
    ['"wrong".compareSecret("token", "webhook-token")', false],
    ['body.n == 3 && body.n > 2.5', true],
    ['body.items.exists(i, i == "y") && body.items.all(i, size(i) == 1) && body.items.exists_one(i, i == "z")', true],
    ['body.items.filter(i, i != "x").map(i, i + "!")', ['y!', 'z!']],
    ['extensions.k + requestURL', 'vhttp://localhost:8080/hooks'],
  ])('%s', (expression, expected) => {
    expect(run(expression)).toEqual(expected);
  });

  it('says which --secret compareSecret needs when the value was not given', () => {
    expect(() => run('"x".compareSecret("key", "other-secret")')).toThrow('compareSecret: secret "other-secret" key "key" is not known offline; give it with --secret other-secret/key=VALUE');
  });
});
