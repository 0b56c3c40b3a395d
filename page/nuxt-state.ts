/**
 * Nuxt 2's page state (issue 18): not JSON in a script of its own, as Next.js's
 * `#__NEXT_DATA__` and Nuxt 3's `#__NUXT_DATA__` are, but a statement in an inline script,
 * `window.__NUXT__=…`, whose value devalue wrote as JavaScript: an object literal, or a call of
 * a function whose parameters stand for the values used more than once
 * (`(function(a,b){return {title:"…",publishedAt:a}}("2024-09-10T09:30:00Z","en"))`).
 *
 * The script is never run: a page's own code must not run in the reader. Its text is read as
 * the few forms devalue writes (literals, the function's parameters and arguments, `void 0`,
 * `new Date(…)`, `Object.create(null)`, `Array(n)`), and any other form ends the reading with
 * nothing, as a broken JSON does: a missing date is better than a wrong one.
 */

/** The statement a Nuxt 2 page's state script opens with. */
const NUXT_STATEMENT = 'window.__NUXT__';

/**
 * The value `text` (an inline script's text) assigns to `window.__NUXT__`, or undefined where
 * the script is not that statement or holds a form we do not read.
 */
export function readNuxtState(text: string): unknown {
  const start = text.indexOf(NUXT_STATEMENT);
  if (start < 0 || text.slice(0, start).trim() !== '') return undefined;
  const tokens = tokenize(text, start + NUXT_STATEMENT.length);
  if (tokens?.[0]?.kind !== '=') return undefined;
  const reader = new Reader(tokens);
  reader.at = 1;
  try {
    return reader.value(new Map(), 0);
  } catch {
    return undefined;
  }
}

/** A token: punctuation (its own character as kind), a string, a number or a name. */
type Token =
  | { kind: 'string'; value: string }
  | { kind: 'number'; value: number }
  | { kind: 'name'; value: string }
  | { kind: string; value?: undefined };

/** Values nested deeper than this end the reading (a hostile page's state, not a story's). */
const MAX_DEPTH = 64;

/** An `Array(n)` longer than this is not a page's state. */
const MAX_ARRAY = 10_000;

/** The punctuation devalue's output holds. */
const PUNCTUATION = new Set(['{', '}', '[', ']', '(', ')', ',', ':', ';', '.', '=', '-', '+']);

/** What a string's escape stands for, besides `\u` and `\x`. */
const ESCAPES: Record<string, string> = {
  n: '\n',
  t: '\t',
  r: '\r',
  b: '\b',
  f: '\f',
  v: '\v',
  '0': '\0',
};

/** `text` from `from` on as tokens; null where it holds anything else (a comment, a regex, a template). */
function tokenize(text: string, from: number): Token[] | null {
  const tokens: Token[] = [];
  const n = text.length;
  let i = from;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 10 || c === 13 || c === 9) {
      i++;
    } else if (c === 34 || c === 39) {
      const read = readString(text, i);
      if (!read) return null;
      tokens.push({ kind: 'string', value: read.value });
      i = read.end;
    } else if (isDigit(c) || (c === 46 && isDigit(text.charCodeAt(i + 1)))) {
      let j = i;
      while (j < n && isNumberChar(text.charCodeAt(j), text.charCodeAt(j - 1))) j++;
      const value = Number(text.slice(i, j));
      if (Number.isNaN(value)) return null;
      tokens.push({ kind: 'number', value });
      i = j;
    } else if (isNameStart(c)) {
      let j = i + 1;
      while (j < n && (isNameStart(text.charCodeAt(j)) || isDigit(text.charCodeAt(j)))) j++;
      tokens.push({ kind: 'name', value: text.slice(i, j) });
      i = j;
    } else {
      const ch = text[i] as string;
      if (!PUNCTUATION.has(ch)) return null;
      tokens.push({ kind: ch });
      i++;
    }
  }
  return tokens;
}

/**
 * The string opening at `at` (its quote) and where it ends, or null if it never closes. Its
 * runs between escapes are found by native searches: a state's strings (a story's whole body
 * as HTML) are most of its text, and a loop over their characters runs cold, once a page.
 */
