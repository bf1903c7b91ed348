import { auditExport, type AuditFinding, type AuditSummary } from '@/lib/hud-csv/audit';
import { exportFilesOf, type NamedBlob } from '@/lib/hud-csv/source';

export interface Audited {
  findings: AuditFinding[];
  summary: AuditSummary;
}

/** Audits files in memory and keeps every finding. */
export async function audit(files: NamedBlob[], asOf?: string): Promise<Audited> {
  const findings: AuditFinding[] = [];
  const summary = await auditExport(await exportFilesOf(files), {
    ...(asOf ? { asOf } : {}),
    onFinding: (finding) => findings.push(finding),
  });
  return { findings, summary };
}
