/** Where log and build output go; process.stdout/stderr in production, buffers in tests. */
export interface Sink {
  write(chunk: string): unknown;
}

/** Shorter values are left alone: scrubbing a 1–3 character secret would mangle every line. */
const MIN_SECRET_LENGTH = 4;

/**
 * The runner's only way to print. Every line goes through `scrub`, which replaces each registered
 * secret value with `***`: the code never logs request bodies, headers or file contents on
 * purpose, and this is the safety net for servers or scripts that echo a secret back.
 */
export class Log {
  private secrets: string[] = [];

  constructor(
    private readonly stdout: Sink,
    private readonly stderr: Sink,
  ) {}

  /**
   * Registers a secret: its exact value, its JSON-escaped, URL-encoded and base64 forms (base64 at
   * each of the three byte alignments it can take inside a longer encoded text), and each long
   * enough line of a multi-line value (a private key).
   */
  addSecret(value: string | undefined): void {
    if (value === undefined) return;
    const whole = [value, value.trim()];
    const candidates = [
      ...whole,
      ...whole.map((v) => JSON.stringify(v).slice(1, -1)),
      ...whole.flatMap(urlForms),
      ...whole.flatMap(base64Forms),
      ...value.split(/\r?\n/).map((l) => l.trim()),
    ];
    for (const candidate of candidates) {
      if (candidate.length >= MIN_SECRET_LENGTH && !isKeyArmor(candidate) && !this.secrets.includes(candidate)) {
        this.secrets.push(candidate);
      }
    }
    // Longest first, so a secret that contains another is replaced whole.
    this.secrets.sort((a, b) => b.length - a.length);
  }

  scrub(text: string): string {
    let result = text;
    for (const secret of this.secrets) {
      if (result.includes(secret)) result = result.split(secret).join('***');
    }
    return result;
  }

  /**
   * Where to cut `text` at or before `limit` so that no secret is split (a cut secret would no
   * longer be found by scrub): the limit, or the start of a secret that spans it.
   */
  safeCut(text: string, limit: number): number {
    let cut = limit;
    for (let changed = true; changed;) {
      changed = false;
      for (const secret of this.secrets) {
        const from = Math.max(0, cut - secret.length + 1);
        const at = text.indexOf(secret, from);
        if (at !== -1 && at < cut && at + secret.length > cut) {
          cut = at;
          changed = true;
        }
      }
    }
    return cut;
  }

  /** `text` masked first, then shortened to `limit` characters: never a secret's first part. */
  excerpt(text: string, limit: number): string {
    const masked = this.scrub(text);
    return masked.length > limit ? `${masked.slice(0, limit)}…` : masked;
  }

  /** A runner line on stderr: `orka-runner: <message>`; text from Orka or the VM in it is neutralised. */
  info(message: string): void {
    this.stderr.write(`orka-runner: ${neutral(this.scrub(oneLine(message)))}\n`);
  }

  /** A line that does not fail the run but asks for a change: `orka-runner: warning: <step>: <message>`. */
  warn(step: string, message: string): void {
    this.info(`warning: ${step}: ${message}`);
  }

  /** The one line a finished step prints, e.g. `orka-runner: ssh-ready 10.0.0.5:8822 after 2.31s`. */
  step(name: string, detail: string, startedAt: number): void {
    this.info(`${name}${detail ? ` ${detail}` : ''} after ${seconds(Date.now() - startedAt)}`);
  }

  /**
   * One complete line of the build script's output, passed through to the same stream it came
   * from, neutralised; a line that would read as the runner's own (`orka-runner: ...`) is marked
   * as the build's, so a build cannot forge a runner line.
   */
  buildLine(stream: 'stdout' | 'stderr', line: string): void {
    const text = neutral(this.scrub(line));
    (stream === 'stdout' ? this.stdout : this.stderr).write(`${RUNNER_PREFIX.test(text) ? `build: ${text}` : text}\n`);
  }
}

const RUNNER_PREFIX = /^\s*orka-runner:/;

/**
 * Control characters made visible (`\x1B`, `\x0D`): ANSI and OSC escapes, CR, backspace and the C1
 * controls cannot move the cursor, rewrite a line already printed, or set the terminal's title.
 * Tabs stay.
 */
