import { useState, type FormEvent } from 'react';
import { Link, useLocation, useParams } from 'react-router';
import { hasAnyRole } from '../auth/roles';
import { useMe } from '../auth/session';
import { useLoad } from '../api/useLoad';
import { useSubmit } from '../api/useSubmit';
import { TextField } from '../components/fields';
import { errorFor } from '../components/forms';
import { SuccessBanner } from '../components/links';
import { Loaded } from '../components/Loaded';
import { Page } from '../components/Page';
import { ProblemSummary } from '../components/ProblemSummary';
import { label } from '../format';
import {
  closeOpportunity,
  decideInterest,
  expressInterest,
  getOpportunity,
  inviteSuggestedPeople,
  listInterestsIn,
  listMyInterests,
  listSuggestedPeople,
  publishOpportunity,
  type Decision,
  type Interest,
  type Opportunity,
} from './api';
import { OpportunitySummary } from './OpportunitySummary';
import type { Said } from './OpportunityEditorPages';
import { staleProblem, why } from './words';
import { decisionsFor, INTEREST_STATUS } from './interests';
import { OPPORTUNITY_ACCESS } from './access';

/** One opportunity: staff manage it and its interest; a volunteer reads it and says they are interested. */
export function OpportunityPage() {
  const { id = '' } = useParams();
  const me = useMe();
  const staff = hasAnyRole(me.roles, OPPORTUNITY_ACCESS.manage);
  const said = (useLocation().state as Said | null)?.said;
  // Kept here, not in the staff view: reloading the opportunity after an action remounts that view.
  const [done, setDone] = useState<string>();
  const opportunity = useLoad(`opportunity:${id}`, () => getOpportunity(id));
  return (
    <Page
      title={opportunity.status === 'done' ? opportunity.data.title : 'An opportunity'}
      caption="Opportunities"
    >
      <p>
        <Link to={staff ? '/opportunities' : '/find-opportunities'}>
          {staff ? 'All opportunities' : 'Find opportunities'}
        </Link>
      </p>
      {said && !done && <SuccessBanner title={said} />}
      {done && <SuccessBanner title={done} focus />}
      <Loaded load={opportunity} what="the opportunity">
        {(o) =>
          staff ? (
            <StaffView
              opportunity={o}
              reload={opportunity.reload}
              onDone={(what) => {
                setDone(what);
                opportunity.reload();
              }}
            />
          ) : (
            <VolunteerView opportunity={o} />
          )
        }
      </Loaded>
    </Page>
  );
}

function StaffView({
  opportunity: o,
  reload,
  onDone,
}: {
  opportunity: Opportunity;
  reload: () => void;
  onDone: (what: string) => void;
}) {
  const me = useMe();
  const coordinates = hasAnyRole(me.roles, OPPORTUNITY_ACCESS.publish);
  const change = useSubmit(
    (action: 'publish' | 'close') =>
      action === 'publish'
        ? publishOpportunity(o.id, o.version)
        : closeOpportunity(o.id, o.version),
    (_, action) =>
      onDone(
        action === 'publish'
          ? 'It is published: volunteers can see it'
          : 'It is closed to new interest',
      ),
  );
  const problem = staleProblem(change.problem);
  return (
    <>
      {problem && <ProblemSummary problem={problem} focus />}
      {problem?.status === 412 && (
        <button type="button" className="nhsuk-button nhsuk-button--secondary" onClick={reload}>
          Reload the opportunity
        </button>
      )}
      <OpportunitySummary opportunity={o} staff />
      {o.status !== 'CLOSED' && (
        <p>
          <Link to={`/opportunities/${o.id}/edit`}>Change the description</Link>
        </p>
      )}
      {coordinates && o.status === 'DRAFT' && (
        <button
          type="button"
          className="nhsuk-button"
          disabled={change.submitting}
          onClick={() => void change.submit('publish')}
        >
          Publish
        </button>
      )}
      {coordinates && o.status === 'PUBLISHED' && (
        <button
          type="button"
          className="nhsuk-button nhsuk-button--secondary"
          disabled={change.submitting}
          onClick={() => void change.submit('close')}
        >
          Close to new interest
        </button>
      )}
      {coordinates && o.status === 'PUBLISHED' && <SuggestedPeople opportunityId={o.id} />}
      {coordinates && <Interests opportunityId={o.id} />}
    </>
  );
}

