import type { Participation } from '../api/types';
import { date, hours, label } from '../format';

/** Recorded activities with their date and time given, newest first. */
export function ParticipationTable({
  items,
  caption,
}: {
  items: Participation[];
  caption: string;
}) {
  return (
    <div className="app-table-scroll">
      <table className="nhsuk-table">
        <caption className="nhsuk-table__caption nhsuk-u-visually-hidden">{caption}</caption>
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
  );
}
