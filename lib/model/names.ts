// People's names as case workers say them, for every layer: grids show "Rivera, Ana", messages say "Ana Rivera".

/** "Rivera, Ana" (grids) and "Ana Rivera" (the shell) name the same person. */
export function samePerson(a: string, b: string): boolean {
  return personKey(a) === personKey(b) && personKey(a) !== '';
}

/** A name in "First Last" order. */
export function firstLast(name: string): string {
  const comma = name.indexOf(',');
  return comma >= 0 ? `${name.slice(comma + 1).trim()} ${name.slice(0, comma).trim()}`.trim() : name.trim();
}

/** "Ana", "Ana and Mateo", "Ana, Mateo and Luz". */
export function joinWords(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

/** "Ana Rivera" and "Rivera, Ana" are one key. */
export function personKey(name: string): string {
  return wordsOf(firstLast(name));
}

/** Text as a person compares it: spacing and case make no difference. */
export function wordsOf(text: string): string {
  return text.replace(/\s+/g, ' ').trim().toLowerCase();
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