function SuggestedPeople({ opportunityId }: { opportunityId: string }) {
  const people = useLoad(`suggested:${opportunityId}`, () => listSuggestedPeople(opportunityId));
  const [told, setTold] = useState<string>();
  const invite = useSubmit(
    () => inviteSuggestedPeople(opportunityId),
    (result) =>
      setTold(
        `${result.invited} ${result.invited === 1 ? 'person was' : 'people were'} invited` +
          (result.alreadyInvited ? `; ${result.alreadyInvited} had been invited before` : ''),
      ),
  );
  return (
    <section aria-labelledby="suggested-heading">
      <h2 className="nhsuk-heading-m" id="suggested-heading">
        Suggested people
      </h2>
      <p>
        People whose interests or times match and who agree to hear about opportunities. Inviting
        them sends each a message in Coproduce.
      </p>
      {told && <SuccessBanner title={told} focus />}
      {invite.problem && <ProblemSummary problem={invite.problem} focus />}
      <Loaded load={people} what="suggested people">
        {(suggested) =>
          suggested.length === 0 ? (
            <p>Nobody matches yet.</p>
          ) : (
            <>
              <ul className="nhsuk-list nhsuk-list--bullet">
                {suggested.map((p) => (
                  <li key={p.personId}>
                    <Link to={`/people/${p.personId}`}>{p.displayName}</Link> (
                    {label(p.personType).toLowerCase()}): {why(p.matchedTopics, p.matchedTimes)}
                  </li>
                ))}
              </ul>
              <button
                type="button"
                className="nhsuk-button"
                disabled={invite.submitting}
                onClick={() => void invite.submit()}
              >
                Invite them
              </button>
            </>
          )
        }
      </Loaded>
    </section>
  );
}

function Interests({ opportunityId }: { opportunityId: string }) {
  const interests = useLoad(`interests:${opportunityId}`, () => listInterestsIn(opportunityId));
  const [done, setDone] = useState<string>();
  const decide = useSubmit(
    (interest: Interest, decision: Decision) => decideInterest(interest, decision),
    (changed) => {
      setDone(
        `${changed.personDisplayName}: ${INTEREST_STATUS[changed.status].staff.toLowerCase()}`,
      );
      interests.reload();
    },
  );
  return (
    <section aria-labelledby="interest-heading">
      <h2 className="nhsuk-heading-m" id="interest-heading">
        Who is interested
      </h2>
      {done && <SuccessBanner title={done} focus />}
      {decide.problem && <ProblemSummary problem={staleProblem(decide.problem)!} focus />}
      <Loaded load={interests} what="who is interested">
        {(page) =>
          (page.items ?? []).length === 0 ? (
            <p>Nobody has said they are interested yet.</p>
          ) : (
            (page.items ?? []).map((interest) => (
              <div className="nhsuk-card" key={interest.id}>
                <div className="nhsuk-card__content">
                  <h3 className="nhsuk-card__heading nhsuk-heading-s">
                    <Link to={`/people/${interest.personId}`}>{interest.personDisplayName}</Link>
                  </h3>
                  <p>
                    <strong className="nhsuk-tag">{INTEREST_STATUS[interest.status].staff}</strong>
                  </p>
                  {interest.note && <p className="app-preserve-lines">{interest.note}</p>}
                  <div className="nhsuk-button-group">
                    {decisionsFor(interest).map((d) => (
                      <button
                        key={d.decision}
                        type="button"
                        className={`nhsuk-button${d.decision === 'selection' ? '' : ' nhsuk-button--secondary'}`}
                        disabled={decide.submitting}
                        aria-label={`${d.label} ${interest.personDisplayName}`}
                        onClick={() => void decide.submit(interest, d.decision)}
                      >
                        {d.label}
                      </button>
                    ))}
                  </div>
                </div>
              </div>
            ))
          )
        }
      </Loaded>
    </section>
  );
}

function VolunteerView({ opportunity: o }: { opportunity: Opportunity }) {
  const mine = useLoad(`my-interest:${o.id}`, async () =>
    ((await listMyInterests(undefined, 100)).items ?? []).find((i) => i.opportunityId === o.id),
  );
  const [note, setNote] = useState('');
  const [expressed, setExpressed] = useState<Interest>();
  const send = useSubmit(
    () => expressInterest(o.id, note.trim() || undefined),
    (interest) => setExpressed(interest),
  );
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void send.submit();
  };
  return (
    <>
      <OpportunitySummary opportunity={o} staff={false} />
      <Loaded load={mine} what="whether you are interested">
        {(existing) => {
          const interest = expressed ?? existing;
          if (interest) {
            return (
              <>
                {expressed && (
                  <SuccessBanner title="Thank you: we have your interest" focus>
                    <p>The involvement team will let you know what happens next.</p>
                  </SuccessBanner>
                )}
                <p>
                  You said you are interested. Where it stands:{' '}
                  <strong>{INTEREST_STATUS[interest.status].own}</strong>.{' '}
                  <Link to="/my-interest">See all your interest</Link>
                </p>
              </>
            );
          }
          if (o.status !== 'PUBLISHED') {
            return <p>This opportunity is closed to new interest.</p>;
          }
          return (
            <form onSubmit={submit} noValidate>
              <h2 className="nhsuk-heading-m">Would you like to take part?</h2>
              {send.problem && <ProblemSummary problem={send.problem} fields={['note']} focus />}
              <TextField
                name="note"
                label="Anything the involvement team should know (optional)"
                hint="For example, when you are free, or what would help you take part"
                multiline
                value={note}
                onChange={setNote}
                error={errorFor(send.problem, 'note')}
              />
              <button type="submit" className="nhsuk-button" disabled={send.submitting}>
                I’m interested
              </button>
            </form>
          );
        }}
      </Loaded>
    </>
  );
}
