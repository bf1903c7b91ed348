import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { RULES } from '@/lib/rules/registry';
import { RULE_IDS } from '@/lib/model/vocabulary';

// The catalogue that product, training and exported findings share lives in ../shared/rules.md.
// A snapshot is kept in the repository so a checkout without ../shared still tests the contract;
// where both exist they must agree, so the snapshot cannot drift unnoticed.
const shared = resolve(import.meta.dirname, '../../../../shared/rules.md');
const snapshot = resolve(import.meta.dirname, '../../fixtures/rules-catalogue.md');
const catalogue = readFileSync(existsSync(shared) ? shared : snapshot, 'utf8');
const rows = [...catalogue.matchAll(/^\| `([a-z0-9-]+)` \| (error|warning|info)[^|]*\|/gm)].map((m) => ({
  id: m[1]!,
  severity: m[2]!,
}));

describe('the rule registry and rules.md', () => {
  it.runIf(existsSync(shared))('keeps the snapshot of rules.md identical to ../shared/rules.md', () => {
    expect(readFileSync(snapshot, 'utf8')).toBe(readFileSync(shared, 'utf8'));
  });

  it('reads the catalogue', () => {
    expect(rows.length).toBeGreaterThanOrEqual(21);
  });

  it('registers every rule in rules.md with its severity', () => {
    for (const { id, severity } of rows) {
      const rule = RULES.find((candidate) => candidate.id === id);
      expect(rule, `rule ${id}`).toBeDefined();
      expect(rule?.severity, `severity of ${id}`).toBe(severity);
    }
  });

  it('registers nothing that rules.md does not list, once each', () => {
    const ids = RULES.map((rule) => rule.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual(rows.map((row) => row.id).sort());
    expect([...RULE_IDS].sort()).toEqual([...ids].sort());
  });

  it('gives every rule complete metadata', () => {
    for (const rule of RULES) {
      expect(rule.title.length, rule.id).toBeGreaterThan(5);
      expect(rule.why.length, rule.id).toBeGreaterThan(40);
      expect(rule.howToFix.length, rule.id).toBeGreaterThan(0);
      for (const step of rule.howToFix) expect(step.length, rule.id).toBeGreaterThan(10);
      expect(rule.reference, rule.id).toMatch(/HUD|[Gg]uide|ClientTrack/);
      expect(rule.where.length, rule.id).toBeGreaterThan(5);
      expect(rule.pages.length, rule.id).toBeGreaterThan(0);
    }
  });
});
