// Where a hint may sit: pure geometry over boxes in the frame's viewport, so it is tested without a
// browser. A hint never covers one of ClientTrack's controls or another hint, and never reaches past
// the frame's right edge (which would widen the page and bring a sideways scroll).

export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export const box = (left: number, top: number, width: number, height: number): Box => ({
  left,
  top,
  right: left + width,
  bottom: top + height,
});

/** Whether two boxes share any area (touching edges do not count). */
export function overlaps(a: Box, b: Box): boolean {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}

const GAP = 4;
/** Kept between a hint and a control, so a pixel of late layout never makes them touch. */
const CLEARANCE = 2;

/** Free: inside the frame's width and clear of every obstacle. */
export function isFree(candidate: Box, obstacles: readonly Box[], frameWidth: number): boolean {
  if (candidate.left < 0 || candidate.right > frameWidth) return false;
  const grown = {
    left: candidate.left - CLEARANCE,
    top: candidate.top - CLEARANCE,
    right: candidate.right + CLEARANCE,
    bottom: candidate.bottom + CLEARANCE,
  };
  return !obstacles.some((obstacle) => overlaps(grown, obstacle));
}

/**
 * Where a hint of this size could go for a field, best first: beside it on the right, then just
 * above or below its right end, then on its left, then further along its line. Each is a box of
 * the given size in viewport coordinates.
 */
export function spotsAround(anchor: Box, width: number, height: number, frameWidth: number): Box[] {
  // Nothing of no width can be placed (and the walks along the line below would never end).
  if (width <= 0) return [];
  const middle = (anchor.top + anchor.bottom) / 2 - height / 2;
  const spots = [
    box(anchor.right + GAP, anchor.top, width, height),
    box(anchor.right + GAP, middle, width, height),
    box(anchor.right - width, anchor.top - height - GAP, width, height),
    box(anchor.right - width, anchor.bottom + GAP, width, height),
    box(anchor.right + GAP, anchor.top - height - GAP, width, height),
    box(anchor.right + GAP, anchor.bottom + GAP, width, height),
    box(anchor.left - GAP - width, middle, width, height),
    box(anchor.left, anchor.top - height - GAP, width, height),
    box(anchor.left, anchor.bottom + GAP, width, height),
    // Inside the anchor's own corners: free when the anchor is a cell with room to spare.
    box(anchor.right - width - GAP, anchor.top + GAP, width, height),
    box(anchor.right - width - GAP, anchor.bottom - height - GAP, width, height),
  ];
  // Further along the line, for a row whose last cell is full of controls.
  for (let left = anchor.right + GAP + width; left + width <= frameWidth; left += width) {
    spots.push(box(left, middle, width, height));
  }
  // Last, leftwards along the line from the frame's edge: a wide grid row reaches past a narrow
  // frame, and its visible part has room between cells.
  for (let left = Math.min(anchor.right, frameWidth) - width - GAP; left >= 0; left -= 6) {
    spots.push(box(left, middle, width, height));
  }
  return spots;
}

/** How far up and down the spots around a field reach, for a hint of this height: controls beyond never matter. */
export function reachAround(anchor: Box, height: number): { top: number; bottom: number } {
  return { top: anchor.top - height - GAP, bottom: anchor.bottom + GAP + height };
}

/** The first free spot, or undefined when every spot would cover something. */
export function firstFree(spots: readonly Box[], obstacles: readonly Box[], frameWidth: number): Box | undefined {
  return spots.find((spot) => isFree(spot, obstacles, frameWidth));
}

/**
 * Where an open card goes next to its hint: below it when it fits in the view, else above;
 * starting at the hint's left edge, pulled left to stay inside the frame.
 */
export function cardSpot(
  hint: Box,
  width: number,
  height: number,
  view: { width: number; height: number },
): { left: number; top: number } {
  const below = hint.bottom + GAP;
  const above = hint.top - GAP - height;
  const top = below + height <= view.height || above < 0 ? below : above;
  const left = Math.max(GAP, Math.min(hint.left, view.width - GAP - width));
  return { left, top };
}
