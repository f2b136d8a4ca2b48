import { useEffect, useState } from 'react';
import type { buildExport as BuildExport, ExportTool } from './buildExport.ts';
import { downloadFile } from './exportDownload.ts';
import { credentialInExport, currentExportRequest } from './exportRequest.ts';

type ExportState =
  | { kind: 'idle' }
  | { kind: 'saved'; tool: ExportTool; fileName: string; preview: string; note: string | undefined }
  | { kind: 'credential'; message: string }
  | { kind: 'failed'; message: string };

// The generators and the zip library load after the first paint, in their own chunk.
const loadBuilder = () => import('./buildExport.ts');

/**
 * Exports the current request as a Postman collection or a Bruno collection whose pre-request script signs every
 * request. The key and secret are left empty in both: the user sets them in the tool.
 */
export function ExportPanel() {
  const [state, setState] = useState<ExportState>({ kind: 'idle' });
  useEffect(() => {
    loadBuilder().catch(() => undefined); // warm it up; a failure shows again, and is reported, on click
  }, []);

  const exportTo = async (tool: ExportTool) => {
    const credential = credentialInExport();
    if (credential) {
      setState({ kind: 'credential', message: `The request contains your ${credential}, and an export must never carry it. Remove it from the request to export it.` });
      return;
    }
    const request = currentExportRequest(window.location.origin);
    let buildExport: typeof BuildExport;
    try {
      ({ buildExport } = await loadBuilder());
    } catch {
      setState({ kind: 'failed', message: 'The export code could not be loaded (was the app updated or the server stopped?). Reload the page and try again.' });
      return;
    }
    const built = buildExport(tool, request, new Date());
    downloadFile(built.fileName, built.content, built.type);
    setState({ kind: 'saved', tool, fileName: built.fileName, preview: built.preview, note: built.note });
  };

  return (
    <section className="export-panel" aria-labelledby="export-heading">
      <h3 id="export-heading">Export</h3>
      <div className="toolbar">
        <button type="button" onClick={() => void exportTo('Postman')}>Download Postman collection</button>
        <button type="button" onClick={() => void exportTo('Bruno')}>Download Bruno collection</button>
      </div>
      <p className="hint">
        A collection whose pre-request script signs every request at send time. The API key and secret are left empty:
        set apiKey and apiSecret in Postman or Bruno, or pass them on the command line.
      </p>
      {(state.kind === 'credential' || state.kind === 'failed') && <p className="message message-error" role="alert">{state.message}</p>}
      {state.kind === 'saved' && (
        <div className="field">
          <span className="hint" role="status">{`${state.tool} collection saved as ${state.fileName}.`}</span>
          {state.note !== undefined && <p className="message message-info">{state.note}</p>}
          <label htmlFor="export-preview">Export preview</label>
          <textarea id="export-preview" className="code" readOnly value={state.preview} spellCheck={false} rows={8} />
        </div>
      )}
    </section>
  );
}
