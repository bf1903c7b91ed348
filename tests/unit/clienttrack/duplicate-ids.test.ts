import { describe, expect, it } from 'vitest';
import { readPage } from '@/lib/clienttrack/read-page';
import { valueOf } from '@/lib/model/read';
import { parseHtml } from '../../support/sim-page';

// Ids are not unique on ClientTrack pages [seen]: a caption that names its field by id must get
// the field the user sees, not a hidden copy with the same id elsewhere on the page.

const hiddenCopy = (caption: string) =>
  `<div style="display:none"><table class="FormPage"><tr><td>${caption}</td><td class="FieldStyle"><input id="7_Renderer" value=""></td></tr></table></div>`;
const shown = (caption: string) =>
  `<table class="FormPage"><tr><td>${caption}</td><td class="FieldStyle"><span class="DateField input-group"><input id="7_Renderer" value="10/16/2025"></span></td></tr>
   <tr><td>Prior Living Situation</td><td class="FieldStyle"><select><option>--SELECT--</option><option selected>Emergency shelter</option></select></td></tr></table>`;

const assessmentDate = (html: string) => readPage(parseHtml(html)).facts.assessment?.date;

describe('two fields with one id', () => {
  it.each([
    ['Label<id>_Renderer', '<span id="Label7_Renderer">Assessment Date</span>'],
    ['<label for>', '<label for="7_Renderer">Assessment Date</label>'],
  ])('a caption paired by %s reads the field shown, though a hidden copy comes first', (_, caption) => {
    expect(valueOf(assessmentDate(hiddenCopy(caption) + shown(caption)))).toBe('2025-10-16');
  });

  it('and the field shown when the hidden copy comes after it', () => {
    const caption = '<span id="Label7_Renderer">Assessment Date</span>';
    expect(valueOf(assessmentDate(shown(caption) + hiddenCopy(caption)))).toBe('2025-10-16');
  });
});
