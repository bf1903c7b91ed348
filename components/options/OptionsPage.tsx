import { useState } from 'preact/hooks';
import { useSettings } from './useSettings';
import { HostsSection } from './HostsSection';
import { RulesSection } from './RulesSection';
import { ParametersSection } from './ParametersSection';
import { LabelsSection } from './LabelsSection';
import { GuideModeSection } from './GuideModeSection';
import { TransferSection } from './TransferSection';
import { AuditSection } from './AuditSection';

const SECTIONS = [
  ['hosts-heading', 'Hosts'],
  ['rules-heading', 'Rules'],
  ['parameters-heading', 'CoC parameters'],
  ['guide-heading', 'Guide mode'],
  ['transfer-heading', 'Import, export and reset'],
  ['audit-heading', 'Admin audit'],
  ['labels-heading', 'Labels'],
] as const;

/** A link to a section inside the closed Advanced part opens it first, so the jump lands on it. */
const openAround = (id: string) => {
  const details = document.getElementById(id)?.closest('details');
  if (details) details.open = true;
};

export function OptionsPage() {
  const state = useSettings();
  const { loaded } = state;
  const managesSomething = loaded !== undefined && Object.keys(loaded.managed).length > 0;
  // Open when the user opens it, or follows a link to a section inside it.
  const [advancedOpen, setAdvancedOpen] = useState(false);
  return (
    <>
      {/* The title and the status line share a bar that keeps its own room: "Saved." never covers a heading. */}
      <header class="bar">
        <h1>ClientTrack Assist settings</h1>
        <p class="status" role="status" aria-live="polite">
          {state.status}
        </p>
      </header>
      <main>
        <p class="intro">
          Settings are kept in this browser only. They never hold client information, and ClientTrack Assist sends
          nothing anywhere.
        </p>
        {loaded === undefined ? (
          <p>Loading…</p>
        ) : (
          <>
            {loaded.problem && (
              <p class="problem" role="alert">
                {loaded.problem} The defaults are in use until you change a setting here.
              </p>
            )}
            <nav aria-label="Sections">
              <ul>
                {SECTIONS.map(([id, name]) => (
                  <li key={id}>
                    <a href={`#${id}`} onClick={() => openAround(id)}>
                      {name}
                    </a>
                  </li>
                ))}
              </ul>
            </nav>
            {managesSomething && (
              <p class="locked">
                Some settings are made by your HMIS administrator. They are shown but cannot be changed here.
              </p>
            )}
            <HostsSection state={state} />
            <RulesSection state={state} />
            <ParametersSection state={state} />
            <GuideModeSection state={state} />
            <TransferSection state={state} />
            <AuditSection />
            <details
              class="advanced"
              open={advancedOpen}
              onToggle={(event) => setAdvancedOpen(event.currentTarget.open)}
            >
              <summary>Advanced: field captions, if your CoC renamed fields</summary>
              <LabelsSection state={state} />
            </details>
          </>
        )}
      </main>
    </>
  );
}
