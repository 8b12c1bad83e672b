// The one label lookup: known values get their label, others are shown as sent (humanised), and a
// value that happens to name a property of every object is text like any other.
import { expect } from '@open-wc/testing';
import { leadSourceLabels, leadStatusLabels } from '../../packages/crm-elements/src/messages/index.js';
import { labelFor, withCurrent } from '../../packages/crm-elements/src/shared/labels.js';

describe('labels', () => {
  it('labels known values and humanises unknown ones', () => {
    expect(labelFor(leadSourceLabels, 'walk_in')).to.equal('Walk-in');
    expect(labelFor(leadStatusLabels, 'on_hold')).to.equal('On hold');
  });

  it('shows a status named like an object property as that text', () => {
    for (const [value, label] of [
      ['constructor', 'Constructor'],
      ['__proto__', 'Proto'],
      ['toString', 'ToString'],
      ['hasOwnProperty', 'HasOwnProperty'],
    ]) {
      expect(labelFor(leadStatusLabels, value!)).to.equal(label);
    }
  });

  it('adds an unknown current value to the known options, once', () => {
    expect(withCurrent(['new', 'lost'], 'on_hold')).to.deep.equal(['new', 'lost', 'on_hold']);
    expect(withCurrent(['new', 'lost'], 'lost')).to.deep.equal(['new', 'lost']);
    expect(withCurrent(['new', 'lost'], '')).to.deep.equal(['new', 'lost']);
  });
});
