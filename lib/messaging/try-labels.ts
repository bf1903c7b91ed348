import type { LabelTrial } from '../clienttrack/label-trial';
import { FIELD_LABELS, type LabelOverrides } from '../clienttrack/labels';
import { PAGE_KINDS, type PageKind } from '../model/vocabulary';

// "Try on this tab": the options page asks a ClientTrack tab to read its page with the captions
// being edited (unsaved ones included) and to say what each field comes to.
//
//   options page:    const trial = await browser.tabs.sendMessage(tabId, tryLabelsMessage(overrides));
//   content script:  if (isTryLabelsMessage(message)) {
//                      const trial = labelTrial(document, message.overrides);
//                      return answersTrial(trial) ? Promise.resolve(trial) : undefined;
//                    }
//
// Every frame of the tab hears the message. Only frames showing a page the extension reads
// answer; the others return undefined so they do not take the answer from the frame that does.
// The first answer wins. No frame answering means the tab shows no page the extension knows.
// Everything here stays in the browser: tabs messaging never leaves it.

export const TRY_LABELS = 'ct-assist:try-labels';

export interface TryLabelsMessage {
  type: typeof TRY_LABELS;
  overrides: LabelOverrides;
}

export function tryLabelsMessage(overrides: LabelOverrides): TryLabelsMessage {
  return { type: TRY_LABELS, overrides };
}

export function isTryLabelsMessage(message: unknown): message is TryLabelsMessage {
  if (!isRecord(message) || message.type !== TRY_LABELS || !isRecord(message.overrides)) return false;
  return Object.entries(message.overrides).every(
    ([field, override]) =>
      field in FIELD_LABELS &&
      isRecord(override) &&
      Array.isArray(override.captions) &&
      override.captions.every((caption) => typeof caption === 'string') &&
      (override.replace === undefined || typeof override.replace === 'boolean'),
  );
}

/** Whether a frame answers with its trial: only frames showing a page the extension reads. */
export function answersTrial(trial: LabelTrial): boolean {
  return trial.page !== 'unknown' && trial.page !== 'app-shell';
}

/** Whether a tab's answer is a trial the options page can show. */
export function isLabelTrial(value: unknown): value is LabelTrial {
  if (!isRecord(value) || !PAGE_KINDS.includes(value.page as PageKind) || !Array.isArray(value.fields)) return false;
  if (value.heading !== undefined && typeof value.heading !== 'string') return false;
  return value.fields.every(
    (field) =>
      isRecord(field) &&
      typeof field.field === 'string' &&
      typeof field.name === 'string' &&
      ['found', 'hidden', 'not-found'].includes(field.status as string) &&
      Array.isArray(field.lookedFor) &&
      field.lookedFor.every((caption) => typeof caption === 'string') &&
      ['caption', 'readsAs'].every((key) => field[key] === undefined || typeof field[key] === 'string'),
  );
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
