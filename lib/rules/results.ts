import type { RuleResult } from './rule';
import type { Read } from '../model/read';
import type { IsoDate } from '../dates';
import { formatClientTrackDate } from '../dates';

// Small builders so every rule reports its outcomes the same way.

export function notApplicable(message: string): RuleResult {
  return { outcome: 'not-applicable', message, about: [] };
}

export function pass(message: string, about: string[] = []): RuleResult {
  return { outcome: 'pass', message, about };
}

export function fail(message: string, about: string[], extra: Partial<RuleResult> = {}): RuleResult {
  return { outcome: 'fail', message, about, ...extra };
}

/** Collects the facts a rule needs; any that are not known turn the rule into "needs review". */
export class Needs {
  readonly missing: string[] = [];
  private readonly problems: string[] = [];

  /** The value, or undefined after noting `label` as missing (not found, blank or unreadable). */
  value<T>(read: Read<T> | undefined, label: string): T | undefined {
    if (read?.state === 'value') return read.value;
    this.missing.push(label);
    if (read?.state === 'empty') this.problems.push(`${label} is blank`);
    else if (read?.state === 'unreadable') this.problems.push(`${label} cannot be read ("${read.text}")`);
    else this.problems.push(`${label} was not found on this page or earlier in this workflow`);
    return undefined;
  }

  /** Notes a fact that is missing for a reason the rule words itself. */
  note(label: string, problem: string): void {
    this.missing.push(label);
    this.problems.push(problem);
  }

  get any(): boolean {
    return this.missing.length > 0;
  }

  review(about: string[] = []): RuleResult {
    return {
      outcome: 'needs-review',
      message: `Not checked: ${this.problems.join('; ')}.`,
      about,
      missing: [...this.missing],
    };
  }
}

/** The label a field carries on the page, or the ClientTrack name for it. */
export function labelOf(read: Read<unknown> | undefined, fallback: string): string {
  return read && read.state !== 'unknown' && read.field ? read.field.label : fallback;
}

/** A field's label as the page names it, with the member's name first when it is someone else's ("Ana Cruz's Exit Date"). */
export function whose(label: string, who?: string): string {
  return who ? `${who}'s ${label}` : label;
}

/**
 * `make`, with each text kept once made: the audit words a few thousand dates and labels into tens
 * of millions of messages, passes included. Emptied when full, so a long session cannot grow it
 * without end.
 */
export function wordedOnce(make: (key: string) => string, limit: number): (key: string) => string {
  const made = new Map<string, string>();
  return (key) => {
    let text = made.get(key);
    if (text === undefined) {
      text = make(key);
      if (made.size >= limit) made.clear();
      made.set(key, text);
    }
    return text;
  };
}

/** `MM/DD/YYYY`, as case workers see dates. */
export const shown: (date: IsoDate) => string = wordedOnce((date) => formatClientTrackDate(date as IsoDate), 10_000);
