import { useEffect, useRef, useState } from 'preact/hooks';
import type { Finding } from '@/lib/model/schemas';
import { RULE_IDS, type RuleId } from '@/lib/model/vocabulary';
import { ruleById } from '@/lib/rules/registry';
import {
  guideLines,
  PROCEDURES,
  procedureById,
  type Citation,
  type GuideLine,
  type GuideProgress,
  type ProcedureId,
  type StepStatus,
} from '@/lib/procedures';
import { UpdateOrEdit } from './UpdateOrEdit';
import { SEVERITY_WORDS } from '@/components/severity-words';

export interface GuidePanelProps {
  progress: GuideProgress | undefined;
  /** The procedure that fits what the user opened, offered with an accept button. */
  suggestion?: ProcedureId;
  /** The current page's rule findings; failing ones show beside the step that cites their rule. */
  findings: Finding[];
  onStart(id: ProcedureId): void;
  onStop(): void;
}

/** Status in words, so it never rests on colour alone. */
const STATUS_WORDS: Record<StepStatus, string> = { done: 'Done', current: 'Now', todo: 'To do' };

const isRule = (citation: Citation): citation is RuleId => (RULE_IDS as readonly string[]).includes(citation);

/** Trainer guide mode: pick a procedure (or take the suggestion), then follow its steps as they tick. */
export function GuidePanel({ progress, suggestion, findings, onStart, onStop }: GuidePanelProps) {
  return (
    <section class="guide" aria-labelledby="guide-heading">
      <h2 id="guide-heading">Guide</h2>
      {suggestion && suggestion !== progress?.procedure && <Suggestion id={suggestion} onStart={onStart} />}
      <Picker running={progress?.procedure} onStart={onStart} />
      {progress && <Checklist progress={progress} findings={findings} onStop={onStop} />}
      <details class="guide-help" open={progress?.procedure === 'update-or-edit'}>
        <summary>Update or edit?</summary>
        <UpdateOrEdit onStart={onStart} />
      </details>
    </section>
  );
}

function Suggestion({ id, onStart }: { id: ProcedureId; onStart(id: ProcedureId): void }) {
  const procedure = procedureById(id);
  return (
    <div class="guide-suggestion">
      <p>
        What you opened fits <strong>{procedure.title}</strong>. {procedure.summary}
      </p>
      <button type="button" onClick={() => onStart(id)}>
        Guide me through it
      </button>
    </div>
  );
}

function Picker({ running, onStart }: { running: ProcedureId | undefined; onStart(id: ProcedureId): void }) {
  const [chosen, setChosen] = useState<ProcedureId>(running ?? PROCEDURES[0]!.id);
  return (
    <form
      class="guide-picker"
      onSubmit={(event) => {
        event.preventDefault();
        onStart(chosen);
      }}
    >
      <label for="guide-procedure">Procedure</label>
      <select
        id="guide-procedure"
        value={chosen}
        onChange={(event) => setChosen(event.currentTarget.value as ProcedureId)}
      >
        {PROCEDURES.map((procedure) => (
          <option key={procedure.id} value={procedure.id}>
            {procedure.title}
          </option>
        ))}
      </select>
      <button type="submit">{running ? 'Start over' : 'Start'}</button>
    </form>
  );
}

function Checklist({ progress, findings, onStop }: { progress: GuideProgress; findings: Finding[]; onStop(): void }) {
  const procedure = procedureById(progress.procedure);
  const lines = guideLines(progress);
  const beside = findingsBeside(lines, findings);
  const nowLine = lines.find((line) => line.status === 'current');
  return (
    <div class="guide-checklist">
      <h3>{procedure.title}</h3>
      <p class="guide-summary">{procedure.summary}</p>
      {progress.leftBeforeFinish && (
        <p class="guide-callout" role="status">
          {progress.leftWorkflow ?? 'The workflow'} was left before its Finish page. Start it again from the
          enrollment’s action menu, click No Changes on the pages already done, and work through to Finish.
        </p>
      )}
      {progress.otherClient && (
        <p class="guide-callout" role="status">
          You opened {progress.otherClient}’s record; this guide follows {progress.client ?? progress.members[0]}. Go
          back to {progress.client ?? progress.members[0]} to carry on, or stop the guide.
        </p>
      )}
      {progress.complete && (
        <p class="guide-complete" role="status">
          Every step is done.
        </p>
      )}
      {/* Always in the page, so a screen reader hears each new current step without moving focus. */}
      <p class="visually-hidden" aria-live="polite">
        {nowLine &&
          !progress.otherClient &&
          `Now: ${nowLine.member !== undefined ? `${nowLine.member}: ` : ''}${nowLine.step.what}`}
      </p>
      <ol class="guide-steps">
        {lines.map((line, index) => (
          <Step
            key={`${line.step.id}:${line.member ?? ''}`}
            // While another client's record is open no step is "now": the guide waits.
            line={progress.otherClient && line.status === 'current' ? { ...line, status: 'todo' } : line}
            findings={beside.get(index) ?? []}
          />
        ))}
      </ol>
      <button type="button" class="guide-stop" onClick={onStop}>
        Stop the guide
      </button>
    </div>
  );
}

function Step({ line, findings }: { line: GuideLine; findings: Finding[] }) {
  const { step, member, status } = line;
  const current = status === 'current';
  const item = useRef<HTMLLIElement>(null);
  // The step to do now stays in view as the steps before it are done.
  useEffect(() => {
    if (current) item.current?.scrollIntoView?.({ block: 'nearest' });
  }, [current]);
  return (
    <li ref={item} class={`guide-step is-${status}`} aria-current={current ? 'step' : undefined}>
      <span class="guide-status">{STATUS_WORDS[status]}</span>
      {member !== undefined ? (
        <span class="guide-member">{member}</span>
      ) : (
        step.perMember && <span class="guide-member">Each household member</span>
      )}
      <p class="guide-what">{step.what}</p>
      {current && <p class="guide-why">{step.why}</p>}
      {current && step.cites && step.cites.length > 0 && (
        <p class="guide-cites">For: {step.cites.map(citationWords).join('; ')}</p>
      )}
      {findings.length > 0 && (
        <ul class="guide-findings" aria-label="Checks on this page">
          {findings.map((finding, index) => (
            <li key={index} class={`guide-finding is-${finding.severity}`}>
              <strong>{SEVERITY_WORDS[finding.severity]}:</strong> {finding.message}
            </li>
          ))}
        </ul>
      )}
    </li>
  );
}

function citationWords(citation: Citation): string {
  return isRule(citation) ? ruleById(citation).title : citation;
}

/**
 * Each failing finding goes beside one line whose step cites its rule: the current line if it
 * does, else the first one not done, else the first one. Findings no step cites are left to the
 * rest of the side panel.
 */
function findingsBeside(lines: GuideLine[], findings: Finding[]): Map<number, Finding[]> {
  const placed = new Map<number, Finding[]>();
  for (const finding of findings) {
    if (finding.outcome !== 'fail') continue;
    const citing = lines
      .map((line, index) => ({ line, index }))
      .filter(({ line }) => line.step.cites?.includes(finding.ruleId));
    const home =
      citing.find(({ line }) => line.status === 'current') ??
      citing.find(({ line }) => line.status !== 'done') ??
      citing[0];
    if (home) placed.set(home.index, [...(placed.get(home.index) ?? []), finding]);
  }
  return placed;
}
