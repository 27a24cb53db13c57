import { useState, type KeyboardEvent } from 'react';
import type { ApiProblem } from '../api/problem';
import { label } from '../format';
import { ProblemSummary } from '../components/ProblemSummary';
import { searchPeople } from './api';
import type { Chosen } from './people';

interface Props {
  /** The field's name, as the server names it in errors (`attendees`, `personId`). */
  name: string;
  legend: string;
  hint?: string;
  error?: string;
  chosen: Chosen[];
  onChange: (chosen: Chosen[]) => void;
  /** Only one person may be chosen: choosing another replaces them. */
  single?: boolean;
}

/**
 * Chooses people from the register by searching their name. It sits inside other forms, so the
 * search is a button, not a form of its own, and Enter in the search box searches.
 */
export function PersonPicker({ name, legend, hint, error, chosen, onChange, single }: Props) {
  const [query, setQuery] = useState('');
  const [found, setFound] = useState<Chosen[]>();
  const [searching, setSearching] = useState(false);
  const [problem, setProblem] = useState<ApiProblem>();

  const search = async () => {
    if (!query.trim() || searching) return;
    setSearching(true);
    setProblem(undefined);
    try {
      const people = await searchPeople(query.trim());
      setFound(
        people.map((p) => ({
          id: p.id ?? '',
          displayName: `${p.displayName ?? 'No name'} (${label(p.personType).toLowerCase()})`,
        })),
      );
    } catch (failure) {
      setProblem(failure as ApiProblem);
    } finally {
      setSearching(false);
    }
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      void search();
    }
  };
  const choose = (person: Chosen) => {
    onChange(single ? [person] : [...chosen.filter((c) => c.id !== person.id), person]);
  };
  const remove = (person: Chosen) => onChange(chosen.filter((c) => c.id !== person.id));
  const searchId = `field-${name}`;
  const offered = (found ?? []).filter((person) => !chosen.some((c) => c.id === person.id));

  return (
    <div className={`nhsuk-form-group${error ? ' nhsuk-form-group--error' : ''}`}>
      <fieldset
        className="nhsuk-fieldset"
        aria-describedby={
          [hint && `field-${name}-hint`, error && `field-${name}-error`]
            .filter(Boolean)
            .join(' ') || undefined
        }
      >
        <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--s">{legend}</legend>
        {hint && (
          <div className="nhsuk-hint" id={`field-${name}-hint`}>
            {hint}
          </div>
        )}
        {error && (
          <span className="nhsuk-error-message" id={`field-${name}-error`}>
            <span className="nhsuk-u-visually-hidden">Error:</span> {error}
          </span>
        )}
        {chosen.length > 0 ? (
          <ul className="nhsuk-list app-chosen" aria-label={single ? 'Chosen' : 'Chosen so far'}>
            {chosen.map((person) => (
              <li key={person.id}>
                {person.displayName}{' '}
                <button type="button" className="app-link-button" onClick={() => remove(person)}>
                  Remove <span className="nhsuk-u-visually-hidden">{person.displayName}</span>
                </button>
              </li>
            ))}
          </ul>
        ) : (
          <p className="nhsuk-body-s">Nobody chosen yet.</p>
        )}
        <label className="nhsuk-label" htmlFor={searchId}>
          Search the register by name
        </label>
        <div className="app-search-row">
          <input
            className={`nhsuk-input nhsuk-input--width-20${error ? ' nhsuk-input--error' : ''}`}
            id={searchId}
            type="search"
            autoComplete="off"
            value={query}
            onChange={(event) => setQuery(event.target.value)}
            onKeyDown={onKeyDown}
          />
          <button
            type="button"
            className="nhsuk-button nhsuk-button--secondary nhsuk-u-margin-bottom-0"
            onClick={() => void search()}
            disabled={searching}
          >
            {searching ? 'Searching…' : 'Search'}
          </button>
        </div>
        {problem && <ProblemSummary problem={problem} />}
        {found && (
          <div aria-live="polite">
            {offered.length === 0 ? (
              <p className="nhsuk-body-s">
                {found.length === 0 ? `Nobody in the register is called “${query.trim()}”.` : ''}
              </p>
            ) : (
              <ul className="nhsuk-list app-chosen" aria-label="Found in the register">
                {offered.map((person) => (
                  <li key={person.id}>
                    {person.displayName}{' '}
                    <button
                      type="button"
                      className="app-link-button"
                      onClick={() => choose(person)}
                    >
                      {single ? 'Choose' : 'Add'}{' '}
                      <span className="nhsuk-u-visually-hidden">{person.displayName}</span>
                    </button>
                  </li>
                ))}
              </ul>
            )}
          </div>
        )}
      </fieldset>
    </div>
  );
}
