/** The documents the app prints. Plain values (no zod): the renderer's navigation store names them. */
export const PRINT_DOCS = ['mandate', 'revocation', 'guide'] as const;
export type PrintDoc = (typeof PRINT_DOCS)[number];
