import { useState } from 'react';
import { getIndicators, rebuildIndicators } from '../api/calls';
import type { Indicators } from '../api/types';
import { useLoad } from '../api/useLoad';
import { useSubmit } from '../api/useSubmit';
import { ACCESS, hasAnyRole } from '../auth/roles';
import { useMe } from '../auth/session';
import { SuccessBanner } from '../components/links';
import { Loaded } from '../components/Loaded';
import { Page } from '../components/Page';
import { ProblemSummary } from '../components/ProblemSummary';
import { IndicatorSummary } from '../widgets/IndicatorSummary';

export function IndicatorsPage() {
  return (
    <Page title="Involvement indicators">
      <IndicatorsSection />
    </Page>
  );
}

/** The indicators, and for an administrator the action that rebuilds them from every event. */
export function IndicatorsSection({ headingLevel = 2 }: { headingLevel?: 2 | 3 }) {
  const me = useMe();
  const load = useLoad('indicators', getIndicators);
  const [rebuilt, setRebuilt] = useState<Indicators>();
  const rebuild = useSubmit(rebuildIndicators, setRebuilt);
  const mayRebuild = hasAnyRole(me.roles, ACCESS.rebuildIndicators);
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <>
      {rebuilt && (
        <SuccessBanner title="The indicators were rebuilt">
          <p>They were worked out again from every event recorded so far.</p>
        </SuccessBanner>
      )}
      <Loaded load={load} what="the indicators">
        {(indicators) => (
          <IndicatorSummary indicators={rebuilt ?? indicators} headingLevel={headingLevel} />
        )}
      </Loaded>
      {mayRebuild && (
        <section aria-labelledby="rebuild-heading">
          <Heading className="nhsuk-heading-s" id="rebuild-heading">
            Rebuild the indicators
          </Heading>
          <p>
            If the indicators look wrong, Coproduce can work them out again from every event it has
            recorded. This can take a minute, and the figures are not updated until it finishes.
          </p>
          {rebuild.problem && <ProblemSummary problem={rebuild.problem} focus />}
          <button
            type="button"
            className="nhsuk-button nhsuk-button--secondary"
            onClick={() => void rebuild.submit()}
            disabled={rebuild.submitting}
            aria-disabled={rebuild.submitting}
          >
            {rebuild.submitting ? 'Rebuilding the indicators…' : 'Rebuild the indicators'}
          </button>
        </section>
      )}
    </>
  );
}
