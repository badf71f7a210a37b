/**
 * The page's first module, tiny and separate from the app's code: importing startup-reads sends
 * the start-up reads while the rest of the app still loads (see stores/startup-reads.ts).
 */
import './stores/startup-reads';
