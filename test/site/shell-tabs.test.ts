import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { newReader, open, screenshot } from './support/browser';
import { useSiteSession } from './support/lifecycle';

const session = useSiteSession();

const tabGroup = (page: Page) =>
  page.locator('.tabs-container', { has: page.getByRole('tab', { name: 'Windows PowerShell' }) });
const selectedTab = (page: Page) => tabGroup(page).getByRole('tab', { selected: true }).innerText();
const visiblePanel = (page: Page) => tabGroup(page).locator('[role=tabpanel]:not([hidden])');

describe('shell tabs on the bind mounts chapter', () => {
  it('should show the Linux and macOS command first, with the Windows variants one click away', async () => {
    await using reader = await newReader(session().browser, session().site.url);
    await open(reader.page, '/docs/bind-mounts');
    const labels = await tabGroup(reader.page).getByRole('tab').allInnerTexts();
    expect(labels).toEqual(['Linux · macOS', 'Windows PowerShell', 'Windows 명령 프롬프트(cmd)']);
    expect(await selectedTab(reader.page)).toBe('Linux · macOS');
    expect(await visiblePanel(reader.page).locator('pre').innerText()).toContain('src="$(pwd)"');
  });

  it('should keep the "not run in CI" note with a Windows variant, inside its tab', async () => {
    await using reader = await newReader(session().browser, session().site.url);
    await open(reader.page, '/docs/bind-mounts');
    await tabGroup(reader.page).getByRole('tab', { name: 'Windows PowerShell' }).click();
    const panel = visiblePanel(reader.page);
    // biome-ignore lint/suspicious/noTemplateCurlyInString: PowerShell's ${PWD}, as the page shows it.
    expect(await panel.locator('pre').innerText()).toContain('src=${PWD}');
    expect(await panel.locator('.theme-admonition').innerText()).toContain('CI에서 실행하지 않는 명령어');
    await screenshot(reader.page, 'shell-tabs-ko-powershell');
  });

  it('should remember the chosen shell on other pages and in the other language', async () => {
    await using reader = await newReader(session().browser, session().site.url);
    const { page } = reader;
    await open(page, '/docs/bind-mounts');
    await tabGroup(page).getByRole('tab', { name: 'Windows 명령 프롬프트(cmd)' }).click();

    await open(page, '/docs/volumes');
    // Through the sidebar, as a reader moves between chapters (a client-side navigation, no reload).
    await page.locator('.theme-doc-sidebar-container a[href="/docs/bind-mounts"]').click();
    await page.waitForURL((url) => url.pathname === '/docs/bind-mounts');
    expect(await selectedTab(page)).toBe('Windows 명령 프롬프트(cmd)');

    await open(page, '/en/docs/bind-mounts');
    expect(await selectedTab(page)).toBe('Windows Command Prompt (cmd)');
    expect(await visiblePanel(page).locator('pre').innerText()).toContain('src=%cd%');
    expect(reader.errors).toEqual([]);
  });

  it('should open the tab a link names with ?shell=', async () => {
    await using reader = await newReader(session().browser, session().site.url);
    await open(reader.page, '/en/docs/bind-mounts?shell=powershell');
    expect(await selectedTab(reader.page)).toBe('Windows PowerShell');
  });
});
