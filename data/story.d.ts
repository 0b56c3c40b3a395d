// The compiled story, made at build time by scripts/story-plugin.ts from this folder's files.
declare module 'virtual:claimlight-story' {
  type CompiledStory = import('../engine/compile-story').CompiledStory;
  /** The story's topic, ready without parsing the rest (for the reader's look at a page). */
  export const topic: CompiledStory['topic'];
  /** The topic's anchor words alone: all the content script's first look reads. */
  export const firstLook: import('../engine/compile-story').FirstLookTerms;
  /** Parses the compiled story on first call. */
  export function loadStory(): CompiledStory;
  const story: CompiledStory;
  export default story;
}
