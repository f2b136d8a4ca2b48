/** A Ruby 2.5+ program, standard library only (net/http, openssl): the body string is sent as is. */
import { commentText, pinnedValidity, type SnippetPlan } from './snippetRequest.ts';

// `#` is escaped everywhere: before `{`, `$` or `@` a double-quoted string would interpolate.
const RUBY_ESCAPES: Record<string, string> = { '\\': '\\\\', '"': '\\"', '#': '\\#', '\n': '\\n', '\r': '\\r', '\t': '\\t' };

function rubyLine(text: string): string {
  let out = '"';
  for (const char of text) {
    const code = char.codePointAt(0) as number;
    const escape = RUBY_ESCAPES[char];
    if (escape !== undefined) out += escape;
    else if (code < 0x20 || code === 0x7f) out += `\\x${code.toString(16).padStart(2, '0')}`;
    // \x80 and up would be a raw byte (and make the string binary); \u is the code point, as UTF-8.
    else if ((code >= 0x80 && code <= 0x9f) || code === 0x2028 || code === 0x2029 || code === 0xfeff) out += `\\u${code.toString(16).padStart(4, '0')}`;
    else out += char;
  }
  return `${out}"`;
}

/**
 * A Ruby expression for `text`, exact byte for byte: a double-quoted string (source is UTF-8 since Ruby 2.0); text
 * that spans lines becomes one string per line joined with `+`.
 */
export function rubyString(text: string): string {
  const lines = text.split(/(?<=\n)/);
  if (lines.length <= 1) return rubyLine(text);
  return lines.map(rubyLine).join(' +\n  ');
}

/** The Ruby program for `plan`; it prints `HTTP status: <code>`, then the response body. */
export function rubySnippet(plan: SnippetPlan): string {
  const hasBody = plan.sentBody !== undefined;
  const timestamp = plan.pinned
    ? [...pinnedValidity(plan.pinned.timestamp, '#'), `timestamp = '${plan.pinned.timestamp}'`]
    : ['timestamp = Time.now.to_i.to_s # Unix seconds, not milliseconds'];
  const bodyLines = hasBody
    ? ['# The body exactly as it is signed and sent: a string, because to_json or JSON.generate on a Hash can change',
      '# its bytes (escapes, spacing, key order).',
      `body = ${rubyString(plan.signedBody)}`]
    : [`# ${plan.emptyBodyNote}`, `signed_body = ${rubyString(plan.signedBody)}`];
  return [
    '#!/usr/bin/env ruby',
    `# ${plan.method} ${commentText(plan.url)}, signed as the Coext External API requires.`,
    '# Ruby 2.5+, standard library only. Run: ruby coext_request.rb',
    "require 'net/http'",
    "require 'openssl'",
    "require 'uri'",
    '',
    "missing = 'Set COEXT_API_KEY and COEXT_API_SECRET in the environment.'",
    "api_key = ENV.fetch('COEXT_API_KEY') { abort missing }",
    "api_secret = ENV.fetch('COEXT_API_SECRET') { abort missing }",
    '',
    `uri = URI(${rubyString(plan.url)})`,
    ...bodyLines,
    ...timestamp,
    '# The HMAC key is the 64-character hex TEXT of SHA-256(secret), not its 32 raw bytes.',
    'secret_hash = OpenSSL::Digest::SHA256.hexdigest(api_secret)',
    `signature = OpenSSL::HMAC.hexdigest('SHA256', secret_hash, "#{timestamp}.#{${hasBody ? 'body' : 'signed_body'}}")`,
    '',
    'headers = {',
    "  'Content-Type' => 'application/json',",
    "  'X-API-Key' => api_key,",
    "  'X-Timestamp' => timestamp,",
    "  'X-API-Signature' => signature,",
    '}',
    "response = Net::HTTP.start(uri.hostname, uri.port, use_ssl: uri.scheme == 'https') do |http|",
    `  http.send_request(${rubyLine(plan.method)}, uri.request_uri, ${hasBody ? 'body' : 'nil'}, headers)`,
    'end',
    'puts "HTTP status: #{response.code}"',
    'puts response.body',
    '',
  ].join('\n');
}
