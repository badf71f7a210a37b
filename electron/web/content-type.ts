// `application/json`, optionally with `charset=utf-8` (quoted or not, any case), and nothing else:
// no `text/plain` a form could send, no `application/json-seq`, no other charset or parameter.
const JSON_CONTENT_TYPE = /^application\/json[ \t]*(?:;[ \t]*charset[ \t]*=[ \t]*(?:utf-8|"utf-8")[ \t]*)?$/i;

/** Whether a call's Content-Type is exactly JSON. A cross-origin page cannot send it without a CORS preflight, which is never granted. */
export function isJsonContentType(header: string | undefined): boolean {
  return header !== undefined && JSON_CONTENT_TYPE.test(header);
}
