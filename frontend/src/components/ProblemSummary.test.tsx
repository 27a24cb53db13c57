import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ApiProblem } from '../api/problem';
import { ProblemSummary } from './ProblemSummary';

describe('showing a problem', () => {
  const problem = new ApiProblem({
    type: 'https://coproduce.example/problems/invalid',
    title: 'Invalid request',
    status: 400,
    detail: 'Some fields are not valid',
    errors: [
      { field: 'displayName', message: 'must not be blank' },
      { field: 'nickname', message: 'Nicknames are not kept' },
    ],
  });

  it('shows the title, the detail and every field error as an alert', () => {
    render(<ProblemSummary problem={problem} fields={['displayName']} />);

    const alert = screen.getByRole('alert');
    expect(within(alert).getByRole('heading', { name: 'Invalid request' })).toBeVisible();
    expect(alert).toHaveTextContent('Some fields are not valid');
    expect(
      within(alert)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['Display name must not be blank', 'Nicknames are not kept']);
  });

  it('links an error to its field when the field is on the screen', () => {
    render(<ProblemSummary problem={problem} fields={['displayName']} />);

    expect(screen.getByRole('link', { name: 'Display name must not be blank' })).toHaveAttribute(
      'href',
      '#field-displayName',
    );
    expect(screen.queryByRole('link', { name: /Nicknames/ })).not.toBeInTheDocument();
  });

  it('offers to sign in again when the session has ended', () => {
    render(<ProblemSummary problem={new ApiProblem({ title: 'Unauthorized', status: 401 })} />);

    expect(screen.getByRole('link', { name: 'Sign in again' })).toHaveAttribute(
      'href',
      '/login?redirect=%2F',
    );
  });

  it('takes focus when asked, so the problem is read out after sending a form', () => {
    render(<ProblemSummary problem={problem} focus />);

    expect(screen.getByRole('alert').parentElement).toHaveFocus();
  });
});