function readString(text: string, at: number): { value: string; end: number } | null {
  const quote = text[at] as string;
  let value = '';
  let from = at + 1;
  for (;;) {
    const close = text.indexOf(quote, from);
    if (close < 0) return null;
    let slash = text.indexOf('\\', from);
    if (slash < 0 || slash > close) {
      const run = text.slice(from, close);
      if (run.includes('\n')) return null;
      return { value: value + run, end: close + 1 };
    }
    const run = text.slice(from, slash);
    if (run.includes('\n')) return null;
    value += run;
    const e = text[slash + 1] ?? '';
    if (e === 'u' || e === 'x') {
      const braced = e === 'u' && text[slash + 2] === '{';
      const end = braced ? text.indexOf('}', slash) : slash + 2 + (e === 'u' ? 4 : 2);
      const hex = text.slice(braced ? slash + 3 : slash + 2, end);
      const code = isHex(hex) ? Number.parseInt(hex, 16) : Number.NaN;
      if (Number.isNaN(code) || code > 0x10ffff) return null;
      value += String.fromCodePoint(code);
      slash = braced ? end : end - 1;
    } else {
      // A line continuation adds nothing; any other escaped character stands for itself.
      if (e !== '\n') value += ESCAPES[e] ?? e;
      slash++;
    }
    from = slash + 1;
  }
}

const isDigit = (c: number) => c >= 48 && c <= 57;

/** A name's characters: letters, `_` and `$` (digits after the first). */
const isNameStart = (c: number) =>
  (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c === 36;

/** A number's characters: digits, a point, an exponent and its sign, hexadecimal digits. */
function isNumberChar(c: number, before: number): boolean {
  if (isDigit(c) || c === 46) return true;
  if ((c === 43 || c === 45) && (before === 101 || before === 69)) return true;
  return (c >= 97 && c <= 102) || (c >= 65 && c <= 70) || c === 120 || c === 88;
}

/** Whether `s` is hexadecimal digits, one or more. */
function isHex(s: string): boolean {
  if (s.length === 0) return false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (!isDigit(c) && !(c >= 97 && c <= 102) && !(c >= 65 && c <= 70)) return false;
  }
  return true;
}

/** Thrown where the state holds a form not read. */
class Unread extends Error {}

/** Reads values from the tokens, in order; a function's parameters are looked up in `scope`. */
class Reader {
  at = 0;
  constructor(private readonly tokens: Token[]) {}

  private peek(offset = 0): Token | undefined {
    return this.tokens[this.at + offset];
  }

  private take(kind: string): Token {
    const token = this.tokens[this.at++];
    if (!token || token.kind !== kind) throw new Unread();
    return token;
  }

  /** A value: a literal, a parameter, or one of the calls devalue writes. */
  value(scope: ReadonlyMap<string, unknown>, depth: number): unknown {
    if (depth > MAX_DEPTH) throw new Unread();
    const token = this.tokens[this.at++];
    if (!token) throw new Unread();
    switch (token.kind) {
      case 'string':
      case 'number':
        return token.value;
      case '-':
      case '+': {
        const n = this.value(scope, depth + 1);
        if (typeof n !== 'number') throw new Unread();
        return token.kind === '-' ? -n : n;
      }
      case '{':
        return this.object(scope, depth);
      case '[':
        return this.list(']', scope, depth);
      case '(': {
        const inner = this.value(scope, depth + 1);
        this.take(')');
        return inner;
      }
      case 'name':
        return this.named(token.value as string, scope, depth);
      default:
        throw new Unread();
    }
  }

  /** `{key: value, …}`: keys as names, strings or numbers. */
  private object(scope: ReadonlyMap<string, unknown>, depth: number): Record<string, unknown> {
    const out: Record<string, unknown> = Object.create(null);
    while (this.peek()?.kind !== '}') {
      const key = this.tokens[this.at++];
      if (!key || (key.kind !== 'name' && key.kind !== 'string' && key.kind !== 'number'))
        throw new Unread();
      this.take(':');
      out[String(key.value)] = this.value(scope, depth + 1);
      if (this.peek()?.kind !== ',') break;
      this.at++;
    }
    this.take('}');
    return out;
  }

  /** Values up to `close`, separated by commas (an argument list, an array). */
  private list(close: string, scope: ReadonlyMap<string, unknown>, depth: number): unknown[] {
    const out: unknown[] = [];
    while (this.peek()?.kind !== close) {
      out.push(this.value(scope, depth + 1));
      if (this.peek()?.kind !== ',') break;
      this.at++;
    }
    this.take(close);
    return out;
  }

