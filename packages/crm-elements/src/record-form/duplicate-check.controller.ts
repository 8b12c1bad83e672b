import type { Task} from '@lit/task';
import { TaskStatus } from '@lit/task';
import { EMAIL_PATTERN, type Contact, type CrmClient, type Lead, type CrmId } from '@mindbrite/crm-client';
import { css, html, nothing, type ReactiveControllerHost } from 'lit';
// Straight from its module rather than messages/index.js, so this chunk needs nothing of the form's.
import type { CrmElement } from '../base/crm-element.js';
import { CrmTask } from '../controllers/crm-task.js';
import { recordFormNoteMessages } from '../messages/record-form-notes.js';
import { addStyles } from '../shared/add-styles.js';
import { sentence } from '../shared/sentence.js';
import { clipText, plainText } from '../shared/text.js';

/** An existing record that has the email or phone number being typed. */
export interface DuplicateMatch {
  resource: 'leads' | 'contacts';
  id: CrmId;
  name: string;
  field: 'email' | 'phone';
}

export interface DuplicateCheckOptions {
  client: () => CrmClient | undefined;
  /** The email typed, or `''` when there is none to look for (e.g. the record's own); searched once it looks like an address. */
  email: () => string;
  /** The phone number typed, or `''`; searched once it has 7 digits. */
  phone: () => string;
  /** The record being edited (in whichever collection the form saves to), which of course matches itself. */
  own: () => { resource: string; id: CrmId } | undefined;
  /** The form's words below the matches, in its language: the record can still be saved. */
  saveAnyway: () => string;
  /** Quiet time after the last keystroke before searching, in ms. */
  debounce?: number;
}

/** The look of the note's buttons, which load with it. */
const duplicateStyles = css`
  .link {
    padding: 0;
    border: 0;
    background: none;
    color: var(--_color-primary);
    text-decoration: underline;
    cursor: pointer;
  }
`;

const digits = (phone: string) => phone.replace(/\D/g, '');

/** Whether two phone numbers are the same line: same digits, or the same last ten when one adds a country code. */
function samePhone(a: string, b: string): boolean {
  const [x, y] = [digits(a), digits(b)];
  if (x.length < 7 || y.length < 7) return false;
  return x === y || (Math.min(x.length, y.length) >= 10 && x.slice(-10) === y.slice(-10));
}

const looksLikeEmail = (value: string) => EMAIL_PATTERN.test(value);
const looksLikePhone = (value: string) => digits(value).length >= 7;

function delay(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener(
      'abort',
      () => {
        clearTimeout(timer);
        reject(signal.reason);
      },
      { once: true },
    );
  });
}

/**
 * Looks up leads and contacts that already have the email or phone being typed, after a quiet
 * moment. A newer keystroke aborts the running search (through `@lit/task`), so a stale answer
 * never shows. Failures are ignored: a duplicate hint must never get in the way of saving.
 */
export class DuplicateCheckController {
  private readonly task: Task<readonly [CrmClient | undefined, string, string, DuplicateMatch['resource'] | undefined, CrmId | undefined], DuplicateMatch[]>;

  constructor(
    private readonly host: ReactiveControllerHost & Pick<CrmElement, 't'> & { readonly renderRoot: HTMLElement | DocumentFragment },
    private readonly options: DuplicateCheckOptions,
  ) {
    addStyles(host.renderRoot as ShadowRoot, duplicateStyles);
    const wait = options.debounce ?? 400;
    this.task = new CrmTask(host, {
      args: () => {
        const [email, phone] = [options.email().trim(), options.phone().trim()];
        const own = options.own();
        return [options.client(), looksLikeEmail(email) ? email : '', looksLikePhone(phone) ? phone : '', own?.resource, own?.id] as const;
      },
      task: async ([client, email, phone, ownResource, ownId], { signal }) => {
        if (!client || (!email && !phone)) return [];
        await delay(wait, signal);
        const searches: Promise<DuplicateMatch[]>[] = [];
        const find = (
          field: DuplicateMatch['field'],
          search: string,
          perPage: number,
          matches: (record: Lead | Contact) => boolean,
        ) => {
          for (const resource of ['leads', 'contacts'] as const) {
            searches.push(
              client[resource].list({ search, per_page: perPage }, { signal }).then(({ data }) =>
                (data as (Lead | Contact)[])
                  .filter((record) => matches(record) && !(resource === ownResource && String(record.id) === String(ownId)))
                  .map((record) => {
                    const name = clipText(plainText(`${record.first_name} ${record.last_name}`).trim());
                    return { resource, id: record.id, name, field };
                  }),
              ),
            );
          }
        };
        if (email) find('email', email, 10, (record) => record.email.trim().toLowerCase() === email.toLowerCase());
        // Stored numbers are formatted every which way ("(555) 123-4567", "555.123.4567"), so the
        // search asks for the last four digits, which stay together in any format, and the
        // comparison of all digits happens here.
        if (phone) find('phone', digits(phone).slice(-4), 100, (record) => samePhone(record.phone, phone));
        return (await Promise.all(searches)).flat();
      },
    });
  }

  /** The matches for the values as they are now; empty while a search is pending or failed. */
  get matches(): DuplicateMatch[] {
    return this.task.status === TaskStatus.COMPLETE ? (this.task.value ?? []) : [];
  }

  /**
   * What the form's note for `field` (whose label is `label`) says: each record that already has
   * the value, with a button that calls `open` with it; `nothing` when there is none.
   */
  render(field: DuplicateMatch['field'], label: string, open: (match: DuplicateMatch) => void) {
    const mine = this.matches.filter((match) => match.field === field);
    const notes = this.host.t(recordFormNoteMessages);
    return mine.length
      ? html`${mine.map(
            (match) => html`<p>
              ${match.resource === 'leads' ? notes.duplicate.lead(label) : notes.duplicate.contact(label)}
              <button class="link" type="button" part="open-record" @click=${() => open(match)}>${sentence(notes.duplicate.open, match.name)}</button>
            </p>`,
          )}
          <p>${this.options.saveAnyway()}</p>`
      : nothing;
  }
}
