/**
 * Each cause's fix in every language the snippets speak, for the diagnosis card's "Fix in" choice. The fix written
 * in explanations.ts for the language a mistake points to (Gson → Java, ensure_ascii → Python) replaces the generic
 * one of that language; C# and language-neutral fixes are offered as well where explanations.ts has them.
 */
import { EXPLANATIONS } from '../explanations.ts';
import type { FixLanguage } from '../types.ts';
import type { ExplainedId } from './fixTemplates.ts';
import { GO_FIXES } from './go.ts';
import { JAVA_FIXES } from './java.ts';
import { JAVASCRIPT_FIXES } from './javascript.ts';
import { PHP_FIXES } from './php.ts';
import { PYTHON_FIXES } from './python.ts';
import { RUBY_FIXES } from './ruby.ts';
import { SHELL_FIXES } from './shell.ts';

/** The languages every explained cause has a fix in, in the order the card lists them. */
export const SNIPPET_FIX_LANGUAGES = ['javascript', 'python', 'php', 'go', 'java', 'ruby', 'shell'] as const satisfies readonly FixLanguage[];
export type SnippetFixLanguage = (typeof SNIPPET_FIX_LANGUAGES)[number];

const TABLES: Record<SnippetFixLanguage, Record<ExplainedId, string>> = {
  javascript: JAVASCRIPT_FIXES, python: PYTHON_FIXES, php: PHP_FIXES, go: GO_FIXES, java: JAVA_FIXES, ruby: RUBY_FIXES, shell: SHELL_FIXES,
};

/** `id`'s fix per language: the seven snippet languages, plus C# or "any language" when that is its own fix. */
export function languageFixes(id: ExplainedId): Partial<Record<FixLanguage, string>> {
  const fixes: Partial<Record<FixLanguage, string>> = {};
  for (const language of SNIPPET_FIX_LANGUAGES) fixes[language] = TABLES[language][id];
  const own = EXPLANATIONS[id].fix;
  fixes[own.language] = own.code;
  return fixes;
}
