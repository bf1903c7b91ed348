import type { RuleId } from '../model/vocabulary';

/**
 * Assessments that passed every check of their page, by enrollment, date and data collection
 * stage, with the checks that passed them. HealthAndDV.csv and Disabilities.csv hold the same
 * assessments (Disabilities a row per disability), judged by the same checks: a Disabilities
 * assessment that passed in HealthAndDV.csv is counted as passing them again instead of being
 * judged again (see audit.ts). Kept in typed columns, a list per enrollment: a million enrollments
 * have millions of assessments.
 */
export class PassedAssessments {
  /** Per enrollment, its last entry + 1 (0 for none). */
  private readonly last: Int32Array;
  /** Per entry: date * 8 + stage (a date is yyyymmdd, a stage below 8), the entry before of its enrollment + 1, its checks. */
  private key = new Int32Array(1024);
  private before = new Int32Array(1024);
  private passes = new Int32Array(1024);
  private count = 0;
  /** The lists of checks that passed an assessment: a few, shared by millions of entries. */
  private readonly passLists: (readonly RuleId[])[] = [];
  private readonly passListAt = new Map<string, number>();
  private lastList = -1;

  constructor(enrollments: number) {
    this.last = new Int32Array(enrollments);
  }

  add(enrollment: number, date: number, stage: number, passed: readonly RuleId[]): void {
    const list = this.listOf(passed);
    if (this.count === this.key.length) {
      this.key = grown(this.key);
      this.before = grown(this.before);
      this.passes = grown(this.passes);
    }
    const at = this.count++;
    this.key[at] = date * 8 + stage;
    this.passes[at] = list;
    this.before[at] = this.last[enrollment]!;
    this.last[enrollment] = at + 1;
  }

  /** The index of a list of checks (which the caller may change afterwards) in `passLists`: most often the last one's again. */
  private listOf(passed: readonly RuleId[]): number {
    const last = this.passLists[this.lastList];
    if (last && last.length === passed.length) {
      let same = true;
      for (let i = 0; i < last.length && same; i++) same = last[i] === passed[i];
      if (same) return this.lastList;
    }
    const name = passed.join(' ');
    let list = this.passListAt.get(name);
    if (list === undefined) {
      list = this.passLists.push([...passed]) - 1;
      this.passListAt.set(name, list);
    }
    this.lastList = list;
    return list;
  }

  /** The checks that passed the enrollment's assessment of that date and stage, if it passed all. */
  find(enrollment: number, date: number, stage: number): readonly RuleId[] | undefined {
    const key = date * 8 + stage;
    for (let at = this.last[enrollment]!; at > 0; at = this.before[at - 1]!)
      if (this.key[at - 1] === key) return this.passLists[this.passes[at - 1]!];
    return undefined;
  }
}

function grown(column: Int32Array<ArrayBuffer>): Int32Array<ArrayBuffer> {
  const larger = new Int32Array(column.length * 2);
  larger.set(column);
  return larger;
}
