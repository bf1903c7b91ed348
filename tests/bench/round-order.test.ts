import { describe, expect, it } from 'vitest';
import { BENCH_BUILDS } from './browsers';
import { ROUND_ORDERS, roundOrder } from './round-order';

/** The loads of `rounds` rounds one after another, as the benchmark makes them. */
const loads = (from: number, rounds: number) => Array.from({ length: rounds }, (_, i) => roundOrder(from + i)).flat();

describe('page-load rounds', () => {
  it('loads every build once in each round', () => {
    for (const order of ROUND_ORDERS) expect([...order].sort()).toEqual([...BENCH_BUILDS].sort());
  });

  it('has every build follow each of the others equally often, whichever round the kept ones start at', () => {
    for (const warmUp of [0, 3, 5]) {
      // The kept rounds' loads, each with the load before it: the first one's is the warm-up's last,
      // the same build as the last kept round's (ninety rounds are fifteen turns of the table).
      const sequence = loads(warmUp, 90);
      const before = [roundOrder(warmUp + 89).at(-1), ...sequence];
      const follows = new Map<string, number>();
      for (let i = 0; i < sequence.length; i++) {
        const pair = `${before[i]} → ${sequence[i]}`;
        follows.set(pair, (follows.get(pair) ?? 0) + 1);
      }
      expect([...follows.keys()].filter((pair) => pair.split(' → ')[0] === pair.split(' → ')[1])).toEqual([]);
      expect(follows.size).toBe(6);
      expect(new Set(follows.values()).size).toBe(1);
    }
  });

  it('puts every build in each place of a round equally often', () => {
    for (const build of BENCH_BUILDS) {
      const places = ROUND_ORDERS.map((order) => order.indexOf(build));
      expect([0, 1, 2].map((place) => places.filter((p) => p === place).length)).toEqual([2, 2, 2]);
    }
  });
});
