import { Link } from 'react-router';
import { usePagedList } from '../api/useLoad';
import { Loaded } from '../components/Loaded';
import { ProblemSummary } from '../components/ProblemSummary';
import { ShowMore } from '../components/links';
import { dateTime } from '../format';
import { listMeetings, type MeetingSummary } from './api';
import { where } from './format';
import { MinutesTag } from './words';

/** Meetings, newest first, a page at a time; a volunteer gets the meetings they attended. */
export function MeetingList({ caption, empty }: { caption: string; empty: string }) {
  const list = usePagedList<MeetingSummary>('meetings', (cursor) => listMeetings(cursor));
  return (
    <Loaded load={list.first} what="meetings">
      {() =>
        list.items.length === 0 ? (
          <p>{empty}</p>
        ) : (
          <>
            <div className="app-table-scroll">
              <table className="nhsuk-table">
                <caption className="nhsuk-table__caption nhsuk-u-visually-hidden">
                  {caption}
                </caption>
                <thead className="nhsuk-table__head">
                  <tr>
                    <th scope="col">Meeting</th>
                    <th scope="col">When</th>
                    <th scope="col">Where</th>
                    <th scope="col">Minutes</th>
                  </tr>
                </thead>
                <tbody className="nhsuk-table__body">
                  {list.items.map((meeting) => (
                    <tr key={meeting.id}>
                      <td>
                        <Link to={`/meetings/${meeting.id}`}>{meeting.title}</Link>
                      </td>
                      <td>{dateTime(meeting.startsAt)}</td>
                      <td>{where(meeting)}</td>
                      <td>
                        <MinutesTag status={meeting.minutesStatus} />
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            {list.moreProblem && <ProblemSummary problem={list.moreProblem} />}
            <ShowMore
              hasMore={list.hasMore}
              loading={list.loadingMore}
              onClick={list.loadMore}
              what="meetings"
            />
          </>
        )
      }
    </Loaded>
  );
}
