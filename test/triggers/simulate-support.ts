// What the simulate tests share: a scratch folder for bodies and YAML, and the command run in process.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll } from 'vitest';
import { main } from '../../lib/cli/simulate';

/** A temporary folder removed after the file's tests; `write` puts a file in it and returns its path. */
export function scratch(prefix: string): { readonly dir: string; write(text: string, name?: string): string } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  let count = 0;
  return {
    dir,
    write(text: string, name = `file-${++count}`): string {
      const path = join(dir, name);
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, text);
      return path;
    },
  };
}

/** `cdk8s-tekton simulate` in this process, with what it printed. */
export async function simulate(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await main(args, (s) => (stdout += s), (s) => (stderr += s));
  return { code, stdout, stderr };
}
