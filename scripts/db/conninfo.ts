// libpq's connection rules, so that iu-core reaches the database psql would reach with the same
// arguments and environment: keyword=value strings and URIs, then the service file, then the
// PG* variables, then the compiled-in defaults (socket directory, port, user, database), and a
// password from the password file when none was given.
// https://www.postgresql.org/docs/current/libpq-connect.html, libpq-envars, libpq-pgservice, libpq-pgpass
import { existsSync, readFileSync, statSync } from 'node:fs';
import { homedir, userInfo } from 'node:os';
import { join } from 'node:path';
import { UsageError } from '../errors.ts';

export type Conninfo = Record<string, string>;

/** The keywords iu-core honours, and the variable each falls back to (as libpq's table has it). */
export const KEYWORD_ENV: Record<string, string | null> = {
  host: 'PGHOST',
  hostaddr: 'PGHOSTADDR',
  port: 'PGPORT',
  dbname: 'PGDATABASE',
  user: 'PGUSER',
  password: 'PGPASSWORD',
  passfile: 'PGPASSFILE',
  service: 'PGSERVICE',
  options: 'PGOPTIONS',
  application_name: 'PGAPPNAME',
  fallback_application_name: null,
  connect_timeout: 'PGCONNECT_TIMEOUT',
  client_encoding: 'PGCLIENTENCODING',
  sslmode: 'PGSSLMODE',
  sslrootcert: 'PGSSLROOTCERT',
  sslcert: 'PGSSLCERT',
  sslkey: 'PGSSLKEY',
  target_session_attrs: 'PGTARGETSESSIONATTRS',
};

/** libpq's variables: any one of them set means the user is pointing at a server. */
export const LIBPQ_ENV = [...Object.values(KEYWORD_ENV).filter((v): v is string => v !== null), 'PGSERVICEFILE', 'PGSYSCONFDIR'];

export const SSLMODES = ['disable', 'allow', 'prefer', 'require', 'verify-ca', 'verify-full'] as const;
export type SslMode = (typeof SSLMODES)[number];

/** Debian's compiled-in socket directory (pg_config --configure: DEFAULT_PGSOCKET_DIR), as psql's. */
export const DEFAULT_SOCKET_DIR = '/var/run/postgresql';
/** Debian's compiled-in PGSYSCONFDIR. */
export const DEFAULT_SYSCONFDIR = '/etc/postgresql-common';

const isUri = (s: string) => /^postgres(ql)?:\/\//.test(s);

/** The variables set (non-empty) that name or configure a server, for "where did this come from". */
export function libpqEnvSet(env: NodeJS.ProcessEnv): string[] {
  return LIBPQ_ENV.filter((k) => env[k]);
}

/** A keyword=value string or a postgres:// URI, as libpq parses it; errors say what libpq says. */
export function parseConninfo(text: string): Conninfo {
  return isUri(text) ? parseUri(text) : parseKeywords(text);
}

function known(k: string, what: string): void {
  if (!(k in KEYWORD_ENV)) throw new UsageError(`${what} "${k}"${k === 'ssl' ? '' : ''} (iu-core honours ${Object.keys(KEYWORD_ENV).join(', ')})`);
}

/** `host=a port=5 dbname='my db'`: values quoted with '…' (\\ and \' escaped) or running to the next space. */
function parseKeywords(text: string): Conninfo {
  const out: Conninfo = {};
  let i = 0;
  const ws = () => {
    while (i < text.length && /\s/.test(text[i]!)) i++;
  };
  for (;;) {
    ws();
    if (i >= text.length) return out;
    const start = i;
    while (i < text.length && text[i] !== '=' && !/\s/.test(text[i]!)) i++;
    const key = text.slice(start, i);
    ws();
    if (text[i] !== '=') throw new UsageError(`missing "=" after "${key}" in connection info string`);
    i++;
    ws();
    let value = '';
    if (text[i] === "'") {
      i++;
      for (;;) {
        if (i >= text.length) throw new UsageError('unterminated quoted string in connection info string');
        const c = text[i++]!;
        if (c === '\\' && i < text.length) value += text[i++];
        else if (c === "'") break;
        else value += c;
      }
    } else {
      while (i < text.length && !/\s/.test(text[i]!)) {
        const c = text[i++]!;
        value += c === '\\' && i < text.length ? text[i++] : c;
      }
    }
    known(key, 'invalid connection option');
    out[key] = value;
  }
}

