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
  ['labels-heading', 'Labels'],
  ['guide-heading', 'Guide mode'],
  ['transfer-heading', 'Import, export and reset'],
  ['audit-heading', 'Admin audit'],
] as const;

export function OptionsPage() {
  const state = useSettings();
  const { loaded } = state;
  const managesSomething = loaded !== undefined && Object.keys(loaded.managed).length > 0;
  return (
    <main>
      <h1>ClientTrack Assist settings</h1>
      <p>
        Settings are kept in this browser only. They never hold client information, and ClientTrack Assist sends nothing
        anywhere.
      </p>
      {/* Always in the page, so screen readers hear each new message in it. */}
      <p class="status" role="status" aria-live="polite">
        {state.status}
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
                  <a href={`#${id}`}>{name}</a>
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
          <LabelsSection state={state} />
          <GuideModeSection state={state} />
          <TransferSection state={state} />
          <AuditSection />
        </>
      )}
    </main>
  );
}
