import { useState, type FormEvent } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { listProjects } from '../api/calls';
import type { ApiProblem } from '../api/problem';
import { useLoad } from '../api/useLoad';
import { useSubmit } from '../api/useSubmit';
import type { Option } from '../components/fields';
import { localProblem } from '../components/forms';
import { Loaded } from '../components/Loaded';
import { Page } from '../components/Page';
import { ProblemSummary } from '../components/ProblemSummary';
import { createOpportunity, getOpportunity, updateOpportunity, type Opportunity } from './api';
import { OpportunityFields } from './OpportunityFields';
import {
  checkOpportunity,
  EMPTY_OPPORTUNITY,
  newOpportunity,
  OPPORTUNITY_FIELDS,
  opportunityForm,
  type OpportunityForm,
} from './opportunityForm';
import { staleProblem } from './words';

/** What a screen that saved something tells the next one, through the router's state. */
export interface Said {
  said?: string;
}

function useProjectOptions() {
  return useLoad('project-options', async (): Promise<Option[]> =>
    ((await listProjects(undefined, 100)).items ?? []).map((p) => ({
      value: p.id ?? '',
      label: p.title ?? '',
    })),
  );
}

export function NewOpportunityPage() {
  const navigate = useNavigate();
  const projects = useProjectOptions();
  return (
    <Page title="Draft an opportunity" caption="Opportunities">
      <p>
        Describe a way to get involved. It stays a draft, seen only by staff, until you publish it.
      </p>
      <Loaded load={projects} what="QI projects">
        {(options) => (
          <Editor
            initial={EMPTY_OPPORTUNITY}
            projects={options}
            send={(form) => createOpportunity(newOpportunity(form))}
            button="Save the draft"
            onSaved={(saved) =>
              navigate(`/opportunities/${saved.id}`, {
                state: { said: 'The draft was saved' } satisfies Said,
              })
            }
          />
        )}
      </Loaded>
    </Page>
  );
}

export function EditOpportunityPage() {
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const projects = useProjectOptions();
  const opportunity = useLoad(`opportunity:${id}`, () => getOpportunity(id));
  return (
    <Page title="Change an opportunity" caption="Opportunities">
      <p>
        <Link to={`/opportunities/${id}`}>Back to the opportunity</Link>
      </p>
      <Loaded load={projects} what="QI projects">
        {(options) => (
          <Loaded load={opportunity} what="the opportunity">
            {(o) => (
              <Editor
                key={o.version}
                initial={opportunityForm(o)}
                projects={options}
                send={(form) => updateOpportunity(id, o.version, newOpportunity(form))}
                button="Save changes"
                reload={opportunity.reload}
                onSaved={() =>
                  navigate(`/opportunities/${id}`, {
                    state: { said: 'Your changes were saved' } satisfies Said,
                  })
                }
              />
            )}
          </Loaded>
        )}
      </Loaded>
    </Page>
  );
}

interface EditorProps {
  initial: OpportunityForm;
  projects: Option[];
  send: (form: OpportunityForm) => Promise<Opportunity>;
  button: string;
  onSaved: (saved: Opportunity) => void;
  reload?: () => void;
}

function Editor({ initial, projects, send, button, onSaved, reload }: EditorProps) {
  const [form, setForm] = useState(initial);
  const [checked, setChecked] = useState<ApiProblem>();
  const save = useSubmit(() => send(form), onSaved);
  const problem = checked ?? staleProblem(save.problem);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found = localProblem(checkOpportunity(form));
    setChecked(found);
    if (!found) void save.submit();
  };

  return (
    <>
      {problem && <ProblemSummary problem={problem} fields={OPPORTUNITY_FIELDS} focus />}
      {problem?.status === 412 && reload && (
        <button type="button" className="nhsuk-button nhsuk-button--secondary" onClick={reload}>
          Reload the opportunity
        </button>
      )}
      <form onSubmit={submit} noValidate>
        <OpportunityFields form={form} onChange={setForm} projects={projects} problem={problem} />
        <button type="submit" className="nhsuk-button" disabled={save.submitting}>
          {save.submitting ? 'Saving…' : button}
        </button>
      </form>
    </>
  );
}