/** postgresql://[user[:password]@][host][:port][/dbname][?keyword=value&…]; %-escapes decoded. */
function parseUri(text: string): Conninfo {
  const out: Conninfo = {};
  const m = /^postgres(?:ql)?:\/\/([^/?#]*)(?:\/([^?#]*))?(?:\?([^#]*))?$/.exec(text);
  if (!m) throw new UsageError(`invalid URI: "${text}"`);
  const [, authority = '', path, query] = m;
  const dec = (s: string) => {
    try {
      return decodeURIComponent(s);
    } catch {
      throw new UsageError(`invalid percent-encoded token in URI: "${s}"`);
    }
  };
  const at = authority.lastIndexOf('@');
  const hostport = at >= 0 ? authority.slice(at + 1) : authority;
  if (at >= 0) {
    const userinfo = authority.slice(0, at);
    const colon = userinfo.indexOf(':');
    const user = dec(colon >= 0 ? userinfo.slice(0, colon) : userinfo);
    if (user) out.user = user;
    if (colon >= 0) out.password = dec(userinfo.slice(colon + 1));
  }
  const hp = /^(\[[^\]]*\]|[^:]*)(?::(.*))?$/.exec(hostport)!;
  const host = dec(hp[1]!.replace(/^\[(.*)\]$/, '$1'));
  if (host) out.host = host;
  if (hp[2]) {
    if (!/^\d+$/.test(hp[2])) throw new UsageError(`invalid port number: "${hp[2]}"`);
    out.port = hp[2];
  }
  if (path) out.dbname = dec(path);
  for (const pair of (query ?? '').split('&').filter(Boolean)) {
    const eq = pair.indexOf('=');
    if (eq < 0) throw new UsageError(`missing key/value separator "=" in URI query parameter: "${pair}"`);
    let key = dec(pair.slice(0, eq));
    let value = dec(pair.slice(eq + 1).replace(/\+/g, ' '));
    // JDBC's spelling, which libpq also takes.
    if (key === 'ssl' && value === 'true') [key, value] = ['sslmode', 'require'];
    known(key, 'invalid URI query parameter:');
    out[key] = value;
  }
  return out;
}

/** One section of a service file, or null when the file has no such service. */
function serviceSection(file: string, name: string): Conninfo | null {
  const lines = readFileSync(file, 'utf8').split(/\r?\n/);
  let inIt = false;
  let found: Conninfo | null = null;
  for (const [n, raw] of lines.entries()) {
    const line = raw.trim();
    if (!line || line.startsWith('#')) continue;
    if (line.startsWith('[')) {
      inIt = line === `[${name}]`;
      if (inIt) found = {};
      continue;
    }
    if (!inIt) continue;
    const eq = line.indexOf('=');
    if (eq < 0) throw new UsageError(`syntax error in service file "${file}", line ${n + 1}`);
    const key = line.slice(0, eq).trim();
    if (key === 'service') throw new UsageError(`nested service specifications not supported in service file "${file}", line ${n + 1}`);
    known(key, `syntax error in service file "${file}", line ${n + 1}: invalid connection option`);
    found![key] = line.slice(eq + 1).trim();
  }
  return found;
}

/** pgpass fields: `\` escapes ':' and '\'; '*' matches anything. */
function pgpassFields(line: string): string[] {
  const fields: string[] = [];
  let cur = '';
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (c === '\\' && i + 1 < line.length) cur += line[++i]!;
    else if (c === ':') {
      fields.push(cur);
      cur = '';
    } else cur += c;
  }
  fields.push(cur);
  return fields;
}

export interface PasswordLookup {
  password?: string;
  warning?: string;
}

/**
 * The password file's first line matching host:port:dbname:user. As libpq: a socket host (or
 * none) matches as "localhost" (and as the socket path itself), and a file any group or world
 * may read is ignored with a warning.
 */
