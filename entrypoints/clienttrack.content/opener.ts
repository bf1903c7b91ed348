// A pop-up window ClientTrack opens is a tab of its own. To carry on the session of the tab that
// opened it, its report names the page that opened it: each page shows its documentId on its root
// element, and a pop-up reads it from window.opener (same origin). Firefox gives the background no
// opener for a tab in another window, so this is the one way that works in both browsers.

const DOCUMENT_ATTRIBUTE = 'data-ct-assist-document';

/** Shows this document's id to the windows it opens. */
export function markDocument(documentId: string): void {
  document.documentElement.setAttribute(DOCUMENT_ATTRIBUTE, documentId);
}

/** The documentId of the ClientTrack page that opened this window, when our checks run there. */
export function openerDocumentId(): string | undefined {
  try {
    return (window.opener as Window | null)?.document?.documentElement?.getAttribute(DOCUMENT_ATTRIBUTE) ?? undefined;
  } catch {
    // An opener of another origin cannot be read.
    return undefined;
  }
}
