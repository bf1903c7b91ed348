import type { AuditFinding, AuditProgress, AuditSummary } from '@/lib/hud-csv/audit';
import type { RuleSettings } from '@/lib/rules/run';

// What the audit page and its worker say to each other. Files and the user's rule settings go in;
// findings, progress and the summary come back. Nothing leaves the computer and nothing is stored.

export interface StartAudit {
  files: File[];
  asOf?: string;
  settings?: RuleSettings;
}

/** The findings the page keeps for its table; the rest are only in the download. */
export const FINDINGS_KEPT = 100_000;

export type FromWorker =
  | { type: 'progress'; progress: AuditProgress }
  | { type: 'findings'; findings: AuditFinding[] }
  /** `download` is every finding as the findings CSV, errors first; `more` how many the page was not sent. */
  | { type: 'done'; summary: AuditSummary; download: Blob; more: number }
  | { type: 'failed'; message: string };
