import { ROLE_NAMES } from '../../auth/roles';
import { Shortcuts } from '../../components/links';
import { Page } from '../../components/Page';
import { ProjectList } from '../../widgets/ProjectList';

export function QiLeadHome() {
  return (
    <Page title="QI projects" caption={ROLE_NAMES['qi-lead']}>
      <Shortcuts
        links={[
          { to: '/projects/new', label: 'Start a QI project' },
          { to: '/participations/new', label: 'Record someone’s participation' },
        ]}
      />
      <ProjectList />
    </Page>
  );
}
