import type { ElementHandle, Frame, Page } from 'puppeteer-core';
import { markTarget, type Wanted } from '../e2e/clienttrack';
import type { SituationStep } from '../simulator/situations';

// A person using the ClientTrack simulator in one Firefox tab, as tests/e2e/clienttrack.ts is in
// Chromium: targets are found in the page by what a person sees (the same markTarget), then
// clicked, chosen or typed into through WebDriver BiDi's input actions.

const POLL_MS = 25;
const TIMEOUT_MS = 10_000;

export async function until<T>(what: string, probe: () => Promise<T | undefined>, timeout = TIMEOUT_MS): Promise<T> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const value = await probe().catch(() => undefined);
    if (value !== undefined && value !== false) return value;
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeout} ms waiting for ${what}`);
    await new Promise((done) => setTimeout(done, POLL_MS));
  }
}

/** markTarget's source runs in the page; esbuild's name-keeping helper is not there, so it is stubbed. */
function markTargetIn(frame: Frame, wanted: Wanted) {
  return frame.evaluate(
    `(() => { const __name = (fn) => fn; return (${markTarget.toString()})(${JSON.stringify(wanted)}); })()`,
  ) as Promise<ReturnType<typeof markTarget>>;
}

export class FirefoxClientTrack {
  constructor(readonly page: Page) {}

  async open(url: string): Promise<this> {
    await this.page.goto(url);
    await this.checked();
    return this;
  }

  async workspaceFrame(): Promise<Frame> {
    const handle = await this.page.waitForSelector('iframe#TabFrame_2');
    const frame = await handle?.contentFrame();
    if (!frame) throw new Error('No workspace frame');
    return frame;
  }

  /** The frame showing the page the user works on: an open dialog, or else the workspace. */
  async frame(): Promise<Frame> {
    const dialog = await this.page.$('iframe[id^="Frame"]');
    if (dialog && (await dialog.isVisible())) {
      const frame = await dialog.contentFrame();
      if (frame) return frame;
    }
    return this.workspaceFrame();
  }

  /** The first hint of a rule in the current page's frame, once shown. */
  async hint(ruleId: string): Promise<ElementHandle> {
    const frame = await this.frame();
    const hint = await frame.waitForSelector(`[data-ct-assist-rule="${ruleId}"] >>> button.hint`, {
      visible: true,
      timeout: TIMEOUT_MS,
    });
    if (!hint) throw new Error(`No ${ruleId} hint`);
    return hint;
  }

  async steps(steps: SituationStep[]): Promise<this> {
    for (const one of steps) await this.step(one);
    return this;
  }

  async step(step: SituationStep): Promise<this> {
    switch (step.do) {
      case 'open-action-menu':
        return this.act({ rowButton: step.row }, (target) => target.click());
      case 'click':
        return this.act({ text: step.text }, (target) => target.click());
      case 'choose':
        return this.act({ field: step.field, row: step.row }, async (target, tag) => {
          if (tag === 'SELECT') {
            const value = await target.evaluate(
              (select, label) =>
                [...(select as HTMLSelectElement).options].find((option) => option.text === label)?.value,
              step.option,
            );
            if (value === undefined) throw new Error(`No option "${step.option}" in ${step.field}`);
            await (target as ElementHandle<HTMLSelectElement>).select(value);
          } else {
            const option = await target.$(`::-p-text(${step.option})`);
            if (!option) throw new Error(`No choice "${step.option}" in ${step.field}`);
            await option.click();
          }
        });
      case 'type':
        return this.act({ field: step.field, row: step.row }, async (target) => {
          await target.click({ count: 3 });
          await this.page.keyboard.press('Backspace');
          await target.type(step.text);
        });
      case 'leave-to-dashboard': {
        const frame = await this.workspaceFrame();
        await this.mark(frame);
        await this.page.click('#MenuDashboard');
        await this.navigated(frame);
        await this.checked();
        return this;
      }
    }
  }

  private async mark(frame: Frame): Promise<void> {
    await frame.evaluate(() => {
      (window as unknown as { e2eOld: boolean }).e2eOld = true;
    });
  }

  /** A frame has left the page it showed (or was closed with its dialog). */
  private async navigated(frame: Frame): Promise<void> {
    await until('the page to be replaced', async () =>
      frame.detached
        ? true
        : frame.evaluate(
            () => !(window as unknown as { e2eOld?: boolean }).e2eOld && document.readyState === 'complete',
          ),
    );
  }

  /** The extension has judged the page in front of the user. */
  private async checked(): Promise<void> {
    await until('the extension to check the page', async () => {
      const frame = await this.frame();
      return frame.evaluate(() => document.documentElement.dataset.ctAssist === 'checked');
    });
  }

  private async act(
    wanted: Wanted,
    action: (target: ElementHandle, tag: string, type: string) => Promise<void>,
  ): Promise<this> {
    const frame = await this.frame();
    const found = await markTargetIn(frame, wanted);
    if ('error' in found) throw new Error(`${found.error} (${frame.url()})`);
    const target = await frame.$('[data-e2e-target]');
    if (!target) throw new Error(`Lost the target for ${JSON.stringify(wanted)}`);
    await this.mark(frame);
    await target.evaluate((element) => element.removeAttribute('data-e2e-target'));
    await action(target, found.tag, found.type);
    if (found.then === 'navigates') await this.navigated(frame);
    if (found.then === 'dialog') {
      await until('a dialog to open', async () => (await this.page.$('iframe[id^="Frame"]'))?.isVisible());
    }
    if (found.then === 'closes-dialog') {
      await until('the dialog to close', async () => !(await (await this.page.$('iframe[id^="Frame"]'))?.isVisible()));
    }
    await this.checked();
    return this;
  }
}
