import { follow, type App } from './app';
import { maskDate } from './html/scripts';
import { parse } from './support';

// A person clicking through the simulator, for tests without a browser: pages are fetched from
// the app, forms are filled by caption and submitted as a browser would submit them. What the
// inline scripts do in a browser (action menus, dialogs in iframe#Frame<n>) is done here by hand.

type Control = HTMLInputElement | HTMLSelectElement;

export class SimUser {
  /** The workspace page (iframe#TabFrame_2), or a page opened on its own. */
  page!: Document;
  path = '';
  status = 0;
  /** The open dialog (iframe#Frame<n>), if any. */
  dialog: { document: Document; path: string } | undefined;
  private menu: Element | undefined;

  constructor(private readonly app: App) {}

  /** Opens a path: the app shell loads its workspace frame. */
  open(path: string): this {
    this.dialog = undefined;
    const loaded = this.load('GET', path);
    const frame = loaded.document.querySelector('#TabFrame_2');
    if (frame) return this.open(frame.getAttribute('src')!);
    [this.page, this.path] = [loaded.document, loaded.path];
    this.menu = undefined;
    return this;
  }

  /** The document actions go to: the dialog while one is open. */
  get here(): Document {
    return this.dialog?.document ?? this.page;
  }

  get heading(): string {
    return this.here.querySelector('h1')?.textContent?.trim() ?? '';
  }

  get errors(): string[] {
    return [...this.here.querySelectorAll('.ValidationSummary li')].map((item) => item.textContent ?? '');
  }

  get notice(): string {
    return this.here.querySelector('.Notice')?.textContent ?? '';
  }

  /** The workflow bar this page puts in the shell: its name, steps and the current one. */
  get workflowBar(): { name: string; steps: string[]; current: string } | undefined {
    const template = this.page.querySelector('template#ShellUpdate') as HTMLTemplateElement | null;
    const bar = template?.content.querySelector('.workflow-controls');
    if (!bar) return undefined;
    const text = (element: Element | null | undefined) => element?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
    return {
      name: text(bar.querySelector('.WorkflowName')),
      steps: [...bar.querySelectorAll('li')].map(text),
      current: text(bar.querySelector('li[aria-current="step"]')),
    };
  }

  /** The client name this page puts in the shell's `span[aria-label="Name"]`. */
  get clientName(): string {
    return this.page.querySelector('template#ShellUpdate')?.getAttribute('data-client-name') ?? '';
  }

  /** The control captioned `caption`, or in a grid row (by a cell's text or its index), under the column `caption`. */
  control(caption: string, row?: string | number): Control | HTMLElement {
    const cell = row === undefined ? this.fieldCell(caption) : this.gridCell(caption, row);
    const control = cell.querySelector('input, select, span[id$="_Renderer"], span[id$="_Display"]');
    if (!control) throw new Error(`"${caption}" has no control on ${this.heading}`);
    return control as HTMLElement;
  }

  /** What a field or grid cell shows: a select's chosen text, an input's value, a radio's label, a cell's text. */
  shown(caption: string, row?: string | number): string {
    const cell = row === undefined ? this.fieldCell(caption) : this.gridCell(caption, row);
    const control = cell.querySelector('input, select, span[id$="_Renderer"], span[id$="_Display"]');
    if (!control) return cell.textContent?.trim() ?? '';
    if (control.tagName === 'SELECT') return control.querySelector('option[selected]')?.textContent ?? '--SELECT--';
    if (control.tagName === 'INPUT')
      return (control as HTMLInputElement).type === 'checkbox'
        ? String(control.hasAttribute('checked'))
        : (control.getAttribute('value') ?? '');
    if (control.id.endsWith('_Display')) return control.textContent ?? '';
    const checked = [...control.querySelectorAll('input[checked]')];
    return checked.map((input) => control.querySelector(`label[for="${input.id}"]`)?.textContent ?? '').join(', ');
  }

