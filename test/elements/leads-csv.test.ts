// The CSV writer behind "Export CSV": RFC 4180 quoting and formula-injection guarding per cell.
import { expect } from '@open-wc/testing';
import { csvCell, csvRow } from '../../packages/crm-elements/src/records-list/records-csv.js';

describe('csvCell', () => {
  it('quotes every cell and doubles quotes', () => {
    expect(csvCell('plain')).to.equal('"plain"');
    expect(csvCell('say "hi", then\r\nleave')).to.equal('"say ""hi"", then\r\nleave"');
    expect(csvCell(undefined)).to.equal('""');
    expect(csvCell(null)).to.equal('""');
  });

  it('prefixes text starting with = + - @ tab or carriage return, and leaves numbers alone', () => {
    for (const start of ['=', '+', '-', '@', '\t', '\r']) expect(csvCell(`${start}1`)).to.equal(`"'${start}1"`);
    expect(csvCell(-5)).to.equal('"-5"');
    expect(csvCell('a=b')).to.equal('"a=b"');
  });
});

describe('csvRow', () => {
  it('joins cells with commas and ends the line with CRLF', () => {
    expect(csvRow(['a', 1, '=b'])).to.equal('"a","1","\'=b"\r\n');
  });
});
