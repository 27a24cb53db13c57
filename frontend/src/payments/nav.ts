import type { NavItem } from '../navigation';
import { PAYMENT_ACCESS } from './access';

/**
 * Few entries, as menus are long already: a volunteer's payment screens hang off My payments; the
 * approval queue is finance's home and linked from a coordinator's home and Claims; cost centres
 * from Rate cards and the admin home.
 */
export const paymentNavItems: NavItem[] = [
  { to: '/my-payments', label: 'Payments', roles: PAYMENT_ACCESS.own },
  { to: '/payment-exports', label: 'Payment exports', roles: PAYMENT_ACCESS.exports },
  { to: '/rate-cards', label: 'Rate cards', roles: PAYMENT_ACCESS.setUp },
];
