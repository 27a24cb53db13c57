import { getPerson, listParticipations } from '../../api/calls';
import type { Participation } from '../../api/types';
import { useLoad } from '../../api/useLoad';
import { ROLE_NAMES } from '../../auth/roles';
import { useMe } from '../../auth/session';
import { Loaded } from '../../components/Loaded';
import { Page } from '../../components/Page';
import { date, hours, label } from '../../format';
import { ClaimList } from '../../widgets/ClaimList';

export function VolunteerHome() {
  const me = useMe();
  return (
    <Page title="Your involvement" caption={ROLE_NAMES.volunteer}>
      {me.personId ? (
        <YourRecord personId={me.personId} />
      ) : (
        <div className="nhsuk-inset-text">
          <span className="nhsuk-u-visually-hidden">Information: </span>
          <p>
            Your account is not linked to your record in the involvement register yet, so we cannot
            show your hours and claims. Ask your involvement coordinator to link it.
          </p>
        </div>
      )}
    </Page>
  );
}

function YourRecord({ personId }: { personId: string }) {
  const person = useLoad(`person:${personId}`, () => getPerson(personId));
  const participations = useLoad(`participations:${personId}`, () => listParticipations(personId));
  return (
    <>
      <Loaded load={person} what="your details">
        {(p) => <p className="nhsuk-lede-text">Hello {p.displayName}. Thank you for your time.</p>}
      </Loaded>
      <h2 className="nhsuk-heading-m">Your hours</h2>
      <Loaded load={participations} what="your hours">
        {(page) => <YourHours items={page.items ?? []} more={Boolean(page.nextCursor)} />}
      </Loaded>
      <h2 className="nhsuk-heading-m">Your claims</h2>
      <p>You are paid for your time at the rate card in force on the day.</p>
      <ClaimList
        filter={{ personId }}
        caption="Your claims, newest first"
        empty="You have no claims yet. A claim is raised when your attendance is recorded."
      />
    </>
  );
}

function YourHours({ items, more }: { items: Participation[]; more: boolean }) {
  if (items.length === 0) {
    return <p>No time has been recorded for you yet.</p>;
  }
  const total = items.reduce((sum, item) => sum + Number(item.hours ?? 0), 0);
  return (
    <>
      <p>
        You have given <strong>{hours(total)}</strong>
        {more ? ' in your latest 100 activities' : ''}.
      </p>
      <div className="app-table-scroll">
        <table className="nhsuk-table">
          <caption className="nhsuk-table__caption nhsuk-u-visually-hidden">
            Your recorded activities, newest first
          </caption>
          <thead className="nhsuk-table__head">
            <tr>
              <th scope="col">Activity</th>
              <th scope="col">Date</th>
              <th scope="col" className="nhsuk-table__header--numeric">
                Time
              </th>
            </tr>
          </thead>
          <tbody className="nhsuk-table__body">
            {items.map((item) => (
              <tr key={item.id}>
                <td>{label(item.activityType)}</td>
                <td>{date(item.date)}</td>
                <td className="nhsuk-table__cell--numeric">{hours(Number(item.hours ?? 0))}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
