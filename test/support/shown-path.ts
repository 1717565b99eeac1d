// How the CLI prints a file's path (lib/cli/output.ts, shown): relative to the working directory when
// that is shorter than the absolute path. Tests that expect a temporary file's path in a message
// spell it this way, so they pass wherever the repository is cloned (a clone in /tmp reaches
// /tmp/x as ../x).
import { relative } from 'node:path';

export function shownPath(absolute: string): string {
  const rel = relative(process.cwd(), absolute);
  return rel !== '' && rel.length < absolute.length ? rel : absolute;
}
