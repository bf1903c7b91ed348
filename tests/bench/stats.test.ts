import { describe, expect, it } from 'vitest';
import { median, percentile } from './stats';

describe('benchmark statistics', () => {
  it('takes the middle value, or the mean of the two middle ones', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });

  it('interpolates percentiles between ranks, whatever the order of the samples', () => {
    const samples = Array.from({ length: 21 }, (_, i) => 20 - i); // 0..20, reversed
    expect(percentile(samples, 95)).toBe(19);
    expect(percentile(samples, 0)).toBe(0);
    expect(percentile(samples, 100)).toBe(20);
    expect(percentile([1, 2], 95)).toBeCloseTo(1.95);
  });

  it('refuses an empty sample', () => {
    expect(() => median([])).toThrow('No samples');
  });
});
