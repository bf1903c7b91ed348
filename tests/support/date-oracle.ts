// The date formats ClientTrack shows, stated again here independently of lib/dates, so the fuzz
// tests judge the readers against the contract rather than against the code under test.

const pad = (value: number, width: number) => String(value).padStart(width, '0');

/** The calendar date a field's text shows (MM/DD/YYYY, M/D/YYYY, MM-DD-YYYY or typed MMDDYYYY), if any. */
export function acceptedDate(text: string): string | undefined {
  const trimmed = text.trim();
  const match =
    /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(trimmed) ??
    /^(\d{2})-(\d{2})-(\d{4})$/.exec(trimmed) ??
    /^(\d{2})(\d{2})(\d{4})$/.exec(trimmed);
  if (!match) return undefined;
  const [month, day, year] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(2000, month - 1, day));
  date.setUTCFullYear(year);
  const real =
    year >= 1 && date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  return real ? `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}` : undefined;
}

/** What reading a date field's text must give: its date, nothing entered, or unreadable. */
export function expectedDateState(text: string): { state: 'value'; value: string } | { state: 'empty' | 'unreadable' } {
  const date = acceptedDate(text);
  if (date) return { state: 'value', value: date };
  return { state: text.trim() === '' ? 'empty' : 'unreadable' };
}

/** The text a person sees in a control or cell: a typed value, a chosen option, or the text. */
export function visibleValue(element: Element): string {
  const control = element.matches('input, select, textarea')
    ? element
    : element.querySelector('input:not([type=hidden]), select, textarea');
  if (control?.tagName === 'SELECT') {
    const select = control as HTMLSelectElement;
    return select.options[select.selectedIndex]?.textContent ?? '';
  }
  if (control) return (control as HTMLInputElement).value;
  return (element.textContent ?? '').replace(/\u00a0/g, ' ').replace(/\s+/g, ' ');
}
