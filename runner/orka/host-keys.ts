import { createHash, createHmac } from 'node:crypto';
import { ENV, EXIT, ExitCode } from './contract';

export type HostKeyVerdict = { readonly ok: true } | { readonly ok: false; readonly reason: string; readonly exitCode: ExitCode };

/** `SHA256:<base64 without padding>` of a public key blob, as `ssh-keygen -l` prints it. */
export function fingerprint(keyBlob: Buffer): string {
  return `SHA256:${createHash('sha256').update(keyBlob).digest('base64').replace(/=+$/, '')}`;
}

interface KnownHost {
  readonly marker: '' | '@revoked' | '@cert-authority';
  readonly patterns: string;
  readonly key: Buffer;
}

/**
 * Decides whether a VM's host key is acceptable. Orka reuses node IP:port pairs across VMs, so
 * by default nothing is trusted in advance: the first key seen in this run is pinned and every
 * later connection (reconnects for the copy back) must present the same one. A known_hosts file
 * or fingerprints make the check strict from the first connection.
 */
export class HostKeyPolicy {
  private pinned: string | undefined;
  private readonly knownHosts: readonly KnownHost[] | undefined;

  constructor(
    knownHostsText: string | undefined,
    private readonly knownHostsFile: string | undefined,
    private readonly fingerprints: readonly string[],
  ) {
    this.knownHosts = knownHostsText === undefined ? undefined : parseKnownHosts(knownHostsText);
  }

  /** True when a known_hosts file or fingerprints check the key; false when it is only pinned on first use. */
  get verifies(): boolean {
    return this.knownHosts !== undefined || this.fingerprints.length > 0;
  }

  /** The fingerprint of the first key accepted in this run. */
  get pinnedFingerprint(): string | undefined {
    return this.pinned;
  }

  verify(host: string, port: number, keyBlob: Buffer): HostKeyVerdict {
    const presented = fingerprint(keyBlob);
    if (this.pinned !== undefined && this.pinned !== presented) {
      return {
        ok: false,
        reason: `${host}:${port} presented host key ${presented}, but this run already pinned ${this.pinned}; another machine may be answering on that port`,
        exitCode: EXIT.infrastructure,
      };
    }
    const strict = this.strictVerdict(host, port, keyBlob, presented);
    if (!strict.ok) return strict;
    this.pinned = presented;
    return strict;
  }

  private strictVerdict(host: string, port: number, keyBlob: Buffer, presented: string): HostKeyVerdict {
    if (this.knownHosts === undefined && this.fingerprints.length === 0) return { ok: true };
    if (this.fingerprints.includes(presented)) return { ok: true };
    if (this.knownHosts !== undefined) {
      const entries = this.knownHosts.filter((e) => e.marker !== '@cert-authority' && hostMatches(e.patterns, host, port));
      if (entries.some((e) => e.marker === '@revoked' && e.key.equals(keyBlob))) {
        return { ok: false, reason: `${host}:${port} presented host key ${presented}, which ${this.knownHostsFile} marks @revoked`, exitCode: EXIT.usage };
      }
      if (entries.some((e) => e.marker === '' && e.key.equals(keyBlob))) return { ok: true };
    }
    const sources = [this.knownHostsFile, this.fingerprints.length > 0 ? ENV.sshHostFingerprint : undefined].filter(Boolean).join(' or ');
    return {
      ok: false,
      reason: `${host}:${port} presented host key ${presented}, which is not in ${sources}; add it if this image's key changed, or check that the address really is your VM`,
      exitCode: EXIT.usage,
    };
  }
}

function parseKnownHosts(text: string): KnownHost[] {
  const result: KnownHost[] = [];
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) continue;
    const fields = line.split(/\s+/);
    const marker = fields[0] === '@revoked' || fields[0] === '@cert-authority' ? fields.shift() as KnownHost['marker'] : '';
    if (fields.length < 3) continue;
    result.push({ marker, patterns: fields[0], key: Buffer.from(fields[2], 'base64') });
  }
  return result;
}

/** OpenSSH host matching: `[host]:port` for non-22 ports, `*`/`?` wildcards, `!` negation, hashed `|1|salt|hash` entries. */
export function hostMatches(patterns: string, host: string, port: number): boolean {
  const name = port === 22 ? host : `[${host}]:${port}`;
  if (patterns.startsWith('|1|')) {
    const [, , salt, hash] = patterns.split('|');
    if (salt === undefined || hash === undefined) return false;
    return createHmac('sha1', Buffer.from(salt, 'base64')).update(name).digest('base64') === hash;
  }
  let matched = false;
  for (const pattern of patterns.split(',')) {
    const negated = pattern.startsWith('!');
    const body = negated ? pattern.slice(1) : pattern;
    if (wildcard(body, name) || (port === 22 && wildcard(body, `[${host}]:22`))) {
      if (negated) return false;
      matched = true;
    }
  }
  return matched;
}

function wildcard(pattern: string, value: string): boolean {
  const regex = pattern.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.');
  return new RegExp(`^${regex}$`, 'i').test(value);
}
