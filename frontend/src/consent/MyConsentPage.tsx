import { Page } from '../components/Page';
import { OwnRecord } from '../people/OwnRecord';
import { ConsentList } from './ConsentList';

/** A volunteer's consent per purpose, which they can give and withdraw themselves. */
export function MyConsentPage() {
  return (
    <Page title="My consent">
      <p>
        You decide what the involvement team may use your details for. You can change your mind at
        any time: withdrawing your consent takes effect straight away and does not affect your care
        or any payment you are owed.
      </p>
      <OwnRecord what="your consent">
        {(personId) => <ConsentList personId={personId} own headingLevel={2} />}
      </OwnRecord>
    </Page>
  );
}
