/** Types of the modules served by `backstoryPack()` (see `vite-plugin.ts`). */

declare module 'virtual:backstory/needs' {
  /** `NamesModule.needs`: the prefilter's word sets, for `createAnchorFilter`. */
  const needs: string;
  export default needs;
}

declare module 'virtual:backstory/names' {
  /** `NamesModule` without the word sets, which are `virtual:backstory/needs`. */
  const names: Omit<import('@/utils/pack/names').NamesModule, 'needs'>;
  export default names;
}

declare module 'virtual:backstory/pack' {
  const pack: import('@/utils/pack/schema').Pack;
  export default pack;
}
