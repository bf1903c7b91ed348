import { formatClientTrackDate } from '@/lib/dates/clienttrack-text';

/** A date of a finding as ClientTrack and its users write dates (MM/DD/YYYY); anything else as it is. */
export function usDate(date: string): string {
  try {
    return formatClientTrackDate(date as Parameters<typeof formatClientTrackDate>[0]);
  } catch {
    return date;
  }
}
