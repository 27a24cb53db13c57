import type { ReactNode } from 'react';
import { StatusTag } from '../components/Tag';
import { date, hours } from '../format';
import { timeLabel } from '../people/profile';
import type { Opportunity } from './api';
import { kindLabel, LEVELS } from './opportunityForm';
import { when, where } from './words';

/** An opportunity's whole description as the design system's summary list. */
export function OpportunitySummary({
  opportunity: o,
  staff,
}: {
  opportunity: Opportunity;
  staff: boolean;
}) {
  const level = LEVELS.find((l) => l.value === o.involvementLevel)?.label;
  return (
    <dl className="nhsuk-summary-list">
      {staff && (
        <Row name="Status">
          <StatusTag status={o.status} />
        </Row>
      )}
      <Row name="Kind">{kindLabel(o.kind)}</Row>
      {level && <Row name="Involvement">{level}</Row>}
      <Row name="What difference this will make">
        <span className="app-preserve-lines">{o.purpose}</span>
      </Row>
      <Row name="When">{when(o)}</Row>
      <Row name="Where">{where(o)}</Row>
      <Row name="Access">
        <span className="app-preserve-lines">
          {o.accessInformation || 'Ask the involvement team'}
        </span>
      </Row>
      <Row name="Expected time">{o.expectedHours ? hours(o.expectedHours) : 'Not given'}</Row>
      <Row name="Reward">{o.reward || 'None'}</Row>
      <Row name="Times of the week">
        {o.timesOfWeek.length ? o.timesOfWeek.map(timeLabel).join(', ') : 'Not given'}
      </Row>
      <Row name="Topics">{o.topics.length ? o.topics.join(', ') : 'None given'}</Row>
      <Row name="Places">{o.placesAvailable}</Row>
      <Row name="Closing date">{o.closesOn ? date(o.closesOn) : 'Open until filled'}</Row>
    </dl>
  );
}

function Row({ name, children }: { name: string; children: ReactNode }) {
  return (
    <div className="nhsuk-summary-list__row">
      <dt className="nhsuk-summary-list__key">{name}</dt>
      <dd className="nhsuk-summary-list__value">{children}</dd>
    </div>
  );
}
