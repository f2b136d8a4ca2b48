/**
 * A PowerShell command as DevTools write it with "Copy as PowerShell" (Chrome, Edge, Firefox) or as people write it:
 * `$session = New-Object …` and `$session.UserAgent = "…"` lines, then Invoke-WebRequest / Invoke-RestMethod (or an
 * alias) with -Uri, -Method, -Headers @{…}, -ContentType, -UserAgent and -Body, continued with backticks. A variable
 * set earlier in the paste (`$body = "…"`) may be used as a value; anything that would need running is refused.
 */
import { type ParsedRequest, parseFailure, type ParseRequestResult } from '../parsedRequest.ts';
import { type PsToken, psTokens } from './psTokens.ts';

const FORMAT = 'a PowerShell command';
const COMMANDS = /^(invoke-webrequest|invoke-restmethod|iwr|irm|curl|wget)$/i;
const SWITCHES = ['UseBasicParsing', 'DisableKeepAlive', 'SkipCertificateCheck', 'SkipHeaderValidation', 'PassThru',
  'UseDefaultCredentials', 'AllowUnencryptedAuthentication', 'NoProxy', 'SkipHttpErrorCheck', 'Resume',
  'AllowInsecureRedirect', 'PreserveAuthorizationOnRedirect', 'ProxyUseDefaultCredentials', 'FollowRelLink'];
const WITH_VALUE = ['Uri', 'Method', 'CustomMethod', 'Headers', 'ContentType', 'Body', 'UserAgent', 'WebSession',
  'SessionVariable', 'TimeoutSec', 'MaximumRedirection', 'Proxy', 'ProxyCredential', 'Credential', 'OutFile', 'InFile',
  'TransferEncoding', 'Form', 'Authentication', 'Token', 'CertificateThumbprint', 'Certificate', 'MaximumRetryCount',
  'RetryIntervalSec', 'HttpVersion', 'ConnectionTimeoutSeconds', 'OperationTimeoutSeconds', 'ResponseHeadersVariable',
  'StatusCodeVariable', 'SslProtocol', 'MaximumFollowRelLink', 'Scheme'];

const fail = (what: string): ParseRequestResult => parseFailure(`This looks like ${FORMAT}, but ${what}.`);

/** PowerShell accepts any unambiguous prefix of a parameter name, in any case. */
function parameterName(written: string): string | undefined {
  const lower = written.toLowerCase();
  const all = [...WITH_VALUE, ...SWITCHES];
  const exact = all.find((name) => name.toLowerCase() === lower);
  if (exact) return exact;
  const matches = all.filter((name) => name.toLowerCase().startsWith(lower));
  return matches.length === 1 ? matches[0] : undefined;
}

type Value = { text: string; bytes?: boolean } | { entries: Array<[string, string]> };

interface Script { variables: Map<string, Value>; userAgent: string | undefined; warnings: string[] }

function valueOf(token: PsToken | undefined, script: Script): Value | string {
  if (token === undefined) return 'no value follows';
  if (token.kind === 'string') return { text: token.value };
  if (token.kind === 'bytes') return { text: token.value, bytes: true };
  if (token.kind === 'hash') return { entries: token.entries };
  if (token.kind === 'word' && token.text.startsWith('$')) {
    const known = script.variables.get(token.text.slice(1).toLowerCase());
    return known ?? `${token.text} is a variable not set in the pasted text, so its value is unknown — paste the line that sets it too`;
  }
  if (token.kind === 'expression') {
    const shown = token.source.length > 50 ? `${token.source.slice(0, 50)}…` : token.source;
    return `${shown} is an expression PowerShell would run; only a string, a @{…} hashtable or `
      + '([System.Text.Encoding]::UTF8.GetBytes("…")) is read. Paste the value written out';
  }
  return { text: token.text };
}

/** `$x = …` lines: remembered when the value is literal; `$session.UserAgent = "…"` gives the User-Agent. */
function readAssignment(statement: PsToken[], script: Script): void {
  const [target, equals, value] = statement;
  if (target?.kind !== 'word' || equals?.kind !== 'word' || equals.text !== '=') return;
  const name = target.text.slice(1).toLowerCase();
  if (/\.useragent$/.test(name) && value?.kind === 'string') script.userAgent = value.value;
  else if (!name.includes('.') && statement.length === 3) {
    const read = valueOf(value, script);
    if (typeof read !== 'string') script.variables.set(name, read);
  }
}

interface Invocation { uri?: string; method?: string; headers: Array<[string, string]>; contentType?: string; body?: Value; userAgent?: string }

