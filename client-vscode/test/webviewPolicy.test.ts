import assert from 'node:assert/strict';
import { test } from 'node:test';
import { withPolicy } from '../src/webviewPolicy';

test('the policy comes first in head and allows only the nonce-bearing style', () => {
  const html = withPolicy('<!DOCTYPE html><html><head lang="en"><style nonce="abc">p{}</style></head><body></body></html>', 'abc');
  assert.match(html, /<head lang="en">\n<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'nonce-abc'; img-src data:;"><style/);
  assert.doesNotMatch(html, /script-src/);
});

test('a page without head still gets the policy before anything else', () => {
  assert.ok(withPolicy('<p>x</p>', 'n').startsWith('<meta http-equiv="Content-Security-Policy"'));
});
