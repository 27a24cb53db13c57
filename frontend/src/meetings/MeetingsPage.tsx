import { ActionLink } from '../components/links';
import { Page } from '../components/Page';
import { MeetingList } from './MeetingList';

export function MeetingsPage() {
  return (
    <Page title="Service user meetings">
      <ActionLink to="/meetings/new">Arrange a meeting</ActionLink>
      <MeetingList caption="Meetings, newest first" empty="No meeting has been arranged yet." />
    </Page>
  );
}
