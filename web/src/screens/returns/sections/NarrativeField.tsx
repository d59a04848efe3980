import { Textarea } from '../../../components/Textarea';

/** The narrative: the period in the council's own words. */
export function NarrativeField(props: {
  value: string;
  onChange: (value: string) => void;
  error?: string | undefined;
}) {
  return (
    <Textarea
      id="narrative"
      label="Narrative"
      labelClass="govuk-visually-hidden"
      hint="What happened in the period, what is going well, what is not, and what you are doing about it. DfE reads this beside the figures."
      error={props.error}
      value={props.value}
      onInput={props.onChange}
      rows={12}
      maxLength={20000}
    />
  );
}
