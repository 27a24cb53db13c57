import { useState } from 'react';
import { useSubmit } from '../api/useSubmit';
import { SuccessBanner } from '../components/links';
import { ProblemSummary } from '../components/ProblemSummary';
import { downloadSubjectAccess } from './api';

/** A button that downloads everything Coproduce holds about a person, as one file. */
export function DownloadData({ personId, own }: { personId: string; own: boolean }) {
  const [saved, setSaved] = useState<string>();
  const download = useSubmit(() => downloadSubjectAccess(personId), setSaved);
  return (
    <>
      {saved && (
        <SuccessBanner title="The file was downloaded" focus>
          <p>
            Look for {saved} in your downloads. It has personal details in it: keep it safe
            {own ? '' : ' and share it only with the person'}.
          </p>
        </SuccessBanner>
      )}
      {download.problem && <ProblemSummary problem={download.problem} focus />}
      <button
        type="button"
        className="nhsuk-button nhsuk-button--secondary"
        disabled={download.submitting}
        onClick={() => {
          setSaved(undefined);
          void download.submit();
        }}
      >
        {download.submitting
          ? 'Preparing the file…'
          : own
            ? 'Download my data'
            : 'Download everything we hold'}
      </button>
    </>
  );
}
