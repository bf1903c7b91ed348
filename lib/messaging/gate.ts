// The background's message gate: every message is checked for who sent it and what it holds
// before anything acts on it. A page cannot send to the background, but a ClientTrack page that
// runs a script in our content script's frame, a frame on some other host or a bug could; each
// message is therefore taken only from the sender that may send it, in the shape it must have,
// and a frame's tab is always the sender's, never one the message names.
import { z } from 'zod';
import type { Browser } from 'wxt/browser';
import { MatchPattern } from 'wxt/utils/match-patterns';
import { checklistItem, finding, pageFacts, enrollmentRow, isoDate, ruleId } from '../model/schemas';
import { FIELD_LABELS, type FieldName } from '../clienttrack/labels';
import { PROCEDURE_IDS } from '../procedures/ids';
import type { SessionAction } from '../session/actions';
import { MAX_REPORTED_FINDINGS, MAX_REPORTED_ROWS, type FrameReport, type ToBackground } from './frames';

/** No message from our own pages or content scripts comes near this (reports are bounded first). */
export const MAX_MESSAGE_CHARS = 1_000_000;
const MAX_TEXT = 2_000;
const MAX_ID = 200;
/** Clicks on a page left before the background answered: a user makes a handful at most. */
export const MAX_LEFT_ACTIONS = 20;

const text = z.string().max(MAX_TEXT);
const id = z.string().min(1).max(MAX_ID);
const tabOrFrameId = z.int().min(0);

const sessionAction = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('action-menu-item'), item: text, rowKey: text.optional() }),
  z.strictObject({ kind: z.literal('existing-assessment-chosen'), date: isoDate }),
  z.strictObject({ kind: z.literal('finish') }),
  z.strictObject({ kind: z.literal('cancel-workflow') }),
  z.strictObject({ kind: z.literal('log-out') }),
]) satisfies z.ZodType<SessionAction>;

/** The panel's summary (lib/pipeline/summary.ts), made by the pipeline beside the findings. */
const summary = z.strictObject({
  member: text.optional(),
  workflow: text.optional(),
  startedFrom: text.optional(),
  projectStartDate: isoDate.optional(),
  headStartDate: isoDate.optional(),
  exitDate: isoDate.optional(),
  annualWindow: z
    .strictObject({
      anniversaryNumber: z.int().min(1),
      anniversary: isoDate,
      firstDay: isoDate,
      lastDay: isoDate,
      status: z.enum(['open', 'upcoming']),
    })
    .optional(),
  checklist: z.array(checklistItem).max(20).optional(),
});

const frameReport = z.strictObject({
  documentId: id,
  isTop: z.boolean(),
  openerDocumentId: id.optional(),
  facts: pageFacts.extend({ rows: z.array(enrollmentRow).max(MAX_REPORTED_ROWS).optional() }),
  findings: z.array(finding).max(MAX_REPORTED_FINDINGS).optional(),
  summary: summary.optional(),
  checked: z.array(ruleId).optional(),
  notFound: z.array(z.enum(Object.keys(FIELD_LABELS) as [FieldName, ...FieldName[]])),
  problem: text.optional(),
  heading: text.optional(),
  leftOut: z.strictObject({ rows: z.int().min(0), findings: z.int().min(0), failing: z.int().min(0) }).optional(),
}) satisfies z.ZodType<FrameReport>;

/** Messages only our content scripts send, about the frame they run in. */
const FROM_FRAMES = {
  'frame-report': z.strictObject({ type: z.literal('frame-report'), report: frameReport }),
  'frame-action': z.strictObject({ type: z.literal('frame-action'), action: sessionAction }),
  'frame-gone': z.strictObject({ type: z.literal('frame-gone'), documentId: id }),
  'page-left': z.strictObject({
    type: z.literal('page-left'),
    report: frameReport,
    actions: z.array(sessionAction).max(MAX_LEFT_ACTIONS),
  }),
};
/** Messages only our side panel and options page send. */
const FROM_PAGES = {
  'show-finding': z.strictObject({
    type: z.literal('show-finding'),
    tabId: tabOrFrameId,
    frameId: tabOrFrameId,
    hintKey: text,
  }),
  guide: z.strictObject({
    type: z.literal('guide'),
    tabId: tabOrFrameId,
    procedureId: z.enum(PROCEDURE_IDS).optional(),
  }),
};
/** Asked by both: content scripts cannot read the admin's policy themselves. */
const FROM_EITHER = { 'get-settings': z.strictObject({ type: z.literal('get-settings') }) };

