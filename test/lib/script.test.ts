import { describe, expect, it } from 'vitest';
import { Param, ParamType, script } from '../../lib';

const name = new Param('name');
const flags = new Param('flags', { type: ParamType.ARRAY });

describe('script tag', () => {
  it('moves each reference into an env var, quoted for an unquoted position', () => {
    const s = script`echo ${name}`;
    expect(s.text).toBe('echo "${PARAMS_NAME}"');
    expect(s.env).toEqual([{ name: 'PARAMS_NAME', value: '$(params.name)' }]);
  });

  it('does not add quotes inside double quotes and closes single quotes around the variable', () => {
    expect(script`echo "hello ${name}!"`.text).toBe('echo "hello ${PARAMS_NAME}!"');
    expect(script`echo 'hello ${name}!'`.text).toBe(`echo 'hello '"\${PARAMS_NAME}"'!'`);
  });

  it('keeps one env var for a reference used twice', () => {
    expect(script`${name} ${name}`.env).toEqual([{ name: 'PARAMS_NAME', value: '$(params.name)' }]);
  });

  it('inserts plain strings and numbers as text', () => {
    expect(script`sleep ${5}; echo ${'x'}`.text).toBe('sleep 5; echo x');
  });

  it('refuses references in a script run by a non-shell interpreter', () => {
    expect(() => script`#!/usr/bin/env python3
print("${name}")`).toThrow('script: the script runs with "python3", so $(params.name) cannot be placed as a shell variable. Read it from an env var you set on the step (env: { NAME: $(params.name) }) instead.');
  });

  it('refuses whole array params, which Tekton cannot put in an env var', () => {
    expect(() => script`echo ${flags}`).toThrow('script: array param "flags" cannot be interpolated into a script. Pass it as args (args: [flags.all]) and read "$@", or interpolate one element with .at(i)/.key(k).');
  });
});
