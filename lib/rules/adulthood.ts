import { ageOn, type IsoDate } from '../dates';

// When a client counts as an adult, for the rules and the guide alike. The age is the CoC's
// parameter (RuleParameters.adultAge, 18 unless the settings say otherwise).

export function isAdultOn(dateOfBirth: IsoDate, date: IsoDate, adultAge: number): boolean {
  return ageOn(dateOfBirth, date) >= adultAge;
}

/** A child on the Project Start Date who is an adult by `asOf` (today, or the Exit Date). */
export function turnedAdultDuring(dateOfBirth: IsoDate, startDate: IsoDate, asOf: IsoDate, adultAge: number): boolean {
  return !isAdultOn(dateOfBirth, startDate, adultAge) && isAdultOn(dateOfBirth, asOf, adultAge);
}