type Sent<T extends string> = Extract<ToBackground, { type: T }>;
export type FrameMessage = Sent<keyof typeof FROM_FRAMES | keyof typeof FROM_EITHER>;
export type PageMessage = Sent<keyof typeof FROM_PAGES | keyof typeof FROM_EITHER>;

/** Why a message was dropped: counted, never shown with the message itself (it may hold client data). */
const DROP_REASONS = [
  'not-our-extension',
  'unknown-type',
  'too-large',
  'wrong-shape',
  'frame-not-on-a-clienttrack-host',
  'frame-message-from-a-page',
  'page-message-from-a-frame',
] as const;
export type DropReason = (typeof DROP_REASONS)[number];

export type GateVerdict =
  | { from: 'frame'; tabId: number; frameId: number; message: FrameMessage }
  | { from: 'page'; message: PageMessage }
  | { dropped: DropReason };

export interface GateContext {
  /** runtime.id */
  extensionId: string;
  /** runtime.getURL('/'): where our side panel and options page are served from. */
  extensionOrigin: string;
  /** Match patterns of every host our content script runs on: the manifest's and those the user added. */
  frameHosts: readonly string[];
}

/** Decides whether a message is taken, and from whom; the only way a message reaches the hub. */
export function admit(message: unknown, sender: Browser.runtime.MessageSender, context: GateContext): GateVerdict {
  if (sender.id !== context.extensionId) return { dropped: 'not-our-extension' };
  const type = isRecord(message) && typeof message.type === 'string' ? message.type : undefined;
  const fromFrames = type !== undefined && Object.hasOwn(FROM_FRAMES, type);
  const fromPages = type !== undefined && Object.hasOwn(FROM_PAGES, type);
  const fromEither = type !== undefined && Object.hasOwn(FROM_EITHER, type);
  if (!fromFrames && !fromPages && !fromEither) return { dropped: 'unknown-type' };
  const page = isOurPage(sender, context);
  const frame = !page && isOurFrame(sender, context);
  if (!page && !frame) {
    // A sender that is neither: a content script on a host we do not run on, or a frame of ours in a tab-less context.
    return { dropped: fromPages ? 'page-message-from-a-frame' : 'frame-not-on-a-clienttrack-host' };
  }
  if (fromFrames && !frame) return { dropped: 'frame-message-from-a-page' };
  if (fromPages && !page) return { dropped: 'page-message-from-a-frame' };
  if (!fitsInBound(message)) return { dropped: 'too-large' };
  const schema = fromFrames
    ? FROM_FRAMES[type as keyof typeof FROM_FRAMES]
    : fromPages
      ? FROM_PAGES[type as keyof typeof FROM_PAGES]
      : FROM_EITHER[type as keyof typeof FROM_EITHER];
  const parsed = schema.safeParse(message);
  if (!parsed.success) return { dropped: 'wrong-shape' };
  if (page) return { from: 'page', message: parsed.data as PageMessage };
  // The tab and frame are the browser's word for where the sender runs, never the message's.
  return { from: 'frame', tabId: sender.tab!.id!, frameId: sender.frameId ?? 0, message: parsed.data as FrameMessage };
}

/** Our side panel or options page: served from our origin (in a tab of its own too, as tests open the panel). */
function isOurPage(sender: Browser.runtime.MessageSender, context: GateContext): boolean {
  if (typeof sender.url !== 'string' || !sender.url.startsWith(context.extensionOrigin)) return false;
  return sender.origin === undefined || `${sender.origin}/` === context.extensionOrigin;
}

/** Our content script in a frame of a tab, on a host it runs on. */
function isOurFrame(sender: Browser.runtime.MessageSender, context: GateContext): boolean {
  if (sender.tab?.id === undefined || sender.tab.id < 0 || typeof sender.url !== 'string') return false;
  const url = sender.url;
  return context.frameHosts.some((host) => {
    try {
      return new MatchPattern(host).includes(url);
    } catch {
      return false;
    }
  });
}

function fitsInBound(message: unknown): boolean {
  try {
    return JSON.stringify(message).length <= MAX_MESSAGE_CHARS;
  } catch {
    return false;
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
