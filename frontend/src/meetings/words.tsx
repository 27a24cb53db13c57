/** How meetings are put in words on every screen. */

const MINUTES: Record<string, { text: string; colour: string }> = {
  NONE: { text: 'Not written yet', colour: 'nhsuk-tag--grey' },
  DRAFT: { text: 'Draft', colour: 'nhsuk-tag--yellow' },
  PUBLISHED: { text: 'Published', colour: 'nhsuk-tag--green' },
};

export function MinutesTag({ status }: { status: string | undefined }) {
  const shown = MINUTES[status ?? 'NONE'] ?? MINUTES.NONE!;
  return <strong className={`nhsuk-tag ${shown.colour}`}>{shown.text}</strong>;
}

export function ActionStatusTag({ status }: { status: string | undefined }) {
  return status === 'DONE' ? (
    <strong className="nhsuk-tag nhsuk-tag--green">Done</strong>
  ) : (
    <strong className="nhsuk-tag nhsuk-tag--blue">Open</strong>
  );
}
