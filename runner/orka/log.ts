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

  /** Registers a secret: its exact value, its JSON-escaped form, and each long enough line of a multi-line value (a private key). */
  addSecret(value: string | undefined): void {
    if (value === undefined) return;
    const whole = [value, value.trim()];
    const candidates = [...whole, ...whole.map((v) => JSON.stringify(v).slice(1, -1)), ...value.split(/\r?\n/).map((l) => l.trim())];
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

  /** A runner line on stderr: `orka-runner: <message>`. */
  info(message: string): void {
    this.stderr.write(`orka-runner: ${this.scrub(oneLine(message))}\n`);
  }

  /** The one line a finished step prints, e.g. `orka-runner: ssh-ready 10.0.0.5:8822 after 2.31s`. */
  step(name: string, detail: string, startedAt: number): void {
    this.info(`${name}${detail ? ` ${detail}` : ''} after ${seconds(Date.now() - startedAt)}`);
  }

  /** One complete line of the build script's output, passed through to the same stream it came from. */
  buildLine(stream: 'stdout' | 'stderr', line: string): void {
    (stream === 'stdout' ? this.stdout : this.stderr).write(`${this.scrub(line)}\n`);
  }
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

/** Splits a byte stream into lines, holding a partial last line until more data or `end`. */
export class LineSplitter {
  private pending = '';
  private readonly decoder = new TextDecoder();

  constructor(private readonly onLine: (line: string) => void) {}

  push(chunk: Buffer): void {
    const text = this.pending + this.decoder.decode(chunk, { stream: true });
    const lines = text.split('\n');
    this.pending = lines.pop()!;
    for (const line of lines) this.onLine(line.endsWith('\r') ? line.slice(0, -1) : line);
  }

  end(): void {
    const rest = this.pending + this.decoder.decode();
    this.pending = '';
    if (rest.length > 0) this.onLine(rest);
  }
}
