import { createReadStream, closeSync, mkdtempSync, openSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';

/**
 * Writes lines to a file in the order of their keys, holding at most `budget` characters of them
 * in memory: past it, sorted runs go to temporary files, merged when the file is closed. A damaged
 * export can fail on every row, so the findings must not all wait in memory to be sorted.
 */
export class SortedFile {
  private batch: [string, string][] = [];
  private chars = 0;
  private readonly runs: string[] = [];
  private dir: string | undefined;
  count = 0;

  constructor(
    private readonly path: string,
    private readonly header: string,
    private readonly budget = 64 << 20,
  ) {}

  add(key: string, line: string): void {
    this.batch.push([key, line]);
    this.count += 1;
    this.chars += key.length + line.length + 16;
    if (this.chars > this.budget) this.spill();
  }

  async close(): Promise<void> {
    const out = openSync(this.path, 'w');
    const lines = new Lines(out);
    lines.push(this.header);
    try {
      if (this.runs.length === 0) {
        for (const [, line] of this.sorted()) lines.push(line);
      } else {
        this.spill();
        await this.merge(lines);
      }
      lines.flush();
    } finally {
      closeSync(out);
      if (this.dir) rmSync(this.dir, { recursive: true, force: true });
    }
  }

  private sorted(): [string, string][] {
    const batch = this.batch;
    this.batch = [];
    this.chars = 0;
    return batch.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  }

  private spill(): void {
    this.dir ??= mkdtempSync(join(tmpdir(), 'audit-findings-'));
    const path = join(this.dir, `run-${this.runs.length}.jsonl`);
    const out = openSync(path, 'w');
    const lines = new Lines(out, '\n');
    for (const record of this.sorted()) lines.push(JSON.stringify(record));
    lines.flush();
    closeSync(out);
    this.runs.push(path);
  }

  private async merge(lines: Lines): Promise<void> {
    const readers = this.runs.map((path) =>
      createInterface({ input: createReadStream(path), crlfDelay: Number.POSITIVE_INFINITY })[Symbol.asyncIterator](),
    );
    const heads = await Promise.all(readers.map((reader) => next(reader)));
    for (;;) {
      let least = -1;
      for (let i = 0; i < heads.length; i++) {
        const head = heads[i];
        if (head && (least < 0 || head[0] < heads[least]![0])) least = i;
      }
      if (least < 0) return;
      lines.push(heads[least]![1]);
      heads[least] = await next(readers[least]!);
    }
  }
}

async function next(reader: AsyncIterator<string>): Promise<[string, string] | undefined> {
  const { done, value } = await reader.next();
  return done ? undefined : (JSON.parse(value) as [string, string]);
}

/** Lines written to a file a few thousand at a time. */
class Lines {
  private pending: string[] = [];

  constructor(
    private readonly fd: number,
    private readonly ending = '\r\n',
  ) {}

  push(line: string): void {
    this.pending.push(line);
    if (this.pending.length >= 5000) this.flush();
  }

  flush(): void {
    if (this.pending.length > 0) writeSync(this.fd, `${this.pending.join(this.ending)}${this.ending}`);
    this.pending = [];
  }
}
