import type { AuditFinding, AuditProgress, AuditSummary } from '@/lib/hud-csv/audit';

// What the audit page and its worker say to each other. Files go in; findings, progress and the
// summary come back. Nothing leaves the computer and nothing is stored.

export interface StartAudit {
  files: File[];
  asOf?: string;
}

export type FromWorker =
  | { type: 'progress'; progress: AuditProgress }
  | { type: 'findings'; findings: AuditFinding[] }
  | { type: 'done'; summary: AuditSummary }
  | { type: 'failed'; message: string };
