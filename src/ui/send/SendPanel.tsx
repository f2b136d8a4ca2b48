import { ErrorExplanation } from '../errors/ErrorExplanation.tsx';
import { ResponsePanel } from '../response/ResponsePanel.tsx';
import { SendBar } from './SendBar.tsx';

/** Send, what came back, and — for an error — what it means for this request. */
export function SendPanel() {
  return (
    <div className="send-panel">
      <SendBar />
      <ResponsePanel />
      <ErrorExplanation />
    </div>
  );
}
