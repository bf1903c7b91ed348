/** "Rivera, Ana" (grids) and "Ana Rivera" (the shell) name the same person. */
export function samePerson(a: string, b: string): boolean {
  return personKey(a) === personKey(b) && personKey(a) !== '';
}

/** A name in "First Last" order. */
export function firstLast(name: string): string {
  const comma = name.indexOf(',');
  return comma >= 0 ? `${name.slice(comma + 1).trim()} ${name.slice(0, comma).trim()}`.trim() : name.trim();
}

function personKey(name: string): string {
  return firstLast(name).toLowerCase().replace(/\s+/g, ' ');
}
