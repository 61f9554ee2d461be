/** One message of an options section: what just happened, or why it did not. */
export interface Status {
  kind: 'info' | 'ok' | 'error';
  text: string;
}

/**
 * A section's live region: always in the page (so screen readers announce what appears in
 * it), empty until there is something to say.
 */
export function StatusLine({ id, status }: { id: string; status: Status | null }) {
  return (
    <p id={id} class="kc-status" role="status" aria-live="polite" data-kind={status?.kind}>
      {status?.text ?? ''}
    </p>
  );
}
