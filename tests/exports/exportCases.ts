/**
 * The requests every export is run with, by its own tool's command-line runner against the real sandbox: the
 * snippets' awkward bodies, a pretty one, {{variables}} resolved from the command line, a dynamic variable, a GET.
 */
import { expect } from 'vitest';
import type { SnippetRequest } from '../../src/core/snippets/snippetRequest.ts';
import { AWKWARD_BODIES } from '../snippets/snippetHarness.ts';

export const TO = '+14155550100';
/** Passed on the command line as variables; the sandbox echoes `to`, which proves the value was sent. */
export const VARIABLES = { recipient: '+14155550123', name: 'Zoë <&>' } as const;

export interface ExportCase {
  name: string;
  request: (baseUrl: string) => SnippetRequest;
  /** What the sandbox must answer in `data.to`; `undefined` for the GET. */
  to: string | undefined;
}

const post = (body: string) => (baseUrl: string): SnippetRequest => ({ method: 'POST', baseUrl, path: '/messages/text', body });

export const EXPORT_CASES: ExportCase[] = [
  { name: 'ASCII', request: post(`{"to":"${TO}","message":"Hello"}`), to: TO },
  { name: 'non-ASCII and HTML', request: post(`{"to":"${TO}","message":"Café ☕ 😀 <b>bold</b> &amp; </script> 日本語"}`), to: TO },
  { name: 'pretty, multi-line', request: post(`{\n    "to": "${TO}",\n    "message": "first line\\nsecond — é"\n}\n`), to: TO },
  ...Object.entries(AWKWARD_BODIES).map(([name, body]) => ({ name: `snippet body: ${name}`, request: post(body), to: TO })),
  { name: 'a {{variable}} resolved from the command line', request: post('{"to":"{{recipient}}","message":"Hello {{name}}"}'), to: VARIABLES.recipient },
  { name: 'a dynamic variable ({{$guid}})', request: post(`{"to":"${TO}","message":"ref {{$guid}}"}`), to: TO },
  { name: 'GET with no body', request: (baseUrl) => ({ method: 'GET', baseUrl, path: '/templates', body: '' }), to: undefined },
];

/** The sandbox's answer to one case: what the test expects of it. */
export function expectedAnswer(testCase: ExportCase): Record<string, unknown> {
  return testCase.to === undefined
    ? { success: true, data: { templates: expect.any(Array) } }
    : { success: true, data: { to: testCase.to, status: 'queued' } };
}
