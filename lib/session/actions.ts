import type { IsoDate } from '../dates';

/** A user action the content script saw, as the session needs it (no page elements). */
export type SessionAction =
  | { kind: 'action-menu-item'; item: string; rowKey?: string }
  | { kind: 'existing-assessment-chosen'; date: IsoDate }
  | { kind: 'finish' }
  | { kind: 'cancel-workflow' }
  | { kind: 'log-out' };
