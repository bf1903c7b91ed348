// What ClientTrack Assist adds to a page (hints, the live region, outlines) is made of elements
// named ct-assist-*, whose insides are in shadow roots. Watching the page, and knowing what of it
// changed since it was last read, passes over them.

/** Whether a node is one the extension added. */
export function isAssistNode(node: Node): boolean {
  return node.nodeType === 1 && (node as Element).tagName.toLowerCase().startsWith('ct-assist-');
}

/** Whether a change to the page is only the extension's own: a hint added, moved or removed. */
export function isAssistChange(record: MutationRecord): boolean {
  if (isAssistNode(record.target)) return true;
  if (record.type !== 'childList') return false;
  const nodes = [...record.addedNodes, ...record.removedNodes];
  return nodes.length > 0 && nodes.every(isAssistNode);
}
