import type { ComponentChildren } from 'preact';
import type { ChecklistItem } from '@/lib/model/schemas';
import { ruleById } from '@/lib/rules/registry';
import type { PanelFinding } from './panel-view';
import { PAGE_NAMES } from './words';
import { SEVERITY_WORDS } from '@/components/severity-words';
import { firstLast } from '@/lib/model/names';

const CHECK_WORDS: Record<ChecklistItem['status'], string> = { done: 'Done', 'not-done': 'To do', check: 'Check' };

/** One problem: what is wrong, why it matters, how to fix it, and where it is on the page. */
export function FindingCard({
  entry,
  onShow,
  onNotNow,
  level = 4,
}: {
  entry: PanelFinding;
  /** The card's heading level: 4 under a severity heading, 3 straight under a section's. */
  level?: 3 | 4;
  onShow?: (entry: PanelFinding) => void;
  onNotNow?: (entry: PanelFinding) => void;
}) {
  const { finding } = entry;
  const rule = ruleById(finding.ruleId);
  const review = finding.outcome === 'needs-review';
  const member = entry.member && firstLast(entry.member);
  // A check that could not run is neither an error nor a warning: it says so once, in its own quiet style.
  const message = review ? finding.message.replace(/^Not checked: /, '') : finding.message;
  const namesWhat = review && message !== finding.message;
  return (
    <li
      class={`finding ${review ? 'review' : finding.severity}`}
      data-rule={finding.ruleId}
      data-outcome={finding.outcome}
      data-hint-key={entry.hintKey}
      tabIndex={-1}
    >
      <Heading level={level}>
        <span class="severity">{review ? 'Not checked' : SEVERITY_WORDS[finding.severity]}:</span> {rule.title}
      </Heading>
      {(entry.pageKind || member) && (
        <p class="where">
          {entry.pageKind ? `On ${PAGE_NAMES[entry.pageKind]}${member ? ` for ${member}` : ''}` : `For ${member}`}
        </p>
      )}
      <p class="message">{message}</p>
      {finding.checklist && <Checklist items={finding.checklist} />}
      {!namesWhat && finding.missing && finding.missing.length > 0 && (
        <p class="missing">Could not read: {finding.missing.join('; ')}.</p>
      )}
      {review && <p class="look">Look at: {rule.where}.</p>}
      <details>
        <summary>Why it matters and how to fix it</summary>
        <p>{rule.why}</p>
        <ol>
          {rule.howToFix.map((step) => (
            <li key={step}>{step}</li>
          ))}
        </ol>
        <p class="reference">HUD element or guide: {rule.reference}</p>
      </details>
      <div class="card-actions">
        {onShow && entry.frameId !== undefined && (
          <button type="button" onClick={() => onShow(entry)}>
            Show in page
          </button>
        )}
        {onNotNow && (
          <button type="button" onClick={() => onNotNow(entry)}>
            {finding.severity === 'error' ? 'Not now (hides this error)' : 'Not now'}
          </button>
        )}
      </div>
    </li>
  );
}

function Checklist({ items }: { items: ChecklistItem[] }) {
  return (
    <ul class="checklist" aria-label="Checklist">
      {items.map((item) => (
        <li key={item.item} class={item.status}>
          <span class="status">{CHECK_WORDS[item.status]}</span> {item.item}
          <span class="how"> ({item.how})</span>
        </li>
      ))}
    </ul>
  );
}

function Heading({ level, children }: { level: 3 | 4; children: ComponentChildren }) {
  return level === 3 ? <h3>{children}</h3> : <h4>{children}</h4>;
}
