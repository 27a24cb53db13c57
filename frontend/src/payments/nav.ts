import type { NavItem } from '../navigation';
import { PAYMENT_ACCESS } from './access';

/**
 * Few entries, as menus are long already: a volunteer's payment screens hang off My payments; the
 * approval queue is finance's home and linked from a coordinator's home and Claims.
 */
export const paymentNavItems: NavItem[] = [
  { to: '/my-payments', label: 'Payments', roles: PAYMENT_ACCESS.own },
  { to: '/rate-cards', label: 'Rate cards', roles: PAYMENT_ACCESS.setUp },
];
