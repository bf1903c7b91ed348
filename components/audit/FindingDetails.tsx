import { useEffect, useRef } from 'preact/hooks';
import type { AuditFinding } from '@/lib/hud-csv/audit';
import type { Rule } from '@/lib/rules/rule';
import { usDate } from './us-date';

interface Props {
  finding: AuditFinding;
  rule: Rule;
  projectName: string;
}

/** One finding in full: what is wrong, the ids and dates, and how to put it right in ClientTrack. */
export function FindingDetails({ finding, rule, projectName }: Props) {
  const section = useRef<HTMLElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  // Below a long table the details would open out of sight: bring them into view and move focus there.
  useEffect(() => {
    section.current?.scrollIntoView?.({ block: 'start', behavior: 'smooth' });
    heading.current?.focus({ preventScroll: true });
  }, [finding]);
  return (
    <section class="details" aria-labelledby="details-heading" ref={section}>
      <h3 id="details-heading" tabIndex={-1} ref={heading}>
        {rule.title} <span class={`severity ${finding.severity}`}>({finding.severity})</span>
      </h3>
      <p>{finding.message}</p>
      <dl>
        <dt>PersonalID</dt>
        <dd>{finding.ids?.personalId || '—'}</dd>
        <dt>EnrollmentID</dt>
        <dd>{finding.ids?.enrollmentId || '—'}</dd>
        <dt>HouseholdID</dt>
        <dd>{finding.ids?.householdId || '—'}</dd>
        <dt>Project</dt>
        <dd>{projectName}</dd>
        <dt>Record</dt>
        <dd>{finding.record}</dd>
        {finding.stage && [<dt key="s">Data collection stage</dt>, <dd key="sd">{finding.stage}</dd>]}
        {finding.informationDate && [
          <dt key="i">Information Date</dt>,
          <dd key="id">{usDate(finding.informationDate)}</dd>,
        ]}
        {Object.entries(finding.dates ?? {}).map(([name, date]) => [
          <dt key={`t${name}`}>{name}</dt>,
          <dd key={`d${name}`}>{usDate(date)}</dd>,
        ])}
        {finding.window && [
          <dt key="w">Annual window</dt>,
          <dd key="wd">
            {usDate(finding.window.firstDay)} to {usDate(finding.window.lastDay)}
          </dd>,
        ]}
      </dl>
      {finding.checklist && (
        <ul aria-label="Checklist">
          {finding.checklist.map((item) => (
            <li key={item.item}>
              {item.status === 'done' ? 'Done' : 'Not done'}: {item.item} ({item.how})
            </li>
          ))}
        </ul>
      )}
      <p>
        <strong>Why it matters:</strong> {rule.why}
      </p>
      <h4>How to fix it in ClientTrack</h4>
      <ol>
        {rule.howToFix.map((step) => (
          <li key={step}>{step}</li>
        ))}
      </ol>
      <p class="help">{rule.reference}</p>
    </section>
  );
}
