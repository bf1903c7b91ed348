import type { SafeHtml } from '../html/escape';

/** What a page handler answers: a page, or where to go next (a full navigation). */
export type Reply = { status?: number; page: SafeHtml } | { redirect: string };
