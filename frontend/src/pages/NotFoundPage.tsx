import { Link } from 'react-router';
import { Page } from '../components/Page';

export function NotFoundPage() {
  return (
    <Page title="Page not found">
      <p>If you typed the web address, check it is correct.</p>
      <p>
        <Link to="/">Go to your home page</Link>
      </p>
    </Page>
  );
}

export function NoAccessPage() {
  return (
    <Page title="You cannot use this page">
      <p>Your role in Coproduce does not give you access to this page.</p>
      <p>
        <Link to="/">Go to your home page</Link>
      </p>
    </Page>
  );
}
