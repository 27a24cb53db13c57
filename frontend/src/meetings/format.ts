/** "Room 3, and online", "Online", or the room. */
export function where(meeting: { location?: string | null; onlineLink?: string | null }): string {
  if (meeting.location && meeting.onlineLink) return `${meeting.location}, and online`;
  if (meeting.location) return meeting.location;
  return meeting.onlineLink ? 'Online' : 'Not known';
}
