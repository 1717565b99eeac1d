// What the tests of `cdk8s-tekton secrets` share: the command run in process with its output
// captured, and temporary folders of YAML files, removed when the test file ends.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import { main } from '../../lib/cli/secrets';

/** Runs `cdk8s-tekton secrets args` in this process: its exit code, stdout and stderr. */
export async function runSecrets(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await main(args, (s) => (out += s), (s) => (err += s));
  return { code, out, err };
}

/** A maker of temporary folders holding the given files; call it at a test file's top level. */
export function secretsFolders(prefix: string): (files: Record<string, string>) => string {
  const dirs: string[] = [];
  afterAll(() => {
    for (const d of dirs) rmSync(d, { recursive: true, force: true });
  });
  return (files) => {
    const dir = mkdtempSync(join(tmpdir(), prefix));
    dirs.push(dir);
    for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
    return dir;
  };
}
