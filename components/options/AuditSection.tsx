import { AuditPageLink } from '../audit/AuditPageLink';

/** Where an HMIS admin finds the export audit: it has no settings, only a page of its own. */
export function AuditSection() {
  return (
    <section aria-labelledby="audit-heading">
      <h2 id="audit-heading">Admin audit</h2>
      <p>
        Check a whole agency's HUD HMIS CSV export (the zip, or its CSV files) with the same rules, all clients at once:{' '}
        <AuditPageLink />. The export is read on this computer only and forgotten when you close that tab.
      </p>
    </section>
  );
}
