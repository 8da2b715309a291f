/** Collects the problems of a release's files, so one run lists everything to fix. Pure. */

/** One data file of the release, already parsed from JSON. */
export interface ReleaseFile {
  path: string;
  data: unknown;
}

export interface ContentProblem {
  file: string;
  field: string;
  message: string;
}

export class ContentValidationError extends Error {
  constructor(readonly problems: ContentProblem[]) {
    super(
      `Invalid content release (${problems.length} problem(s)):\n` +
        problems.map((p) => `- ${p.file} › ${p.field}: ${p.message}`).join('\n'),
    );
    this.name = 'ContentValidationError';
  }
}

export type Obj = Record<string, unknown>;

/** Collects problems instead of stopping at the first, so one run lists everything to fix. */
export class Checker {
  readonly problems: ContentProblem[] = [];
  constructor(private file: string) {}

  at(file: string): Checker {
    const child = new Checker(file);
    (child as { problems: ContentProblem[] }).problems = this.problems;
    return child;
  }

  fail(field: string, message: string): void {
    this.problems.push({ file: this.file, field, message });
  }

  object(value: unknown, field: string): Obj {
    if (value && typeof value === 'object' && !Array.isArray(value)) return value as Obj;
    this.fail(field, 'an object is expected');
    return {};
  }

  string(obj: Obj, key: string, field: string, optional = false): string {
    const value = obj[key];
    if (value === undefined || value === null) {
      if (!optional) this.fail(`${field}.${key}`, 'is required');
      return '';
    }
    if (typeof value !== 'string' || (!optional && value.trim() === '')) {
      this.fail(`${field}.${key}`, 'a non-empty string is expected');
      return '';
    }
    return value;
  }

  integer(obj: Obj, key: string, field: string, min: number, max: number, optional = false): number | null {
    const value = obj[key];
    if (value === undefined || value === null) {
      if (!optional) this.fail(`${field}.${key}`, 'is required');
      return null;
    }
    if (!Number.isInteger(value) || (value as number) < min || (value as number) > max) {
      this.fail(`${field}.${key}`, `an integer from ${min} to ${max} is expected`);
      return null;
    }
    return value as number;
  }

  stringArray(obj: Obj, key: string, field: string, optional = false): string[] {
    const value = obj[key];
    if (value === undefined || value === null) {
      if (!optional) this.fail(`${field}.${key}`, 'is required');
      return [];
    }
    if (!Array.isArray(value) || value.some((v) => typeof v !== 'string')) {
      this.fail(`${field}.${key}`, 'an array of strings is expected');
      return [];
    }
    return value as string[];
  }

  array(obj: Obj, key: string, field: string): unknown[] {
    const value = obj[key];
    if (!Array.isArray(value)) {
      this.fail(`${field}.${key}`, 'an array is expected');
      return [];
    }
    return value;
  }
}

