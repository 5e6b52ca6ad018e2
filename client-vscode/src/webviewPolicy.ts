// The webview's Content-Security-Policy, added to the server's report. Pure, so it is unit-tested.

/** Puts the Content-Security-Policy first in <head>: nothing may load or run but the report's own style. */
export function withPolicy(html: string, nonce: string): string {
  const policy = `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'nonce-${nonce}'; img-src data:;">`;
  return /<head[^>]*>/i.test(html) ? html.replace(/<head[^>]*>/i, (head) => `${head}\n${policy}`) : `${policy}\n${html}`;
}
