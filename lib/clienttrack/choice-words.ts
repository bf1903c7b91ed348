// The Update/Annual choice's answers as CoCs word them: "Update (During Program Enrollment)",
// "New During Program Enrollment/Update Assessment", "Annual Assessment", and HUD's own 5.03
// words "Update" and "Project annual assessment", or plain "Update" and "Annual".

/** An Update answer, in any CoC's wording (lower case). */
export function isUpdateChoice(text: string): boolean {
  return /^update\b/.test(text) || (/\bupdate assessment\b/.test(text) && !/\bannual\b/.test(text));
}

/** An Annual Assessment answer (lower case), or plain "Annual" beside "Update" as a CoC asks "Update or Annual". */
export function isAnnualChoice(text: string): boolean {
  return /^(project )?annual\b/.test(text);
}
