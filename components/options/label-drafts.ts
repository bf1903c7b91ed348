import type { FieldName, LabelOverrides } from '@/lib/clienttrack/labels';

/** Captions as typed in a field's box, unsaved until the box is left. */
export type LabelDrafts = Partial<Record<FieldName, string>>;

/** The captions in a box: one a line, blank lines dropped. */
export function captionsIn(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

/** The labels as being edited: the saved ones with each unsaved box applied, as saving would. */
export function withDrafts(labels: LabelOverrides, drafts: LabelDrafts): LabelOverrides {
  const edited = { ...labels };
  for (const [field, text] of Object.entries(drafts) as [FieldName, string][]) {
    const captions = captionsIn(text);
    if (captions.length === 0) delete edited[field];
    else edited[field] = labels[field]?.replace ? { captions, replace: true } : { captions };
  }
  return edited;
}
