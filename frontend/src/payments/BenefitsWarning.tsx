import { date, pounds } from '../format';
import type { BenefitsWeek, Claim } from './api';

/** "Week of 16 November 2026: £25.00 in fees, above the £20.00 limit". */
function weekWords(week: BenefitsWeek): string {
  return `Week of ${date(week.weekStart)}: ${pounds(week.earnedPence)} in fees, above the ${pounds(week.limitPence)} limit`;
}

/** A short tag in a list of claims when paying the claim may affect the person's benefits. */
export function BenefitsTag({ claim }: { claim: Claim }) {
  return claim.benefitsWarning ? (
    <strong className="nhsuk-tag nhsuk-tag--orange">Over the weekly limit</strong>
  ) : (
    <span>None</span>
  );
}

/** The design system's warning callout: this person's fees that week pass their benefits limit. */
export function BenefitsWarning({ week, whose }: { week: BenefitsWeek; whose: 'your' | 'their' }) {
  return (
    <div className="nhsuk-warning-callout">
      <h2 className="nhsuk-warning-callout__label">
        <span className="nhsuk-u-visually-hidden">Important: </span>
        Benefits
      </h2>
      <p>
        {weekWords(week)}. Paying {whose === 'your' ? 'you' : 'them'} may affect {whose} benefits.
        {whose === 'their'
          ? ' Talk to the person before approving: they may prefer to be paid less, in vouchers, or not at all.'
          : ' You can change how you are paid, or decline payment, at any time.'}
      </p>
    </div>
  );
}
