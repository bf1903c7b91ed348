import type { BenchBuild } from './browsers';

/**
 * The order of the three browsers' loads, round after round (the table repeats every six rounds).
 * A browser's load is slowed or helped by what the machine did just before it: the last browser's
 * work after its load, a core left idle. Turning one order round by round (ours, empty, none; then
 * empty, none, ours; …) has ours follow "none" in two rounds of three and the empty build follow
 * ours in two of three, so the comparison carried that difference. Here every build follows each
 * of the other two equally often, across round boundaries too, and sits in each place of a round
 * equally often: the six orders of three, arranged so that the last of one round and the first of
 * the next make each pair once.
 */
export const ROUND_ORDERS: readonly (readonly BenchBuild[])[] = [
  ['ours', 'empty', 'none'],
  ['ours', 'none', 'empty'],
  ['none', 'empty', 'ours'],
  ['empty', 'ours', 'none'],
  ['empty', 'none', 'ours'],
  ['none', 'ours', 'empty'],
];

/** The order of round `round` (from 0). Rounds kept should be a multiple of six for the balance to hold. */
export function roundOrder(round: number): readonly BenchBuild[] {
  return ROUND_ORDERS[round % ROUND_ORDERS.length]!;
}