function readInvocation(tokens: PsToken[], script: Script): Invocation | string {
  const call: Invocation = { headers: [] };
  for (let i = 1; i < tokens.length; i++) {
    const token = tokens[i] as PsToken;
    const written = token.kind === 'word' && /^-[A-Za-z]/.test(token.text) ? token.text.slice(1).split(':')[0] as string : undefined;
    if (written === undefined) {
      const value = valueOf(token, script);
      if (typeof value === 'string' || !('text' in value) || call.uri !== undefined) return `the value at position ${i} is not a parameter's`;
      call.uri = value.text; // Invoke-WebRequest's first positional parameter is -Uri
      continue;
    }
    const name = parameterName(written);
    if (name === undefined) {
      script.warnings.push(`The parameter -${written} is not one Invoke-WebRequest knows; it was ignored.`);
      continue;
    }
    if (SWITCHES.includes(name)) continue;
    if (!['Uri', 'Method', 'CustomMethod', 'Headers', 'ContentType', 'Body', 'UserAgent', 'InFile', 'Form'].includes(name)) {
      i++; // -WebSession $session, -TimeoutSec 30…: their values change nothing that is signed
      continue;
    }
    const value = valueOf(tokens[++i], script);
    if (typeof value === 'string') return `-${name} has no value: ${value}`;
    if (name === 'InFile' || name === 'Form') return `it sends ${name === 'InFile' ? 'a file (-InFile)' : 'form fields (-Form)'}, whose bytes the command does not show. Paste the body as sent, with -Body`;
    if (name === 'Headers') {
      if (!('entries' in value)) return '-Headers is not a @{ "Name" = "value" } hashtable';
      call.headers.push(...value.entries);
    } else if (name === 'Body') call.body = value;
    else if (!('text' in value)) return `-${name} is given a hashtable`;
    else if (name === 'Uri') call.uri = value.text;
    else if (name === 'Method' || name === 'CustomMethod') call.method = value.text.toUpperCase();
    else if (name === 'ContentType') call.contentType = value.text;
    else if (name === 'UserAgent') call.userAgent = value.text;
  }
  return call;
}

function requestOf(call: Invocation, script: Script): ParseRequestResult {
  if (call.uri === undefined) return fail('it has no -Uri, so it is not known where it was sent');
  const method = call.method ?? 'GET';
  if (call.body !== undefined && !('text' in call.body)) {
    return fail('its -Body is a hashtable, which PowerShell sends as form fields (or a query string), not as the JSON you signed. Paste -Body with the JSON text');
  }
  const body = call.body?.text;
  if (body === undefined && !['GET', 'HEAD', 'DELETE', 'OPTIONS'].includes(method)) return fail('it has no -Body, so there is no body to check');
  const headers: Array<[string, string]> = [...call.headers];
  if (call.contentType !== undefined) headers.push(['Content-Type', call.contentType]);
  const userAgent = call.userAgent ?? script.userAgent;
  if (userAgent !== undefined) headers.push(['User-Agent', userAgent]);
  const warnings = [...script.warnings];
  if (body !== undefined && /[^\x20-\x7e\r\n\t]/.test(body) && !(call.body && 'bytes' in call.body && call.body.bytes)
    && !/charset=utf-8/i.test(call.contentType ?? '')) {
    warnings.push('The -Body string has characters beyond ASCII and is not passed as UTF-8 bytes: Windows PowerShell 5.1 sends such a string '
      + 'as ISO-8859-1 unless -ContentType says charset=utf-8, so the server may have verified other bytes than these.');
  }
  const request: ParsedRequest = { method, url: call.uri, headers, body };
  return { ok: true, request, warnings };
}

/** Whether `text` reads as PowerShell: an Invoke-WebRequest (or alias with -Uri), or DevTools' `$session` prelude. */
export function looksLikePowerShell(text: string): boolean {
  const start = text.replace(/^\uFEFF/, '').trimStart();
  return /^\$session\s*=/i.test(start) || /^\s*(invoke-webrequest|invoke-restmethod|iwr|irm)\s/im.test(start)
    || (/^(curl|wget)\s/i.test(start) && /\s-(uri|headers|body|method)\b/i.test(start) && !/\s-H\s/.test(start));
}

/** The request a pasted PowerShell command sends, without running any of it. */
export function parsePowerShell(text: string): ParseRequestResult {
  const tokens = psTokens(text.replace(/^\uFEFF/, ''));
  if (!tokens.ok) return fail(`${tokens.message}`);
  const script: Script = { variables: new Map(), userAgent: undefined, warnings: [] };
  for (const statement of tokens.statements) {
    const first = statement[0];
    if (first?.kind === 'word' && first.text.startsWith('$')) {
      readAssignment(statement, script);
    } else if (first?.kind === 'word' && COMMANDS.test(first.text)) {
      const call = readInvocation(statement, script);
      return typeof call === 'string' ? fail(call) : requestOf(call, script);
    }
  }
  return fail('it has no Invoke-WebRequest or Invoke-RestMethod line, so there is no request to read');
}
