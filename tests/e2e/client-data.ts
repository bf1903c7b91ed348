import { seed } from '../simulator/model/seed';
import type { Client } from '../simulator/model/state';
import type { IsoDate } from '../../lib/dates';

// What would identify a client if it were found in storage: every seeded client's names, Client
// ID and date of birth, each date written every way a page or a program might write it.

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** A date of birth as ClientTrack shows it, as typed, as stored by a program, and in words. */
export function dateWritings(date: IsoDate): string[] {
  const [year, month, day] = date.split('-') as [string, string, string];
  const m = String(Number(month));
  const d = String(Number(day));
  return [
    date,
    `${month}/${day}/${year}`,
    `${m}/${d}/${year}`,
    `${month}-${day}-${year}`,
    `${month}${day}${year}`,
    `${year}${month}${day}`,
    `${MONTHS[Number(month) - 1]} ${d}, ${year}`,
  ];
}

function identifiersOf(client: Client): string[] {
  const { firstName: first, lastName: last } = client;
  return [
    first,
    last,
    `${first} ${last}`,
    `${last}, ${first}`,
    client.id,
    ...(client.dateOfBirth ? dateWritings(client.dateOfBirth) : []),
  ].filter((text) => text.trim() !== '');
}

/** Every seeded client's identifying texts, for the simulator's "today". */
export function clientIdentifiers(today: IsoDate): string[] {
  return [...new Set(seed(today).clients.flatMap(identifiersOf))];
}

const LETTER_OR_DIGIT = '[\\p{L}\\p{N}]';
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The identifiers found in a stored value (as JSON), each a whole word: "Ana" is found in
 * "Ana Rivera" but not in "Analysis"; "204101" is not found in "52041011".
 */
export function identifiersIn(value: unknown, identifiers: readonly string[]): string[] {
  const text = JSON.stringify(value) ?? '';
  return identifiers.filter((identifier) =>
    new RegExp(`(?<!${LETTER_OR_DIGIT})${escape(identifier)}(?!${LETTER_OR_DIGIT})`, 'u').test(text),
  );
}
