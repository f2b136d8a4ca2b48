import { ErrorExplanation } from '../errors/ErrorExplanation.tsx';
import { BodyEditor } from '../request/BodyEditor.tsx';
import { HeaderPreview } from '../request/HeaderPreview.tsx';
import { RequestBuilder } from '../request/RequestBuilder.tsx';
import { DraftKeeper } from '../settings/DraftKeeper.tsx';
import { ResponsePanel } from '../response/ResponsePanel.tsx';
import { SignatureStepper } from '../signature/SignatureStepper.tsx';
import { RequestLine } from './RequestLine.tsx';

/**
 * The request line over two panes, jwt.io-style: what is sent on the left (the body fills the height), how it is
 * signed and what came back on the right. Each pane scrolls inside itself; the response keeps a fixed share of the
 * right pane so its status line and the explanation's first line stay in view however long the steps get.
 */
export function RequestView() {
  return (
    <div className="request-view">
      <RequestLine />
      <div className="panes">
        <section className="pane pane-request" aria-labelledby="request-heading">
          <h2 id="request-heading" className="visually-hidden">Request</h2>
          <DraftKeeper />
          <RequestBuilder />
          <BodyEditor />
          <HeaderPreview />
        </section>
        <div className="pane pane-signing">
          <div className="pane-scroll signing-scroll">
            <SignatureStepper />
          </div>
          <div className="response-area">
            <div className="pane-scroll response-scroll">
              <ResponsePanel />
            </div>
            <ErrorExplanationScroll />
          </div>
        </div>
      </div>
    </div>
  );
}

// Focusable: a long explanation scrolls here, and an explanation without a link or button in it could not be
// scrolled from the keyboard otherwise (axe's scrollable-region-focusable).
function ErrorExplanationScroll() {
  return (
    <div className="pane-scroll explanation-scroll" tabIndex={0}>
      <ErrorExplanation />
    </div>
  );
}
