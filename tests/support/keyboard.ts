// Keyboard-only driving for browser tests: focus moves with Tab / Shift+Tab only (never a
// script focus or a mouse click), so a control the tests reach is one a keyboard user reaches.
import type { Locator, Page } from 'playwright-core';

/**
 * Presses Tab (or Shift+Tab when the target lies before the focused element) until the target
 * has focus. Fails when it is not reached within `maxPresses`, e.g. because it is not focusable.
 */
export async function tabTo(page: Page, target: Locator, maxPresses = 250) {
  await target.waitFor();
  for (let i = 0; i < maxPresses; i++) {
    const where = await target.evaluate((el) => {
      const active = document.activeElement;
      if (active === el) return 'here';
      if (!active || active === document.body) return 'after';
      return active.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING ? 'after' : 'before';
    });
    if (where === 'here') return;
    await page.keyboard.press(where === 'after' ? 'Tab' : 'Shift+Tab');
  }
  throw new Error(`not reached with the Tab key in ${maxPresses} presses: ${target}`);
}

/** Tabs to a button or link and presses Enter. */
export async function pressEnterOn(page: Page, target: Locator) {
  await tabTo(page, target);
  await page.keyboard.press('Enter');
}

/** Tabs to a checkbox (or toggle button) and presses Space. */
export async function pressSpaceOn(page: Page, target: Locator) {
  await tabTo(page, target);
  await page.keyboard.press('Space');
}

/** Tabs to a text field, selects what it holds and types the new text over it. */
export async function typeInto(page: Page, field: Locator, text: string) {
  await tabTo(page, field);
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.insertText(text);
}

/** Tabs to a select and types the start of an option's label, as a keyboard user picks one. */
export async function chooseByTyping(page: Page, select: Locator, label: string) {
  await tabTo(page, select);
  await page.keyboard.type(label);
}
