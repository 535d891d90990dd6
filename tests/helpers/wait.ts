import assert from 'node:assert/strict';

/**
 * Waits for what a reader should see, and when it never comes, fails with what was missing rather than
 * a bare timeout: `await within(locator.waitFor(), 'the search results')`.
 */
export async function within<T>(waiting: Promise<T>, missing: string): Promise<T> {
  try {
    return await waiting;
  } catch (error) {
    return assert.fail(`never shown: ${missing} (${(error as Error).message.split('\n')[0]})`);
  }
}
