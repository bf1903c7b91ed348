import { firstLast } from '../model/names';

/** "Rivera, Ana" (grids) and "Ana Rivera" (the shell) name the same person. */
export function samePerson(a: string, b: string): boolean {
  return personKey(a) === personKey(b) && personKey(a) !== '';
}

export { firstLast };

function personKey(name: string): string {
  return firstLast(name).toLowerCase().replace(/\s+/g, ' ');
}
