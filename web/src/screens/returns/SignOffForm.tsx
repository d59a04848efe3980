import type { SignOff } from '../../../../shared/schemas/return-content';
import { TextInput } from '../../components/TextInput';

/** The senior officer signing the return off: their name and role. */
export function SignOffForm(props: {
  value: SignOff;
  onChange: (value: SignOff) => void;
  errors: Record<string, string>;
}) {
  const { value, onChange, errors } = props;
  return (
    <fieldset class="govuk-fieldset">
      <legend class="govuk-fieldset__legend govuk-fieldset__legend--m">
        <h2 class="govuk-fieldset__heading">Sign off and submit</h2>
      </legend>
      <p class="govuk-body">
        The director of children’s services or the section 151 officer signs off the return. By
        submitting it you confirm that, to the best of your knowledge, the information is correct
        and complete.
      </p>
      <TextInput
        id="signOff-name"
        label="Full name"
        error={errors['signOff-name']}
        value={value.name}
        onInput={(name) => onChange({ ...value, name })}
        autocomplete="name"
        spellcheck={false}
      />
      <TextInput
        id="signOff-role"
        label="Role"
        hint="For example, Section 151 officer or Director of children’s services."
        error={errors['signOff-role']}
        value={value.role}
        onInput={(role) => onChange({ ...value, role })}
        autocomplete="organization-title"
        spellcheck
      />
    </fieldset>
  );
}
