import type { ReactNode } from 'react';
import type { Person } from '../api/types';
import { label } from '../format';
import { timeLabel } from './profile';

/** A person's whole profile as the design system's summary list. */
export function ProfileSummary({ person, withType }: { person: Person; withType: boolean }) {
  const none = 'Not given';
  const list = (items: string[] | undefined) => (items?.length ? items.join(', ') : none);
  return (
    <dl className="nhsuk-summary-list">
      <Row name="Name">{person.displayName}</Row>
      {withType && <Row name="Type of person">{label(person.personType)}</Row>}
      <Row name="Email address">{person.email || none}</Row>
      <Row name="Phone number">{person.phone || none}</Row>
      <Row name="Postal address">
        <span className="app-preserve-lines">{person.postalAddress || none}</span>
      </Row>
      <Row name="Postcode">{person.postcode || none}</Row>
      <Row name="Access needs">
        <span className="app-preserve-lines">{person.accessNeeds || 'None given'}</span>
      </Row>
      <Row name="Times that suit">{list(person.preferredTimes?.map(timeLabel))}</Row>
      <Row name="Places that suit">{list(person.preferredLocations)}</Row>
      <Row name="Interests">{list(person.interests)}</Row>
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
