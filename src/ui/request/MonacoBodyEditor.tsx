import Editor from '@monaco-editor/react';
import { setBody, useBody, usePath } from '../../state/requestStore.ts';
import { useResolvedTheme } from '../theme/useResolvedTheme.ts';
import { modelPathFor, verbatimEditorOptions } from './monacoSetup.ts';

/** Monaco bound to the request body; the default export is what `React.lazy` loads. */
export default function MonacoBodyEditor() {
  const body = useBody();
  const path = usePath();
  const theme = useResolvedTheme();
  return (
    <div className="monaco-frame" data-testid="monaco-body">
      <Editor
        height="100%"
        language="json"
        path={modelPathFor(path)}
        value={body}
        theme={theme === 'dark' ? 'vs-dark' : 'vs'}
        options={verbatimEditorOptions}
        loading={<div className="muted">Loading editor…</div>}
        onMount={(editor) => {
          // Hand focus over if the person was typing in the stand-in textarea when the editor arrived.
          if (document.activeElement?.classList.contains('plain-body-editor')) editor.focus();
        }}
        onChange={(value) => setBody(value ?? '')}
      />
    </div>
  );
}
