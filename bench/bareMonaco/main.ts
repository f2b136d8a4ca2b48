/**
 * The limit for keydown → next paint: the project's own monaco-editor as a bare JSON editor, one
 * `monaco.editor.create` with the JSON contribution and its workers, nothing else on the page. The bench builds it
 * with the same Vite as the app. Options that change how much Monaco draws per key (word wrap, whitespace, no
 * minimap) match the explorer's, including those it switches with the body's shape, so the two differ only by what the
 * explorer renders around the editor.
 */
import * as monaco from 'monaco-editor/editor/editor.api';
import EditorWorker from 'monaco-editor/editor/editor.worker?worker';
import JsonWorker from 'monaco-editor/language/json/json.worker?worker';
import 'monaco-editor/language/json/monaco.contribution';
import 'monaco-editor/languages/features/json/jsonMode';
import { bodyShape } from '../../src/ui/request/bodyShape.ts';
import { optionsForShape } from '../../src/ui/request/editorShapeOptions.ts';

self.MonacoEnvironment = {
  getWorker: (_workerId: string, label: string) => (label === 'json' ? new JsonWorker() : new EditorWorker()),
};

// Exposed so the bench can tell when a paste has landed; the explorer's Payload output plays that part there.
const editor = monaco.editor.create(document.getElementById('editor')!, {
  value: '{"to":"+14155550100","message":"Hello"}',
  language: 'json',
  ariaLabel: 'Request body',
  editContext: false,
  accessibilitySupport: 'on',
  minimap: { enabled: false },
  wordWrap: 'on',
  wrappingStrategy: 'simple',
  renderWhitespace: 'all',
  experimentalWhitespaceRendering: 'off',
  fontSize: 13,
  automaticLayout: true,
  largeFileOptimizations: true,
});
(window as unknown as { __bareEditor: monaco.editor.IStandaloneCodeEditor }).__bareEditor = editor;

// The explorer unwraps a body with long lines and lightens a large one (editorShapeOptions.ts); the bare editor does
// the same after a paste, so a one-line megabyte is not measured wrapped here and unwrapped there. Only on large
// edits: reading the whole text back is itself work the explorer does per key and the bare page must not.
editor.onDidChangeModelContent((event) => {
  if (!event.changes.some((change) => change.text.length > 1000 || change.rangeLength > 1000)) return;
  const shape = bodyShape(editor.getValue());
  editor.updateOptions({ wordWrap: 'on', renderWhitespace: 'all', ...optionsForShape(shape) });
  monaco.editor.setModelLanguage(editor.getModel()!, shape.large ? 'plaintext' : 'json');
});
