/**
 * Whether ClientTrack has hidden the element (Rule Designer hides dependent fields with inline
 * styles or the hidden attribute). Checked without layout so it stays cheap while the user types.
 */
export function isHidden(element: Element): boolean {
  for (let node: Element | null = element; node; node = node.parentElement) {
    if (node.hasAttribute('hidden')) return true;
    const style = (node as HTMLElement).style;
    if (style && (style.display === 'none' || style.visibility === 'hidden')) return true;
    if (node.tagName === 'INPUT' && (node as HTMLInputElement).type === 'hidden') return true;
  }
  return false;
}
