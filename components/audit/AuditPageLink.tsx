import { browser } from 'wxt/browser';

/** The admin audit page inside the extension (entrypoints/audit/). */
export const AUDIT_PAGE_PATH = '/audit.html';

/** `chrome-extension://<id>/audit.html`, for any extension page that wants to open the audit. */
export function auditPageUrl(): string {
  return browser.runtime.getURL(AUDIT_PAGE_PATH);
}

/**
 * A link that opens the audit in a tab of its own: the side panel and the options dialog are too
 * narrow for the findings table, and closing that tab is what forgets the export.
 */
export function AuditPageLink() {
  return (
    <a href={auditPageUrl()} target="_blank" rel="noopener">
      Audit a HUD CSV export
    </a>
  );
}
