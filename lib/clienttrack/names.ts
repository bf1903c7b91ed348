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

/** The Head of Household column says who the head is (a name) or whether this client is (Yes/No). */
export function relationshipFromHead(head: string | undefined, client: string | undefined): string | undefined {
  if (!head) return undefined;
  const answer = head.trim().toLowerCase();
  if (answer === 'yes' || answer === 'self') return 'Self';
  if (answer === 'no') return 'Household member';
  if (!client) return undefined;
  return samePerson(head, client) ? 'Self' : `Household member (head of household: ${firstLast(head)})`;
}
