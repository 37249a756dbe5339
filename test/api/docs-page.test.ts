import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, chromiumExecutable } from '../support/chromium';

describe('GET /docs', () => {
  it('shows the API operations in a real browser, with every asset served locally', async () => {
    const browser = await chromium.launch({ executablePath: chromiumExecutable(), args: CHROMIUM_ARGS });
    try {
      const page = await browser.newPage();
      const foreign: string[] = [];
      page.on('request', (req) => {
        if (!req.url().startsWith(process.env.API_URL as string)) foreign.push(req.url());
      });
      await page.goto(`${process.env.API_URL}/docs`);
      await page.waitForSelector('.opblock-summary-path', { timeout: 15_000 });
      const paths = await page.locator('.opblock-summary-path').allTextContents();
      expect(paths.map((p) => p.replace(/\u200b/g, ''))).toEqual(expect.arrayContaining(['/api/health', '/openapi.json']));
      expect(foreign).toEqual([]);
    } finally {
      await browser.close();
    }
  }, 45_000);
});
