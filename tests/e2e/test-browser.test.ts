import { test } from 'node:test';
import assert from 'node:assert/strict';
import { launchBrowser, openWatched } from '../helpers/browser.ts';

// Every browser test relies on this to show that no page reaches off the machine: a request to
// another host must fail in the browser and be recorded, so the test that made it fails.
test('the test browser lets no request leave the machine, and records the one that tried', async () => {
  const browser = await launchBrowser();
  try {
    const { page, external } = await openWatched(browser);
    const url = 'https://example.org/observer-missions-test';
    const reached = await page.evaluate(
      (address) =>
        fetch(address, { mode: 'no-cors' }).then(
          () => true,
          () => false,
        ),
      url,
    );
    assert.equal(reached, false, 'the request failed');
    assert.deepEqual(external, [url]);
  } finally {
    await browser.close();
  }
});
