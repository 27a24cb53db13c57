import type { ApiProblem } from '../api/problem';
import type { PreferredTime } from '../api/types';
import {
  CheckboxesField,
  RadiosField,
  SelectField,
  TextField,
  type Option,
} from '../components/fields';
import { errorFor } from '../components/forms';
import { PREFERRED_TIMES } from '../people/profile';
import type { InvolvementLevel, OpportunityKind } from './api';
import { KINDS, LEVELS, type OpportunityForm } from './opportunityForm';

interface Props {
  form: OpportunityForm;
  onChange: (form: OpportunityForm) => void;
  projects: readonly Option[];
  problem?: ApiProblem;
}

/** Every part of an opportunity's description, for drafting and for changing one. */
export function OpportunityFields({ form, onChange, projects, problem }: Props) {
  const set = (field: keyof OpportunityForm) => (value: string) =>
    onChange({ ...form, [field]: value });
  const error = (field: string) => errorFor(problem, field);
  return (
    <>
      <SelectField
        name="kind"
        label="Kind of opportunity"
        value={form.kind}
        onChange={(value) => onChange({ ...form, kind: value as OpportunityKind })}
        options={KINDS}
        error={error('kind')}
      />
      {form.kind === 'QI_PROJECT_ROLE' && (
        <RadiosField
          name="involvementLevel"
          label="How far will they take part?"
          value={form.involvementLevel}
          onChange={(value) => onChange({ ...form, involvementLevel: value as InvolvementLevel })}
          options={LEVELS}
          error={error('involvementLevel')}
        />
      )}
      <SelectField
        name="projectId"
        label={form.kind === 'QI_PROJECT_ROLE' ? 'QI project' : 'QI project (optional)'}
        value={form.projectId}
        onChange={set('projectId')}
        options={projects}
        error={error('projectId')}
      />
      <TextField
        name="title"
        label="Title"
        hint="What people will see in the list, for example: Carer member of the discharge letters project team"
        value={form.title}
        onChange={set('title')}
        error={error('title')}
      />
      <TextField
        name="purpose"
        label="What difference this will make"
        hint="Why people's involvement matters here, in plain words"
        multiline
        value={form.purpose}
        onChange={set('purpose')}
        error={error('purpose')}
      />
      <h2 className="nhsuk-heading-m">When and where</h2>
      <TextField
        name="startsAt"
        label="Starts (optional)"
        type="datetime-local"
        value={form.startsAt}
        onChange={set('startsAt')}
        error={error('startsAt')}
      />
      <TextField
        name="endsAt"
        label="Ends (optional)"
        type="datetime-local"
        value={form.endsAt}
        onChange={set('endsAt')}
        error={error('endsAt')}
      />
      <RadiosField
        name="online"
        label="Where does it take place?"
        value={form.where}
        onChange={(value) => onChange({ ...form, where: value as OpportunityForm['where'] })}
        options={[
          { value: 'place', label: 'In a place' },
          { value: 'online', label: 'Online' },
        ]}
        error={error('online')}
      />
      {form.where !== 'online' && (
        <TextField
          name="location"
          label="Where"
          hint="The building and room, and the town"
          value={form.location}
          onChange={set('location')}
          error={error('location')}
        />
      )}
      <TextField
        name="accessInformation"
        label="Access information (optional)"
        hint="What helps people take part: step-free access, hearing loop, captions, breaks"
        multiline
        value={form.accessInformation}
        onChange={set('accessInformation')}
        error={error('accessInformation')}
      />
      <CheckboxesField
        name="timesOfWeek"
        label="Times of the week (optional)"
        hint="People whose preferred times match are suggested"
        values={form.timesOfWeek}
        onChange={(values) => onChange({ ...form, timesOfWeek: values as PreferredTime[] })}
        options={PREFERRED_TIMES}
        error={error('timesOfWeek')}
      />
      <h2 className="nhsuk-heading-m">What it takes, and what people get</h2>
      <TextField
        name="expectedHours"
        label="Expected time, in hours (optional)"
        hint="For example, 2 for a two-hour meeting"
        inputMode="decimal"
        width={4}
        value={form.expectedHours}
        onChange={set('expectedHours')}
        error={error('expectedHours')}
      />
      <TextField
        name="reward"
        label="Reward (optional)"
        hint="For example, £20 per meeting, travel expenses paid"
        value={form.reward}
        onChange={set('reward')}
        error={error('reward')}
      />
      <TextField
        name="topics"
        label="Topics (optional)"
        hint="One a line. People whose interests match are suggested"
        multiline
        value={form.topics}
        onChange={set('topics')}
        error={error('topics')}
      />
      <TextField
        name="placesAvailable"
        label="Places"
        inputMode="numeric"
        width={4}
        value={form.placesAvailable}
        onChange={set('placesAvailable')}
        error={error('placesAvailable')}
      />
      <TextField
        name="closesOn"
        label="Closing date (optional)"
        hint="The last day people can say they are interested"
        type="date"
        width={10}
        value={form.closesOn}
        onChange={set('closesOn')}
        error={error('closesOn')}
      />
    </>
  );
}
