import { isCrmError, isHttpError } from '@mindbrite/crm-client';

/** Strings every element shares: states, errors in words a clinic user understands, actions. */
export const commonMessages = {
  loading: 'Loading…',
  retry: 'Try again',
  cancel: 'Cancel',
  close: 'Close',
  confirm: 'Confirm',
  save: 'Save',
  stillWaiting: 'Still waiting for the CRM…',
  noClient: 'This widget is not connected to the CRM. Set its api-base attribute or place it inside a crm-provider.',
  errors: {
    offline: 'The CRM could not be reached. Check the internet connection and try again.',
    timeout: 'The CRM took too long to answer. Try again in a moment.',
    unauthorized: 'Your session has ended. Sign in again to continue.',
    forbidden: 'You do not have permission to do this. Ask your practice administrator for access.',
    notFound: 'This record no longer exists. It may have been deleted by someone else.',
    conflict: 'Someone else changed this record while you were working on it.',
    invalid: 'Some details need attention before they can be saved.',
    rateLimited: 'The CRM is busy. Wait a moment and try again.',
    server: 'The CRM ran into a problem on its side. Try again in a moment.',
    unreadable: 'The CRM sent an answer this page could not read. Try again, and contact support if it keeps happening.',
    unknown: 'Something went wrong. Try again.',
    cancelled: 'You stopped waiting for the CRM. Try again when you are ready.',
  },
} as const;

/** Turns any failure into one sentence a clinic user can act on; never shows record data. */
export function describeError(error: unknown, messages: Pick<typeof commonMessages, 'errors'> = commonMessages): string {
  const { errors } = messages;
  if (isHttpError(error)) {
    const { status } = error;
    if (status === 401) return errors.unauthorized;
    if (status === 403) return errors.forbidden;
    if (status === 404) return errors.notFound;
    if (status === 409) return errors.conflict;
    if (status === 422 || status === 400) return errors.invalid;
    if (status === 429) return errors.rateLimited;
    if (status >= 500) return errors.server;
    return errors.unknown;
  }
  if (!isCrmError(error)) return errors.unknown;
  if (error.kind === 'network') return errors.offline;
  if (error.kind === 'timeout') return errors.timeout;
  if (error.kind === 'validation') return errors.unreadable;
  // Only shown when the user cancelled a slow load: other aborts are not failures.
  if (error.kind === 'abort') return errors.cancelled;
  return errors.unknown;
}
