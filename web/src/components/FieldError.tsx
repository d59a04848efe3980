/** The GOV.UK error message above a field, with "Error:" for screen readers. */
export function FieldError({ id, message }: { id: string; message: string }) {
  return (
    <p id={id} class="govuk-error-message">
      <span class="govuk-visually-hidden">Error:</span> {message}
    </p>
  );
}
