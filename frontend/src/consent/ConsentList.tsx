import { useState } from 'react';
import { getConsents, giveConsent, withdrawConsent } from '../api/calls';
import type { ConsentChannel } from '../api/types';
import { useLoad } from '../api/useLoad';
import { useSubmit } from '../api/useSubmit';
import { SelectField } from '../components/fields';
import { errorFor, localProblem } from '../components/forms';
import { SuccessBanner } from '../components/links';
import { Loaded } from '../components/Loaded';
import { ProblemSummary } from '../components/ProblemSummary';
import { date } from '../format';
import { CONSENT_WORDING_VERSION, PURPOSES, standings, type PurposeStanding } from './purposes';

const CHANNELS: { value: ConsentChannel; label: string }[] = [
  { value: 'IN_PERSON', label: 'In person' },
  { value: 'PHONE', label: 'On the phone' },
  { value: 'PAPER', label: 'On a paper form' },
  { value: 'ONLINE', label: 'Online' },
];
const CHANNEL_FIELDS = PURPOSES.map((p) => `channel-${p.purpose}`);

interface Props {
  personId: string;
  /** The person is looking at their own consent: they give it online, and the words speak to them. */
  own: boolean;
  /** The level of each purpose's heading, under the screen's headings. */
  headingLevel: 2 | 3;
}

/** Each purpose, where it stands, and the one action that changes it: give or withdraw. */
export function ConsentList({ personId, own, headingLevel }: Props) {
  const consents = useLoad(`consents:${personId}`, () => getConsents(personId));
  const [channels, setChannels] = useState<Record<string, string>>({});
  const [checked, setChecked] = useState<ReturnType<typeof localProblem>>();
  const [done, setDone] = useState<string>();
  const change = useSubmit(
    (standing: PurposeStanding) =>
      standing.consentId
        ? withdrawConsent(personId, standing.consentId)
        : giveConsent(personId, {
            purpose: standing.purpose,
            wordingVersion: CONSENT_WORDING_VERSION,
            channel: own ? 'ONLINE' : (channels[standing.purpose] as ConsentChannel),
          }),
    (_, standing) => {
      setDone(confirmation(standing, own));
      setChannels((c) => ({ ...c, [standing.purpose]: '' }));
      consents.reload();
    },
  );
  const problem = checked ?? change.problem;

  const act = (standing: PurposeStanding) => {
    setDone(undefined);
    const field = `channel-${standing.purpose}`;
    const found =
      !own && !standing.allowed && !channels[standing.purpose]
        ? localProblem([{ field, message: 'Choose how they gave their consent' }])
        : undefined;
    setChecked(found);
    if (!found) void change.submit(standing);
  };

  const Heading = `h${headingLevel}` as const;
  return (
    <>
      {done && <SuccessBanner title={done} focus />}
      {problem && <ProblemSummary problem={problem} fields={CHANNEL_FIELDS} focus />}
      <Loaded load={consents} what={own ? 'your consent' : 'their consent'}>
        {(loaded) =>
          standings(loaded).map((standing) => (
            <section
              className="nhsuk-card"
              key={standing.purpose}
              aria-labelledby={`consent-${standing.purpose}`}
            >
              <div className="nhsuk-card__content">
                <Heading
                  className="nhsuk-card__heading nhsuk-heading-s"
                  id={`consent-${standing.purpose}`}
                >
                  {standing.title}
                </Heading>
                <p>{standing.text}</p>
                <p>
                  {standing.allowed ? (
                    <strong className="nhsuk-tag nhsuk-tag--green">Agreed</strong>
                  ) : (
                    <strong className="nhsuk-tag nhsuk-tag--grey">Not agreed</strong>
                  )}{' '}
                  {standing.allowed
                    ? `${own ? 'You agreed' : 'They agreed'} on ${date(standing.givenAt)}.`
                    : `${own ? 'You have' : 'They have'} not agreed to this.`}
                </p>
                {!own && !standing.allowed && (
                  <SelectField
                    name={`channel-${standing.purpose}`}
                    label="How did they give their consent?"
                    value={channels[standing.purpose] ?? ''}
                    onChange={(value) => setChannels((c) => ({ ...c, [standing.purpose]: value }))}
                    options={CHANNELS}
                    error={errorFor(problem, `channel-${standing.purpose}`)}
                  />
                )}
                <button
                  type="button"
                  className={`nhsuk-button${standing.allowed ? ' nhsuk-button--secondary' : ''}`}
                  disabled={change.submitting}
                  aria-label={`${actionLabel(standing, own)}: ${standing.title}`}
                  onClick={() => act(standing)}
                >
                  {actionLabel(standing, own)}
                </button>
              </div>
            </section>
          ))
        }
      </Loaded>
    </>
  );
}

function actionLabel(standing: PurposeStanding, own: boolean): string {
  if (standing.allowed) return 'Withdraw consent';
  return own ? 'Give consent' : 'Record consent';
}

function confirmation(standing: PurposeStanding, own: boolean): string {
  if (standing.allowed) {
    return own
      ? `You have withdrawn your consent to ${standing.short}`
      : `Consent to ${standing.short} was withdrawn`;
  }
  return own
    ? `You have given your consent to ${standing.short}`
    : `Consent to ${standing.short} was recorded`;
}
