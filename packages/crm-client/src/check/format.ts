// The report as text for a terminal. It holds what the report holds, so no record value either.

import type { CheckReport, FieldFinding, Problem, ResourceReport, WriteReport } from './report.js';

const LABEL = { failure: 'FAIL', warning: 'WARN' } as const;

const plural = (count: number, noun: string) => `${count} ${noun}${count === 1 ? '' : 's'}`;

/** A finding's line; `checked` counts what its records are among (none for the one statistics body). */
function fieldLine(finding: FieldFinding, checked?: { count: number; noun: string }): string {
  const what =
    finding.problem === 'missing'
      ? `missing (expected ${finding.expected})`
      : finding.problem === 'wrong_type'
        ? `expected ${finding.expected}, received ${finding.received}`
        : `a value outside the known ones (${finding.expected})`;
  const where = checked ? ` in ${finding.records} of ${plural(checked.count, checked.noun)}` : '';
  return `  ${LABEL[finding.severity]}  ${finding.path}: ${what}${where}`;
}

const problemLine = ({ severity, message, method, path }: Problem) =>
  `  ${LABEL[severity]}  ${message}${method && path ? ` (${method} ${path})` : ''}`;

function resourceLines(report: ResourceReport): string[] {
  const counted = report.resource === 'statistics' ? '' : ` (${plural(report.records, 'record')} checked)`;
  const lines = [`${report.resource}: ${report.fits ? 'fits' : 'does not fit'}${counted}`];
  if (report.list) {
    const { path, status, envelope, readByAdapter, query, asked, received } = report.list;
    const read = readByAdapter ? '' : ', not read by the adapter';
    lines.push(`  list  GET ${path} ${status}, sent as ${envelope}${read}; query: ${query.join(', ') || 'none'}; ${plural(received, 'record')} for ${asked} asked`);
  }
  const checked = report.resource === 'statistics' ? undefined : { count: report.records, noun: 'record' };
  return [...lines, ...report.problems.map(problemLine), ...report.fields.map((finding) => fieldLine(finding, checked))];
}

function writeLines(report: WriteReport): string[] {
  const { method, send } = report.update;
  return [
    `writes (a test lead created, its status updated with ${method} of ${send === 'record' ? 'the whole record' : 'the changed field'}, read back, deleted): ${report.fits ? 'fit' : 'do not fit'}`,
    ...report.problems.map(problemLine),
    ...report.fields.map((finding) => fieldLine(finding, { count: report.answers, noun: 'answer' })),
  ];
}

/**
 * The report as text: a block per resource, the writes, the suggested adapter, and the verdict
 * with the requests sent by method (so a read-only run shows it sent only `GET`s).
 * @example
 * process.stdout.write(`${formatReport(await checkApi({ baseUrl }))}\n`);
 */
export function formatReport(report: CheckReport): string {
  const mode = report.write ? 'reads and writes' : 'read only (--write also checks a create, an update and a delete)';
  const blocks = [[`crm-check-api: ${report.baseUrl}, ${mode}`], ...report.resources.map(resourceLines)];
  if (report.writes) blocks.push(writeLines(report.writes));
  if (report.suggestedAdapter) {
    blocks.push(['Suggested adapter (e.g. for --config):', ...report.suggestedAdapter.split('\n').map((line) => `  ${line}`)]);
  }
  const byMethod = new Map<string, number>();
  for (const { method } of report.requests) byMethod.set(method, (byMethod.get(method) ?? 0) + 1);
  const sent = [...byMethod].map(([method, count]) => `${count} ${method}`).join(', ');
  const verdict = report.fits ? 'fits' : `does not fit: ${plural(report.failures, 'failure')}`;
  blocks.push([`Result: ${verdict}, ${plural(report.warnings, 'warning')}. Requests sent: ${sent || 'none'}.`]);
  return blocks.map((lines) => lines.join('\n')).join('\n\n');
}
