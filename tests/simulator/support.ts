import { Window } from 'happy-dom';
import { addDays, formatClientTrackDate } from '../../lib/dates';
import { Paths } from './routes';

// Test helpers: pages parsed as a browser would (scripts do not run), and fields found by caption.

/** The "today" the simulator tests run on, unless a test says otherwise. */
export const TODAY = '2026-11-24';

/** A date `offset` days from TODAY, as ClientTrack shows it. */
export function day(offset: number): string {
  return formatClientTrackDate(addDays(TODAY, offset));
}

/** Paths in the standard markup. */
export const paths = new Paths('');

export function parse(markup: string): Document {
  const window = new Window();
  return new window.DOMParser().parseFromString(markup, 'text/html') as unknown as Document;
}
