export default defineBackground(() => {
  // The engine is wired in by the in-page assistant (see issue: in-page assistant).
});
