// People's names as case workers say them, for every layer: grids show "Rivera, Ana", messages say "Ana Rivera".

/** A name in "First Last" order. */
export function firstLast(name: string): string {
  const comma = name.indexOf(',');
  return comma >= 0 ? `${name.slice(comma + 1).trim()} ${name.slice(0, comma).trim()}`.trim() : name.trim();
}

/** "Ana", "Ana and Mateo", "Ana, Mateo and Luz". */
export function joinWords(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}
