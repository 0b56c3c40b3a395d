// The compiled story, made at build time by scripts/story-plugin.ts from this folder's files.
declare module 'virtual:claimlight-story' {
  const story: import('../engine/compile-story').CompiledStory;
  export default story;
}
