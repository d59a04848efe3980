import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { AUDIT_PAGE_SIZE, listAudit, type AuditEntry } from '../../api/audit';
import { CouncilHeading } from '../../components/CouncilHeading';
import { LoadState } from '../../components/LoadState';
import { Pagination } from '../../components/Pagination';
import { StatusMessage } from '../../components/StatusMessage';
import { usePageTitle } from '../../components/page-title';
import { readAuditFilters } from '../../audit/audit-filters';
import { auditWho } from '../../display/audit-change';
import { useSearch } from '../../router';
import { paths } from '../../routes/paths';
import type { SessionUser } from '../../session';
import { useLoad } from '../../use-load';
import { AuditFilterForm } from './AuditFilterForm';
import { AuditTable } from './AuditTable';
import { FileDownloads } from '../../components/FileDownloads';
import { auditFile } from '../../api/files';

/** How many of the latest changes the choice of people and actions is drawn from. */
const SAMPLE = 200;

/** The people and actions among changes, to filter by: a person by name, or sub without one. */
function choicesFrom(entries: AuditEntry[]) {
  const people = new Map<string, string>();
  for (const { actor } of entries) {
    const value = actor.name ?? actor.sub;
    if (!people.has(value)) {
      const who = auditWho(actor);
      people.set(value, who.role ? `${who.name} (${who.role})` : who.name);
    }
  }
  return {
    people: [...people]
      .map(([value, label]) => ({ value, label }))
      .sort((a, b) => a.label.localeCompare(b.label)),
    actions: [...new Set(entries.map((e) => e.action))],
  };
}

/**
 * Every change to the council's data, newest first, a page at a time, narrowed by who,
 * what and which days (in the address, so a filtered trail can be shared; the API
 * filters). The API pages by an opaque cursor, so going back means remembering the
 * cursors of the pages seen.
 */
export function AuditTrail({ user, laCode }: { user: SessionUser; laCode: string }) {
  const search = useSearch();
  const filters = readAuditFilters(search);
  return <AuditPages key={search} user={user} laCode={laCode} search={search} filters={filters} />;
}

function AuditPages(props: {
  user: SessionUser;
  laCode: string;
  search: string;
  filters: ReturnType<typeof readAuditFilters>;
}) {
  const { user, laCode, search, filters } = props;
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  const [errors, setErrors] = useState<ComponentChildren>(null);
  const page = cursors.length;
  const cursor = cursors[cursors.length - 1] ?? null;
  const { state } = useLoad(
    (signal) => listAudit(laCode, cursor, signal, filters),
    [laCode, cursor, search],
  );
  const sample = useLoad(
    (signal) => listAudit(laCode, null, signal, {}, SAMPLE).then((p) => choicesFrom(p.items)),
    [laCode],
  );
  const filtered = Object.keys(filters).length > 0;
  usePageTitle(page > 1 ? `Audit trail (page ${page})` : 'Audit trail', {
    error: errors !== null || state.status === 'failed',
  });
  const move = (next: (string | null)[]) => {
    setCursors(next);
    document.getElementById('audit-status')?.focus();
  };
  return (
    <>
      {errors}
      <CouncilHeading user={user} laCode={laCode} area="audit">
        Audit trail
      </CouncilHeading>
      <p class="govuk-body">
        Every change to the council’s agreement, returns, assessments, payments and alerts: who made
        it, when, and what it changed.
      </p>
      <AuditFilterForm
        key={sample.state.status}
        path={paths.audit(laCode)}
        filters={filters}
        people={sample.state.status === 'loaded' ? sample.state.value.people : []}
        actions={sample.state.status === 'loaded' ? sample.state.value.actions : []}
        onErrors={setErrors}
      />
      <div id="audit-status" tabIndex={-1} class="app-focus-target">
        <StatusMessage visible={state.status === 'loaded'}>
          {state.status === 'loaded'
            ? state.value.items.length === 0
              ? filtered
                ? 'No changes match these filters on this page.'
                : 'Nothing has been recorded yet.'
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
