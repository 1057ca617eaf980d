// Hostile input: what attackers, broken clients and unlucky copy-paste send. Every form and API
// gets each entry (tests/http/security/hostile-input.test.ts); none may answer 500, refusals carry
// a field error, and text that is shown again must come out as text, never as markup.
export type HostileInput = {
  name: string;
  value: string;
  /** Too big to share a request with other entries (the proxy answers 413 for the whole body). */
  alone?: boolean;
  /** Cannot be put in an HTTP header (fetch refuses control characters and non-Latin-1 there). */
  notInHeaders?: boolean;
};

/** The marker the markup entries try to smuggle into the page; seen as a DOM node = executed. */
export const XSS_MARK = 'hostile_xss_fired';

const MB = 1024 * 1024;

const markup: HostileInput[] = [
  { name: 'script tag', value: `<script>window.${XSS_MARK}=1;alert(1)</script>` },
  { name: 'script tag, upper case', value: `<SCRIPT SRC=//evil.example/x.js></SCRIPT>` },
  { name: 'img onerror', value: `<img src=x onerror="window.${XSS_MARK}=1;alert(document.domain)">` },
  { name: 'svg onload', value: `<svg onload=alert(1) id="${XSS_MARK}"><circle r=10 /></svg>` },
  { name: 'svg with script', value: `<svg><script>alert(1)</script></svg>` },
  { name: 'svg foreignObject', value: `<svg><foreignObject><iframe srcdoc="<script>alert(1)</script>"></iframe></foreignObject></svg>` },
  { name: 'svg animate href', value: `<svg><a><animate attributeName=href values=javascript:alert(1) /><text y=20>klik</text></a></svg>` },
  { name: 'javascript: link', value: 'javascript:alert(document.cookie)' },
  { name: 'javascript: link, obfuscated', value: ' JaVaScRiPt:\talert(1)' },
  { name: 'data: URL with html', value: 'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==' },
  { name: 'vbscript: link', value: 'vbscript:msgbox(1)' },
  { name: 'markdown javascript link', value: '[klik her](javascript:alert(1))' },
  { name: 'markdown image onerror', value: '![x](x" onerror="alert(1))' },
  { name: 'attribute breakout', value: `"><img src=x onerror=alert(1)>` },
  { name: 'single-quote breakout', value: `'><svg/onload=alert(1)>` },
  { name: 'iframe', value: '<iframe src="https://evil.example" width=1000 height=1000></iframe>' },
  { name: 'body onload', value: '<body onload=alert(1)>' },
  { name: 'details ontoggle', value: '<details open ontoggle=alert(1)>' },
  { name: 'style expression', value: '<div style="background:url(javascript:alert(1))">x</div>' },
  { name: 'meta refresh', value: '<meta http-equiv="refresh" content="0;url=https://evil.example">' },
  { name: 'template injection', value: '{{constructor.constructor("alert(1)")()}} ${7*7} #{7*7} <%= 7*7 %>' },
  { name: 'closing script in JSON', value: '</script><script>alert(1)</script>' },
  { name: 'HTML comment and CDATA', value: '<!-- x --><![CDATA[<script>alert(1)</script>]]>' },
  { name: 'entities', value: '&lt;script&gt;alert(1)&lt;/script&gt; &#x3C;img&#x3E; &amp;amp;' },
];

const sql: HostileInput[] = [
  { name: 'SQL quote', value: "'" },
  { name: 'SQL or 1=1', value: "' OR '1'='1' --" },
  { name: 'SQL drop table', value: "Robert'); DROP TABLE users;--" },
  { name: 'SQL union select', value: "1 UNION SELECT email, NULL FROM users--" },
  { name: 'SQL sleep', value: "1'; SELECT pg_sleep(10);--" },
  { name: 'SQL comment', value: '/* */ -- ; \\' },
  { name: 'LIKE wildcards', value: '%_%\\%' },
  { name: 'JSON-looking', value: '{"__proto__":{"admin":true},"constructor":{"prototype":{"x":1}}}' },
  { name: 'path traversal', value: '../../../../etc/passwd' },
  { name: 'CRLF header injection', value: 'x\r\nSet-Cookie: hacked=1\r\n\r\n<h1>x</h1>' },
  { name: 'format string', value: '%s%s%s%n%x{0}{1}' },
];

