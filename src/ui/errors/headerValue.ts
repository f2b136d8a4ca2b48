import type { HttpResponse } from '../../state/httpClient.ts';

/** A response header's value by lowercase name, or undefined. */
export function headerValue(response: HttpResponse | undefined, name: string): string | undefined {
  return response?.headers.find(([header]) => header.toLowerCase() === name)?.[1];
}
