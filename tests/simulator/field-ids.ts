import type { Variant } from './variant';

// ClientTrack's field ids are opaque numbers that differ per form, between a Master Assessment
// and the standalone page, and between releases. The simulator derives them from a hash of the
// page, the field and the markup variant, so readers cannot come to rely on any of them.

/** Where a form is shown: its own page, or inside the Master Assessment dialog. */
export type FormContext = 'standalone' | 'master';

function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index += 1) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

/** The numeric field id (`1000006788` style). */
export function fieldId(page: string, field: string, variant: Variant, context: FormContext = 'standalone'): string {
  return String(1_000_000_000 + (fnv1a(`${page}|${field}|${context}|${variant.param}`) % 9_000_000));
}

/** The control's element id and form name: `<fieldId>_Renderer`. */
export function controlId(page: string, field: string, variant: Variant, context: FormContext = 'standalone'): string {
  return `${fieldId(page, field, variant, context)}_Renderer`;
}

/** A widget's id number, as in `wp85039573formResultSet`. */
export function widgetNumber(widget: string, variant: Variant): string {
  return String(10_000_000 + (fnv1a(`widget|${widget}|${variant.param}`) % 90_000_000));
}
