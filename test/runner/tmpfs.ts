// Small real file systems for disk-full and read-only cases: a tmpfs of a given size, mounted on a
// temp directory. Mounting needs root (CAP_SYS_ADMIN); where that is missing, `mountTmpfs` returns
// undefined and the caller skips the case, saying why.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

export interface Tmpfs {
  readonly dir: string;
  /** Fills the file system to the last byte. */
  fill(): void;
  remountReadOnly(): void;
  unmount(): void;
}

let probe: boolean | undefined;

/** Whether this process may mount a tmpfs (root in a container with CAP_SYS_ADMIN). */
export function canMountTmpfs(): boolean {
  if (probe === undefined) {
    const fs = mountTmpfs(64 * 1024);
    probe = fs !== undefined;
    fs?.unmount();
  }
  return probe;
}

export function mountTmpfs(bytes: number): Tmpfs | undefined {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'orka-tmpfs-'));
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${bytes}`, 'tmpfs', dir], { stdio: 'ignore' });
  } catch {
    return undefined;
  }
  return {
    dir,
    fill: () => {
      try {
        writeFileSync(path.join(dir, 'filler'), Buffer.alloc(bytes * 2));
      } catch {
        // ENOSPC is the point: the file system is now full.
      }
    },
    remountReadOnly: () => execFileSync('mount', ['-o', 'remount,ro', dir]),
    unmount: () => execFileSync('umount', ['-l', dir]),
  };
}
