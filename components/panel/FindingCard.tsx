import type { ChecklistItem } from '@/lib/model/schemas';
import { ruleById } from '@/lib/rules/registry';
import type { PanelFinding } from './panel-view';
import { PAGE_NAMES } from './words';
import { SEVERITY_WORDS } from '@/components/severity-words';

const CHECK_WORDS: Record<ChecklistItem['status'], string> = { done: 'Done', 'not-done': 'To do', check: 'Check' };

/** One problem: what is wrong, why it matters, how to fix it, and where it is on the page. */
export function FindingCard({ entry, onShow }: { entry: PanelFinding; onShow?: (entry: PanelFinding) => void }) {
  const { finding } = entry;
  const rule = ruleById(finding.ruleId);
  return (
    <li class={`finding ${finding.severity}`} data-rule={finding.ruleId} data-outcome={finding.outcome}>
      <h4>
        <span class="severity">{SEVERITY_WORDS[finding.severity]}:</span> {rule.title}
      </h4>
      {entry.pageKind && (
        <p class="where">
          On {PAGE_NAMES[entry.pageKind]}
          {entry.member ? ` for ${entry.member}` : ''}
        </p>
      )}
      <p class="message">{finding.message}</p>
      {finding.checklist && <Checklist items={finding.checklist} />}
      {finding.missing && finding.missing.length > 0 && (
        <p class="missing">Could not read: {finding.missing.join('; ')}.</p>
      )}
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
      {onShow && entry.frameId !== undefined && (
        <button type="button" onClick={() => onShow(entry)}>
          Show in page
        </button>
      )}
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
