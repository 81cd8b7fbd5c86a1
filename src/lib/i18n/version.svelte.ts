// Bumped when a language's messages arrive, so every text that was drawn before redraws.
export const catalog = $state({ version: 0 });
