// A host page with aggressive global CSS cannot restyle the widgets' insides (Shadow DOM keeps
// them out, and the widgets set the inherited text properties again), and the widgets' own
// styles do not leak into the page.
import type { CrmClient } from '@mindbrite/crm-client';
import { html } from '@open-wc/testing';
import { mockClient, useMockCrm } from './support/mock-crm.js';
import { expect, rows, settledList, shadow } from './support/leads-list.js';

const hostileCss = `
  * {
    color: red !important;
    font-size: 40px;
    font-family: 'Comic Sans MS', cursive !important;
    letter-spacing: 8px !important;
    text-transform: uppercase !important;
    line-height: 5 !important;
  }
  table, tr, td, th { display: none !important; padding: 50px !important; }
  button { background: lime !important; border: 5px dashed red !important; }
  input, select { display: none !important; }
  div { display: inline !important; }
`;

describe('host page CSS', function () {
  // Generous: these suites share two cores with other suites, and axe over a page of rows is slow there.
  this.timeout(20_000);
  useMockCrm();

  describe('with aggressive global styles', () => {
    let style: HTMLStyleElement;
    before(() => {
      style = document.createElement('style');
      style.textContent = hostileCss;
      document.head.append(style);
    });
    after(() => style.remove());

    const lists = [
      ['leads list', (client: CrmClient) => html`<crm-leads-list .client=${client} style="width: 2500px"></crm-leads-list>`],
      ['contacts list', (client: CrmClient) => html`<crm-contacts-list .client=${client} style="width: 2500px"></crm-contacts-list>`],
    ] as const;
    for (const [name, template] of lists) {
      it(`leaves the ${name} looking as designed`, async () => {
        // The page's 40px root font size scales our rem-based breakpoints too; this width is one
        // where the design shows the full table.
        const list = await settledList(template(mockClient()));
        const root = shadow(list);
        const table = root.querySelector('table')!;
        const cell = rows(list)[0]!.querySelector('td[part="cell"]')!;
        const action = rows(list)[0]!.querySelector('button')!;
        const search = root.querySelector('input[type="search"]')!;
        const rootFontSize = parseFloat(getComputedStyle(document.documentElement).fontSize);

        expect(getComputedStyle(table).display).to.equal('table');
        expect(getComputedStyle(rows(list)[0]!).display).to.equal('table-row');
        expect(getComputedStyle(search).display).not.to.equal('none');
        expect(getComputedStyle(root.querySelector('.root')!).display).to.equal('grid');

        const text = getComputedStyle(cell);
        expect(text.color, 'the theme text colour, not red').to.equal('rgb(27, 36, 48)');
        expect(text.fontFamily).to.match(/^system-ui/);
        expect(text.letterSpacing).to.equal('normal');
        expect(text.textTransform).to.equal('none');
        expect(text.paddingTop).not.to.equal('50px');
        // Sizes are in rem on purpose, so they follow the root font size (the user's text size setting);
        // the page's `* { font-size: 40px }` on the elements themselves does not get through.
        expect(parseFloat(text.fontSize)).to.be.closeTo(0.875 * rootFontSize, 0.01);

        const buttonStyle = getComputedStyle(action);
        expect(buttonStyle.backgroundColor).not.to.equal('rgb(0, 255, 0)');
        expect(buttonStyle.borderTopStyle).to.equal('solid');
        expect(buttonStyle.color).not.to.equal('rgb(255, 0, 0)');
      });
    }
  });

  it('keeps the widget styles inside: page elements with the same tags and classes are untouched', async () => {
    const list = await settledList(html`<section>
      <crm-leads-list .client=${mockClient()}></crm-leads-list>
      <div class="root">page content</div>
      <table><tr><th>page header</th></tr></table>
      <button class="button">page button</button>
    </section>`);
    const page = list.parentElement!;
    const ours = getComputedStyle(shadow(list).querySelector('button.button')!);
    const theirs = getComputedStyle(page.querySelector('button.button')!);
    expect(getComputedStyle(shadow(list).querySelector('.root')!).display).to.equal('grid');
    expect(getComputedStyle(page.querySelector('div.root')!).display).to.equal('block');
    expect(getComputedStyle(shadow(list).querySelector('th')!).position).to.equal('sticky');
    expect(getComputedStyle(page.querySelector('th')!).position).to.equal('static');
    expect(theirs.minHeight).not.to.equal(ours.minHeight);
    expect(theirs.borderTopLeftRadius).not.to.equal(ours.borderTopLeftRadius);
  });
});
