import { describe, expect, it } from 'vitest';
import { TESTED_FIREFOX, versionNote } from './firefox';

// A Firefox the tests were not run on is named before the tests start, so a failure that comes from
// a new Firefox is not mistaken for one of the extension's; one too old to drive is refused at once.

describe('the Firefox version check', () => {
  it('says nothing about a Firefox the tests passed on', () => {
    expect(versionNote({ text: `Mozilla Firefox ${TESTED_FIREFOX[0]}.8.0esr`, major: TESTED_FIREFOX[0]! })).toBe(
      undefined,
    );
  });

  it('names a newer Firefox and the steps that may break with it', () => {
    const note = versionNote({ text: 'Mozilla Firefox 160.2.0esr', major: 160 });
    expect(note).toContain('Mozilla Firefox 160.2.0esr is not one these tests were run on');
    expect(note).toContain('installing');
  });

  it('refuses a Firefox too old to install the add-on over WebDriver BiDi, saying what to install', () => {
    expect(() => versionNote({ text: 'Mozilla Firefox 128.14.0esr', major: 128 })).toThrow(
      /too old.*install firefox-esr 140 or later/,
    );
  });
});
