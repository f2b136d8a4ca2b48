// Every cause the diagnoser can name has a fix in each snippet language, a fix that says the right thing in that
// language's own API, and a diagnosis carries them all (combined causes joined per language).
import { createHash, createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { diagnose } from '../../../src/core/diagnose.ts';
import { EXPLANATIONS } from '../../../src/core/diagnose/explanations.ts';
import { languageFixes, SNIPPET_FIX_LANGUAGES } from '../../../src/core/diagnose/fixes/languageFixes.ts';
import { CAUSE_IDS } from '../../../src/core/diagnose/types.ts';

const explained = CAUSE_IDS.filter((id) => id !== 'valid' && id !== 'unreproduced');

/** What only the right code in each language contains: its HMAC-SHA256 call or its SHA-256 hex call. */
const SIGNING_API: Record<(typeof SNIPPET_FIX_LANGUAGES)[number], RegExp> = {
  javascript: /createHmac\('sha256'|createHash\('sha256'\)|sign\(`\$\{timestamp\}\./,
  python: /hashlib\.sha256|sign\(f'\{timestamp\}\./,
  php: /hash_hmac\('sha256'|hash\('sha256'/,
  go: /hmac\.New\(sha256\.New|sha256\.Sum256|mac\.Write/,
  java: /HmacSHA256|MessageDigest\.getInstance\("SHA-256"\)|sign\(timestamp \+ "\."|HexFormat/,
  ruby: /OpenSSL::HMAC\.hexdigest\('SHA256'|OpenSSL::Digest::SHA256\.hexdigest|sign\("#\{timestamp\}\./,
  shell: /openssl dgst -sha256 -hmac|sha256sum/,
};

describe('a fix for every cause in every snippet language', () => {
  it.each(explained)('%s has a fix in JavaScript, Python, PHP, Go, Java, Ruby and shell', (id) => {
    const fixes = languageFixes(id);
    for (const language of SNIPPET_FIX_LANGUAGES) expect(fixes[language]?.trim(), `${id} in ${language}`).toBeTruthy();
    // The fix written for the language the mistake points to is the one offered in that language.
    expect(fixes[EXPLANATIONS[id].fix.language]).toBe(EXPLANATIONS[id].fix.code);
  });

  it('uses each language\'s own signing API wherever the fix is about the key, the algorithm or the output', () => {
    const signingIds = explained.filter((id) => /^(key|algorithm|encoding)\./.test(id) && EXPLANATIONS[id].fix.language !== 'csharp');
    for (const language of SNIPPET_FIX_LANGUAGES) {
      for (const id of signingIds) {
        if (EXPLANATIONS[id].fix.language === language) continue; // the hand-written one is checked by its own tests
        expect(languageFixes(id)[language], `${id} in ${language}`).toMatch(SIGNING_API[language]);
      }
    }
  });

  it('never teaches a mistake it diagnoses: no hex that drops zeros, no uppercase, no base64, no SHA-1', () => {
    for (const id of explained) {
      const fixes = languageFixes(id);
      expect(fixes.java).not.toMatch(/Integer\.toHexString\(/);
      expect(fixes.go).not.toMatch(/%X|ToUpper/);
      for (const language of SNIPPET_FIX_LANGUAGES) expect(fixes[language], `${id} in ${language}`).not.toMatch(/sha1|base64\(|\.digest\(\)\s*$|strict_encode64/i);
    }
    expect(languageFixes('body.go-html-escape').go).toMatch(/json\.Marshal/); // the hand-written Go fix
    expect(languageFixes('body.go-html-escape').ruby).toMatch(/send_request\('POST', uri\.request_uri, body/);
  });

  it('a diagnosis carries every language, a combined cause each mistake\'s fix joined per language', async () => {
    const secret = 'sk_test_fixes_7';
    const timestamp = '1764300000';
    const body = '{"to": "+1", "message": "hi"}';
    const hash = createHash('sha256').update(secret).digest('hex');
    // Signed compact and in milliseconds: body.reserialized + timestamp.milliseconds.
    const signature = createHmac('sha256', hash).update(`${timestamp}000.{"to":"+1","message":"hi"}`).digest('hex');
    const diagnosis = await diagnose({ request: { timestamp, body, signature }, secret, nowSeconds: Number(timestamp) });
    const cause = diagnosis.causes[0]!;
    expect([...cause.ids].sort()).toEqual(['body.reserialized', 'timestamp.milliseconds']);
    for (const language of SNIPPET_FIX_LANGUAGES) {
      const code = cause.fixes?.[language] ?? '';
      for (const id of cause.ids) expect(code, `${language} for ${id}`).toContain(languageFixes(id as (typeof explained)[number])[language]);
    }
    expect(cause.fixes?.go).toMatch(/time\.Now\(\)\.Unix\(\)/);
    expect(cause.fixes?.ruby).toMatch(/Time\.now\.to_i/);
  });
});
