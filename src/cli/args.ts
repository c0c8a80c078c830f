import { UsageError } from '../errors.js';

export interface ParsedArgs {
  positionals: string[];
  flags: Record<string, string | boolean>;
}

export interface FlagSpec {
  /** Flags that take a value (`--data DIR` or `--data=DIR`). */
  values: readonly string[];
  /** Flags that are switches (`--help`). */
  switches: readonly string[];
}

/**
 * Parses `argv` (without node and script) against a spec. Unknown flags are an error that
 * lists the known ones; `-` alone is a positional (stdin); `--` ends flag parsing.
 */
export function parseArgs(argv: readonly string[], spec: FlagSpec, command: string): ParsedArgs {
  const positionals: string[] = [];
  const flags: Record<string, string | boolean> = {};
  let onlyPositionals = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (onlyPositionals || arg === '-' || !arg.startsWith('-')) {
      positionals.push(arg);
      continue;
    }
    if (arg === '--') {
      onlyPositionals = true;
      continue;
    }
    if (arg === '-h') {
      flags.help = true;
      continue;
    }
    const body = arg.replace(/^--?/, '');
    const eq = body.indexOf('=');
    const name = eq >= 0 ? body.slice(0, eq) : body;
    if (spec.switches.includes(name)) {
      if (eq >= 0) throw new UsageError(`${command}: --${name} is a switch and takes no value, found "${body.slice(eq + 1)}"`);
      flags[name] = true;
    } else if (spec.values.includes(name)) {
      let value: string | undefined;
      if (eq >= 0) value = body.slice(eq + 1);
      else if (i + 1 < argv.length) value = argv[++i];
      if (value === undefined) throw new UsageError(`${command}: --${name} expects a value, found the end of the command line`);
      flags[name] = value;
    } else {
      const known = [...spec.values, ...spec.switches].map((f) => `--${f}`).join(', ');
      throw new UsageError(`${command}: unknown option ${arg}; expected one of: ${known}`);
    }
  }
  return { positionals, flags };
}
