/**
 * What is wrong with an API key that the server refused with INVALID_API_KEY, judged from the key exactly as it
 * was sent. The first problem found wins, most certain first; a key with no visible problem is "well-formed but
 * unknown to this server", which only the server can know (wrong environment, deleted or revoked).
 */
export type KeyProblemKind = 'empty' | 'looks-like-secret' | 'whitespace' | 'quoted' | 'malformed' | 'unknown-to-server';

export interface KeyProblem {
  kind: KeyProblemKind;
  /** What is wrong, in a sentence about the key as typed. */
  message: string;
  fix: string;
}

const KEY_FORMAT = /^pk_(live|test)_[A-Za-z0-9]+$/;

/** Finds the most likely reason `apiKey` (as sent) was refused. Never echoes a `sk_` value back. */
export function analyzeApiKey(apiKey: string): KeyProblem {
  const core = apiKey.trim();
  if (core === '') {
    return {
      kind: 'empty',
      message: apiKey === '' ? 'The API key field is empty, so no usable X-API-Key was sent.' : 'The API key is only whitespace.',
      fix: 'Paste your public API key (pk_live_… or pk_test_…) into the API key field.',
    };
  }
  if (core.startsWith('sk_')) {
    return {
      kind: 'looks-like-secret',
      message: 'The API key field holds a secret (it starts with sk_), and it was sent in X-API-Key.',
      fix: 'Put the pk_… key in the API key field and the sk_… secret in the API secret field. Consider rotating the secret: it has left this machine.',
    };
  }
  if (/\s/.test(apiKey)) {
    const where = apiKey !== core ? 'leading or trailing whitespace (a copied newline or space)' : 'whitespace inside it';
    return {
      kind: 'whitespace',
      message: `The API key has ${where}; keys never contain whitespace.`,
      fix: 'Remove the whitespace from the API key.',
    };
  }
  if (/^(["'`]).*\1$/.test(core)) {
    return {
      kind: 'quoted',
      message: 'The API key is wrapped in quotes, which were sent as part of it.',
      fix: 'Remove the quotes around the API key.',
    };
  }
  if (!KEY_FORMAT.test(core)) {
    return {
      kind: 'malformed',
      message: 'The API key does not have the documented format: pk_live_ or pk_test_ followed by letters and digits.',
      fix: 'Copy the key again from the dashboard; check for a truncated or extra character.',
    };
  }
  const environment = core.startsWith('pk_test_') ? 'test' : 'live';
  return {
    kind: 'unknown-to-server',
    message: `The key is well-formed (a ${environment} key) but unknown to this server: it belongs to another environment, or it was deleted or revoked.`,
    fix: 'Check that the base URL is the environment the key was made for, and that the key is still active in its dashboard.',
  };
}
