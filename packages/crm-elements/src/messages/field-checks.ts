
/**
 * The client's checks of a form's fields (its schemas' messages), as the translations say them:
 * English is the client's own words, so an English form shows those and never loads this module.
 * Functions take the field's label as the form shows it.
 */
export const fieldCheckMessages = {
  required: (field: string) => `${field} is required`,
  tooLong: (field: string, max: string) => `${field} must be at most ${max} characters`,
  email: 'Enter a valid email address',
  phone: 'Enter a valid phone number',
  phoneDigits: 'A phone number has 7 to 15 digits',
} as const;
