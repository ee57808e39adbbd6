/** Embedded editions of the ismap pack (none yet). */
export const ismap: { file: string; text: string }[] = [];
