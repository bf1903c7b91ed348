import type { BrowserContext, Page } from '@playwright/test';

/** Runs an expression in the content script's world of a page, as the extension's own code would run. */
export async function inContentScript(
  context: BrowserContext,
  page: Page,
  extensionId: string,
  expression: string,
): Promise<unknown> {
  const cdp = await context.newCDPSession(page);
  const worlds: { id: number; origin: string }[] = [];
  cdp.on('Runtime.executionContextCreated', ({ context: world }) => worlds.push(world));
  await cdp.send('Runtime.enable');
  const world = worlds.find((candidate) => candidate.origin === `chrome-extension://${extensionId}`);
  if (!world) throw new Error('The page has no content script world');
  const { result, exceptionDetails } = await cdp.send('Runtime.evaluate', {
    contextId: world.id,
    expression,
    awaitPromise: true,
    returnByValue: true,
  });
  await cdp.detach();
  if (exceptionDetails) throw new Error(`In the content script: ${exceptionDetails.text}`);
  return result.value;
}
