import type { ChecklistItem, Facts, Finding } from '../model/schemas';
import { valueOf } from '../model/read';
import type { IsoDate } from '../dates';
import type { SessionContext } from '../session/context';
import { DEFAULT_RULE_PARAMETERS, type RuleParameters } from '../rules/rule';
import { annualWindowInForce, type WindowInForce } from '../rules/window-in-force';

/** The side panel's summary: whose record, which workflow, and the dates the rules measured this page against. */
export interface WorkflowSummary {
  member?: string;
  workflow?: string;
  startedFrom?: string;
  projectStartDate?: IsoDate;
  headStartDate?: IsoDate;
  exitDate?: IsoDate;
  annualWindow?: WindowInForce;
  /** The turning-18 checklist of this page's client, as the rule found it. */
  checklist?: ChecklistItem[];
}

/**
 * Built from the very facts the rules judged (never from the session on its own), so the panel
 * can never show one client's dates beside another's name.
 */
export function summaryOf(
  session: SessionContext,
  facts: Facts | undefined,
  findings: Finding[],
  parameters: Partial<RuleParameters> = {},
): WorkflowSummary {
  const workflow = session.workflow;
  const member = facts ? valueOf(facts.client?.name) : session.currentMember;
  const enrollment = facts?.enrollment;
  const projectStartDate = valueOf(enrollment?.startDate);
  const headStartDate = valueOf(enrollment?.headStartDate);
  const exitDate = valueOf(enrollment?.exitDate);
  const days = parameters.annualWindowDays ?? DEFAULT_RULE_PARAMETERS.annualWindowDays;
  const window = facts && annualWindowInForce(enrollment, facts.today, days);
  // The page's own client's checklist: row findings (a dashboard's enrollments) are about their rows.
  const checklist = findings.find(
    (finding) => finding.ruleId === 'aged-into-adulthood' && finding.about.length === 0 && finding.checklist,
  )?.checklist;
  return {
    ...(member ? { member } : {}),
    ...(workflow
      ? { workflow: workflow.name, ...(workflow.startedFrom ? { startedFrom: workflow.startedFrom } : {}) }
      : {}),
    ...(projectStartDate ? { projectStartDate } : {}),
    ...(headStartDate ? { headStartDate } : {}),
    ...(exitDate ? { exitDate } : {}),
    ...(window ? { annualWindow: window } : {}),
    ...(checklist ? { checklist } : {}),
  };
}
