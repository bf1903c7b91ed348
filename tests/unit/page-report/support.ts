import { JSDOM } from 'jsdom';
import { addDays, formatClientTrackDate, isIsoDate, partsOf, type IsoDate } from '@/lib/dates';
import type { PageReading } from '@/lib/clienttrack/read-page';
import { seed } from '../../simulator/model/seed';
import { SIM_TODAY } from '../../support/sim-page';

// Helpers for the page report tests: a repeatable random source, the seeded records' values that
// must never reach a report, and the parts of a reading a report must keep.

/** mulberry32: the same seed gives the same replacements, so a failure can be replayed. */
export function seededRandom(seedValue: number): () => number {
  let state = seedValue >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const parser = new new JSDOM('', { url: 'http://localhost/' }).window.DOMParser();

/** HTML as a frame's document. */
export function parse(html: string): Document {
  return parser.parseFromString(html, 'text/html');
}

/** A value of a seeded record, and how to find it in a report. */
export interface Secret {
  what: string;
  pattern: RegExp;
}

/** Every name, date of birth, Client ID, enrollment id and income amount of the simulator's seeded records. */
export function seededSecrets(today: IsoDate = SIM_TODAY): Secret[] {
  const state = seed(today);
  const secrets: Secret[] = [];
  const digits = (what: string, run: string) =>
    secrets.push({ what, pattern: new RegExp(`(?<![\\d])${run}(?![\\d])`) });
  for (const client of state.clients) {
    const name = `${client.firstName} ${client.lastName}`;
    for (const written of [name, `${client.lastName}, ${client.firstName}`, client.lastName]) {
      secrets.push({ what: `name of ${name}`, pattern: new RegExp(escape(written).replace(/\s+/g, '\\s+')) });
    }
    digits(`Client ID of ${name}`, client.id);
    if (client.dateOfBirth) {
      for (const written of dateWritings(client.dateOfBirth)) {
        secrets.push({
          what: `date of birth of ${name}`,
          pattern: new RegExp(`(?<![\\d])${escape(written)}(?![\\d])`),
        });
      }
    }
  }
  for (const enrollment of state.enrollments) digits('an enrollment id', enrollment.id);
  for (const assessment of state.assessments) {
    for (const answers of Object.values(assessment.sections)) {
      for (const [key, value] of Object.entries(answers ?? {})) {
        if (key.endsWith('.amount')) digits(`an income amount (${key})`, value);
      }
    }
  }
  return secrets;
}

/** The ways a date is written on ClientTrack pages. */
function dateWritings(date: IsoDate): string[] {
  const { year, month, day } = partsOf(date);
  const padded = formatClientTrackDate(date);
  return [padded, `${month}/${day}/${year}`, padded.replaceAll('/', '-'), padded.replaceAll('/', ''), date];
}

/** Everything of a report a person or a program could read: its text and every attribute value. */
export function readableText(html: string): string {
  const doc = parse(html);
  // The page's own style sheet is kept (without its url()s); its pixel sizes are not client values.
  for (const style of doc.querySelectorAll('style')) style.remove();
  // A report's frames are pages of their own (checked on their own, each with its style sheet).
  for (const frame of doc.querySelectorAll('iframe[srcdoc]')) frame.removeAttribute('srcdoc');
  const attributes = [...doc.querySelectorAll('*')].flatMap((element) =>
    [...element.attributes].map((attribute) => attribute.value),
  );
  return [doc.documentElement.outerHTML, doc.documentElement.textContent ?? '', ...attributes].join('\n');
}

/** What a report must keep of a reading: the page kind and each field's outcome and caption. */
export function fieldsOf(reading: PageReading): { page: string; fields: Record<string, string> } {
  return {
    page: reading.facts.page.kind,
    fields: Object.fromEntries(
      [...reading.lookups].map(([field, lookup]) => [
        field,
        'caption' in lookup ? `${lookup.status}: ${lookup.caption}` : lookup.status,
      ]),
    ),
  };
}

/** Every date a reading holds, in the order it holds them. */
export function datesIn(value: unknown): IsoDate[] {
  if (typeof value !== 'object' || value === null) return [];
  if ('state' in value && value.state === 'value' && 'value' in value) {
    return isIsoDate(value.value) ? [value.value] : datesIn(value.value);
  }
  return Object.values(value).flatMap(datesIn);
}

export function shifted(dates: IsoDate[], days: number): IsoDate[] {
  return dates.map((date) => addDays(date, days));
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