  /** Types text, picks an option or radio by its text, or ticks ('on') / unticks ('off') a box. */
  set(caption: string, value: string, row?: string | number): this {
    const control = this.control(caption, row);
    if (control.tagName === 'SELECT') {
      const option = [...control.querySelectorAll('option')].find((candidate) => candidate.textContent === value);
      if (!option) throw new Error(`"${caption}" has no option "${value}"`);
      control.querySelectorAll('option').forEach((candidate) => candidate.removeAttribute('selected'));
      option.setAttribute('selected', '');
    } else if (control.tagName === 'SPAN') {
      const label = [...control.querySelectorAll('label')].find((candidate) => candidate.textContent === value);
      if (!label) throw new Error(`"${caption}" has no choice "${value}"`);
      control.querySelectorAll('input').forEach((input) => input.removeAttribute('checked'));
      this.here.getElementById(label.getAttribute('for')!)!.setAttribute('checked', '');
    } else if ((control as HTMLInputElement).type === 'checkbox') {
      control.toggleAttribute('checked', value === 'on');
    } else {
      control.setAttribute('value', control.closest('.DateField') ? maskDate(value) : value);
    }
    this.applyRuleDesigner();
    return this;
  }

  /** Shows and hides the rows that depend on an answer, as the page's change handler does in a browser. */
  private applyRuleDesigner(): void {
    const answerOf = (id: string): string => {
      const control = this.here.getElementById(id);
      if (!control) return '';
      if (control.tagName === 'SPAN') return control.querySelector('input[checked]')?.getAttribute('value') ?? '';
      if (control.tagName === 'SELECT') return control.querySelector('option[selected]')?.getAttribute('value') ?? '';
      if (control.getAttribute('type') === 'checkbox')
        return control.hasAttribute('checked') ? (control.getAttribute('value') ?? 'on') : '';
      return control.getAttribute('value') ?? '';
    };
    for (const row of this.here.querySelectorAll<HTMLElement>('[data-show-when]')) {
      const shown = (row.getAttribute('data-show-values') ?? '')
        .split('|')
        .includes(answerOf(row.getAttribute('data-show-when') ?? ''));
      row.style.display = shown ? '' : 'none';
    }
  }

  /** Leaves the page for the current client's dashboard, as the shell's left menu Dashboard link does. */
  leaveToDashboard(): this {
    const clientId = this.page.querySelector('template#ShellUpdate')?.getAttribute('data-client-id');
    if (!clientId) throw new Error('No current client');
    return this.open(`/frame/dashboard/${clientId}`);
  }

  /** Clicks the workflow bar's "Cancel the workflow" button (in the shell). */
  cancelWorkflow(): this {
    const template = this.page.querySelector('template#ShellUpdate') as HTMLTemplateElement | null;
    const button = template?.content.querySelector('button[aria-label="Cancel the workflow"]');
    if (!button) throw new Error('No workflow in progress');
    return this.openDialog(button.getAttribute('data-dialog')!);
  }

  /** Opens the action menu of the grid row containing `row` (the Program or client's name). */
  openActionMenu(row: string): this {
    const button = this.rowContaining(row).querySelector('.action-menu');
    this.menu = this.page.getElementById(button!.getAttribute('data-menu')!) ?? undefined;
    return this;
  }

  get menuItems(): string[] {
    return [...((this.menu as HTMLTemplateElement | undefined)?.content.querySelectorAll('a') ?? [])].map(
      (item) => item.textContent ?? '',
    );
  }

  /** Clicks a button or link by its text (an open action menu's items first). */
  click(text: string): this {
    const menuItem = [...((this.menu as HTMLTemplateElement | undefined)?.content.querySelectorAll('a') ?? [])].find(
      (item) => item.textContent === text,
    );
    const target =
      menuItem ?? [...this.here.querySelectorAll('button, a')].find((element) => element.textContent?.trim() === text);
    if (!target) throw new Error(`No "${text}" to click on ${this.heading}`);
    this.menu = undefined;
    if (target.hasAttribute('data-menu')) {
      this.menu = this.here.getElementById(target.getAttribute('data-menu')!) ?? undefined;
      return this;
    }
    if (target.hasAttribute('data-dialog')) return this.openDialog(target.getAttribute('data-dialog')!);
    if (target.hasAttribute('data-close')) return this.closeDialog(target.getAttribute('data-close')!);
    if (target.tagName === 'A')
      return this.dialog ? this.openDialog(target.getAttribute('href')!) : this.open(target.getAttribute('href')!);
    return this.submit(target as HTMLButtonElement);
  }

