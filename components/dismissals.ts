import { browser } from 'wxt/browser';
import type { Finding } from '@/lib/model/schemas';
import type { WorkflowSummary } from '@/components/panel/panel-view';

// "Not now": a finding the user knows about, hidden for this client and this enrollment until the
// browser closes. Kept in storage.session only (memory, never written to disk), like the tabs' state.

export const DISMISSED_KEY = 'dismissed';

export interface Dismissal {
  /** The finding (its hint key), the client and the enrollment's start: what "this one" means. */
  id: string;
  hintKey: string;
  ruleId: string;
  severity: Finding['severity'];
  message: string;
  client?: string;
}

/** Which client and enrollment a finding belongs to, as the panel's summary names them. */
export function dismissalId(hintKey: string, summary: WorkflowSummary): string {
  return JSON.stringify([hintKey, summary.member ?? '', summary.projectStartDate ?? '']);
}

/** Hint keys the user put off for the client and enrollment on screen now. */
export function dismissedHere(dismissals: readonly Dismissal[], summary: WorkflowSummary): Set<string> {
  return new Set(
    dismissals.filter((d) => d.id === dismissalId(d.hintKey, summary)).map((dismissal) => dismissal.hintKey),
  );
}

/** What storage.session holds, checked: anything else reads as no dismissals. */
export function asDismissals(value: unknown): Dismissal[] {
  if (!Array.isArray(value)) return [];
  return value.filter(
    (item): item is Dismissal =>
      typeof item === 'object' &&
      item !== null &&
      typeof item.id === 'string' &&
      typeof item.hintKey === 'string' &&
      typeof item.ruleId === 'string' &&
      typeof item.message === 'string' &&
      ['error', 'warning', 'info'].includes(item.severity),
  );
}

export async function loadDismissals(): Promise<Dismissal[]> {
  return asDismissals((await browser.storage.session.get(DISMISSED_KEY))[DISMISSED_KEY]);
}

export async function dismiss(finding: Finding, hintKey: string, summary: WorkflowSummary): Promise<void> {
  const dismissals = await loadDismissals();
  const id = dismissalId(hintKey, summary);
  if (dismissals.some((dismissal) => dismissal.id === id)) return;
  const added: Dismissal = {
    id,
    hintKey,
    ruleId: finding.ruleId,
    severity: finding.severity,
    message: finding.message,
    ...(summary.member ? { client: summary.member } : {}),
  };
  await browser.storage.session.set({ [DISMISSED_KEY]: [...dismissals, added] });
}

export async function undoDismissal(id: string): Promise<void> {
  const dismissals = await loadDismissals();
  await browser.storage.session.set({ [DISMISSED_KEY]: dismissals.filter((dismissal) => dismissal.id !== id) });
}
