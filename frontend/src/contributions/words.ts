import type { ContributionKind, TellBackChannel } from './api';

export const KINDS: { value: ContributionKind; label: string }[] = [
  { value: 'IDEA', label: 'An idea' },
  { value: 'FEEDBACK', label: 'Feedback' },
  { value: 'PANEL_VIEW', label: 'A view given on a panel' },
  { value: 'SURVEY_RESPONSE', label: 'A survey answer' },
  { value: 'MEETING_COMMENT', label: 'Something said at a meeting' },
];

export const CHANNELS: { value: TellBackChannel; label: string }[] = [
  { value: 'EMAIL', label: 'By email' },
  { value: 'LETTER', label: 'By letter' },
  { value: 'PHONE', label: 'By phone' },
  { value: 'IN_PERSON', label: 'In person' },
  { value: 'MEETING', label: 'At a meeting' },
  { value: 'NEWSLETTER', label: 'In the newsletter' },
];

export const kindLabel = (kind: string | undefined) =>
  KINDS.find((k) => k.value === kind)?.label ?? 'Something said';

export const channelLabel = (channel: string | undefined | null) =>
  CHANNELS.find((c) => c.value === channel)?.label.toLowerCase() ?? '';
