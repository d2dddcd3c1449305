/** The text of a caught error: its message, or the thrown value itself. */
export const errorMessage = (error: unknown): string => (error instanceof Error ? error.message : String(error));
