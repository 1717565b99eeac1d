// The one command-line parser every cdk8s-tekton command uses: `--flag value`, `--flag=value`,
// repeatable flags, positionals, `-h`/`--help`. Values are checked by each command; the shapes of
// usage errors ("unknown option", "needs a value") are the same everywhere.

/** A mistake on the command line: the command prints it with its usage text and exits 2. */
export class UsageError extends Error {}

/** How one flag is spelled on the command line. */
export interface FlagSpec {
  /** The flag takes a value (`--format json` or `--format=json`). */
  readonly value?: boolean;
  /** The flag may be given more than once; every value is kept in order. */
  readonly repeatable?: boolean;
}

export interface CommandLine {
  /** The values of each flag given, in order; a flag without a value has `['']`. */
  readonly flags: ReadonlyMap<string, readonly string[]>;
  readonly positionals: readonly string[];
}

export interface ParseOptions {
  /** When set, a positional argument is a usage error with this text after `unexpected argument "x"; `. */
  readonly noPositionals?: string;
}

/** Parses `argv` against `spec`; returns `'help'` as soon as `-h` or `--help` appears. */
export function parseCommandLine(argv: readonly string[], spec: Readonly<Record<string, FlagSpec>>, options: ParseOptions = {}): CommandLine | 'help' {
  const flags = new Map<string, string[]>();
  const positionals: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '-h' || arg === '--help') return 'help';
    const eq = arg.startsWith('--') ? arg.indexOf('=') : -1;
    const [flag, inline] = eq > 0 ? [arg.slice(0, eq), arg.slice(eq + 1)] : [arg, undefined];
    const known = Object.prototype.hasOwnProperty.call(spec, flag) ? spec[flag] : undefined;
    if (known === undefined) {
      if (flag.startsWith('-') && flag !== '-') throw new UsageError(`unknown option ${flag}`);
      if (options.noPositionals !== undefined) throw new UsageError(`unexpected argument "${arg}"; ${options.noPositionals}`);
      positionals.push(arg);
      continue;
    }
    let value = '';
    if (known.value) {
      const v = inline ?? argv[++i];
      if (v === undefined || (inline === undefined && v.startsWith('--'))) throw new UsageError(`${flag} needs a value`);
      value = v;
    }
    const seen = flags.get(flag);
    if (seen && known.repeatable) seen.push(value);
    else flags.set(flag, [value]);
  }
  return { flags, positionals };
}

/** The last value given for `flag`, or undefined. */
export function lastValue(line: CommandLine, flag: string): string | undefined {
  const values = line.flags.get(flag);
  return values === undefined ? undefined : values[values.length - 1];
}

/** `--format text|json`, checked the same way by every command that has it. */
export function formatFlag(line: CommandLine): 'text' | 'json' {
  const f = lastValue(line, '--format');
  if (f === undefined) return 'text';
  if (f !== 'json' && f !== 'text') throw new UsageError(`--format must be text or json, not "${f}"`);
  return f;
}

/** `--api-fields stable|beta|alpha`. */
export function apiFieldsFlag(line: CommandLine): 'stable' | 'beta' | 'alpha' | undefined {
  const level = lastValue(line, '--api-fields');
  if (level === undefined) return undefined;
  if (level !== 'stable' && level !== 'beta' && level !== 'alpha') throw new UsageError(`--api-fields must be stable, beta or alpha, not "${level}"`);
  return level;
}

/** `--header 'Name: value'` (repeatable), as simulate and simulate --pac take it: name and value trimmed. */
export function headerFlags(line: CommandLine): Array<[string, string]> {
  const headers: Array<[string, string]> = [];
  for (const h of line.flags.get('--header') ?? []) {
    const colon = h.indexOf(':');
    if (colon <= 0) throw new UsageError(`--header takes 'Name: value', not ${JSON.stringify(h)}`);
    headers.push([h.slice(0, colon).trim(), h.slice(colon + 1).trim()]);
  }
  return headers;
}

/** The flags `refFlags` reads. */
export const REF_FLAGS: Readonly<Record<string, FlagSpec>> = {
  '--api-fields': { value: true },
  '--external': { value: true, repeatable: true },
  '--allow-external-refs': {},
};

/** The validation options simulate and simulate --pac take: `--api-fields`, `--allow-external-refs`, `--external` (repeatable). */
export function refFlags(line: CommandLine): { apiFields?: 'stable' | 'beta' | 'alpha'; checkRefsExist?: boolean; externalRefs?: string[] } {
  const options: { apiFields?: 'stable' | 'beta' | 'alpha'; checkRefsExist?: boolean; externalRefs?: string[] } = {};
  const apiFields = apiFieldsFlag(line);
  if (apiFields) options.apiFields = apiFields;
  if (line.flags.has('--allow-external-refs')) options.checkRefsExist = false;
  const external = line.flags.get('--external');
  if (external) options.externalRefs = [...external];
  return options;
}
