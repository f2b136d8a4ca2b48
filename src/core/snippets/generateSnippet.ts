/**
 * Complete, runnable programs that sign and send one request to the Coext External API: a bash script (curl +
 * openssl), a Node module (fetch + node:crypto), Python (requests), PHP (curl + hash_hmac), Go (net/http), Java
 * (java.net.http + javax.crypto) and Ruby (net/http + openssl), the last three with no library beyond their own. Each reads
 * COEXT_API_KEY and COEXT_API_SECRET from the environment, carries the body as one exact literal, and prints the
 * response status and body. No credential ever appears in the generated text.
 */
import { curlSnippet } from './curl.ts';
import { goSnippet } from './go.ts';
import { javaSnippet } from './java.ts';
import { javascriptSnippet } from './javascript.ts';
import { phpSnippet } from './php.ts';
import { pythonSnippet } from './python.ts';
import { rubySnippet } from './ruby.ts';
import { planSnippet, type SnippetLanguage, type SnippetPlan, type SnippetRequest } from './snippetRequest.ts';

const GENERATORS: Record<SnippetLanguage, (plan: SnippetPlan) => string> = {
  curl: curlSnippet,
  javascript: javascriptSnippet,
  python: pythonSnippet,
  php: phpSnippet,
  go: goSnippet,
  java: javaSnippet,
  ruby: rubySnippet,
};

/** The program, in `language`, that sends `request` signed. */
export function generateSnippet(language: SnippetLanguage, request: SnippetRequest): string {
  return GENERATORS[language](planSnippet(request));
}
