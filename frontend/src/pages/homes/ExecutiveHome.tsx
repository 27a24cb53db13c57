import { ROLE_NAMES } from '../../auth/roles';
import { Page } from '../../components/Page';
import { IndicatorsSection } from '../IndicatorsPage';

export function ExecutiveHome() {
  return (
    <Page title="Involvement indicators" caption={ROLE_NAMES.executive}>
      <p>How involvement of service users and carers is going across the organisation.</p>
      <IndicatorsSection />
    </Page>
  );
}
