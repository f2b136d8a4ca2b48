/**
 * Monaco, bundled from this app's own origin. `@monaco-editor/react` loads Monaco from a CDN by default — broken
 * offline and wrong for a page holding secrets — so it gets this instance via `loader.config({ monaco })` before
 * any editor mounts. Only the editor core, the JSON language and their two workers are included.
 */
import { loader } from '@monaco-editor/react';
import * as monaco from 'monaco-editor/editor/editor.api';
import EditorWorker from 'monaco-editor/editor/editor.worker?worker';
import { jsonDefaults } from 'monaco-editor/languages/features/json/register';
import JsonWorker from 'monaco-editor/language/json/json.worker?worker';
import 'monaco-editor/language/json/monaco.contribution';
// The JSON mode's worker manager pulls in the editor contributions it relies on. Loaded lazily (its default), they
// would register services after the first editor started, and Monaco reports "depends on UNKNOWN service".
import 'monaco-editor/languages/features/json/jsonMode';
import { messagesTextSchema } from './messagesTextSchema.ts';

self.MonacoEnvironment = {
  getWorker: (_workerId: string, label: string) => (label === 'json' ? new JsonWorker() : new EditorWorker()),
};

jsonDefaults.setDiagnosticsOptions({
  validate: true,
  allowComments: false,
  trailingCommas: 'error',
  enableSchemaRequest: false, // never fetch a schema from anywhere
  schemas: [{ uri: 'coext://schemas/messages-text.json', fileMatch: ['messages-text.json'], schema: messagesTextSchema }],
});
// Formatting would rewrite what the user typed; the body is signed byte for byte.
jsonDefaults.setModeConfiguration({
  ...jsonDefaults.modeConfiguration,
  documentFormattingEdits: false,
  documentRangeFormattingEdits: false,
});

loader.config({ monaco });

export { monaco };

/** Model URIs: the schema above applies to the messages/text body only. */
export function modelPathFor(path: string): string {
  return path.replace(/\/+$/, '') === '/messages/text' ? 'messages-text.json' : 'body.json';
}

/** Options under which Monaco never changes a character the user did not type. */
export const verbatimEditorOptions: monaco.editor.IStandaloneEditorConstructionOptions = {
  ariaLabel: 'Request body',
  // A hidden textarea rather than EditContext: assistive tech and automation both know how to type into it.
  editContext: false,
  // With screen-reader support on, the textarea mirrors the whole document, so select-all + type (and
  // Playwright's fill) replace the body instead of inserting at the cursor.
  accessibilitySupport: 'on',
  accessibilityPageSize: 100_000,
  autoClosingBrackets: 'never',
  autoClosingQuotes: 'never',
  autoClosingOvertype: 'never',
  autoClosingDelete: 'never',
  autoSurround: 'never',
  autoIndent: 'none',
  formatOnPaste: false,
  formatOnType: false,
  trimAutoWhitespace: false,
  quickSuggestions: false,
  // Nothing here suggests inline; left on, its controller still recomputes state from the edited line on every key.
  inlineSuggest: { enabled: false },
  suggestOnTriggerCharacters: false,
  acceptSuggestionOnEnter: 'off',
  wordBasedSuggestions: 'off',
  tabCompletion: 'off',
  renderWhitespace: 'all',
  // Whitespace drawn inside each line's own spans. The default overlay ('svg') reads a DOM rectangle per whitespace
  // character of the visible lines every frame: up to 10,000 per line, ~40 ms a keystroke in a 10 kB one-line body.
  experimentalWhitespaceRendering: 'off',
  renderControlCharacters: true,
  unicodeHighlight: { ambiguousCharacters: true, invisibleCharacters: true, nonBasicASCII: false },
  minimap: { enabled: false },
  scrollBeyondLastLine: false,
  wordWrap: 'on',
  // 'advanced' measures line breaks in the DOM: seconds for a megabyte of emoji. Monospace arithmetic is enough.
  wrappingStrategy: 'simple',
  fontSize: 13,
  automaticLayout: true,
  largeFileOptimizations: true,
};
