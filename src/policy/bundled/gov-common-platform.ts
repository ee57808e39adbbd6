/** Embedded editions of the gov-common-platform pack (none yet). */
export const govCommonPlatform: { file: string; text: string }[] = [];
