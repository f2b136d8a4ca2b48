import { useLayoutEffect } from 'react';
import { dismissDraftNotice, type DraftNotice, startDraftSync, useDraftNotice } from '../../state/draftStore.ts';

/** Keeps the request draft on disk while mounted, and says in one line when something of it could not be kept. */
export function DraftKeeper() {
  const notice = useDraftNotice();
  // A layout effect, so the sync listens before any passive effect of the page runs, wherever this sits in the tree:
  // a share link opened on load replaces the request in one (OpenedShareLinkNotice, above us in the workspace), and that
  // change must be kept, or a reload brings the old draft back over the shared request.
  useLayoutEffect(() => startDraftSync(), []);
  if (!notice) return null;
  return (
    <p role="status" className="message message-info draft-notice">
      {draftNoticeText(notice)}{' '}
      <button type="button" onClick={dismissDraftNotice}>Dismiss</button>
    </p>
  );
}

const characters = (count: number) => `${count.toLocaleString('en-US')} characters`;

export function draftNoticeText(notice: DraftNotice): string {
  switch (notice.kind) {
    case 'dropped':
      if (notice.reason === 'version') return 'A request kept by another version of the explorer could not be read and was dropped.';
      if (notice.reason === 'too-large') return 'A request kept from an earlier visit was too large to read and was dropped.';
      return 'A request kept from an earlier visit could not be read and was dropped.';
    case 'restored-without-body':
      return `The request was restored without its body: at ${characters(notice.bodyChars)} it was too large to keep.`;
    case 'saved-without-body':
      return notice.reason === 'too-large'
        ? `The body is too large to keep in this browser (${characters(notice.bodyChars)}): the request is kept without it.`
        : "The browser's storage is full: the request is kept without its body.";
    case 'not-kept':
      return notice.cause === 'storage'
        ? "The request could not be kept: this browser's storage refused it."
        : `The request is not kept between visits while it contains the ${notice.cause}.`;
  }
}
