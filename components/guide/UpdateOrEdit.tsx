import { useState } from 'preact/hooks';
import { procedureById, type ProcedureId } from '@/lib/procedures';

type What = 'changed' | 'wrong';
type Where = 'entry' | 'update' | 'exit';

const CORRECTIONS: Record<Where, ProcedureId> = {
  entry: 'edit-entry-workflow',
  update: 'edit-update-annual',
  exit: 'edit-exit-workflow',
};

const WHY: Partial<Record<ProcedureId, string>> = {
  'update-assessment':
    'The client’s situation changed: record an update dated today. The earlier assessment stays as it was, which is the true history.',
  'edit-entry-workflow': 'It was recorded wrong at entry: correct it in the entry workflow, where it was recorded.',
  'edit-update-annual':
    'It was recorded wrong in an update or annual assessment: open that assessment with Edit Existing and correct it.',
  'edit-exit-workflow': 'It was recorded wrong at exit: correct it in the exit workflow.',
};

/** Two questions that tell an update (the situation changed) from an edit (it was recorded wrong). */
export function UpdateOrEdit({
  onStart,
  idPrefix = 'update-or-edit',
}: {
  onStart(id: ProcedureId): void;
  idPrefix?: string;
}) {
  const [what, setWhat] = useState<What | undefined>();
  const [where, setWhere] = useState<Where | undefined>();
  const answer: ProcedureId | undefined =
    what === 'changed' ? 'update-assessment' : what === 'wrong' && where ? CORRECTIONS[where] : undefined;

  const radio = <T extends string>(
    name: string,
    value: T,
    label: string,
    chosen: T | undefined,
    choose: (value: T) => void,
  ) => (
    <div class="guide-choice" key={value}>
      <input
        type="radio"
        id={`${idPrefix}-${name}-${value}`}
        name={`${idPrefix}-${name}`}
        checked={chosen === value}
        onChange={() => choose(value)}
      />
      <label for={`${idPrefix}-${name}-${value}`}>{label}</label>
    </div>
  );

  return (
    <div class="guide-update-or-edit">
      <fieldset>
        <legend>What is different from what ClientTrack shows?</legend>
        {radio(
          'what',
          'changed',
          'The client’s situation changed (new income, insurance, a disability, a move)',
          what,
          setWhat,
        )}
        {radio('what', 'wrong', 'It was recorded wrong (a wrong amount, answer or date)', what, setWhat)}
      </fieldset>
      {what === 'wrong' && (
        <fieldset>
          <legend>Where was it recorded?</legend>
          {radio('where', 'entry', 'At entry (Intake)', where, setWhere)}
          {radio('where', 'update', 'In an update or annual assessment', where, setWhere)}
          {radio('where', 'exit', 'At exit', where, setWhere)}
        </fieldset>
      )}
      {answer && (
        <div class="guide-answer">
          <p>{WHY[answer]}</p>
          <button type="button" onClick={() => onStart(answer)}>
            Guide me: {procedureById(answer).title}
          </button>
        </div>
      )}
    </div>
  );
}