  private openDialog(path: string): this {
    const loaded = this.load('GET', path);
    this.dialog = { document: loaded.document, path: loaded.path };
    return this;
  }

  private closeDialog(then: string): this {
    this.dialog = undefined;
    if (then === 'reload') return this.open(this.path);
    return then ? this.open(then) : this;
  }

  private submit(button: HTMLButtonElement): this {
    const form = button.closest('form')!;
    const fields = new URLSearchParams();
    for (const control of form.querySelectorAll('input, select')) {
      const name = control.getAttribute('name');
      if (!name || control.hasAttribute('disabled')) continue;
      const type = control.getAttribute('type');
      if (control.tagName === 'SELECT')
        fields.append(name, control.querySelector('option[selected]')?.getAttribute('value') ?? '');
      else if (type === 'checkbox' || type === 'radio') {
        if (control.hasAttribute('checked')) fields.append(name, control.getAttribute('value') ?? 'on');
      } else fields.append(name, control.getAttribute('value') ?? '');
    }
    if (button.getAttribute('name')) fields.append(button.getAttribute('name')!, button.getAttribute('value') ?? '');
    const method = (form.getAttribute('method') ?? 'get').toUpperCase();
    const action = form.getAttribute('action')!;
    const loaded =
      method === 'GET'
        ? this.load('GET', `${action.split('?')[0]}?${fields}`)
        : this.load('POST', action, fields.toString());
    if (!this.dialog) {
      [this.page, this.path] = [loaded.document, loaded.path];
      return this;
    }
    this.dialog = { document: loaded.document, path: loaded.path };
    const closing = loaded.document.body.getAttribute('data-close-dialog');
    return closing === null ? this : this.closeDialog(closing);
  }

  private load(method: string, path: string, body?: string): { document: Document; path: string } {
    const { path: at, response } = follow(this.app, method, path, body);
    this.status = response.status;
    return { document: parse(response.body), path: at };
  }

  private fieldCell(caption: string): Element {
    const wanted = caption.toLowerCase();
    const label = [...this.here.querySelectorAll('td.CaptionStyle')].find(
      (cell) =>
        cell.textContent
          ?.trim()
          .replace(/[:*]+$/, '')
          .toLowerCase() === wanted,
    );
    if (!label?.nextElementSibling) throw new Error(`No field "${caption}" on ${this.heading}`);
    return label.nextElementSibling;
  }

  /** Grid rows with a cell reading `text`, or the `text`-th row of the page's grids (from 0). */
  private rowsContaining(text: string | number): Element[] {
    const rows = [...this.here.querySelectorAll('table.ResultSet > tbody > tr')];
    return typeof text === 'number'
      ? rows.slice(text, text + 1)
      : rows.filter((candidate) => [...candidate.children].some((cell) => cell.textContent?.trim() === text));
  }

  private rowContaining(text: string | number): Element {
    const row = this.rowsContaining(text)[0];
    if (!row) throw new Error(`No row "${text}" on ${this.heading}`);
    return row;
  }

  /** The cell under `column` in the first grid row reading `row` whose grid has that column. */
  private gridCell(column: string, row: string | number): Element {
    for (const tr of this.rowsContaining(row)) {
      const headers = [...tr.closest('table')!.querySelectorAll('thead th')].map((header) =>
        header.textContent?.trim(),
      );
      const index = headers.indexOf(column);
      if (index >= 0) return tr.children[index]!;
    }
    throw new Error(`No row "${row}" with a column "${column}" on ${this.heading}`);
  }
}
