// The YAML files below a folder, for the suites that read every manifest of a corpus or of the
// repository. No vitest here, so any suite can use it.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Every `.yaml` and `.yml` file below `dir`, in name order, leaving out node_modules and dot folders. */
export function yamlFiles(dir: string): string[] {
  return readdirSync(dir).sort().flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'node_modules' || name.startsWith('.') ? [] : yamlFiles(path);
    return /\.ya?ml$/.test(name) ? [path] : [];
  });
}
