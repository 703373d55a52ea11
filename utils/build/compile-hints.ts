/**
 * Vite plugin that asks V8 to compile every function of some built files as it loads them (explicit
 * compile hints: a first line `//# allFunctionsCalledOnLoad`, Chromium 136 and later; to other engines
 * it is a comment). Without it, V8 compiles a function on its first call: the content script's second
 * stage, loaded on a page that may mention the talks, then compiled most of its engine in the middle
 * of the first analysis, on the main thread, while the reader waits for the marks. With it, that work
 * is done as the file is loaded, partly off the main thread. Only for files whose functions nearly all
 * run at once: the first stage, which most pages stop in, keeps lazy compilation.
 *
 * Measured with `npm run bench:browser` (Chromium 156, 2 cores, the two builds one after the other):
 * on the typical article the first analysis took 47 -> 34 ms (median of 13 loads) and Backstory's
 * main-thread time 67 -> 51 ms; on the 1 MB page 290 -> 225, the live blog 167 -> 121, 100,000 nodes
 * 450 -> 394 ms; its longest task grew nowhere (at most 25 ms, before 32).
 */
import type { Plugin } from 'vite';

export const ALL_FUNCTIONS_CALLED_ON_LOAD = '//# allFunctionsCalledOnLoad\n';

/** `fileNames`: built files (as named in the output folder) to compile eagerly. */
export function compileHints(fileNames: readonly string[]): Plugin {
  return {
    name: 'backstory:compile-hints',
    apply: 'build',
    enforce: 'post',
    // After minification: a minifier would drop the comment.
    generateBundle(_options, bundle) {
      for (const output of Object.values(bundle)) {
        if (output.type === 'chunk' && fileNames.includes(output.fileName)) {
          output.code = ALL_FUNCTIONS_CALLED_ON_LOAD + output.code;
        }
      }
    },
  };
}
