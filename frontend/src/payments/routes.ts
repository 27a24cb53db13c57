import type { FeatureRoute } from '../features';
import { PAYMENT_ACCESS } from './access';
import { ApprovalsPage } from './ApprovalsPage';
import { BenefitWarningsPage } from './BenefitWarningsPage';
import { ClaimExpensePage } from './ClaimExpensePage';
import { ClaimPage } from './ClaimPage';
import { CostCentresPage } from './CostCentresPage';
import { ExportBatchPage } from './ExportBatchPage';
import { HowIAmPaidPage } from './HowIAmPaidPage';
import { MyPaymentsPage } from './MyPaymentsPage';
import { PaymentExportsPage } from './PaymentExportsPage';
import { NewRateCardPage, RateCardPage, RateCardsPage } from './RateCardPages';

export const paymentRoutes: FeatureRoute[] = [
  { path: 'my-payments', roles: PAYMENT_ACCESS.own, Screen: MyPaymentsPage },
  { path: 'my-payments/expense', roles: PAYMENT_ACCESS.own, Screen: ClaimExpensePage },
  { path: 'my-payments/how-i-am-paid', roles: PAYMENT_ACCESS.own, Screen: HowIAmPaidPage },
  { path: 'approvals', roles: PAYMENT_ACCESS.decide, Screen: ApprovalsPage },
  { path: 'claims/:id', roles: PAYMENT_ACCESS.claims, Screen: ClaimPage },
  { path: 'benefit-warnings', roles: PAYMENT_ACCESS.benefits, Screen: BenefitWarningsPage },
  { path: 'payment-exports', roles: PAYMENT_ACCESS.exports, Screen: PaymentExportsPage },
  { path: 'payment-exports/:id', roles: PAYMENT_ACCESS.exports, Screen: ExportBatchPage },
  { path: 'cost-centres', roles: PAYMENT_ACCESS.setUp, Screen: CostCentresPage },
  { path: 'rate-cards', roles: PAYMENT_ACCESS.setUp, Screen: RateCardsPage },
  { path: 'rate-cards/new', roles: PAYMENT_ACCESS.setUp, Screen: NewRateCardPage },
  { path: 'rate-cards/:version', roles: PAYMENT_ACCESS.setUp, Screen: RateCardPage },
];
