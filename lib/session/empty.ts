import type { SessionContext } from './context';

/** A tab that has not seen a client yet. Kept apart from the schemas so the content script carries no zod. */
export const EMPTY_SESSION: SessionContext = { workflowBar: 'not-seen', people: [] };
