import { describe, expect, it } from 'vitest';
import { describeUnreadPage } from '@/lib/clienttrack/unread-page';
import { pageHeading } from '@/lib/clienttrack/detect';
import { readPage } from '@/lib/clienttrack/read-page';
import { parseHtml } from '../../support/sim-page';

describe('the side panel on a page it does not know', () => {
  it('says calmly that the page is not recognised, naming its heading and what is looked for', () => {
    const page = parseHtml('<h1>Service Transactions</h1><p>Service Date 03/01/2026</p>');
    const kind = readPage(page).facts.page.kind;
    expect(describeUnreadPage(kind, pageHeading(page))).toBe(
      'Page not recognised. “Service Transactions” is not a page ClientTrack Assist knows, so it shows no hints here. ' +
        'It knows pages by their heading, such as Universal Data Assessment, HUD Program Enrollment, Client Dashboard, or by fields such as Exit Date and Destination.',
    );
  });

  it('without a heading, says it does not recognise the page', () => {
    expect(describeUnreadPage('unknown')).toMatch(
      /^Page not recognised\. ClientTrack Assist does not recognise this page, so it shows no hints here\./,
    );
  });

  it('says nothing about a page it knows', () => {
    expect(describeUnreadPage('exit', 'Project Exit')).toBeUndefined();
  });
});
