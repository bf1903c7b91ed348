import { describe, expect, it } from 'vitest';
import { readPage } from '@/lib/clienttrack/read-page';
import { parseHtml } from '../../support/sim-page';

// The Re-Enter confirmation is a dialog with a question and buttons; ClientTrack's ASP.NET pages
// write their buttons as inputs (`<input type="submit" id="YesButton">`).

const dialog = (body: string) => readPage(parseHtml(body), { frame: 'dialog' }).facts.page.kind;

describe('the Re-Enter confirmation', () => {
  it('is placed with its Yes and No written as submit inputs', () => {
    expect(
      dialog(`<p>Re-Enter Whitaker, Denise into Crossroads Street Outreach?</p>
        <input type="submit" id="YesButton" value="Yes"><input type="submit" id="NoButton" value="No">`),
    ).toBe('re-enter-confirmation');
  });

  it('is not a dialog about re-entering that asks for something to be typed', () => {
    expect(
      dialog(`<p>Reason to re-enter</p><input type="text"><input type="submit" id="YesButton" value="Yes">`),
    ).not.toBe('re-enter-confirmation');
  });
});
