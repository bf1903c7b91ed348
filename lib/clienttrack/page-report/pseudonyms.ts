import { addDays, isoDateFromParts, partsOf } from '../../dates';
import { firstLast, personKey } from '../../model/names';

// The replacements of one page report. One instance serves every frame of the report, so a person
// is the same "Person N" in the app shell and the workspace, a Client ID maps to the same digits
// wherever it shows, and every date moves by the same number of days (order and day counts survive).

/** A source of randomness in [0, 1): Math.random in the extension, a seeded one in tests. */
export type Random = () => number;

const DATE_TOKEN =
  /(?<![\d/-])(?:(\d{1,2})([/-])(\d{1,2})\2(\d{4}|\d{2})|(\d{4})-(\d{2})-(\d{2})|(\d{2})(\d{2})(\d{4}))(?![\d/-])/g;
const WHOLE_DATE = new RegExp(`^${DATE_TOKEN.source}$`);

export class Pseudonyms {
  /** Days every date moves by. Never a whole number of years, so month and day change too. */
  readonly shiftDays: number;
  private readonly people = new Map<string, { label: string; forms: RegExp[]; parts: string[] }>();
  private readonly digits = new Map<string, string>();
  private readonly usedDigits = new Set<string>();
  private partSweep: RegExp | undefined;

  constructor(private readonly random: Random = Math.random) {
    this.shiftDays = pickShift(random);
  }

  /** "Person N" for a name written "First Last" or "Last, First"; the same person gets the same N. */
  person(name: string): string {
    const key = personKey(name);
    if (key === '') return name;
    const known = this.people.get(key);
    if (known) return known.label;
    const label = `Person ${this.people.size + 1}`;
    const words = firstLast(name).split(/\s+/).filter(Boolean);
    const first = words.slice(0, -1).join(' ');
    const last = words.at(-1) ?? '';
    const forms = [words.join(' '), ...(first ? [`${last}, ${first}`] : [])].map(
      (form) => new RegExp(`(?<![\\p{L}\\p{N}])${form.split(' ').map(escape).join('\\s+')}(?![\\p{L}\\p{N}])`, 'giu'),
    );
    this.people.set(key, { label, forms, parts: words.filter((word) => word.length > 1) });
    this.partSweep = undefined;
    return label;
  }

  /** Digit runs of the pages being redacted: never given out as a replacement, so no original number reappears by chance. */
  reserve(text: string): void {
    for (const run of text.match(/\d+/g) ?? []) this.usedDigits.add(run);
  }

  /** Whether `text` is, as a whole, the name of a person already seen. */
  isKnownPerson(text: string): boolean {
    return this.people.has(personKey(text));
  }

  /** The same-length digits that stand for a digit run; all zeros stay zeros (a zero amount names no one). */
  number(run: string): string {
    if (/^0+$/.test(run)) return run;
    const known = this.digits.get(run);
    if (known) return known;
    let made = run;
    for (let attempt = 0; attempt < 100 && (made === run || this.usedDigits.has(made)); attempt += 1) {
      made = [...run].map((digit, index) => (index === 0 && digit !== '0' ? this.digit(1) : this.digit(0))).join('');
    }
    this.digits.set(run, made);
    this.usedDigits.add(made);
    return made;
  }

  /** A date token moved by the report's shift, written the way it was (padding, separator, year digits). */
  date(token: string): string | undefined {
    const match = WHOLE_DATE.exec(token);
    if (!match) return undefined;
    const [, m1, sep, d1, y1, yIso, mIso, dIso, mTyped, dTyped, yTyped] = match;
    if (m1 !== undefined && sep !== undefined && d1 !== undefined && y1 !== undefined) {
      const year = y1.length === 2 ? 2000 + Number(y1) - (Number(y1) > 50 ? 100 : 0) : Number(y1);
      const moved = this.shift(year, Number(m1), Number(d1));
      if (!moved) return undefined;
      const yearText = y1.length === 2 ? String(moved.year % 100).padStart(2, '0') : String(moved.year);
      return [pad(moved.month, m1.length), pad(moved.day, d1.length), yearText].join(sep);
    }
    if (yIso !== undefined) {
      const moved = this.shift(Number(yIso), Number(mIso), Number(dIso));
      return moved && `${pad(moved.year, 4)}-${pad(moved.month, 2)}-${pad(moved.day, 2)}`;
    }
    const moved = this.shift(Number(yTyped), Number(mTyped), Number(dTyped));
    return moved && `${pad(moved.month, 2)}${pad(moved.day, 2)}${pad(moved.year, 4)}`;
  }

