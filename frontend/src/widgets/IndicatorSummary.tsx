import type { Indicators } from '../api/types';
import { dateTime, hours, number, pounds } from '../format';

/** The board's indicators as a row of cards. */
export function IndicatorSummary({
  indicators,
  headingLevel = 2,
}: {
  indicators: Indicators;
  headingLevel?: 2 | 3;
}) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const cards = [
    { title: 'QI projects', value: number(indicators.projects) },
    { title: 'People in the register', value: number(indicators.people) },
    { title: 'Participations recorded', value: number(indicators.participations) },
    { title: 'Time contributed', value: hours(indicators.hoursContributed) },
    { title: 'Claims raised', value: number(indicators.claims) },
    { title: 'Amount claimed', value: pounds(indicators.claimedPence) },
  ];
  return (
    <>
      <ul className="nhsuk-grid-row nhsuk-card-group">
        {cards.map((card) => (
          <li className="nhsuk-grid-column-one-third nhsuk-card-group__item" key={card.title}>
            <div className="nhsuk-card">
              <div className="nhsuk-card__content">
                <Heading className="nhsuk-card__heading nhsuk-heading-xs">{card.title}</Heading>
                <p className="app-stat">{card.value}</p>
              </div>
            </div>
          </li>
        ))}
      </ul>
      <p className="nhsuk-body-s">
        Worked out from everything recorded in Coproduce. Last change:{' '}
        {dateTime(indicators.lastEventAt)}.
      </p>
    </>
  );
}
