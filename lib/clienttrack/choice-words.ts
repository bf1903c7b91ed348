// The Update/Annual choice's answers as CoCs word them: "Update (During Program Enrollment)",
// "New During Program Enrollment/Update Assessment", "Annual Assessment", and HUD's own 5.03
// words "Update" and "Project annual assessment".

/** An Update answer, in any CoC's wording (lower case). */
export function isUpdateChoice(text: string): boolean {
  return /^update\b/.test(text) || (/\bupdate assessment\b/.test(text) && !/\bannual\b/.test(text));
}

/** An Annual Assessment answer (lower case). */
export function isAnnualChoice(text: string): boolean {
  return /^(project )?annual assessment\b/.test(text);
}
