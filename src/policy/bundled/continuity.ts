/** Embedded editions of the continuity pack (none yet). */
export const continuity: { file: string; text: string }[] = [];
