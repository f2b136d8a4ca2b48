import { describe, expect, it } from 'vitest';
import { prettyJson } from '../../src/core/responseBody.ts';

describe('prettyJson', () => {
  it('indents JSON with two spaces', () => {
    expect(prettyJson('{"success":true,"data":{"templates":[]}}')).toBe('{\n  "success": true,\n  "data": {\n    "templates": []\n  }\n}');
  });
  it('gives undefined for text that is not JSON, or empty', () => {
    expect(prettyJson('<html>')).toBeUndefined();
    expect(prettyJson('  ')).toBeUndefined();
  });
});
