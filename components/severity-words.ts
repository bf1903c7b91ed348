import type { Severity } from '@/lib/model/vocabulary';

/** Severities as users read them, in hints, the side panel and the guide. */
export const SEVERITY_WORDS: Record<Severity, string> = { error: 'Error', warning: 'Warning', info: 'Note' };
