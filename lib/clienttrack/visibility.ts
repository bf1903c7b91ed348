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

/**
 * Whether the element itself is hidden by its own inline style or attribute (a grid column a CoC
 * hides). Reads the attribute text, not `style`, so it stays cheap across thousands of cells.
 */
export function isHiddenItself(element: Element): boolean {
  if (element.hasAttribute('hidden')) return true;
  const inline = element.getAttribute('style');
  return inline !== null && /(display\s*:\s*none|visibility\s*:\s*hidden)/i.test(inline);
}
