/** How a response body is shown: pretty-printed JSON when it parses, else nothing (the raw text is shown as is). */

/**
 * The body re-indented with two spaces, or undefined when it is not JSON. The pretty form goes through
 * `JSON.parse`, so it is for reading only (huge integers lose digits): the Raw view shows the exact text.
 */
export function prettyJson(bodyText: string): string | undefined {
  if (bodyText.trim() === '') return undefined;
  try {
    return JSON.stringify(JSON.parse(bodyText), null, 2);
  } catch {
    return undefined;
  }
}
