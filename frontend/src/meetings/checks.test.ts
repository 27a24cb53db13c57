import { describe, expect, it } from 'vitest';
import { checkMeeting, EMPTY_MEETING } from './checks';

const good = {
  ...EMPTY_MEETING,
  title: 'Service user forum, March',
  date: '2026-03-18',
  startsAt: '10:00',
  endsAt: '12:00',
  location: 'Room 3',
};
const fields = (errors: { field: string }[]) => errors.map((e) => e.field);

describe('checking a meeting before it is arranged', () => {
  it('accepts a meeting with a title, a day, times and a place', () => {
    expect(checkMeeting(good, [])).toEqual([]);
  });

  it('names every missing field', () => {
    expect(fields(checkMeeting(EMPTY_MEETING, []))).toEqual([
      'title',
      'date',
      'startsAt',
      'endsAt',
      'location',
    ]);
  });

  it('refuses a meeting that ends before it starts', () => {
    expect(checkMeeting({ ...good, endsAt: '09:30' }, [])).toEqual([
      { field: 'endsAt', message: 'The meeting must end after it starts' },
    ]);
  });

  it('takes an online link instead of a room, but only an https one', () => {
    const online = { ...good, location: '', onlineLink: 'https://meet.example.nhs.uk/forum' };
    expect(checkMeeting(online, [])).toEqual([]);
    expect(fields(checkMeeting({ ...online, onlineLink: 'http://meet.example' }, []))).toEqual([
      'onlineLink',
    ]);
  });

  it('asks for the title of an agenda item that only has notes', () => {
    const agenda = [
      { key: 0, title: 'Waiting times', notes: '' },
      { key: 1, title: ' ', notes: 'Pat will join' },
    ];
    expect(fields(checkMeeting(good, agenda))).toEqual(['agenda[1].title']);
  });
});
