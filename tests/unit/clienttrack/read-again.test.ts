import { describe, expect, it } from 'vitest';
import { FieldLocator } from '@/lib/clienttrack/locate';
import { readShell } from '@/lib/clienttrack/readers/shell';
import { parseHtml } from '../../support/sim-page';

// What is read of a whole page (its captions, the app shell) is kept between checks while the
// page's markup stays the same, since typing changes none of it. Whatever the page changes
// between two checks, the second must read what a first reading of the changed page reads.

const form = () =>
  parseHtml(`<html><body><table>
    <tr><td id="LabelStartDate_Renderer">Project Start Date</td><td><input id="StartDate" value="03/04/2026"></td></tr>
    <tr id="exit-row"></tr>
  </table></body></html>`);

const found = (page: Document, field: 'projectStartDate' | 'exitDate') => new FieldLocator(page).find(field)?.control;

describe('captions read again after the page changed', () => {
  it('a caption the page takes away is no longer found', () => {
    const page = form();
    expect(found(page, 'projectStartDate')).toBe(page.getElementById('StartDate'));
    page.getElementById('LabelStartDate_Renderer')!.remove();
    expect(found(page, 'projectStartDate')).toBeUndefined();
  });

  it('a field the page adds (Rule Designer showing a section) is found', () => {
    const page = form();
    expect(found(page, 'exitDate')).toBeUndefined();
    page.getElementById('exit-row')!.innerHTML = '<td>Exit Date</td><td><input id="ExitDate"></td>';
    expect(found(page, 'exitDate')).toBe(page.getElementById('ExitDate'));
  });

  it('a caption whose words change is found under its new words only', () => {
    const page = form();
    expect(found(page, 'projectStartDate')).toBeDefined();
    page.getElementById('LabelStartDate_Renderer')!.textContent = 'Exit Date';
    expect(found(page, 'projectStartDate')).toBeUndefined();
    expect(found(page, 'exitDate')).toBe(page.getElementById('StartDate'));
  });

  it('typing, and our own hint added beside the field, keep the field where it was', () => {
    const page = form();
    expect(found(page, 'projectStartDate')).toBeDefined();
    const input = page.getElementById('StartDate') as HTMLInputElement;
    input.value = '03/05/2026';
    input.after(page.createElement('ct-assist-hint'));
    expect(found(page, 'projectStartDate')).toBe(input);
  });
});

const shellPage = (bar: string) =>
  parseHtml(
    `<html><body><span aria-label="Name">Okafor, Chidi</span><div class="workflow-controls">${bar}</div></body></html>`,
  );

describe('the app shell read again after it changed', () => {
  it('the current step moves with the bar’s mark', () => {
    const page = shellPage(
      '<span>Project Entry Workflow</span><ul><li class="current">Basic Client Information</li><li>HUD Program Enrollment</li></ul>',
    );
    expect(readShell(page).currentStep).toBe('Basic Client Information');
    const [first, second] = page.querySelectorAll('li');
    first!.className = '';
    second!.className = 'current';
    expect(readShell(page).currentStep).toBe('HUD Program Enrollment');
  });

  it('the client’s name changes with the shell’s Name', () => {
    const page = shellPage('<ul><li class="current">Exit</li><li>Finish</li></ul>');
    expect(readShell(page).clientName).toMatchObject({ state: 'value', value: 'Okafor, Chidi' });
    page.querySelector('[aria-label="Name"]')!.textContent = 'Okafor, Grace';
    expect(readShell(page).clientName).toMatchObject({ state: 'value', value: 'Okafor, Grace' });
  });

  it('a bar written as a select follows the step chosen in it, which changes no markup', () => {
    const page = shellPage(
      '<span>Project Entry Workflow</span><select><option>Basic Client Information</option><option>HUD Program Enrollment</option><option>Income</option></select>',
    );
    const select = page.querySelector('select')!;
    select.selectedIndex = 1;
    expect(readShell(page).currentStep).toBe('HUD Program Enrollment');
    select.selectedIndex = 2;
    expect(readShell(page).currentStep).toBe('Income');
  });
});