export function passwordFromFile(file: string, p: { host: string; port: string; dbname: string; user: string }): PasswordLookup {
  let st;
  try {
    st = statSync(file);
  } catch {
    return {};
  }
  if (!st.isFile()) return { warning: `WARNING: password file "${file}" is not a plain file` };
  if (st.mode & 0o077) return { warning: `WARNING: password file "${file}" has group or world access; permissions should be u=rw (0600) or less` };
  const host = !p.host || p.host.startsWith('/') ? 'localhost' : p.host;
  for (const line of readFileSync(file, 'utf8').split(/\r?\n/)) {
    if (!line || line.startsWith('#')) continue;
    const f = pgpassFields(line);
    if (f.length < 5) continue;
    const [h, port, db, user] = f;
    const password = f.slice(4).join(':');
    const match = (pat: string | undefined, v: string) => pat === '*' || pat === v;
    if ((match(h, host) || match(h, p.host)) && match(port, p.port) && match(db, p.dbname) && match(user, p.user)) return { password };
  }
  return {};
}

export interface Resolved {
  /** Every keyword settled: host, port, user, dbname, sslmode always present. */
  params: Conninfo;
  /** Where the settings came from, in words, for the "which database" line. */
  from: string[];
  warnings: string[];
}

/**
 * The given keywords completed as libpq completes them: the service's settings, then each
 * keyword's variable, then the defaults; then the password file if no password was given.
 */
export function resolveConninfo(given: Conninfo, env: NodeJS.ProcessEnv = process.env, home = env.HOME || homedir()): Resolved {
  const params: Conninfo = { ...given };
  const from: string[] = [];
  const warnings: string[] = [];
  const service = params.service ?? env.PGSERVICE;
  if (service) {
    const userFile = env.PGSERVICEFILE || join(home, '.pg_service.conf');
    const sysFile = join(env.PGSYSCONFDIR || DEFAULT_SYSCONFDIR, 'pg_service.conf');
    let section: Conninfo | null = null;
    let file = '';
    for (const f of [userFile, sysFile]) {
      if (existsSync(f)) section = serviceSection(f, service);
      if (section) {
        file = f;
        break;
      }
    }
    if (!section) throw new UsageError(`definition of service "${service}" not found (looked in ${userFile} and ${sysFile})`);
    for (const [k, v] of Object.entries(section)) params[k] ??= v;
    from.push(`service ${service} in ${file}`);
  }
  const fromEnv: string[] = [];
  for (const [k, name] of Object.entries(KEYWORD_ENV)) {
    if (name && params[k] === undefined && env[name]) {
      params[k] = env[name]!;
      fromEnv.push(name);
    }
  }
  if (fromEnv.length) from.push(fromEnv.join(', '));
  if (params.host === undefined && params.hostaddr === undefined) params.host = DEFAULT_SOCKET_DIR;
  params.port ||= '5432';
  params.user ||= osUser();
  params.dbname ||= params.user;
  params.sslmode ||= 'prefer';
  if (!(SSLMODES as readonly string[]).includes(params.sslmode)) throw new UsageError(`invalid sslmode value: "${params.sslmode}"`);
  if (!/^\d+$/.test(params.port)) throw new UsageError(`invalid port number: "${params.port}"`);
  if (params.password === undefined || params.password === '') {
    const file = params.passfile || join(home, '.pgpass');
    const r = passwordFromFile(file, { host: params.host ?? params.hostaddr ?? '', port: params.port, dbname: params.dbname, user: params.user });
    if (r.warning) warnings.push(r.warning);
    if (r.password !== undefined) {
      params.password = r.password;
      from.push(`password from ${file}`);
    }
  }
  return { params, from, warnings };
}

function osUser(): string {
  try {
    return userInfo().username;
  } catch {
    return 'postgres';
  }
}

/** A settled conninfo as one line safe to print: no password, a URI when it can be one. */
export function describeConninfo(p: Conninfo): string {
  const host = p.host ?? p.hostaddr ?? '';
  const socket = host.startsWith('/');
  const q: string[] = [];
  if (socket) q.push(`host=${host}`);
  if (p.hostaddr && p.host) q.push(`hostaddr=${p.hostaddr}`);
  if (!socket && p.sslmode !== 'prefer') q.push(`sslmode=${p.sslmode}`);
  const h = host.includes(':') ? `[${host}]` : host;
  // A password shows as *** (the mask's own form): the reader sees that one is being sent.
  const pw = p.password ? ':***' : '';
  return `postgres://${encodeURIComponent(p.user ?? '')}${pw}@${socket ? 'localhost' : h}:${p.port}/${encodeURIComponent(p.dbname ?? '')}${q.length ? `?${q.join('&')}` : ''}`;
}
