import type { Rule } from './rule';
import { UPDATE_WORKFLOWS } from '../model/vocabulary';
import { fieldsOf } from '../model/read';
import { nearestWindow, windowContaining } from '../dates';
import { DATED_PAGES } from './pages';
import { Needs, fail, labelOf, notApplicable, pass, shown } from './results';
import { unlessInWorkflow } from './workflow';
import { headStartDateOf } from './household';

export const annualAssessmentWindow: Rule = {
  id: 'annual-assessment-window',
  severity: 'error',
  title: 'Annual assessment outside its annual window',
  why: "HUD only counts an annual assessment dated inside the annual window around each anniversary of the head of household's Project Start Date. Outside that window it is not an annual assessment at all, and ClientTrack refuses it on Save.",
  howToFix: [
    'If the client’s situation changed, go back and choose "Update (During Program Enrollment)" instead of Annual Assessment.',
    'If the annual assessment is what is needed, date it inside the window shown.',
    'The window follows the head of household’s Project Start Date for every member of the household.',
  ],
  reference: 'HUD 5.03 (annual assessment); guide: Update/Annual step 4',
  where: 'Update/Annual Assessment (and Missed Update/Annual Assessment) once "Annual Assessment" is chosen',
  pages: DATED_PAGES,
  workflows: UPDATE_WORKFLOWS,
  evaluate(facts, parameters) {
    const outside = unlessInWorkflow(facts, UPDATE_WORKFLOWS, 'an Update/Annual Assessment workflow');
    if (outside) return [outside];
    const dateRead = facts.assessment?.date;
    if (!dateRead || dateRead.state === 'unknown') return [notApplicable('This page has no Assessment Date.')];
    if (dateRead.state === 'empty') return [notApplicable('Assessment Date is not entered yet.')];
    const label = labelOf(dateRead, 'Assessment Date');
    const about = fieldsOf(dateRead);

    const needs = new Needs();
    const type = needs.value(facts.assessment?.choice?.type, 'whether this is an Update or an Annual Assessment');
    if (type === 'update') return [notApplicable('This is an Update, which may be dated any day of the enrollment.')];
    const date = needs.value(dateRead, label);
    const headStart = needs.value(headStartDateOf(facts.enrollment), "the head of household's Project Start Date");
    if (needs.any || date === undefined || headStart === undefined) return [needs.review(about)];

    const days = parameters.annualWindowDays;
    const inside = windowContaining(headStart, date, days);
    const near = inside ?? nearestWindow(headStart, date, days);
    const window = { anniversary: near.anniversary, firstDay: near.firstDay, lastDay: near.lastDay };
    const span = `${shown(near.firstDay)} to ${shown(near.lastDay)}`;
    if (inside) return [pass(`${label} ${shown(date)} is inside the annual window ${span}.`, about)];

    const dates = { [label]: date, "Head of household's Project Start Date": headStart };
    const message =
      date < near.firstDay && near.anniversaryNumber === 1
        ? `${label} ${shown(date)} is before the first annual window (${span}); record an Update instead.`
        : `${label} ${shown(date)} is outside the annual window ${span}; record an Update instead.`;
    return [fail(message, about, { dates, window })];
  },
};