  /**
   * A value a client could be identified by, replaced: a known person's name by "Person N" (or any
   * text when `asName`), dates moved, digits by same-length digits, everything else by "x".
   */
  value(text: string, asName = false): string {
    const trimmed = text.trim();
    if (trimmed === '') return text;
    if (asName || this.isKnownPerson(trimmed)) return text.replace(trimmed, this.person(trimmed));
    return this.pieces(text, (rest) => rest.replace(/\d+/g, (run) => this.number(run)).replace(/[^\s\d]/g, 'x'));
  }

  /**
   * Text kept because it is a caption, heading, option or button: still, any known name in it
   * becomes "Person N" (a name part becomes x's), dates move, and long digit runs (ids) are replaced.
   */
  caption(text: string): string {
    return this.pieces(text, (rest) =>
      rest
        .replace(this.partPattern(), (part) => 'x'.repeat(part.length))
        .replace(/\d{3}-\d{2}-\d{4}|\d{4,}/g, (run) => run.replace(/\d+/g, (digits) => this.number(digits))),
    );
  }

  /** An id, class or name: digit runs of four or more (record ids, row keys) replaced the same way everywhere. */
  identifier(text: string): string {
    return text.replace(/\d{4,}/g, (run) => this.number(run));
  }

  /** Splits text into dates and known names (replaced here) and the rest (replaced by `other`). */
  private pieces(text: string, other: (rest: string) => string): string {
    const found: { start: number; end: number; text: string }[] = [];
    for (const match of text.matchAll(DATE_TOKEN)) {
      const moved = this.date(match[0]);
      if (moved) found.push({ start: match.index, end: match.index + match[0].length, text: moved });
    }
    for (const { label, forms } of this.people.values()) {
      for (const form of forms) {
        for (const match of text.matchAll(form)) {
          const start = match.index;
          const end = start + match[0].length;
          if (!found.some((piece) => piece.start < end && start < piece.end)) found.push({ start, end, text: label });
        }
      }
    }
    found.sort((a, b) => a.start - b.start);
    let out = '';
    let at = 0;
    for (const piece of found) {
      out += other(text.slice(at, piece.start)) + piece.text;
      at = piece.end;
    }
    return out + other(text.slice(at));
  }

  private partPattern(): RegExp {
    if (this.partSweep) return this.partSweep;
    const parts = [...this.people.values()].flatMap((person) => person.parts).map(escape);
    this.partSweep =
      parts.length === 0 ? /(?!)/g : new RegExp(`(?<![\\p{L}\\p{N}])(?:${parts.join('|')})(?![\\p{L}\\p{N}])`, 'giu');
    return this.partSweep;
  }

  private shift(year: number, month: number, day: number): { year: number; month: number; day: number } | undefined {
    const date = isoDateFromParts({ year, month, day });
    return date ? partsOf(addDays(date, this.shiftDays)) : undefined;
  }

  private digit(from: number): string {
    return String(from + Math.floor(this.random() * (10 - from)));
  }
}

/** 100 to 1500 days either way, never within 20 days of a whole number of years. */
function pickShift(random: Random): number {
  for (;;) {
    const days = (100 + Math.floor(random() * 1400)) * (random() < 0.5 ? -1 : 1);
    const offYear = ((days % 365) + 365) % 365;
    if (offYear >= 20 && offYear <= 345) return days;
  }
}

function pad(value: number, length: number): string {
  return String(value).padStart(length, '0');
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
