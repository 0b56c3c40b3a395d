// The compiled story, made at build time by scripts/story-plugin.ts from this folder's files.
declare module 'virtual:claimlight-story' {
  type CompiledStory = import('../engine/compile-story').CompiledStory;
  /** The story's topic, ready without parsing the rest (for the first look at a page). */
  export const topic: CompiledStory['topic'];
  /** Parses the compiled story on first call. */
  export function loadStory(): CompiledStory;
  const story: CompiledStory;
  export default story;
}
