import { textOf } from './text';

/**
 * The member a workflow page is about, as its header names them beside the page title
 * ("Income Assessment — Ana Rivera"). Only short, name-like text counts.
 */
export function memberNameInHeader(root: Document): string | undefined {
  const title = root.querySelector('h1');
  const header = title?.parentElement;
  if (!title || !header || header === root.body) return undefined;
  const rest = [...header.children]
    .filter((child) => child !== title)
    .map((child) => textOf(child))
    .join(' ')
    .trim();
  // \u2019, the curly apostrophe (O’Brien), escaped as in lib/clienttrack/text.ts: the bundle stays pure ASCII.
  return /^[\p{L}][\p{L}'\u2019 .-]{1,60}$/u.test(rest) ? rest : undefined;
}
