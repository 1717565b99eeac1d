// A copy of the repository as a fresh clone has it: the files git tracks plus new ones it does not
// ignore (so uncommitted work is tested too), taken from the working tree, in a temporary folder
// with nothing beside it. node_modules is linked, as `npm ci` would fill it with the same packages.
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';

export const REPO = resolve(__dirname, '../..');

export function copyOfRepository(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  const listed = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: REPO }).toString('utf8');
  for (const file of new Set(listed.split('\0').filter(Boolean))) {
    // A tracked file deleted in the working tree is not part of the copy, as it will not be of the next commit.
    if (!existsSync(join(REPO, file))) continue;
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    copyFileSync(join(REPO, file), join(dir, file));
  }
  symlinkSync(join(REPO, 'node_modules'), join(dir, 'node_modules'), 'dir');
  return dir;
}
