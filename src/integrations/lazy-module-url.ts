import type { Plugin } from 'vite';

const PREFIX = 'lazy-url:';

/**
 * `import url from 'lazy-url:./module.ts'` gives the built address of that module, bundled as a chunk
 * of its own, for `import(url)` at run time. A plain `import('./module.ts')` would do the same, but
 * Vite then adds its module-preload helper (about 0.5 KB gzip) to the importing script, which here is
 * the one script every page loads. Uses Rollup's documented `emitFile` and `ROLLUP_FILE_URL_` mechanism.
 */
export function lazyModuleUrl(): Plugin {
  return {
    name: 'observer-missions-lazy-module-url',
    async resolveId(source, importer) {
      if (!source.startsWith(PREFIX)) return null;
      const target = await this.resolve(source.slice(PREFIX.length), importer);
      if (!target) throw new Error(`${importer}: cannot find ${source.slice(PREFIX.length)}`);
      return `\0${PREFIX}${target.id}`;
    },
    load(id) {
      if (!id.startsWith(`\0${PREFIX}`)) return null;
      const target = id.slice(PREFIX.length + 1);
      // In development there is no bundle: the dev server serves the module at its own path.
      if (this.environment?.mode === 'dev') return `export default ${JSON.stringify(`/@fs${target}`)};`;
      const ref = this.emitFile({ type: 'chunk', id: target, preserveSignature: 'strict' });
      return `export default import.meta.ROLLUP_FILE_URL_${ref};`;
    },
  };
}
