import { describeValue } from '../../errors.js';

/**
 * Reads untrusted JSON values field by field, recording a problem (with the path of the
 * value, what was expected and what was found) instead of throwing, so one run of the
 * validator reports every problem of a lexicon file.
 */
export class RawReader {
  readonly problems: string[] = [];

  problem(where: string, message: string): void {
    this.problems.push(`${where}: ${message}`);
  }

  /** The value as a plain object whose keys are all in `allowed`, or null. */
  object(value: unknown, where: string, allowed: readonly string[]): Record<string, unknown> | null {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      this.problem(where, `expected an object, found ${describeValue(value)}`);
      return null;
    }
    const record = value as Record<string, unknown>;
    for (const key of Object.keys(record)) {
      if (!allowed.includes(key)) this.problem(where, `unknown field "${key}" (expected one of ${allowed.join(', ')})`);
    }
    return record;
  }

  array(value: unknown, where: string): readonly unknown[] {
    if (Array.isArray(value)) return value;
    this.problem(where, `expected an array, found ${describeValue(value)}`);
    return [];
  }

  string(value: unknown, where: string, pattern?: RegExp, patternName?: string): string | undefined {
    if (typeof value !== 'string' || value.trim() === '') {
      this.problem(where, `expected a non-empty string, found ${describeValue(value)}`);
      return undefined;
    }
    if (pattern && !pattern.test(value)) {
      this.problem(where, `expected ${patternName ?? `a string matching ${pattern.source}`}, found ${describeValue(value)}`);
      return undefined;
    }
    return value;
  }

  optionalString(value: unknown, where: string, pattern?: RegExp, patternName?: string): string | undefined {
    return value === undefined ? undefined : this.string(value, where, pattern, patternName);
  }

  boolean(value: unknown, where: string): boolean {
    if (typeof value === 'boolean') return value;
    this.problem(where, `expected true or false, found ${describeValue(value)}`);
    return false;
  }

  oneOf<T extends string>(value: unknown, where: string, allowed: readonly T[]): T | undefined {
    if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) return value as T;
    this.problem(where, `expected one of ${allowed.join(', ')}, found ${describeValue(value)}`);
    return undefined;
  }

  /** A non-empty list of distinct strings, each checked like `string`. */
  stringList(value: unknown, where: string, pattern?: RegExp, patternName?: string): string[] {
    const out: string[] = [];
    const items = this.array(value, where);
    if (Array.isArray(value) && items.length === 0) this.problem(where, 'expected a non-empty array, found an empty one');
    items.forEach((item, i) => {
      const s = this.string(item, `${where}[${i}]`, pattern, patternName);
      if (s === undefined) return;
      if (out.includes(s)) this.problem(`${where}[${i}]`, `"${s}" is listed twice`);
      else out.push(s);
    });
    return out;
  }

  optionalList<T extends string>(value: unknown, where: string, allowed: readonly T[]): T[] | undefined {
    if (value === undefined) return undefined;
    const out: T[] = [];
    const items = this.array(value, where);
    if (Array.isArray(value) && items.length === 0) this.problem(where, 'expected a non-empty array, found an empty one');
    items.forEach((item, i) => {
      const v = this.oneOf(item, `${where}[${i}]`, allowed);
      if (v === undefined) return;
      if (out.includes(v)) this.problem(`${where}[${i}]`, `"${v}" is listed twice`);
      else out.push(v);
    });
    return out;
  }
}
