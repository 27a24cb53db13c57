const PHASES: Record<string, { text: string; colour: string }> = {
  UPCOMING: { text: 'Nominations open soon', colour: 'nhsuk-tag--grey' },
  NOMINATIONS_OPEN: { text: 'Nominations open', colour: 'nhsuk-tag--blue' },
  AWAITING_VOTING: { text: 'Voting opens soon', colour: 'nhsuk-tag--purple' },
  VOTING_OPEN: { text: 'Voting open', colour: 'nhsuk-tag--green' },
  VOTING_CLOSED: { text: 'Voting closed', colour: 'nhsuk-tag--yellow' },
  DECLARED: { text: 'Result declared', colour: 'nhsuk-tag--white' },
};

export function PhaseTag({ phase }: { phase: string | undefined }) {
  const shown = PHASES[phase ?? ''] ?? { text: 'Not known', colour: 'nhsuk-tag--grey' };
  return <strong className={`nhsuk-tag ${shown.colour}`}>{shown.text}</strong>;
}
