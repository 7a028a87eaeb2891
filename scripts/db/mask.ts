// The one masking function: every line the CLI prints, every JSON value it writes, every
// error and every report file passes through `maskSecrets`. It works on any text, not on
// parsed URLs, because the leaks come from connection strings that do not parse: a mistyped
// scheme (postgres//…, postgres:/…), another driver's scheme (postgresql+psycopg://), a libpq
// keyword string (host=… password=…), a password in the query (?password=…), a URL given
// where a file was expected.

/** `user:secret@` after a slash (any scheme, typed right or not): the password part. */
const USERINFO = /(\/[^\s/:@'"`<>]*):([^\s'"`<>]*)@/g;

/**
 * `password=…`, `PGPASSWORD=…`, `sslpassword=…`: in a URL query the value ends at `&` or `#`;
 * in a libpq keyword string it may be quoted ('a b', with \' escapes) or run to the next space
 * (a ': ' after it is the message's, as in "cannot connect to URL: reason").
 */
const KEYWORD = /(\w*password)(\s*=\s*)('(?:\\.|[^'\\])*'|"(?:\\.|[^"\\])*"|(?:\\.|[^\s&#'"`<>\\])+?(?=[\s&#'"`<>]|:\s|:?$))/gi;

export const MASK = '***';

export function maskSecrets(text: string): string {
  return text.replace(USERINFO, `$1:${MASK}@`).replace(KEYWORD, `$1$2${MASK}`);
}

/** A connection string safe to print. */
export const maskUrl = maskSecrets;

/** Every string in a JSON-able value masked (keys kept): for --json output and report files. */
export function maskDeep<T>(value: T): T {
  if (typeof value === 'string') return maskSecrets(value) as T;
  if (Array.isArray(value)) return value.map((v) => maskDeep(v)) as T;
  if (value && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, maskDeep(v)])) as T;
  }
  return value;
}
