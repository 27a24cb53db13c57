import { useState, type FormEvent } from 'react';
import { getPyramidHistory, listPyramidLevels, setPyramidLevel } from '../api/calls';
import type { LevelChange, PyramidLevel } from '../api/types';
import { useLoad, usePagedList } from '../api/useLoad';
import { useSubmit } from '../api/useSubmit';
import { SelectField } from '../components/fields';
import { errorFor, localProblem, required } from '../components/forms';
import { ShowMore, SuccessBanner } from '../components/links';
import { Loaded } from '../components/Loaded';
import { ProblemSummary } from '../components/ProblemSummary';
import { dateTime } from '../format';

/** A person's Involvement Pyramid level, how it changed, and a form to change it. */
export function PyramidLevelPanel({ personId }: { personId: string }) {
  const levels = useLoad('pyramid-levels', listPyramidLevels);
  const history = usePagedList<LevelChange>(`pyramid-history:${personId}`, (cursor) =>
    getPyramidHistory(personId, cursor),
  );
  // Kept here: the form below is rebuilt while the changed history loads.
  const [changed, setChanged] = useState<string>();
  return (
    <>
      {changed && <SuccessBanner title={`Their level is now ${changed}`} focus />}
      <Loaded load={levels} what="the pyramid levels">
        {(all) => (
          <Loaded load={history.first} what="their level">
            {() => {
              const nameOf = (code: string | null | undefined) =>
                all.find((level) => level.code === code)?.label ?? code ?? 'None';
              const current = history.items[0]?.toLevel;
              return (
                <>
                  <p>
                    {current ? (
                      <>
                        Their level is <strong>{nameOf(current)}</strong>.
                      </>
                    ) : (
                      'They have not been placed on the pyramid yet.'
                    )}
                  </p>
                  <ChangeLevel
                    personId={personId}
                    levels={all}
                    current={current}
                    onChanging={() => setChanged(undefined)}
                    onChanged={(code) => {
                      setChanged(nameOf(code));
                      history.reload();
                    }}
                  />
                  {history.items.length > 0 && (
                    <>
                      <div className="app-table-scroll">
                        <table className="nhsuk-table">
                          <caption className="nhsuk-table__caption nhsuk-table__caption--s">
                            How their level changed, newest first
                          </caption>
                          <thead className="nhsuk-table__head">
                            <tr>
                              <th scope="col">From</th>
                              <th scope="col">To</th>
                              <th scope="col">When</th>
                              <th scope="col">By</th>
                            </tr>
                          </thead>
                          <tbody className="nhsuk-table__body">
                            {history.items.map((change) => (
                              <tr key={change.id}>
                                <td>{change.fromLevel ? nameOf(change.fromLevel) : 'None'}</td>
                                <td>{nameOf(change.toLevel)}</td>
                                <td>{dateTime(change.changedAt)}</td>
                                <td>{change.changedBy}</td>
                              </tr>
                            ))}
                          </tbody>
                        </table>
                      </div>
                      {history.moreProblem && <ProblemSummary problem={history.moreProblem} />}
                      <ShowMore
                        hasMore={history.hasMore}
                        loading={history.loadingMore}
                        onClick={history.loadMore}
                        what="changes"
                      />
                    </>
                  )}
                </>
              );
            }}
          </Loaded>
        )}
      </Loaded>
    </>
  );
}

interface ChangeLevelProps {
  personId: string;
  levels: PyramidLevel[];
  current?: string;
  onChanging: () => void;
  onChanged: (code: string) => void;
}

function ChangeLevel({ personId, levels, current, onChanging, onChanged }: ChangeLevelProps) {
  const [level, setLevel] = useState('');
  const [checked, setChecked] = useState<ReturnType<typeof localProblem>>();
  const send = useSubmit(
    () => setPyramidLevel(personId, level),
    () => onChanged(level),
  );
  const problem = checked ?? send.problem;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onChanging();
    const found = localProblem([
      ...required(level, 'level', 'Choose their new level'),
      ...(level && level === current
        ? [{ field: 'level', message: 'They are at this level already' }]
        : []),
    ]);
    setChecked(found);
    if (!found) void send.submit();
  };
  const options = [...levels]
    .sort((a, b) => (a.rank ?? 0) - (b.rank ?? 0))
    .map((l) => ({ value: l.code ?? '', label: l.label ?? l.code ?? '' }));
  return (
    <>
      {problem && <ProblemSummary problem={problem} fields={['level']} focus />}
      <form onSubmit={submit} noValidate>
        <SelectField
          name="level"
          label="Change their level"
          hint="From informing (the bottom of the pyramid) to leading (the top)"
          value={level}
          onChange={setLevel}
          options={options}
          error={errorFor(problem, 'level')}
        />
        <button
          type="submit"
          className="nhsuk-button nhsuk-button--secondary"
          disabled={send.submitting}
        >
          {send.submitting ? 'Changing…' : 'Change level'}
        </button>
      </form>
    </>
  );
}
