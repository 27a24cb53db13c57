import { label } from '../format';

const COLOURS: Record<string, string> = {
  PENDING: 'nhsuk-tag--yellow',
  APPROVED: 'nhsuk-tag--green',
  REJECTED: 'nhsuk-tag--red',
  IDEA: 'nhsuk-tag--grey',
  PLANNING: 'nhsuk-tag--blue',
  TESTING: 'nhsuk-tag--purple',
  IMPLEMENTING: 'nhsuk-tag--aqua-green',
  SUSTAINING: 'nhsuk-tag--green',
  CLOSED: 'nhsuk-tag--white',
};

/** A status as a coloured tag; the words carry the meaning, the colour only helps. */
export function StatusTag({ status }: { status: string | undefined }) {
  const colour = status ? COLOURS[status] : undefined;
  return <strong className={`nhsuk-tag${colour ? ` ${colour}` : ''}`}>{label(status)}</strong>;
}
