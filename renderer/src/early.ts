/**
 * The page's first module, tiny and separate from the app's code: the start-up reads go out
 * while the rest of the app still loads (see stores/startup-reads.ts).
 */
import { beginStartupReads } from './stores/startup-reads';

beginStartupReads();