export function neutral(text: string): string {
  return text.replace(/[\x00-\x08\x0A-\x1F\x7F-\x9F]/g, (c) => `\\x${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}

export function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(2)}s`;
}

/** Log lines are one line by contract: a multi-line server message is folded. */
function oneLine(text: string): string {
  return text.replace(/\s*\r?\n\s*/g, ' ').trimEnd();
}

/** PEM armour lines are public boilerplate, not secret. */
function isKeyArmor(line: string): boolean {
  return /^-----(BEGIN|END) [A-Z0-9 ]+-----$/.test(line);
}

/** Longest piece of a line passed on at once: a script that never prints a newline cannot fill memory. */
export const MAX_LINE_CHARS = 64 * 1024;

/**
 * Splits a byte stream into lines at `\n`, `\r\n` or a lone `\r` (progress output redraws one
 * line with `\r`), holding a partial last line until more data or `end`. Each chunk is scanned once
 * (linear in the output, however long a line grows), and a line longer than MAX_LINE_CHARS is
 * passed on in pieces, cut where `cutAt` says (so a secret is never split across two pieces).
 */
export class LineSplitter {
  private pending: string[] = [];
  private pendingLength = 0;
  /** The last chunk ended with `\r`: a `\n` starting the next one belongs to it. */
  private afterCr = false;
  private readonly decoder = new TextDecoder();

  constructor(
    private readonly onLine: (line: string) => void,
    private readonly cutAt: (text: string, limit: number) => number = (_text, limit) => limit,
  ) {}

  push(chunk: Buffer): void {
    this.scan(this.decoder.decode(chunk, { stream: true }));
  }

  end(): void {
    this.scan(this.decoder.decode());
    if (this.pendingLength > 0) this.emitPending();
  }

  private scan(text: string): void {
    let start = 0;
    if (this.afterCr && text.startsWith('\n')) start = 1;
    if (text.length > 0) this.afterCr = false;
    for (let i = start; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c !== 10 && c !== 13) continue;
      this.hold(text.slice(start, i));
      this.emitPending();
      if (c === 13) {
        if (i + 1 === text.length) this.afterCr = true;
        else if (text.charCodeAt(i + 1) === 10) i++;
      }
      start = i + 1;
    }
    this.hold(text.slice(start));
  }

  private hold(part: string): void {
    if (part.length === 0) return;
    this.pending.push(part);
    this.pendingLength += part.length;
    while (this.pendingLength > MAX_LINE_CHARS + 4096) {
      const text = this.pending.join('');
      const cut = Math.max(1, this.cutAt(text, MAX_LINE_CHARS));
      this.onLine(text.slice(0, cut));
      const rest = text.slice(cut);
      this.pending = rest.length > 0 ? [rest] : [];
      this.pendingLength = rest.length;
    }
  }

  /**
   * Emits the held line. `hold` lets it grow up to 4096 characters past the limit, so that a cut
   * can look ahead for a secret; a line that ends there is still cut to the limit.
   */
  private emitPending(): void {
    let line = this.pending.join('');
    this.pending = [];
    this.pendingLength = 0;
    while (line.length > MAX_LINE_CHARS) {
      const cut = Math.max(1, this.cutAt(line, MAX_LINE_CHARS));
      this.onLine(line.slice(0, cut));
      line = line.slice(cut);
    }
    this.onLine(line);
  }
}

function urlForms(value: string): string[] {
  const encoded = encodeURIComponent(value);
  if (encoded === value) return [];
  return [encoded, encoded.replace(/%[0-9A-F]{2}/g, (m) => m.toLowerCase()), encoded.replace(/%20/g, '+')];
}

/** The part of base64(x + value + y) that depends only on value, for each alignment; also base64url. */
function base64Forms(value: string): string[] {
  const bytes = Buffer.from(value, 'utf8');
  const forms: string[] = [];
  for (let offset = 0; offset < 3; offset++) {
    const encoded = Buffer.concat([Buffer.alloc(offset), bytes]).toString('base64');
    const first = Math.ceil((offset * 8) / 6);
    const last = Math.floor(((offset + bytes.length) * 8) / 6);
    const stable = encoded.slice(first, last);
    forms.push(stable, stable.replace(/\+/g, '-').replace(/\//g, '_'));
  }
  return forms;
}
