import { Link } from 'react-router';
import { useLoad } from '../api/useLoad';
import { Loaded } from '../components/Loaded';
import { Page } from '../components/Page';
import { date, hours, label } from '../format';
import { OwnRecord } from '../people/OwnRecord';
import { getActivity, listMyParticipations, type Participation } from './api';

/** The sessions a volunteer attended and their hours, each with a way to say how it went. */
export function MySessionsPage() {
  return (
    <Page title="My sessions">
      <p>The sessions you took part in, newest first, and the time you gave.</p>
      <OwnRecord what="your sessions">{(personId) => <Sessions personId={personId} />}</OwnRecord>
    </Page>
  );
}

interface Attended extends Participation {
  activityTitle?: string;
}

function Sessions({ personId }: { personId: string }) {
  const attended = useLoad(`my-sessions:${personId}`, async (): Promise<Attended[]> => {
    const items = (await listMyParticipations(personId, undefined, 100)).items ?? [];
    const activityIds = [...new Set(items.map((p) => p.activityId).filter(Boolean))] as string[];
    const titles = new Map(
      await Promise.all(
        activityIds.map(async (id) => [id, (await getActivity(id)).title] as const),
      ),
    );
    return items.map((p) => ({
      ...p,
      activityTitle: p.activityId ? titles.get(p.activityId) : undefined,
    }));
  });
  return (
    <Loaded load={attended} what="your sessions">
      {(items) => {
        if (items.length === 0) return <p>No time has been recorded for you yet.</p>;
        const total = items.reduce((sum, p) => sum + Number(p.hours), 0);
        return (
          <>
            <p>
              You have given <strong>{hours(total)}</strong>
              {items.length === 100 ? ' in your latest 100 activities' : ''}.
            </p>
            <ul className="nhsuk-list">
              {items.map((p) => (
                <li key={p.id} className="nhsuk-card">
                  <div className="nhsuk-card__content">
                    <h2 className="nhsuk-card__heading nhsuk-heading-s">
                      {p.activityTitle ?? label(p.activityType)}
                    </h2>
                    <p>
                      {date(p.date)}: {hours(Number(p.hours))}
                    </p>
                    {p.sessionId && (
                      <p>
                        <Link to={`/my-sessions/${p.sessionId}/feedback`}>
                          Tell us how it went
                          <span className="nhsuk-u-visually-hidden">
                            : {p.activityTitle ?? label(p.activityType)} on {date(p.date)}
                          </span>
                        </Link>
                      </p>
                    )}
                  </div>
                </li>
              ))}
            </ul>
          </>
        );
      }}
    </Loaded>
  );
}
