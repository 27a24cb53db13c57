import { ApiProblem } from '../api/problem';

/** The 1 to 5 scales, each point in words. */
export const RATINGS = {
  overall: [
    { value: '1', label: '1: poor' },
    { value: '2', label: '2: not so good' },
    { value: '3', label: '3: all right' },
    { value: '4', label: '4: good' },
    { value: '5', label: '5: excellent' },
  ],
  usefulness: [
    { value: '1', label: '1: not at all useful' },
    { value: '2', label: '2: a little useful' },
    { value: '3', label: '3: quite useful' },
    { value: '4', label: '4: useful' },
    { value: '5', label: '5: very useful' },
  ],
};

/** The service's refusals that are about the person, not the form, said to them plainly. */
export function feedbackProblem(problem: ApiProblem | undefined): ApiProblem | undefined {
  if (problem?.status === 409) {
    return new ApiProblem({
      title: 'You have already told us how this session went',
      status: 409,
      detail: 'Thank you: feedback can be given once for each session.',
    });
  }
  if (problem?.status === 403) {
    return new ApiProblem({
      title: 'We have no record of you attending this session',
      status: 403,
      detail: 'If you were there, ask your involvement coordinator to record your attendance.',
    });
  }
  return problem;
}
