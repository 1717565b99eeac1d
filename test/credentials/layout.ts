// Lays a secret volume out on disk the way the kubelet mounts one: the files in a timestamped
// directory, a `..data` symlink to it, and one symlink per top-level item pointing into `..data`;
// modes from the items or the volume's defaultMode (0644).
import { chmodSync, mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

export interface SecretVolumeSource {
  readonly secretName: string;
  readonly items?: ReadonlyArray<{ readonly key: string; readonly path: string; readonly mode?: number }>;
  readonly defaultMode?: number;
}

/** Mounts `data` (the Secret's keys and values) as `source` describes; returns the mount directory. */
export function mountSecret(source: SecretVolumeSource, data: Readonly<Record<string, string>>): string {
  const mount = mkdtempSync(join(tmpdir(), 'secret-volume-'));
  const stamp = '..2026_11_30_13_00_00.000000001';
  const items = source.items ?? Object.keys(data).map((key) => ({ key, path: key }));
  const top = new Set<string>();
  for (const item of items) {
    if (!(item.key in data)) throw new Error(`the kubelet fails the mount: Secret "${source.secretName}" has no key "${item.key}"`);
    const file = join(mount, stamp, item.path);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, data[item.key]);
    chmodSync(file, (item as { mode?: number }).mode ?? source.defaultMode ?? 0o644);
    top.add(item.path.split('/')[0]);
  }
  symlinkSync(stamp, join(mount, '..data'));
  for (const name of top) symlinkSync(join('..data', name), join(mount, name));
  return mount;
}
