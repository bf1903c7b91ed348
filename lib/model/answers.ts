import type { AnswerFacts } from './schemas';
import type { Read } from './read';

// Select answers are read by their visible text (option values are ClientTrack codes that vary).
// These helpers compare that text the way a person would, and say once what counts as answered:
// the rules, the session, the guide and the HUD CSV audit all use them.

/**
 * `judge`, remembering its answer for each text. An export's answers are a few dozen HUD words
 * asked about tens of millions of times; the memory is emptied when full, so page text cannot
 * grow it without end.
 */
function oncePerText<T>(judge: (text: string) => T): (text: string) => T {
  const known = new Map<string, T>();
  return (text) => {
    let answer = known.get(text);
    if (answer === undefined) {
      answer = judge(text);
      if (known.size >= 1000) known.clear();
      known.set(text, answer);
    }
    return answer;
  };
}

// The curly apostrophe is written as an escape, as in lib/clienttrack/text.ts: the bundle stays pure ASCII.
const normalise = oncePerText((text) =>
  text
    .trim()
    .toLowerCase()
    .replace(/[\u2019']/g, "'")
    .replace(/\s+/g, ' '),
);

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

const DOESNT_KNOW_OR_REFUSED =
  /^((client )?(doesn't|does not|don't|do not) know|(client )?(prefers not to answer|refused))( ?\/ ?(client )?(refused|prefers not to answer))?$/;

/**
 * HUD's choices beside Yes and No (list 1.8): "Client doesn't know", "Client prefers not to answer"
 * and "Data not collected", as forms word them (older ones: "Client refused", "Client doesn't
 * know/Client refused"). None of them is a Yes or a No.
 */
export const isHudChoiceBesideYesNo = oncePerText(
  (text) => isDataNotCollected(text) || DOESNT_KNOW_OR_REFUSED.test(normalise(text)),
);

/** The empty choice of a ClientTrack select (`--SELECT--`), or nothing. */
export function isUnansweredChoice(answer: string | undefined): boolean {
  return answer === undefined || normalise(answer) === '' || /^-*\s*select\s*-*$/.test(normalise(answer));
}

/**
 * A data element holds a real answer: not blank, not `--SELECT--`, and not "Data not collected"
 * (rules.md: adult-element-missing fails on it, so nothing may count it as recorded).
 */
export function isAnswered(answer: string | undefined): answer is string {
  return answer !== undefined && isRealAnswer(answer);
}
// Asked for every answer of every income row in an audit: each text is judged once.
const isRealAnswer = oncePerText((answer) => !isUnansweredChoice(answer) && !isDataNotCollected(answer));

/** A read that holds a real answer (see isAnswered). */
export function isAnsweredRead(read: Read<string> | undefined): boolean {
  return read?.state === 'value' && isAnswered(read.value);
}

/** Income from Any Source and Non-Cash Benefits from Any Source both hold a real answer. */
export function incomeAndBenefitsAnswered(answers: AnswerFacts | undefined): boolean {
  return isAnsweredRead(answers?.incomeFromAnySource) && isAnsweredRead(answers?.nonCashFromAnySource);
}

/** "Self" in Relationship to Head of Household marks the head of household. */
export function isHeadOfHouseholdRelationship(relationship: string | undefined): boolean {
  return relationship !== undefined && /^self\b/.test(normalise(relationship));
}

export function isNoExitInterview(destination: string | undefined): boolean {
  return destination !== undefined && normalise(destination) === 'no exit interview completed';
}
