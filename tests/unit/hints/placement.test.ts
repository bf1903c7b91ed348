import { describe, expect, it } from 'vitest';
import { box, cardSpot, firstFree, isFree, reachAround, spotsAround } from '@/components/hints/placement';

// A field at 100..300 x 40..64 in an 800 px frame, with the next field's control to its right.
const field = box(100, 40, 200, 24);
const nextControl = box(320, 40, 150, 24);

describe('where a hint may sit', () => {
  it('goes beside the field when the line has room', () => {
    const spot = firstFree(spotsAround(field, 10, 20, 800), [field], 800);
    expect(spot).toMatchObject({ left: 304, top: 40 });
  });

  it('never covers a control: a message too wide for the gap goes elsewhere', () => {
    const wide = spotsAround(field, 200, 20, 800).slice(0, 2);
    expect(firstFree(wide, [field, nextControl], 800)).toBeUndefined();
    const mark = firstFree(spotsAround(field, 20, 20, 800), [field, nextControl], 800);
    expect(mark).toBeDefined();
    expect(isFree(mark!, [field, nextControl], 800)).toBe(true);
  });

  it('never reaches past the frame edge', () => {
    const atEdge = box(700, 40, 96, 24);
    const spot = firstFree(spotsAround(atEdge, 20, 20, 800), [atEdge], 800)!;
    expect(spot.right).toBeLessThanOrEqual(800);
    expect(spot.left).toBeGreaterThanOrEqual(0);
  });

  it('finds room in the visible part of a row wider than the frame', () => {
    // A row from 0 to 1200 in a 480 px frame, with controls at its start.
    const row = box(0, 100, 1200, 30);
    const controls = [box(0, 100, 40, 30), box(40, 105, 200, 20)];
    const spot = firstFree(spotsAround(row, 20, 20, 480), controls, 480)!;
    expect(spot.right).toBeLessThanOrEqual(480);
    expect(controls.every((control) => isFree(spot, [control], 480))).toBe(true);
  });

  it('keeps hints off each other: a second hint for the same field takes the next spot', () => {
    const first = firstFree(spotsAround(field, 20, 20, 800), [field], 800)!;
    const second = firstFree(spotsAround(field, 20, 20, 800), [field, first], 800)!;
    expect(isFree(second, [first], 800)).toBe(true);
  });
});

describe('which controls can matter to a hint', () => {
  it('every spot around a field lies within its reach, so a control beyond it can never be covered', () => {
    for (const [width, height] of [
      [20, 20],
      [240, 48],
      [24, 24],
    ] as const) {
      const reach = reachAround(field, height);
      for (const spot of spotsAround(field, width, height, 800)) {
        expect(spot.top).toBeGreaterThanOrEqual(reach.top);
        expect(spot.bottom).toBeLessThanOrEqual(reach.bottom);
      }
    }
  });

  it('a hint not measured (its part of the page hidden) has no spot, and looking for one ends', () => {
    expect(spotsAround(field, 0, 0, 800)).toEqual([]);
  });
});

describe('where an open card goes', () => {
  it('below its hint when it fits, pulled left to stay in the frame', () => {
    expect(cardSpot(box(700, 40, 20, 20), 300, 200, { width: 800, height: 600 })).toEqual({ left: 496, top: 64 });
  });

  it('above its hint near the bottom of the view', () => {
    expect(cardSpot(box(100, 500, 20, 20), 300, 200, { width: 800, height: 600 })).toEqual({ left: 100, top: 296 });
  });
});
