import { v7 as uuidv7 } from 'uuid';

/** Time-ordered, globally unique ids: rows from two laptops never collide when merged. */
export const newId = (): string => uuidv7();
