import { ACCESS, hasAnyRole } from '../auth/roles';
import { useMe } from '../auth/session';
import { ActionLink } from '../components/links';
import { Page } from '../components/Page';
import { ProjectList } from '../widgets/ProjectList';

export function ProjectsPage() {
  const me = useMe();
  return (
    <Page title="QI projects">
      {hasAnyRole(me.roles, ACCESS.startProject) && (
        <ActionLink to="/projects/new">Start a QI project</ActionLink>
      )}
      <ProjectList />
    </Page>
  );
}