const sizes: HostileInput[] = [
  { name: 'empty', value: '' },
  { name: 'only spaces', value: '     ' },
  { name: '1 MB string', value: 'A'.repeat(MB), alone: true },
  { name: '1 MB of markup', value: '<b>'.repeat(Math.ceil(MB / 3)), alone: true },
  { name: '900 kB string (under the body limit)', value: 'a'.repeat(900 * 1024), alone: true },
  { name: '10 000 characters', value: 'Erhverv '.repeat(1250) },
  { name: 'deep markdown nesting', value: '>'.repeat(5000) + ' x' },
  { name: 'many list items', value: '- x\n'.repeat(3000) },
];

const characters: HostileInput[] = [
  { name: 'NUL character', value: 'a\u0000b', notInHeaders: true },
  { name: 'only NUL', value: '\u0000', notInHeaders: true },
  { name: 'C0 control characters', value: 'a\u0001\u0007\u0008\u001b[31mb\u007f', notInHeaders: true },
  { name: 'tab, newline, carriage return', value: 'a\tb\nc\rd', notInHeaders: true },
  { name: 'right-to-left override', value: 'invoice\u202Egpj.exe', notInHeaders: true },
  { name: 'Arabic and Hebrew text', value: 'مرحبا بالعالم שלום עולם', notInHeaders: true },
  { name: 'zero-width characters', value: 'ad\u200Bmin\u200C\u200D\uFEFF', notInHeaders: true },
  { name: 'combining characters (zalgo)', value: 'Z\u0351\u0352\u0353\u0354\u0355\u0356\u0357\u0358\u0359a\u035A\u035B\u035Cl\u035D\u035E\u035Fgo', notInHeaders: true },
  { name: 'emoji', value: '🏢🚀💼 Ærø & Søn 👩‍👩‍👧‍👦 🇩🇰', notInHeaders: true },
  { name: 'lone surrogate', value: 'x\uD800y', notInHeaders: true },
  { name: 'fullwidth at sign email', value: 'direktoer＠lysteknik.test', notInHeaders: true },
  { name: 'unicode line separators', value: 'a\u2028b\u2029c\u0085d', notInHeaders: true },
  { name: 'BOM and replacement char', value: '\uFEFF\uFFFD\uFFFF', notInHeaders: true },
];

const numbersAndDates: HostileInput[] = [
  { name: 'negative number', value: '-1' },
  { name: 'negative huge number', value: '-99999999999999999999' },
  { name: 'huge number', value: '99999999999999999999999' },
  { name: 'just over int4', value: '2147483648' },
  { name: 'max safe integer', value: '9007199254740991' },
  { name: 'float', value: '1.5' },
  { name: 'exponent', value: '1e308' },
  { name: 'Infinity', value: 'Infinity' },
  { name: 'NaN', value: 'NaN' },
  { name: 'hex number', value: '0x10' },
  { name: 'invalid date: Feb 30', value: '2030-02-30T10:00' },
  { name: 'invalid date: month 13', value: '2030-13-01T25:61' },
  { name: 'date far future', value: '275760-09-13T00:00' },
  { name: 'date year 0', value: '0000-01-01T00:00' },
  { name: 'date in text', value: 'i morgen kl. 14' },
  { name: 'invalid CVR: checksum', value: '24256791' },
  { name: 'invalid CVR: letters', value: 'DK1374813X' },
  { name: 'invalid CVR: nine digits', value: '137481360' },
  { name: 'invalid CVR: leading zero', value: '01374813' },
  { name: 'not a UUID', value: '00000000-0000-0000-0000-00000000000g' },
  { name: 'nil UUID', value: '00000000-0000-0000-0000-000000000000' },
];

const addresses: HostileInput[] = [
  { name: 'two addresses', value: 'a@x.dk,b@y.dk' },
  { name: 'quoted local part', value: '"a@x"@y.dk' },
  { name: 'address with markup', value: '<script>@x.dk' },
  { name: 'address with header injection', value: 'a@x.dk\nBcc: everyone@x.dk', notInHeaders: true },
  { name: 'very long address', value: `${'a'.repeat(300)}@${'b'.repeat(300)}.dk` },
  { name: 'protocol-relative URL', value: '//evil.example/path' },
  { name: 'backslash URL', value: '/\\evil.example' },
  { name: 'malformed URL', value: 'http://[::1' },
];

export const hostileInputs: HostileInput[] = [...markup, ...sql, ...sizes, ...characters, ...numbersAndDates, ...addresses];

/** Entries fetch can send as a header value. */
export const headerSafeInputs = hostileInputs.filter((i) => !i.notInHeaders && !i.alone && !/[\r\n\u0000-\u001f\u007f]/.test(i.value) && /^[\u0000-\u00ff]*$/.test(i.value));
