import type { PageKind, Severity } from '@/lib/model/vocabulary';
import { formatClientTrackDate, type IsoDate } from '@/lib/dates';

export const SEVERITY_HEADINGS: Record<Severity, string> = { error: 'Errors', warning: 'Warnings', info: 'Notes' };

/** Pages as ClientTrack titles them. */
export const PAGE_NAMES: Record<PageKind, string> = {
  'app-shell': 'ClientTrack',
  login: 'Log in',
  'find-client': 'Find Client',
  'intake-search': 'Intake client search',
  'basic-client-information': 'Basic Client Information',
  'family-members': 'Family Members',
  'program-enrollment': 'HUD Program Enrollment',
  'assessment-choice': 'Update/Annual choice',
  'universal-data-assessment': 'Universal Data Assessment',
  barriers: 'Barriers/Special Needs',
  'domestic-violence': 'Domestic Violence',
  income: 'Income',
  'health-insurance': 'Health Insurance',
  exit: 'Exit',
  'master-assessment': 'Master Assessment',
  're-enter-confirmation': 'Re Enter the Enrollment',
  finish: 'Finish',
  'client-dashboard': 'Client Dashboard',
  'annual-assessment-tool': 'Annual Assessment Tool',
  'milestone-age-report': 'Client Milestone Age Status',
  'unnamed-form': 'A ClientTrack form',
  unknown: 'A page not recognised',
};

export const dateText = (date: IsoDate) => formatClientTrackDate(date);
