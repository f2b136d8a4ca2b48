/** Checks on the base URL as typed; the request is not blocked, the user is told what will happen. */
export interface BaseUrlMessage {
  text: string;
  tone: 'error' | 'warning' | 'info';
}

export type ParsedBaseUrl = { ok: true; url: URL } | { ok: false; error: { field: 'baseUrl'; message: string } };

/** Parses a base URL; a missing scheme gets a message that says which one to add. */
export function parseBaseUrl(text: string): ParsedBaseUrl {
  const trimmed = text.trim();
  const fail = (message: string): ParsedBaseUrl => ({ ok: false, error: { field: 'baseUrl', message } });
  if (!/^[a-z][a-z0-9+.-]*:\/\//i.test(trimmed)) {
    return fail(`"${trimmed}" has no scheme. Start it with https:// (or http:// for a local server).`);
  }
  let url: URL;
  try {
    url = new URL(trimmed);
  } catch {
    return fail(`"${trimmed}" is not a valid URL.`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return fail(`Only http:// and https:// URLs can be called, not ${url.protocol}//.`);
  if (url.search || url.hash) return fail('The base URL must not carry a query or fragment; put those in the path.');
  return { ok: true, url };
}

export function isLoopbackHost(hostname: string): boolean {
  return hostname === 'localhost' || hostname === '[::1]' || /^127(\.\d{1,3}){3}$/.test(hostname) || hostname.endsWith('.localhost');
}

export function baseUrlWarnings(text: string, pageOrigin: string): BaseUrlMessage[] {
  if (text.trim() === '') return [];
  const parsed = parseBaseUrl(text);
  if (!parsed.ok) return [{ text: parsed.error.message, tone: 'error' }];
  const messages: BaseUrlMessage[] = [];
  if (text !== text.trim()) messages.push({ text: 'Surrounding spaces are ignored.', tone: 'info' });
  if (parsed.url.protocol === 'http:' && !isLoopbackHost(parsed.url.hostname)) {
    messages.push({ text: 'Plain http:// to a remote host sends your API key unencrypted. The guide: always use HTTPS.', tone: 'warning' });
  }
  if (parsed.url.origin !== pageOrigin) {
    messages.push({ text: 'Another origin: requests go through this app’s local forwarding proxy (browsers block direct calls).', tone: 'info' });
  }
  return messages;
}
