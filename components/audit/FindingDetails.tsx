import type { AuditFinding } from '@/lib/hud-csv/audit';
import type { Rule } from '@/lib/rules/rule';

interface Props {
  finding: AuditFinding;
  rule: Rule;
  projectName: string;
}

/** One finding in full: what is wrong, the ids and dates, and how to put it right in ClientTrack. */
export function FindingDetails({ finding, rule, projectName }: Props) {
  return (
    <section class="details" aria-labelledby="details-heading" aria-live="polite">
      <h3 id="details-heading">
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
        {Object.entries(finding.dates ?? {}).map(([name, date]) => [
          <dt key={`t${name}`}>{name}</dt>,
          <dd key={`d${name}`}>{date}</dd>,
        ])}
        {finding.window && [
          <dt key="w">Annual window</dt>,
          <dd key="wd">
            {finding.window.firstDay} to {finding.window.lastDay}
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
