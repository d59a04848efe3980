import { useState } from 'preact/hooks';
import { AUDIT_PAGE_SIZE, listAudit } from '../../api/audit';
import { CouncilHeading } from '../../components/CouncilHeading';
import { LoadState } from '../../components/LoadState';
import { Pagination } from '../../components/Pagination';
import { StatusMessage } from '../../components/StatusMessage';
import { usePageTitle } from '../../components/page-title';
import type { SessionUser } from '../../session';
import { useLoad } from '../../use-load';
import { AuditTable } from './AuditTable';
import { FileDownloads } from '../../components/FileDownloads';
import { auditFile } from '../../api/files';

/**
 * Every change to the council's data, newest first, a page at a time. The API pages by
 * an opaque cursor, so going back means remembering the cursors of the pages seen.
 */
export function AuditTrail({ user, laCode }: { user: SessionUser; laCode: string }) {
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  const page = cursors.length;
  const cursor = cursors[cursors.length - 1] ?? null;
  const { state } = useLoad((signal) => listAudit(laCode, cursor, signal), [laCode, cursor]);
  usePageTitle(page > 1 ? `Audit trail (page ${page})` : 'Audit trail', {
    error: state.status === 'failed',
  });
  const move = (next: (string | null)[]) => {
    setCursors(next);
    document.getElementById('audit-status')?.focus();
  };
  return (
    <>
      <CouncilHeading user={user} laCode={laCode} area="audit">
        Audit trail
      </CouncilHeading>
      <p class="govuk-body">
        Every change to the council’s agreement, returns, assessments, payments and alerts: who made
        it, and when.
      </p>
      <div id="audit-status" tabIndex={-1} class="app-focus-target">
        <StatusMessage visible={state.status === 'loaded'}>
          {state.status === 'loaded'
            ? state.value.items.length === 0
              ? 'Nothing has been recorded yet.'
              : `Page ${page}: changes ${(page - 1) * AUDIT_PAGE_SIZE + 1} to ${(page - 1) * AUDIT_PAGE_SIZE + state.value.items.length}, newest first`
            : ''}
        </StatusMessage>
      </div>
      <LoadState state={state} what="the audit trail">
        {({ items, nextCursor }) => (
          <>
            {items.length > 0 && <AuditTable entries={items} />}
            {items.length > 0 && <FileDownloads files={[auditFile(laCode)]} />}
            <Pagination
              label="Audit trail pages"
              onPrevious={page > 1 ? () => move(cursors.slice(0, -1)) : undefined}
              onNext={nextCursor ? () => move([...cursors, nextCursor]) : undefined}
            />
          </>
        )}
      </LoadState>
    </>
  );
}
