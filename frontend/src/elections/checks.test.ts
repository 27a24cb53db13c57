import { describe, expect, it } from 'vitest';
import { checkElection, EMPTY_ELECTION } from './checks';

const good = {
  ...EMPTY_ELECTION,
  roleTitle: 'Patient and carer ambassador',
  nominationsOpenAt: '2026-04-01',
  nominationsCloseAt: '2026-04-15',
  votingOpenAt: '2026-04-20',
  votingCloseAt: '2026-04-30',
};
const fields = (form: typeof good) => checkElection(form).map((e) => e.field);

describe('checking an election before it is opened', () => {
  it('accepts seats, a term and four days in order', () => {
    expect(checkElection(good)).toEqual([]);
  });

  it('lets voting open the day after nominations close, not the same day', () => {
    expect(fields({ ...good, votingOpenAt: '2026-04-16' })).toEqual([]);
    expect(fields({ ...good, votingOpenAt: '2026-04-15' })).toEqual(['votingOpenAt']);
  });

  it('refuses days out of order, naming the later one', () => {
    expect(fields({ ...good, nominationsCloseAt: '2026-03-31' })).toEqual(['nominationsCloseAt']);
    expect(fields({ ...good, votingCloseAt: '2026-04-19' })).toEqual(['votingCloseAt']);
  });

  it('asks for whole numbers of seats and months, within bounds', () => {
    expect(fields({ ...good, seats: '0', termMonths: '2.5' })).toEqual(['seats', 'termMonths']);
    expect(fields({ ...good, seats: '21' })).toEqual(['seats']);
  });

  it('names each missing day', () => {
    expect(checkElection({ ...good, votingOpenAt: '' })).toEqual([
      { field: 'votingOpenAt', message: 'Enter the day voting opens' },
    ]);
  });
});
