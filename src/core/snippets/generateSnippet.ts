/**
 * Complete, runnable programs that sign and send one request to the Coext External API: a bash script (curl +
 * openssl), a Node module (fetch + node:crypto), Python (requests) and PHP (curl + hash_hmac). Each reads
 * COEXT_API_KEY and COEXT_API_SECRET from the environment, carries the body as one exact literal, and prints the
 * response status and body. No credential ever appears in the generated text.
 */
import { curlSnippet } from './curl.ts';
import { javascriptSnippet } from './javascript.ts';
import { phpSnippet } from './php.ts';
import { pythonSnippet } from './python.ts';
import { planSnippet, type SnippetLanguage, type SnippetPlan, type SnippetRequest } from './snippetRequest.ts';

const GENERATORS: Record<SnippetLanguage, (plan: SnippetPlan) => string> = {
  curl: curlSnippet,
  javascript: javascriptSnippet,
  python: pythonSnippet,
  php: phpSnippet,
};

/** The program, in `language`, that sends `request` signed. */
export function generateSnippet(language: SnippetLanguage, request: SnippetRequest): string {
  return GENERATORS[language](planSnippet(request));
}
