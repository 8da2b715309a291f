/**
 * JSON read with the line of every value, so that an author's solution or fields written as in the
 * content files (api/content, JSON) can be refused naming the line to fix. Pure.
 */

export type JsonPath = (string | number)[];

export interface LocatedJson {
  value: unknown;
  /** The line (from 1) where the value at this path starts; the first line when unknown. */
  lineOf(path: JsonPath): number;
}

export type JsonSyntaxProblem = 'END' | 'UNEXPECTED' | 'TRAILING';

export class JsonSyntaxError extends Error {
  constructor(
    readonly problem: JsonSyntaxProblem,
    readonly line: number,
    readonly character: string,
  ) {
    super(`${problem} at line ${line}`);
    this.name = 'JsonSyntaxError';
  }
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const LITERALS: [string, unknown][] = [
  ['true', true],
  ['false', false],
  ['null', null],
];

/** Parses JSON text (RFC 8259) and keeps where each value starts; throws a JsonSyntaxError naming the line. */
export function parseLocatedJson(text: string): LocatedJson {
  let pos = 0;
  const starts = new Map<string, number>();
  const lineAt = (at: number) => text.slice(0, at).split('\n').length;
  const fail = (problem: JsonSyntaxProblem, at = pos): never => {
    throw new JsonSyntaxError(problem, lineAt(Math.min(at, text.length)), text[at] ?? '');
  };
  const skipSpaces = () => {
    while (pos < text.length && ' \t\n\r'.includes(text[pos])) pos += 1;
  };
  const expect = (char: string) => {
    skipSpaces();
    if (pos >= text.length) fail('END');
    if (text[pos] !== char) fail('UNEXPECTED');
    pos += 1;
  };
  const readString = (): string => {
    const start = pos;
    pos += 1;
    while (pos < text.length && text[pos] !== '"') {
      if (text[pos] === '\n') fail('UNEXPECTED');
      pos += text[pos] === '\\' ? 2 : 1;
    }
    if (pos >= text.length) fail('END', start);
    pos += 1;
    try {
      return JSON.parse(text.slice(start, pos)) as string;
    } catch {
      return fail('UNEXPECTED', start);
    }
  };
  const readValue = (path: JsonPath): unknown => {
    skipSpaces();
    if (pos >= text.length) fail('END');
    starts.set(JSON.stringify(path), pos);
    const char = text[pos];
    if (char === '"') return readString();
    if (char === '[' || char === '{') {
      const isArray = char === '[';
      const close = isArray ? ']' : '}';
      pos += 1;
      const array: unknown[] = [];
      const object: Record<string, unknown> = {};
      skipSpaces();
      if (text[pos] === close) {
        pos += 1;
        return isArray ? array : object;
      }
      for (;;) {
        if (isArray) array.push(readValue([...path, array.length]));
        else {
          skipSpaces();
          if (pos >= text.length) fail('END');
          if (text[pos] !== '"') fail('UNEXPECTED');
          const key = readString();
          expect(':');
          object[key] = readValue([...path, key]);
        }
        skipSpaces();
        if (pos >= text.length) fail('END');
        if (text[pos] === ',') pos += 1;
        else if (text[pos] === close) {
          pos += 1;
          return isArray ? array : object;
        } else fail('UNEXPECTED');
      }
    }
    NUMBER.lastIndex = pos;
    const number = NUMBER.exec(text);
    if (number) {
      pos += number[0].length;
      return Number(number[0]);
    }
    for (const [word, value] of LITERALS) {
      if (text.startsWith(word, pos)) {
        pos += word.length;
        return value;
      }
    }
    return fail('UNEXPECTED');
  };
  const value = readValue([]);
  skipSpaces();
  if (pos < text.length) fail('TRAILING');
  return { value, lineOf: (path) => lineAt(starts.get(JSON.stringify(path)) ?? 0) };
}
