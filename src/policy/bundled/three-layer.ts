/** Embedded editions of the three-layer pack (none yet). */
export const threeLayer: { file: string; text: string }[] = [];
