/**
 * Warnings about credentials as typed. They never change what is signed: the app signs exactly what was entered and
 * says what looks wrong, because silently "fixing" a key hides the very mistake the user needs to find.
 */
export interface CredentialWarning {
  field: 'apiKey' | 'secret';
  message: string;
}

const KEY_SHAPE = /^pk_(live|test)_\w{4,}$/;
const SECRET_SHAPE = /^sk_(live|test)_\w{4,}$/;

export function checkCredentials(apiKey: string, secret: string): CredentialWarning[] {
  return [...checkValue('apiKey', apiKey), ...checkValue('secret', secret)];
}

function checkValue(field: CredentialWarning['field'], value: string): CredentialWarning[] {
  if (value === '') return [];
  const name = field === 'apiKey' ? 'API key' : 'API secret';
  const warnings: CredentialWarning[] = [];
  const warn = (message: string) => warnings.push({ field, message });
  if (/^\s|\s$/.test(value)) {
    const where = /^\s/.test(value) && /\s$/.test(value) ? 'leading and trailing' : /^\s/.test(value) ? 'leading' : 'trailing';
    const newline = /[\r\n]/.test(value) ? ' (a newline, as `echo` or a copied line adds)' : '';
    // The secret is hashed exactly as typed; a header value loses surrounding whitespace on the way out.
    const effect = field === 'secret' ? 'it is hashed exactly as typed' : 'HTTP strips it from the header, but a client that hashes or compares the key as typed will not';
    warn(`The ${name} has ${where} whitespace${newline}; ${effect}.`);
  }
  const core = value.trim();
  if (/^(["'`]).*\1$/s.test(core)) warn(`The ${name} is wrapped in quotes; remove them unless they are really part of it.`);
  if (field === 'apiKey' && core.startsWith('sk_')) {
    warn('This looks like a secret (sk_…) in the API key field. The key starts with pk_; the secret is never sent.');
  } else if (field === 'secret' && core.startsWith('pk_')) {
    warn('This looks like an API key (pk_…) in the secret field. The secret starts with sk_.');
  } else if (field === 'apiKey' && !KEY_SHAPE.test(core)) {
    warn('Unusual API key format: keys look like pk_live_ or pk_test_ followed by letters and digits.');
  } else if (field === 'secret' && !SECRET_SHAPE.test(core)) {
    warn('Unusual secret format: secrets look like sk_live_ or sk_test_ followed by letters and digits.');
  }
  return warnings;
}
