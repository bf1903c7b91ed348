// Select answers are read by their visible text (option values are ClientTrack codes that vary).
// These helpers compare that text the way a person would.

function normalise(text: string): string {
  return text.trim().toLowerCase().replace(/[’']/g, "'").replace(/\s+/g, ' ');
}

export function isYes(answer: string | undefined): boolean {
  return answer !== undefined && normalise(answer) === 'yes';
}

export function isNo(answer: string | undefined): boolean {
  return answer !== undefined && normalise(answer) === 'no';
}

/** HUD code 99: the question was not asked or not answered. */
export function isDataNotCollected(answer: string | undefined): boolean {
  return answer !== undefined && normalise(answer) === 'data not collected';
}

/** The empty choice of a ClientTrack select (`--SELECT--`), or nothing. */
export function isUnansweredChoice(answer: string | undefined): boolean {
  return answer === undefined || normalise(answer) === '' || /^-*\s*select\s*-*$/.test(normalise(answer));
}

/** "Self" in Relationship to Head of Household marks the head of household. */
export function isHeadOfHouseholdRelationship(relationship: string | undefined): boolean {
  return relationship !== undefined && /^self\b/.test(normalise(relationship));
}

export function isNoExitInterview(destination: string | undefined): boolean {
  return destination !== undefined && normalise(destination) === 'no exit interview completed';
}
