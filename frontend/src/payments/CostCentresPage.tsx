import { useState, type FormEvent } from 'react';
import type { ApiProblem } from '../api/problem';
import { useLoad } from '../api/useLoad';
import { useSubmit } from '../api/useSubmit';
import { TextField } from '../components/fields';
import { errorFor, localProblem, required } from '../components/forms';
import { SuccessBanner } from '../components/links';
import { Loaded } from '../components/Loaded';
import { Page } from '../components/Page';
import { ProblemSummary } from '../components/ProblemSummary';
import { createCostCentre, listCostCentres } from './api';

const FIELDS = ['code', 'name'] as const;

/** The cost centres claims are booked to, and adding one. */
export function CostCentresPage() {
  const centres = useLoad('cost-centres', listCostCentres);
  const [form, setForm] = useState({ code: '', name: '' });
  const [checked, setChecked] = useState<ApiProblem>();
  const [said, setSaid] = useState<string>();
  const send = useSubmit(
    () => createCostCentre({ code: form.code.trim().toUpperCase(), name: form.name.trim() }),
    (centre) => {
      setSaid(`Cost centre ${centre.code} was added`);
      setForm({ code: '', name: '' });
      centres.reload();
    },
  );
  const problem = checked ?? send.problem;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found = localProblem([
      ...(/^[A-Za-z0-9]{2,20}$/.test(form.code.trim())
        ? []
        : [{ field: 'code', message: 'Enter the code: 2 to 20 letters or digits, like PEX200' }]),
      ...required(form.name, 'name', 'Enter the name of the cost centre'),
    ]);
    setChecked(found);
    setSaid(undefined);
    if (!found) void send.submit();
  };
  return (
    <Page title="Cost centres">
      {said && <SuccessBanner title={said} focus />}
      <p>Claims are booked to a cost centre; the trust’s involvement cost centre is the default.</p>
      <Loaded load={centres} what="cost centres">
        {(items) =>
          items.length === 0 ? (
            <p>There are no cost centres yet.</p>
          ) : (
            <div className="app-table-scroll">
              <table className="nhsuk-table">
                <caption className="nhsuk-table__caption nhsuk-u-visually-hidden">
                  Cost centres by code
                </caption>
                <thead className="nhsuk-table__head">
                  <tr>
                    <th scope="col">Code</th>
                    <th scope="col">Name</th>
                  </tr>
                </thead>
                <tbody className="nhsuk-table__body">
                  {items.map((centre) => (
                    <tr key={centre.code}>
                      <td>{centre.code}</td>
                      <td>{centre.name}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )
        }
      </Loaded>
      <h2 className="nhsuk-heading-m">Add a cost centre</h2>
      {problem && <ProblemSummary problem={problem} fields={FIELDS} focus />}
      <form onSubmit={submit} noValidate>
        <TextField
          name="code"
          label="Code"
          hint="As finance knows it, like PEX200"
          width={10}
          value={form.code}
          onChange={(code) => setForm((f) => ({ ...f, code }))}
          error={errorFor(problem, 'code')}
        />
        <TextField
          name="name"
          label="Name"
          value={form.name}
          onChange={(name) => setForm((f) => ({ ...f, name }))}
          error={errorFor(problem, 'name')}
        />
        <button type="submit" className="nhsuk-button" disabled={send.submitting}>
          Add the cost centre
        </button>
      </form>
    </Page>
  );
}