  /** A name: a literal word, a parameter, a function, `void 0`, or a call devalue writes. */
  private named(name: string, scope: ReadonlyMap<string, unknown>, depth: number): unknown {
    switch (name) {
      case 'true':
        return true;
      case 'false':
        return false;
      case 'null':
        return null;
      case 'undefined':
        return undefined;
      case 'NaN':
        return Number.NaN;
      case 'Infinity':
        return Number.POSITIVE_INFINITY;
      case 'void':
        this.value(scope, depth + 1);
        return undefined;
      case 'function':
        return this.functionCall(scope, depth);
      case 'new':
        return this.call(this.dotted(this.take('name').value as string), scope, depth);
    }
    if (scope.has(name)) return scope.get(name);
    return this.call(this.dotted(name), scope, depth);
  }

  /** A name and the names dotted after it ('Object.create'). */
  private dotted(name: string): string {
    let out = name;
    while (this.peek()?.kind === '.') {
      this.at++;
      out += `.${this.take('name').value}`;
    }
    return out;
  }

  /**
   * A call devalue writes, read as the value it makes: `Date(…)` its argument (a time or a
   * date's text), `Array(n)` n empty places, `Object.create(null)` an object, `Map([…])` and
   * `Set([…])` their list. Any other name or call is not read.
   */
  private call(name: string, scope: ReadonlyMap<string, unknown>, depth: number): unknown {
    if (this.peek()?.kind !== '(') throw new Unread();
    this.at++;
    const args = this.list(')', scope, depth);
    switch (name) {
      case 'Date':
      case 'Map':
      case 'Set':
        return args[0];
      case 'Object.create':
        return Object.create(null);
      case 'Array': {
        const length = args[0];
        if (typeof length !== 'number' || length > MAX_ARRAY) throw new Unread();
        return new Array(length).fill(undefined);
      }
      default:
        throw new Unread();
    }
  }

  /**
   * `function(a,b,…){…; return VALUE}(x,y,…)`, called where it is written: VALUE with each
   * parameter standing for its argument. The statements before `return` (devalue's links of a
   * value to itself, `a.self=a`) are passed over.
   */
  private functionCall(scope: ReadonlyMap<string, unknown>, depth: number): unknown {
    this.take('(');
    const params: string[] = [];
    while (this.peek()?.kind === 'name') {
      params.push(this.take('name').value as string);
      if (this.peek()?.kind !== ',') break;
      this.at++;
    }
    this.take(')');
    this.take('{');
    // To the body's `return`, at its own level.
    let level = 0;
    for (;;) {
      const token = this.tokens[this.at++];
      if (!token) throw new Unread();
      if (token.kind === '{' || token.kind === '[' || token.kind === '(') level++;
      else if (token.kind === '}' || token.kind === ']' || token.kind === ')') {
        if (--level < 0) throw new Unread();
      } else if (level === 0 && token.kind === 'name' && token.value === 'return') break;
    }
    const returned = this.at;
    // The value is read once the arguments are known: skip it to the body's end first.
    this.skipTo('}');
    this.take('}');
    // devalue writes `(function(…){…}(…))`: the arguments follow the body.
    this.take('(');
    const args = this.list(')', scope, depth);
    return this.returnedValue(returned, params, args, scope, depth);
  }

  /** The function's returned value, its parameters standing for `args`; the reader left where it was. */
  private returnedValue(
    returned: number,
    params: string[],
    args: unknown[],
    scope: ReadonlyMap<string, unknown>,
    depth: number,
  ): unknown {
    const inner = new Map(scope);
    for (let i = 0; i < params.length; i++) inner.set(params[i] as string, args[i]);
    const resume = this.at;
    this.at = returned;
    const value = this.value(inner, depth + 1);
    this.at = resume;
    return value;
  }

  /** Past the tokens of one value or statement, to `close` at its own level. */
  private skipTo(close: string): void {
    let level = 0;
    for (;;) {
      const token = this.peek();
      if (!token) throw new Unread();
      if (level === 0 && token.kind === close) return;
      if (token.kind === '{' || token.kind === '[' || token.kind === '(') level++;
      else if (token.kind === '}' || token.kind === ']' || token.kind === ')') level--;
      this.at++;
    }
  }
}
